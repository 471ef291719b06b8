"""The service container builds the database, keys, profile and cases at once and every other area on first
use (issue 16: a command loads only what it uses), each once; a save before anything used the rules still
stores the case's deadlines."""

from __future__ import annotations

from inspector_app.services.container import Services
from inspector_builders import make_case


def test_areas_are_built_on_first_use_once_and_a_first_save_stores_deadlines(services: Services) -> None:
    assert services.built() == []  # the profile and cases are not areas: they are there from the start
    listed = services.documents.list()
    assert listed == [] and services.built() == ["documents"]  # listing needs neither the rules nor ReportLab
    case = make_case(services)  # the first write: the composition root's hook builds the rules to store deadlines
    assert "rules" in services.built()
    assert services.rules is services.documents.rules  # one rules service, shared
    assert services.rules.index.store.for_case(case.id), "the save stored the case's deadlines"
    assert services.sync is services.sync and "sync" in services.built()
