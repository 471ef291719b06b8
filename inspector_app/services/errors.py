"""The store's database errors and their Vietnamese translation, for the front ends (command line, windows)
that turn errors into messages and exit codes without importing the store (the ``InspectorError`` family
itself is in ``inspector_app.domain.errors``)."""

from __future__ import annotations

from inspector_app.store.db import DB_ERRORS, StoreError, translate_sqlite_error

__all__ = ["DB_ERRORS", "StoreError", "translate_sqlite_error"]
