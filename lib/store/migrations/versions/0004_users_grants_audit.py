"""Accounts, their workspace grants and the audit log (hosting for several clients).

Revision ID: 0004_users_grants_audit
Revises: 0003_credentials
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_users_grants_audit"
down_revision = "0003_credentials"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversa_users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "conversa_grants",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("conversa_users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_conversa_grants_workspace", "conversa_grants", ["workspace_id"])
    op.create_table(
        "conversa_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(254), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("workspace_id", sa.Integer, nullable=True),
        sa.Column("workspace", sa.String(200), nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("address", sa.String(64), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_conversa_audit_workspace", "conversa_audit", ["workspace_id", "id"])
    op.create_index("ix_conversa_audit_actor", "conversa_audit", ["action", "actor", "at"])
    op.create_index("ix_conversa_audit_address", "conversa_audit", ["action", "address", "at"])


def downgrade() -> None:
    op.drop_index("ix_conversa_audit_address", "conversa_audit")
    op.drop_index("ix_conversa_audit_actor", "conversa_audit")
    op.drop_index("ix_conversa_audit_workspace", "conversa_audit")
    op.drop_table("conversa_audit")
    op.drop_index("ix_conversa_grants_workspace", "conversa_grants")
    op.drop_table("conversa_grants")
    op.drop_table("conversa_users")
