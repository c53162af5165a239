"""Opening the tracker database: SQLite file by default, PostgreSQL (or any SQLAlchemy URL)
for a shared deployment. The schema is brought up to date by the Alembic migrations
shipped in `reviewgen/tracker/migrations/` each time a database is opened; one already
up to date opens without loading Alembic (its revision is read with the checks below).

Every write runs in one transaction (`TrackerDB.writing()`), so a failure part-way leaves
the database as it was. On SQLite the database runs in WAL mode with a busy timeout and
write transactions start with BEGIN IMMEDIATE, so two processes updating different
actions at once queue for the write lock instead of failing. On PostgreSQL, writers lock
the rows they change (SELECT ... FOR UPDATE) before reading their old values.

Before anything touches a database, it is checked: a file that is not a SQLite database,
another application's database, and a schema newer than this reviewgen are refused
untouched. Every database failure becomes one located message (exit code 2) that names
the database but never a value or an SQL parameter.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, Table, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from reviewgen.errors import InputError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_SECONDS = 30
TRACKER_TABLES = {"sources", "recommendations", "actions", "history"}
# psycopg 3 is the declared driver; SQLAlchemy's bare postgresql:// would mean psycopg2.
DEFAULT_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
FIND_DB_FIX = "check --db (or tracker.database in the config), or run `reviewgen tracker import` to start one"


def database_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a file path (a path means a SQLite file)."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def describe_database(url: str) -> str:
    """How messages name a database: its file path, or its URL without the password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "the database URL"
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return parsed.render_as_string(hide_password=True)


def _alembic_config():
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION_LINE = re.compile(r'^(revision|down_revision)\s*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


@cache
def _known_revisions() -> tuple[frozenset[str], str | None]:
    """Every shipped schema revision, and the newest. Read from the migration files
    themselves, so opening an up-to-date database never has to import Alembic."""
    parents: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((name, value or None) for name, value in _REVISION_LINE.findall(script.read_text("utf-8")))
        if found.get("revision"):
            parents[found["revision"]] = found.get("down_revision")
    heads = set(parents) - set(parents.values())
    return frozenset(parents), max(heads) if heads else None


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(where: str, tables: set[str], revision: str | None, must_exist: bool) -> None:
    """InputError unless this is a tracker database this reviewgen can use (or an empty one)."""
    known, head = _known_revisions()
    if not tables - {"alembic_version"}:
        if must_exist:
            raise InputError.single(where, "no tracker database here (it is empty)", fix=FIND_DB_FIX)
        return
    if revision is None or not TRACKER_TABLES & tables:
        raise InputError.single(where, "is another application's database, not a reviewgen tracker",
                                fix="give --db a new file or the tracker's own database; this one was not changed")
    if revision not in known:
        raise InputError.single(where, f"has schema version {revision}, newer than this reviewgen knows (up to {head})",
                                fix="upgrade reviewgen to open it; the database was not changed")


def _inspect_sqlite_file(path: Path, must_exist: bool) -> str | None:
    """Check a SQLite file read-only, before the engine sets WAL mode (which writes to it).
    Returns its schema revision (None for a new or empty database)."""
    where = str(path)
    if path.is_dir():
        raise InputError.single(where, "is a folder, not a database file", fix="name a file, e.g. tracker.sqlite3")
    if not path.exists():
        if must_exist:
            raise InputError.single(where, "no tracker database at this path", fix=FIND_DB_FIX)
        return None
    if not os.access(path, os.R_OK):
        raise InputError.single(where, "cannot be read (permission denied)", fix="check the file's permissions")
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        # Even reading a WAL-mode database writes its shared-memory file beside it.
        raise InputError.single(where, "is read-only (the file or its folder)",
                                fix="give yourself write access to both, or copy the database somewhere writable")
    if path.stat().st_size == 0:
        check_schema(where, set(), None, must_exist)
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise InputError.single(where, "cannot be opened (permission denied?)",
                                fix="check the file's and its folder's permissions") from None
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.OperationalError:
        raise InputError.single(where, "cannot be opened", fix="check the file's and its folder's permissions") from None
    except sqlite3.DatabaseError:
        raise InputError.single(where, "is not a SQLite database, or is damaged",
                                fix="check --db names the tracker's database; restore a damaged one from "
                                    "its backup") from None
    finally:
        connection.close()
    check_schema(where, tables, revision, must_exist)
    return revision


def _sqlite_engine(url: URL, must_exist: bool) -> tuple[Engine, str | None]:
    """The engine, and the database's schema revision if it was read on the way."""
    database = url.database
    revision = None
    if database and database != ":memory:":
        path = Path(database)
        revision = _inspect_sqlite_file(path, must_exist)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise InputError.single(database, "cannot create the database's folder",
                                    fix="choose another --db path") from None
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS}, hide_parameters=True)

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

    return engine, revision


def _server_engine(url: URL) -> Engine:
    drivername = DEFAULT_DRIVERS.get(url.drivername, url.drivername)
    where = describe_database(url.render_as_string(hide_password=True))
    try:
        return create_engine(url.set(drivername=drivername), hide_parameters=True, pool_pre_ping=True)
    except NoSuchModuleError:
        raise InputError.single(where, f"'{url.get_backend_name()}' is not a kind of database reviewgen can use",
                                fix="give a file path (SQLite) or a URL such as postgresql://user@host/db") from None
    except ImportError:
        raise InputError.single(where, "the database driver is not installed",
                                fix="install it: pip install 'psycopg[binary]' (PostgreSQL)") from None


# What a driver's error text says -> (what is wrong, how to fix it). The text itself is never shown.
_FAILURES = (
    (("append-only",), "the history is append-only: its rows cannot be changed or deleted",
     "record a correction as a new change instead"),
    (("readonly", "read-only", "read only"), "the database is read-only",
     "open it with write access (check the file's and its folder's permissions)"),
    (("not a database", "malformed", "corrupt", "disk image"), "is not a SQLite database, or is damaged",
     "restore it from its backup"),
    (("unable to open", "permission denied"), "cannot be opened", "check the file's and its folder's permissions"),
    (("database is locked", "lock timeout", "deadlock"), "is busy: another program held it too long",
     "try again; if it persists, find the program holding it"),
    (("could not serialize",), "another writer changed the same rows at the same time", "run the command again"),
    (("connection refused", "could not connect", "no such host", "could not translate host", "timeout expired",
      "server closed", "connection is bad", "name or service not known", "no route", "is the server running"),
     "cannot connect to the database server", "check the server is running and the URL's host and port"),
    (("password authentication", "authentication failed", "pg_hba.conf", 'role "', 'database "'),
     "the server refused the login or database", "check the user, password and database name in the URL"),
    (("disk full", "no space"), "the disk is full", "free some space and run the command again"),
)


def database_problem(where: str, exc: DBAPIError) -> InputError:
    """One located message for a driver error, naming the database but none of its data."""
    text = str(exc.orig).lower()
    for needles, message, fix in _FAILURES:
        if any(needle in text for needle in needles):
            return InputError.single(where, message, fix=fix)
    if exc.connection_invalidated:
        return InputError.single(where, "lost the connection to the database", fix="run the command again")
    kind = type(exc.orig).__name__
    return InputError.single(where, f"the database refused the operation ({kind})",
                             fix="check the database with its own tools, or run with --debug")


def insert_rows(session: Session, table: Table, names: Sequence[str], rows: Iterable[tuple]) -> None:
    """Insert `rows` (tuples of values for the columns `names`) in one statement.

    At 100,000 history rows SQLAlchemy's per-row parameter handling costs more than the
    database's own work. Here the rows go straight to the driver: on PostgreSQL as one
    COPY, streamed as `rows` yields them (so the server works while they are made); on
    SQLite as one executemany, each column converted once per distinct value (dates)."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    rows = chain((first,), rows)
    connection = session.connection()
    dialect = connection.dialect
    preparer = dialect.identifier_preparer
    quoted = ", ".join(preparer.quote(name) for name in names)
    table_name = preparer.format_table(table)
    if dialect.driver == "psycopg":
        # PostgreSQL's COPY: the server's bulk-load path, every row in one command. (None of
        # the tracker's column types has a bind processor on psycopg: it adapts them itself.)
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY {table_name} ({quoted}) FROM STDIN") as copy:
            write_row = copy.write_row
            for row in rows:
                write_row(row)
        return
    processors = [(index, process) for index, name in enumerate(names)
                  if (process := table.c[name].type._cached_bind_processor(dialect)) is not None]
    if processors:
        columns = list(zip(*rows))
        for index, process in processors:
            converted = {value: process(value) for value in set(columns[index]) if value is not None}
            converted[None] = None
            columns[index] = tuple(map(converted.__getitem__, columns[index]))
        rows = zip(*columns)
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    connection.exec_driver_sql(f"INSERT INTO {table_name} ({quoted}) VALUES ({', '.join(mark for _ in names)})",
                               list(rows))


class TrackerDB:
    """An open, migrated tracker database."""

    def __init__(self, url: str, must_exist: bool = False):
        self.url = url
        self.where = describe_database(url)
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise InputError.single(self.where, "is not a database URL or path",
                                    fix="give a file path or a URL such as postgresql://host/db") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite:
            self.engine, revision = _sqlite_engine(parsed, must_exist)
        else:
            self.engine, revision = _server_engine(parsed), None
        self._write_engine = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        )
        with self.translated_errors():
            if not self.is_sqlite:
                revision = self._check_server_schema(must_exist)
            if revision is None or revision != _known_revisions()[1]:
                self.upgrade()  # an up-to-date database opens without another query, or Alembic

    @contextmanager
    def translated_errors(self) -> Iterator[None]:
        """Driver errors as one located InputError (exit 2), with no values or SQL in it."""
        try:
            yield
        except DBAPIError as exc:
            raise database_problem(self.where, exc) from None

    def _check_server_schema(self, must_exist: bool) -> str | None:
        with self.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = (connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                        if "alembic_version" in tables else None)
        check_schema(self.where, tables, revision, must_exist)
        return revision

    def upgrade(self) -> None:
        """Run any migrations the database has not had yet."""
        with self.engine.connect() as connection:
            current = _current_revision(connection)
        if current == _known_revisions()[1]:
            return
        from alembic import command

        cfg = _alembic_config()
        with self._write_engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session  # the ORM is loaded only by commands that use it

        with self.translated_errors(), Session(self.engine) as session:
            yield session

    @contextmanager
    def connected(self) -> Iterator[Connection]:
        """A Core connection for reading many rows as plain tuples: no ORM objects built."""
        with self.translated_errors(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed if the block finishes, rolled back if it raises."""
        from sqlalchemy.orm import Session

        with self.translated_errors(), Session(self._write_engine) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_tracker(path_or_url: str | Path, must_exist: bool = False) -> TrackerDB:
    """Open (creating and migrating if needed) the tracker database at a path or URL.
    With `must_exist`, a database that is missing or empty is an InputError, not a new one."""
    return TrackerDB(database_url(path_or_url), must_exist=must_exist)
