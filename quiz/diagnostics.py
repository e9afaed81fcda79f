"""Located messages about a user's files, and the error family built on them.

Every problem found in a bank or an article becomes a :class:`Diagnostic` that names the file,
the 1-based line and column, what is wrong and how to fix it. Nothing in the domain raises a bare
exception at the user: loaders collect diagnostics and callers decide what to show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    if _UNSAFE.search(text) is None:  # nearly always: no copy, no work per character
        return text
    return _UNSAFE.sub(lambda found: _escape(found[0]), text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


# What :func:`printable` escapes: the control characters (Unicode category Cc, which Unicode's
# stability policy fixes at U+0000–U+001F and U+007F–U+009F) and the characters that reorder how
# the text around them is displayed ("Trojan source"). One pattern scans a whole message in C.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def error(path: Path, line: int, column: int, message: str, hint: str | None = None) -> Diagnostic:
    return Diagnostic(Severity.ERROR, Location(path, line, column), message, hint)


def warning(
    path: Path, line: int, column: int, message: str, hint: str | None = None
) -> Diagnostic:
    return Diagnostic(Severity.WARNING, Location(path, line, column), message, hint)


def in_file_order(diagnostics: Iterable[Diagnostic], first: Path) -> tuple[Diagnostic, ...]:
    """``diagnostics`` as an author reads them: those in ``first`` (the bank) before those in
    other files (its article), each file by line and column."""

    def order(d: Diagnostic) -> tuple[bool, str, int, int]:
        where = d.location
        return (where.path != first, str(where.path), where.line, where.column)

    return tuple(sorted(diagnostics, key=order))
