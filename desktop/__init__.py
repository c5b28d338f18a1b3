"""Rebound: a local-first desktop CRM for the people you meet when a job process ends in "no"."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rebound")  # written once, in pyproject.toml; the frozen app carries the metadata
except PackageNotFoundError:  # a source tree that was never installed (not a supported way to run Rebound)
    __version__ = "0+unknown"
