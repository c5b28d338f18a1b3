"""Persistence only: models, opening the database, migrations and the search index.

peewee imports psycopg (team mode's driver) whenever it is installed: about 80 ms at every start of the app and of
every command, for a mode most users never open. The store imports peewee without it; ``store/postgres.py`` (loaded
only when a team server is opened) hands the driver to peewee then (``_give_peewee_psycopg``).
"""

import sys

if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # peewee's optional `import psycopg` fails fast
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]
