"""Remembered credentials per workspace and platform (Fernet ciphertext and the fingerprint of its key).

Revision ID: 0003_credentials
Revises: 0002_goals_notes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_credentials"
down_revision = "0002_goals_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversa_credentials",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("secret", sa.LargeBinary, nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("workspace_id", "platform", name="uq_conversa_credentials_platform"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("conversa_credentials")
