"""Fixtures shared by the tracker and web suites: one real PostgreSQL server per test run."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def postgres_server():
    """One real PostgreSQL server for the session (see tests/pgserver.py)."""
    from tests.pgserver import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres_server) -> str:
    """A new, empty PostgreSQL database for one test."""
    return postgres_server.new_database()
