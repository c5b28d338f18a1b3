"""Settings of the rules engine (spec/reconnect-rules.md), stored in the database."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktop import vocab
from desktop.core import first_look
from desktop.core.changes import Changes
from desktop.errors import InputError
from desktop.store.models import DB, Setting


def _check(key: str, value: Any) -> int | float:
    if key not in vocab.SETTING_DEFAULTS:
        raise InputError(f"unknown setting {key!r}")
    default = vocab.SETTING_DEFAULTS[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"setting {key!r} must be a number, not {value!r}")
    if isinstance(default, int) and not float(value).is_integer():
        raise InputError(f"setting {key!r} must be a whole number, not {value!r}")
    if value < 0:
        raise InputError(f"setting {key!r} cannot be negative")
    return int(value) if isinstance(default, int) else float(value)


def set_setting(key: str, value: Any) -> Changes:
    checked = _check(key, value)
    Setting.insert(key=key, value=json.dumps(checked)).on_conflict_replace().execute()
    return Changes(settings=True)


def save_settings(values: Mapping[str, Any]) -> Changes:
    """Store several settings at once: every one checked first, then all written or none."""
    checked = {key: _check(key, value) for key, value in values.items()}
    with DB.atomic():
        for key, value in checked.items():
            Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()
    return Changes(settings=bool(checked))


def stored_settings() -> dict[str, int | float]:
    """Only the settings the user changed, by name."""
    return first_look.stored_settings((row.key, row.value) for row in Setting.select(Setting.key, Setting.value))


def get_settings() -> dict[str, int | float]:
    """Every setting, defaults filled in."""
    return {**vocab.SETTING_DEFAULTS, **stored_settings()}


def get_text(key: str) -> str | None:
    """A text setting (``vocab.TEXT_SETTINGS``), None when never set."""
    if key not in vocab.TEXT_SETTINGS:
        raise InputError(f"unknown setting {key!r}")
    row = Setting.get_or_none(Setting.key == key)
    value = json.loads(row.value) if row is not None else None
    return value if isinstance(value, str) and value else None


def set_text(key: str, value: str) -> Changes:
    """Store a text setting (trimmed; an empty one removes it)."""
    if key not in vocab.TEXT_SETTINGS:
        raise InputError(f"unknown setting {key!r}")
    value = value.strip()
    if value:
        Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()
    else:
        Setting.delete().where(Setting.key == key).execute()
    return Changes(settings=True)
