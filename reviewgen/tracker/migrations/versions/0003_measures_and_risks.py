"""Outcome measures with their readings, the risk register, links from actions to risks,
and a recommendation's priority (kept from a learning review on import).

New tables and one nullable column: older rows need no backfill.

Revision ID: 0003_measures
Revises: 0002
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_measures"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recommendations") as batch:
        batch.add_column(sa.Column("priority", sa.String(10), nullable=True))
    op.create_table(
        "measures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("recommendation_id", sa.Integer(), sa.ForeignKey("recommendations.id"), nullable=False,
                  unique=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=True),
    )
    op.create_table(
        "measure_readings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("measure_id", sa.Integer(), sa.ForeignKey("measures.id"), nullable=False),
        sa.Column("reading_date", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_measure_readings_measure_date", "measure_readings", ["measure_id", "reading_date"])
    op.create_table(
        "risks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(40), nullable=False, unique=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=True),
        sa.Column("consequence", sa.Text(), nullable=True),
        sa.Column("owner", sa.String(200), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("controls", sa.Text(), nullable=True),
        sa.Column("residual_impact", sa.Integer(), nullable=False),
        sa.Column("residual_likelihood", sa.Integer(), nullable=False),
    )
    op.create_table(
        "action_risks",
        sa.Column("action_id", sa.Integer(), sa.ForeignKey("actions.id"), primary_key=True),
        sa.Column("risk_id", sa.Integer(), sa.ForeignKey("risks.id"), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("action_risks")
    op.drop_table("risks")
    op.drop_index("ix_measure_readings_measure_date", "measure_readings")
    op.drop_table("measure_readings")
    op.drop_table("measures")
    with op.batch_alter_table("recommendations") as batch:
        batch.drop_column("priority")
