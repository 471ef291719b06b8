"""Sync between the field app and the HQ server: wire protocol, client and server (no app or Qt imports)."""
