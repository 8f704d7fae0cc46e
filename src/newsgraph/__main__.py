"""``python -m newsgraph``: the same command line as the ``newsgraph`` script (useful from a source checkout)."""

from newsgraph.cli import app

app(prog_name="newsgraph")
