"""Use cases of the app (no Qt): cases, documents, demo data, import/export, rendering, rules and sync."""
