"""QLTT Field Inspector: offline inspection records, official forms and sync for market-management officers."""

__version__ = "0.1.0"
