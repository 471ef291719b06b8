"""Fixtures of the forms tests; the documents they return are built in form_factories.py.

The builders live in a module with its own name: test modules import them from there, never from a
``conftest`` (several test folders have one, and ``from conftest import`` would pick whichever loaded first).
"""

from __future__ import annotations

import pytest
from form_factories import MAKERS, make_draft_mbb01, make_m10, make_mbb01, make_mbb15

from inspector_app.domain.model import Document


@pytest.fixture(params=sorted(MAKERS))
def any_final(request: pytest.FixtureRequest) -> Document:
    """One final document of each kind."""
    return MAKERS[request.param]()


@pytest.fixture
def mbb01_2021() -> Document:
    return make_mbb01("2021")


@pytest.fixture
def mbb01_2025_refused() -> Document:
    """An MBB01 (2025) whose subject refused to sign, with a witness and the commune police."""
    return make_mbb01("2025", refused=True)


@pytest.fixture
def mbb15_refused() -> Document:
    """A seizure whose owner refused to sign, with two witnesses."""
    return make_mbb15(refused=True)


@pytest.fixture
def m10_120() -> Document:
    return make_m10(120)


@pytest.fixture(scope="session")
def m10_1000() -> Document:
    return make_m10(1000, doc_id="d-m10-1000")


@pytest.fixture
def draft_mbb01() -> Document:
    return make_draft_mbb01()
