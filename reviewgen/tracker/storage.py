"""Opening the tracker database: SQLite file by default, PostgreSQL (or any SQLAlchemy URL)
for a shared deployment. The schema is brought up to date by the Alembic migrations
shipped in `reviewgen/tracker/migrations/` each time a database is opened.

Every write runs in one transaction (`TrackerDB.writing()`), so a failure part-way leaves
the database as it was. On SQLite the database runs in WAL mode with a busy timeout and
write transactions start with BEGIN IMMEDIATE, so two processes updating different
actions at once queue for the write lock instead of failing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from reviewgen.errors import InputError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_SECONDS = 30


def database_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a file path (a path means a SQLite file)."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _alembic_config() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _sqlite_engine(url) -> Engine:
    database = url.database
    if database and database != ":memory:":
        try:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise InputError.single(database, "cannot create the database's folder",
                                    fix="choose another --db path") from None
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # A write transaction takes the write lock up front: a deferred one that read first
        # could not upgrade once another process had committed, and would fail at once.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class TrackerDB:
    """An open, migrated tracker database."""

    def __init__(self, url: str):
        self.url = url
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise InputError.single(url, "is not a database URL or path",
                                    fix="give a file path or a URL such as postgresql://host/db") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.engine = _sqlite_engine(parsed) if self.is_sqlite else create_engine(parsed)
        self._write_engine = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        )
        self.upgrade()

    def upgrade(self) -> None:
        """Run any migrations the database has not had yet."""
        head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
        with self.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        if current == head:
            return
        cfg = _alembic_config()
        with self._write_engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed if the block finishes, rolled back if it raises."""
        with Session(self._write_engine) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_tracker(path_or_url: str | Path) -> TrackerDB:
    """Open (creating and migrating if needed) the tracker database at a path or URL."""
    return TrackerDB(database_url(path_or_url))
