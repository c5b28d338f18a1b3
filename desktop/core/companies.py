"""Companies: found by normalized name, created on demand."""

from __future__ import annotations

from desktop.core.normalize import company_key
from desktop.errors import InputError
from desktop.store.models import DB, Company


def company_for_name(name: str | None) -> Company | None:
    """The company with this (normalized) name, created when new; None for an empty name."""
    if name is None or not name.strip():
        return None
    key = company_key(name)
    if not key:
        raise InputError(f"company name {name!r} has no letters or digits")
    company = Company.get_or_none(Company.name_key == key)
    if company is None:
        company = Company.create(name=name.strip(), name_key=key)
    return company


def company_names() -> list[str]:
    """Every company's name, by name (plain rows: the person form asks for them each time a person opens)."""
    return [name for (name,) in DB.execute_sql("SELECT name FROM company ORDER BY name_key").fetchall()]
