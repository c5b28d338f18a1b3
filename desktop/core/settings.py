"""Settings of the rules engine (spec/reconnect-rules.md), stored in the database."""

from __future__ import annotations

import json
from typing import Any

from desktop import vocab
from desktop.errors import InputError
from desktop.store.models import Setting


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


def set_setting(key: str, value: Any) -> None:
    checked = _check(key, value)
    Setting.insert(key=key, value=json.dumps(checked)).on_conflict_replace().execute()


def stored_settings() -> dict[str, int | float]:
    """Only the settings the user changed, by name."""
    return {
        s.key: json.loads(s.value) for s in Setting.select().order_by(Setting.key) if s.key in vocab.SETTING_DEFAULTS
    }


def get_settings() -> dict[str, int | float]:
    """Every setting, defaults filled in."""
    return {**vocab.SETTING_DEFAULTS, **stored_settings()}
