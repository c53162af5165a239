"""Alembic migrations for the tracker database, run by reviewgen.tracker.storage."""
