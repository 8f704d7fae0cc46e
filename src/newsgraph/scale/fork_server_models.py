"""Imported by the local engine's fork server, after ``fork_server``, when the run parses text.

The models and the tables the stages build on first use are loaded here, once per run, and every
worker forks with them in memory instead of loading its own: the start-up is paid once, not once
per worker.  (Whatever the dedup fingerprint imports comes in with warm-up's fingerprint of its story.)
Nothing else imports this module.
"""

from newsgraph.pipeline import STAGE_ORDER
from newsgraph.scale.worker import warm_up

try:
    warm_up(STAGE_ORDER)
except Exception:  # noqa: BLE001 - each worker's own warm_up raises it again, and the pool reports it
    pass
