"""Rebound: a local-first desktop CRM for the people you meet when a job process ends in "no"."""

import logging

__version__ = "0.1.0"

# Until an entry point configures logging (desktop.logs), log lines go nowhere: never to a user's terminal.
logging.getLogger("desktop").addHandler(logging.NullHandler())
