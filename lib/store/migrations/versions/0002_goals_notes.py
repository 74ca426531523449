"""Goals and notes on dates per workspace, with the change that added and removed each row (for undo).

Revision ID: 0002_goals_notes
Revises: 0001_baseline
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_goals_notes"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversa_goals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kpi", sa.String(64), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("target", sa.Float, nullable=False),
        sa.Column("due", sa.String(10), nullable=True),
        sa.Column("added_in", sa.Integer, nullable=False),
        sa.Column("removed_in", sa.Integer, nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_conversa_goals_workspace", "conversa_goals", ["workspace_id", "removed_in"])
    op.create_table(
        "conversa_notes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("platform", sa.String(32), nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("added_in", sa.Integer, nullable=False),
        sa.Column("removed_in", sa.Integer, nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_conversa_notes_workspace", "conversa_notes", ["workspace_id", "removed_in"])


def downgrade() -> None:
    op.drop_index("ix_conversa_notes_workspace", "conversa_notes")
    op.drop_table("conversa_notes")
    op.drop_index("ix_conversa_goals_workspace", "conversa_goals")
    op.drop_table("conversa_goals")
