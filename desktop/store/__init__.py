"""Persistence only: models, opening the database, migrations and the search index."""
