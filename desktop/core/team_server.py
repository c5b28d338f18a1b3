"""A team server as Settings → Database describes it: the fields, the URL they make, and a test of the connection.

Qt-free, so a worker runs ``check`` and ``keep_password`` off the GUI thread. The password is never part of the URL
this module makes (it lives in the keyring, ``secrets.team_account``) and never part of any text it returns or
raises: the store's classified errors (``store/postgres.py``) leave it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from desktop import secrets
from desktop.errors import DatabaseProblem, InputError

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamServer:
    host: str
    port: int
    database: str
    user: str
    ca_file: str = ""  # a CA certificate: TLS with the host name checked (sslmode=verify-full)

    @property
    def url(self) -> str:
        """``postgresql://user@host:port/database[?sslrootcert=…]``, never with a password."""
        query = f"?{urlencode({'sslrootcert': self.ca_file})}" if self.ca_file else ""
        user, database = quote(self.user, safe=""), quote(self.database, safe="")
        return f"postgresql://{user}@{self.host}:{self.port}/{database}{query}"

    @property
    def display(self) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}"

    def checked(self) -> TeamServer:
        """The same server with its fields trimmed; InputError naming the first field that is missing or wrong."""
        host, database, user, ca = self.host.strip(), self.database.strip(), self.user.strip(), self.ca_file.strip()
        for name, value in (("host", host), ("database", database), ("user", user)):
            if not value:
                raise InputError(f"the team server needs a {name}")
        if any(c in host for c in "/@ ?#"):
            raise InputError(f"the host {host!r} is not a host name or address")
        if not 0 < self.port < 65536:
            raise InputError(f"the port {self.port} is not between 1 and 65535")
        return TeamServer(host, self.port, database, user, ca)


def from_url(url: str) -> TeamServer | None:
    """The fields of a team server URL (None: not one); a password in the URL is dropped."""
    from desktop.store import postgres  # lazy: the driver loads only for a team server

    if not postgres.is_postgres_url(url):
        return None
    address = postgres.parse_url(url)
    return TeamServer(address.host, address.port, address.database, address.user, address.ca_file or "")


@dataclass(frozen=True)
class ServerCheck:
    """What a test of the connection found (the server answered and the role may work in the database)."""

    display: str
    schema: int  # 0: an empty database (the first desktop creates the schema)
    people: int
    current: bool  # the schema is this version's (False: it would be migrated, or it is empty)


def password_for(server: TeamServer, typed: str) -> str | None:
    """The password typed in Settings, else the keyring's (None: neither)."""
    if typed:
        return typed
    return secrets.get_team_password(server.host, server.port, server.database, server.user)


def keep_password(server: TeamServer, password: str) -> None:
    """Keep the password in the keyring (KeyringUnavailable when there is none: it is never kept elsewhere)."""
    try:
        secrets.set_team_password(server.host, server.port, server.database, server.user, password)
    except secrets.KeyringUnavailable as error:
        raise secrets.KeyringUnavailable(f"the password was not kept: Rebound keeps it only in the system keyring, "
                                         f"and {error}") from None  # fmt: skip


def check(server: TeamServer, password: str | None) -> ServerCheck:
    """Connect, read the schema and check the role's rights; a DatabaseProblem of one line when it fails.

    Nothing is created or changed on the server, and the open database stays bound."""
    from desktop.store import migrations, postgres  # lazy: the driver loads only for a team server

    if postgres.psycopg is None:  # pragma: no cover - a build without the driver
        raise DatabaseProblem(f"{server.display}: team mode needs the psycopg package, which is not installed")
    address = postgres.parse_url(server.url)
    db = postgres.TeamDatabase(address, password)
    try:
        db.connect()
        schema = postgres.schema_version(db)
        if schema > migrations.latest_version():
            raise postgres.newer_schema(address.display, schema)
        people = 0
        if schema:
            row = db.execute_sql(
                "SELECT has_table_privilege(current_user, 'person', 'SELECT, INSERT, UPDATE, DELETE')"
            ).fetchone()
            if not (row and row[0]):
                raise postgres.NoRights(
                    f"{address.display}: the role {address.user} may not read and write the people "
                    "(GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO it)"
                )
            people = int(db.execute_sql("SELECT count(*) FROM person").fetchone()[0])
        else:
            row = db.execute_sql("SELECT has_schema_privilege(current_user, current_schema(), 'CREATE')").fetchone()
            if not (row and row[0]):
                raise postgres.NoRights(f"{address.display}: the database is empty and the role {address.user} "
                                        "may not create Rebound's tables in it (the owner opens it first)")  # fmt: skip
        return ServerCheck(address.display, schema, people, schema == migrations.latest_version())
    finally:
        db.close()
