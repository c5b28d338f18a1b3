"""Which backends a test runs on (see the ``db`` fixture in tests/conftest.py).

``sqlite_only`` marks a test about SQLite itself — its FTS5 tables, its triggers' refusals, the file, WAL,
SQLCipher — by parametrisation: it runs once, on SQLite, and says so in its id (``[sqlite]``)."""

from __future__ import annotations

import pytest

sqlite_only = pytest.mark.parametrize("backend", ["sqlite"])

# Features whose SQL is not yet written for PostgreSQL (issue 19 lists them): the mail import's writes. Their test
# modules set ``NOT_YET_ON_A_TEAM_SERVER = True`` and run on SQLite until then, saying so in their ids (``[sqlite]``).
# (The Insights numbers and the Applications board run on both; date arithmetic comes from ``store/dialect.py``.)
