"""Local storage: open_database(), migrations, repositories, reference data and the audit chain."""
