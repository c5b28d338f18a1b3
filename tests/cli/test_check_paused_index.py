"""`rebound check` reports a search index left paused by an interrupted import (issue 12's boundary)."""

from __future__ import annotations

from tests.cli.conftest import Rebound
from tests.cli.helpers import sql


def test_a_search_index_left_paused_by_an_interrupted_import_exits_4_and_says_so(loaded: Rebound) -> None:
    # what an import killed between pausing the index and indexing its rows leaves behind
    sql(loaded.db_path, "INSERT INTO search_pause SELECT max(id), (SELECT max(id) FROM interaction) FROM person")

    result = loaded("check")

    assert result.code == 4
    assert "search index is paused by an unfinished import" in result.err
    assert str(loaded.db_path) in result.err
    assert "Traceback" not in result.err
    assert result.out == ""
