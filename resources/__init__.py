"""The files Rebound reads at run time, installed as the package ``desktop.resources`` (see setup.py)."""
