"""Rebound: a local-first desktop CRM for the people you meet when a job process ends in "no"."""

__version__ = "0.1.0"
