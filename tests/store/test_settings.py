"""The settings registry (store/settings.py): every key declared once, one upsert."""

from __future__ import annotations

from inspector_app.store import settings
from inspector_app.store.repository import Repository


def test_every_key_is_declared_once() -> None:
    keys = [s.key if isinstance(s, settings.Setting) else s.prefix for s in settings.SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(s.label for s in settings.SETTINGS)


def test_defaults_writes_and_families(bare_services) -> None:
    repo: Repository = bare_services.repo
    assert repo.get_setting(settings.SYNC_SERVER) == ""
    cursor = settings.REFERENCE_CURSOR("https://hq.example")
    assert cursor.key == "sync.reference_cursor|https://hq.example"
    assert repo.get_setting(cursor) == "0"
    repo.set_setting(settings.PROFILE_UNIT, "QLTT-01", (settings.PROFILE_OFFICER, "o-1"))
    repo.set_setting(settings.PROFILE_UNIT, "QLTT-02")
    assert repo.get_setting(settings.PROFILE_UNIT) == "QLTT-02"
    assert repo.get_setting(settings.PROFILE_OFFICER) == "o-1"
    assert repo.db.conn.execute("SELECT COUNT(*) FROM settings WHERE key = 'profile.unit_code'").fetchone()[0] == 1
