"""The fixed texts of every form, loaded from ``resources/forms/*.json``.

Agency-independent wording, legal citations, signer captions and every fixed sentence are data, so a
decree change is a data change. ``common.json`` holds the blocks all forms share; ``<kind>.json`` holds
one form with its versions (``"2021"``, ``"2025"`` …); a version may ``"extends"`` another and override
only what changed. Each file keeps a ``provenance`` map with the confidence tags of legal-forms.md
([V], [V2], [R], [I]) so reviewers know what must still be checked against the official Phụ lục.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from typing import Any

from inspector_app.paths import resource_path


class TextsError(LookupError):
    """A form or version that has no texts (unknown kind, unsupported form_version)."""


def deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """A new dict: ``override`` merged into ``base`` (nested dicts merged, everything else replaced)."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


@lru_cache(maxsize=32)
def _load(name: str) -> dict[str, Any]:
    path = resource_path("forms", f"{name}.json")
    try:
        with open(path, encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
    except FileNotFoundError:
        raise TextsError(name) from None
    return data


def available_versions(kind: str) -> list[str]:
    """The form versions that have texts for ``kind`` (empty for an unknown kind)."""
    try:
        return sorted(_load(kind)["versions"])
    except TextsError:
        return []


def _resolve(versions: dict[str, Any], version: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    if version not in versions or version in seen:
        raise TextsError(version)
    entry = versions[version]
    parent = entry.get("extends")
    own = {k: v for k, v in entry.items() if k != "extends"}
    if parent:
        return deep_merge(_resolve(versions, parent, (*seen, version)), own)
    return own


@lru_cache(maxsize=64)
def _texts(kind: str, version: str) -> dict[str, Any]:
    form = _load(kind)
    return deep_merge(_load("common"), _resolve(form["versions"], version))


def load_texts(kind: str, version: str, overrides: dict[str, Any] | None = None) -> Texts:
    """Texts of form ``kind`` in ``version``, with optional ``overrides`` merged on top.

    Raises TextsError if the kind or the version has no texts.
    """
    data = _texts(kind, version)
    if overrides:
        data = deep_merge(data, overrides)
    return Texts(data)


class Texts:
    """Read-only access to a merged text tree by dotted path, with ``str.format`` placeholders."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def raw(self, path: str, default: Any = KeyError) -> Any:
        """The value at dotted ``path`` (a copy for containers); raises KeyError unless ``default`` given."""
        node: Any = self._data
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                if default is KeyError:
                    raise KeyError(f"form text missing: {path}")
                return default
            node = node[part]
        return copy.deepcopy(node) if isinstance(node, dict | list) else node

    def has(self, path: str) -> bool:
        """True if ``path`` exists (optional blocks such as the back-page receipt)."""
        return self.raw(path, None) is not None

    def __call__(self, path: str, **values: Any) -> str:
        """The text at ``path`` with ``{placeholders}`` filled from ``values`` (already escaped markup)."""
        text = self.raw(path)
        if not isinstance(text, str):
            raise KeyError(f"form text is not a string: {path}")
        return text.format(**values) if values else text
