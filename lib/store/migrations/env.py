"""Alembic's environment: migrations run on the connection the store hands over (``upgrade``), or, for the
``alembic`` command line (``alembic.ini`` beside this file), on ``database_url()``."""

from __future__ import annotations

from alembic import context

from lib.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # the alembic command line: open the configured database
    from lib.store.engine import database_url, make_engine

    engine = make_engine(database_url())
    with engine.connect() as conn, conn.begin():
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        context.run_migrations()
    engine.dispose()
else:  # inside the store's write transaction (it holds the lock and commits)
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
