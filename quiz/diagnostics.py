"""Located messages about a user's files, and the error family built on them.

Every problem found in a bank or an article becomes a :class:`Diagnostic` that names the file,
the 1-based line and column, what is wrong and how to fix it. Nothing in the domain raises a bare
exception at the user: loaders collect diagnostics and callers decide what to show.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file; line and column are 1-based, as editors show them."""

    path: Path
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    location: Location
    message: str
    hint: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """``path:line:col: error: message (hint)`` — the form compilers and editors understand.

        Control characters (from a file name or an echoed value) are shown escaped, so a
        hostile file cannot move the cursor or reprogram the terminal that shows its report."""
        text = f"{self.location}: {self.severity.value}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return printable(text)

    def __str__(self) -> str:
        return self.format()


def printable(text: str) -> str:
    """``text`` with control and text-direction characters written as ``\\x1b``/``\\u202e``."""
    return "".join(_escape(char) if _unsafe(char) else char for char in text)


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or char in _BIDI_CONTROLS


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


# Characters that reorder how the text around them is displayed ("Trojan source").
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def error(path: Path, line: int, column: int, message: str, hint: str | None = None) -> Diagnostic:
    return Diagnostic(Severity.ERROR, Location(path, line, column), message, hint)


def warning(
    path: Path, line: int, column: int, message: str, hint: str | None = None
) -> Diagnostic:
    return Diagnostic(Severity.WARNING, Location(path, line, column), message, hint)
