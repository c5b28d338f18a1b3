"""Rebound: a local-first desktop CRM for the people you meet when a job process ends in "no"."""

from __future__ import annotations

import logging

# Until an entry point configures logging (desktop.logs), log lines go nowhere: never to a user's terminal.
logging.getLogger("desktop").addHandler(logging.NullHandler())


def __getattr__(name: str) -> str:
    """``desktop.__version__``: written once, in pyproject.toml, read from the installed package's metadata.

    Read on first use only: importing importlib.metadata costs a start that never shows the version
    (every headless command) tens of milliseconds. The frozen app carries the metadata (build.spec).
    """
    if name != "__version__":
        raise AttributeError(f"module 'desktop' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("rebound")
    except PackageNotFoundError:  # a source tree that was never installed (not a supported way to run Rebound)
        found = "0+unknown"
    globals()["__version__"] = found
    return found
