"""The history keeps the ids of what it describes as recorded facts, not foreign keys.

An audit trail must outlive the rows it describes, so, as in Django's LogEntry and
django-simple-history, its ids are not constrained to live rows. The constraints also
cost most of a large import on PostgreSQL, which checks them one row at a time
(3 checks for each of 100,000 history rows: 2.5 s of a 20,000-action import). The
tracker never deletes sources, recommendations or actions, and every id the history
gets is read back from the database in the same transaction.

PostgreSQL drops the constraints. SQLite cannot drop a constraint, so the table is
rebuilt (its documented procedure): a new table, the rows copied, the old one dropped,
then the indexes and the append-only triggers made again.

Revision ID: 0005_history_ids
Revises: 0004_web
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_history_ids"
down_revision = "0004_web"
branch_labels = None
depends_on = None

_NO_CHANGE = "history is append-only"
_FOREIGN_KEYS = {"source_id": "sources", "recommendation_id": "recommendations", "action_id": "actions"}
_INDEXES = {"ix_history_changed_at": ["changed_at"], "ix_history_field_changed_at": ["field", "changed_at"],
            "ix_history_action_field": ["action_id", "field"]}
_COLUMNS = ("id", "source_id", "recommendation_id", "action_id", "reference", "field", "old_value", "new_value",
            "changed_at", "changed_by", "note", "via")


def _history_columns(with_keys: bool) -> list[sa.Column]:
    def key(column: str) -> list[sa.ForeignKey]:
        return [sa.ForeignKey(f"{_FOREIGN_KEYS[column]}.id")] if with_keys else []

    return [
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer(), *key("source_id"), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), *key("recommendation_id"), nullable=True),
        sa.Column("action_id", sa.Integer(), *key("action_id"), nullable=True),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("via", sa.String(10), nullable=True),
    ]


def _rebuild_sqlite_history(with_keys: bool) -> None:
    op.execute("DROP TRIGGER IF EXISTS history_no_update")
    op.execute("DROP TRIGGER IF EXISTS history_no_delete")
    op.create_table("history_rebuilt", *_history_columns(with_keys))
    columns = ", ".join(_COLUMNS)
    op.execute(f"INSERT INTO history_rebuilt ({columns}) SELECT {columns} FROM history")
    for name in _INDEXES:
        op.drop_index(name, "history")
    op.drop_table("history")
    op.rename_table("history_rebuilt", "history")
    for name, indexed in _INDEXES.items():
        op.create_index(name, "history", indexed)
    for verb in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER history_no_{verb.lower()} BEFORE {verb} ON history "
                   f"BEGIN SELECT RAISE(ABORT, '{_NO_CHANGE}'); END")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_history(with_keys=False)
        return
    for column in _FOREIGN_KEYS:
        op.drop_constraint(f"history_{column}_fkey", "history", type_="foreignkey")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_history(with_keys=True)
        return
    for column, table in _FOREIGN_KEYS.items():
        op.create_foreign_key(f"history_{column}_fkey", "history", table, [column], ["id"])
