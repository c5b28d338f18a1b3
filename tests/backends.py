"""Which backends a test runs on (see the ``db`` fixture in tests/conftest.py).

``sqlite_only`` marks a test about SQLite itself — its FTS5 tables, its triggers' refusals, the file, WAL,
SQLCipher — by parametrisation: it runs once, on SQLite, and says so in its id (``[sqlite]``)."""

from __future__ import annotations

import pytest

sqlite_only = pytest.mark.parametrize("backend", ["sqlite"])
