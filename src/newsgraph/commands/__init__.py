"""CLI commands beyond the core ones: each module adds commands to ``newsgraph.cli.app``."""
