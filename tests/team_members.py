"""Team members on a test's team database: one login role per member, with the rights README "Teams" grants.

Roles belong to the whole cluster, so each is named after its database (``alice_rebound_test_7``); ``drop_members``
removes them again (after the database's connections are closed)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desktop.store.database import close_database, open_database
from tests import pg_server
from tests.core.reconnect.scenario import World

GRANTS = [
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
    "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
]


def add_members(pg: pg_server.Server, pg_url: str, members: tuple[str, ...]) -> dict[str, str]:
    """Each member's URL (their own role) on the database of ``pg_url``."""
    name = pg_url.rsplit("/", 1)[1]
    urls: dict[str, str] = {}
    with pg.admin(name) as conn:
        for member in members:
            role = f"{member}_{name}"
            conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{role}-pw'")
            for grant in GRANTS:
                conn.execute(grant.format(role=role))
            urls[member] = pg.url(name, user=role, password=f"{role}-pw")
    return urls


def role_of(url: str) -> str:
    return url.split("//", 1)[1].split(":", 1)[0]


def drop_members(pg: pg_server.Server, urls: dict[str, str]) -> None:
    """The database of the members goes first (its connections with it), then their roles."""
    if not urls:
        return
    name = next(iter(urls.values())).rsplit("/", 1)[1]
    pg.drop_database(name)
    with pg.admin() as conn:
        for url in urls.values():
            conn.execute(f"DROP ROLE IF EXISTS {role_of(url)}")


@contextmanager
def alice_and_bob(pg: pg_server.Server, pg_url: str) -> Iterator[dict[str, str]]:
    """Two members on the test's team database; afterwards the database is closed and they are dropped."""
    urls = add_members(pg, pg_url, ("alice", "bob"))
    try:
        yield urls
    finally:
        close_database()
        drop_members(pg, urls)


def signed_in(url: str) -> World:
    """This member's desktop: the team database opened with their role."""
    close_database()
    open_database(url)
    return World()
