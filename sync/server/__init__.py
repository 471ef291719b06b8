"""The HQ server: FastAPI app, SQLAlchemy Core store, migrations, auth and the ``inspector-hq`` command."""
