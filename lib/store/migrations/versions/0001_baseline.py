"""Baseline: the layout of the release before Alembic (conversa_meta schema_version 1).

Revision ID: 0001_baseline
Revises:
A database that release created is stamped at this revision when it first opens (nothing to create); a new
database gets these tables here. The definitions are frozen: later changes go into later revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "conversa_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "conversa_workspaces",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("writes", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settings", sa.JSON, nullable=False),
        sa.Column("logo", sa.LargeBinary, nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "conversa_imports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("importer", sa.String(100), nullable=False),
        sa.Column("platform", sa.String(200), nullable=False),
        sa.Column("account", sa.String(300), nullable=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("data_hash", sa.String(64), nullable=False),
        sa.Column("rows", sa.JSON, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("first_date", sa.String(10), nullable=True),
        sa.Column("last_date", sa.String(10), nullable=True),
        sa.Column("as_of", sa.String(10), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("workspace_id", "content_hash", name="uq_conversa_imports_content"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_conversa_imports_data", "conversa_imports", ["workspace_id", "data_hash"])
    op.create_index("ix_conversa_imports_rank", "conversa_imports", ["workspace_id", "as_of", "id"])
    op.create_table(
        "conversa_chunks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("import_id", sa.Integer, sa.ForeignKey("conversa_imports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("part", sa.Integer, nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_conversa_chunks_import", "conversa_chunks", ["import_id"])
    # the release before Alembic reads this key: it then opens a database made by this one instead of refusing it
    op.bulk_insert(meta, [{"key": "schema_version", "value": "1"}])


def downgrade() -> None:
    for table in ("conversa_chunks", "conversa_imports", "conversa_workspaces", "conversa_meta"):
        op.drop_table(table)
