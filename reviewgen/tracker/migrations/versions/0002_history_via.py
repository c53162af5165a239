"""How each change came in (import or update), so a re-import can tell what a person changed.

Rows from before this revision are marked from their note: `tracker import` notes them
"import of FILE"; anything else counts as an update, the safe side for a re-import.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("history", sa.Column("via", sa.String(10), nullable=True))
    dialect = op.get_bind().dialect.name
    # The append-only triggers refuse UPDATE: lift them for the one-off backfill.
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS history_no_update")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE history DISABLE TRIGGER history_append_only")
    op.execute("UPDATE history SET via = CASE WHEN note LIKE 'import of %' THEN 'import' ELSE 'update' END")
    if dialect == "sqlite":
        op.execute("CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
                   "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE history ENABLE TRIGGER history_append_only")
    # Replaces the action_id index: it serves every lookup that one did, and the re-import's too.
    op.create_index("ix_history_action_field", "history", ["action_id", "field"])
    op.drop_index("ix_history_action", "history")


def downgrade() -> None:
    op.create_index("ix_history_action", "history", ["action_id"])
    op.drop_index("ix_history_action_field", "history")
    with op.batch_alter_table("history") as batch:
        batch.drop_column("via")
