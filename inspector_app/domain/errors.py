"""Domain error hierarchy: user/environment errors carry a Vietnamese message; anything else is a bug."""

from __future__ import annotations

import hashlib
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


SEVERITIES = ("hard", "warning", "info")


@dataclass(frozen=True)
class Problem:
    """One problem: the field it belongs to (a dotted path) and a Vietnamese message.

    Form validation gives plain problems (``rule`` empty, ``severity`` "hard"). The legal rule set
    (``resources/reference/legal_rules.json``) adds its rule id and a severity: ``hard`` never lets the
    document be finalised; ``warning`` blocks until the officer overrides it with a reason (recorded in the
    audit log, then ``overridden`` holds that reason); ``info`` never blocks. ``key`` names one warning on one
    document for an override (it changes when the facts behind the warning change).
    """

    field: str
    message: str
    severity: str = "hard"
    rule: str = ""
    key: str = ""
    overridden: str = ""

    @property
    def blocking(self) -> bool:
        """True if this problem stops finalisation (hard, or a warning not yet overridden)."""
        return self.severity == "hard" or (self.severity == "warning" and not self.overridden)

    @property
    def code(self) -> str:
        """A short code of ``key`` that an officer types to override this warning (the key itself names the
        rule and the field path, which are for programs, not for the officer's eyes)."""
        return hashlib.sha256(self.key.encode()).hexdigest()[:8] if self.key else ""

    @property
    def overridable(self) -> bool:
        """True if an officer may override it with a written reason (warnings only)."""
        return self.severity == "warning"

    def to_dict(self) -> dict[str, str]:
        """Plain-dict form used by the CLI's JSON output and the sync protocol."""
        data = {"field": self.field, "message": self.message}
        if self.rule:
            data.update({"rule": self.rule, "severity": self.severity, "key": self.key, "code": self.code})
            if self.overridden:
                data["overridden"] = self.overridden
        return data

    def __str__(self) -> str:
        """The message with where it lies in the officer's words; the path and rule id stay in ``to_dict``."""
        from .kinds import field_place  # kinds reads the form labels; errors is imported before it

        place = field_place(self.field)
        return f"{place}: {self.message}" if place and place not in self.message else self.message


class ValidationError(InspectorError):
    """Input that breaks one or more rules; ``problems`` lists every one of them at once."""

    code = "validation"

    def __init__(self, problems: list[Problem], message: str | None = None) -> None:
        text = message or "Dữ liệu chưa hợp lệ:\n" + "\n".join(f"- {p}" for p in problems)
        super().__init__(text, details=[p.to_dict() for p in problems])
        self.problems = problems


class TooLargeError(InspectorError):
    """A file or a document larger than the HQ server takes; ``details`` has ``size`` and ``limit`` (bytes).

    Raised when a photo is attached and when a document is finalised, so that nothing the server can never
    accept is kept (the UI shows ``message`` as is).
    """

    code = "too_large"


class NotFoundError(InspectorError):
    """A record the user named does not exist."""

    code = "not_found"


class ImmutableError(InspectorError):
    """An attempt to change a finalised document or the audit log."""

    code = "immutable"


class StateError(InspectorError):
    """A state transition that the document state machine does not allow."""

    code = "state"
