"""The rule settings: saved together, all or none, saying what changed."""

from __future__ import annotations

import pytest

from desktop.core.changes import Changes
from desktop.core.settings import get_settings, save_settings, stored_settings
from desktop.errors import InputError


def test_settings_saved_together_are_stored_and_say_the_settings_changed(db: object) -> None:
    changed = save_settings({"checkin_min_days": 60, "relevance_threshold": 0.7})

    assert changed == Changes(settings=True)
    assert stored_settings() == {"checkin_min_days": 60, "relevance_threshold": 0.7}


def test_one_bad_setting_saves_none_of_them(db: object) -> None:
    with pytest.raises(InputError, match="setting 'max_unanswered' cannot be negative"):
        save_settings({"checkin_min_days": 60, "max_unanswered": -1})

    assert stored_settings() == {}
    assert get_settings()["checkin_min_days"] == 90


def test_saving_nothing_changes_nothing(db: object) -> None:
    assert save_settings({}) == Changes()
