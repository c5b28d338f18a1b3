"""Team members' names (a team server): how a colleague is named on a card and in a draft.

A member works as a database role ("ana_agency"), which is what the server records as the author of an
interaction and the owner of a person. Each member may give the team the name they go by ("Ana Weber", table
``member``, migration 14): the server lets everyone read every name and each member write only their own (row-level
security). A member without one is named by their role. A SQLite file has no members.
"""

from __future__ import annotations

import peewee as pw

from desktop.core.changes import Changes
from desktop.errors import InputError
from desktop.store.models import DB, is_team

MAX_NAME = 200  # characters


def display_names(db: pw.Database) -> dict[str, str]:
    """Each member's name by role, for the members who gave one (empty on a SQLite file)."""
    if not is_team(db):
        return {}
    return {str(role): str(name) for role, name in db.execute_sql("SELECT role, display_name FROM member")}


def my_display_name() -> str:
    """The name I go by in the team ("" when I gave none, or on a SQLite file)."""
    db = DB.obj
    if not is_team(db):
        return ""
    row = db.execute_sql("SELECT display_name FROM member WHERE role = current_user").fetchone()
    return str(row[0]) if row else ""


def set_my_display_name(name: str) -> Changes:
    """Give the team the name I go by (blank: be named by my role again). The cards and drafts that name me change."""
    db = DB.obj
    if not is_team(db):
        raise InputError("a name for the team is given on a team server only")
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise InputError(f"the name for the team is longer than {MAX_NAME} characters")
    with db.atomic():
        if name:
            db.execute_sql(
                "INSERT INTO member (role, display_name) VALUES (current_user, ?) "
                "ON CONFLICT (role) DO UPDATE SET display_name = excluded.display_name",
                [name],
            )
        else:
            db.execute_sql("DELETE FROM member WHERE role = current_user")
    return Changes(settings=True)


def named(role: str | None, names: dict[str, str]) -> str | None:
    """How a member is named: the name they gave, else their role (None stays None)."""
    if role is None:
        return None
    return names.get(role) or role
