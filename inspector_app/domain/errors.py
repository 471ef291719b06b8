"""Domain error hierarchy: user/environment errors carry a Vietnamese message; anything else is a bug."""

from __future__ import annotations

from dataclasses import dataclass


class InspectorError(Exception):
    """An error the user can act on (bad input, missing file, locked database).

    ``message`` is Vietnamese and shown as is; ``code`` is stable for machines (CLI --json, sync).
    """

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, details: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details = details


@dataclass(frozen=True)
class Problem:
    """One validation problem: the field it belongs to (a dotted path) and a Vietnamese message."""

    field: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """Plain-dict form used by the CLI's JSON output and the sync protocol."""
        return {"field": self.field, "message": self.message}

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(InspectorError):
    """Input that breaks one or more rules; ``problems`` lists every one of them at once."""

    code = "validation"

    def __init__(self, problems: list[Problem], message: str | None = None) -> None:
        text = message or "Dữ liệu chưa hợp lệ:\n" + "\n".join(f"- {p}" for p in problems)
        super().__init__(text, details=[p.to_dict() for p in problems])
        self.problems = problems


class NotFoundError(InspectorError):
    """A record the user named does not exist."""

    code = "not_found"


class ImmutableError(InspectorError):
    """An attempt to change a finalised document or the audit log."""

    code = "immutable"


class StateError(InspectorError):
    """A state transition that the document state machine does not allow."""

    code = "state"
