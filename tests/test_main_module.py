"""``python -m newsgraph`` runs the command line, as the installed ``newsgraph`` script does."""

from __future__ import annotations

import subprocess
import sys


def test_python_dash_m_newsgraph_is_the_command_line():
    done = subprocess.run([sys.executable, "-m", "newsgraph", "--help"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "eval" in done.stdout and "Usage: newsgraph" in done.stdout
