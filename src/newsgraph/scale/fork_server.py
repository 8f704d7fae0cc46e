"""Imported by the local engine's fork server before it forks any worker; nothing else imports it.

It ties the server's life to the run's driver (each worker ties its own to the server, so a killed
driver leaves neither behind) and imports the worker code once, for every worker to fork with.
"""

from newsgraph.scale.worker import exit_with_parent

exit_with_parent()
