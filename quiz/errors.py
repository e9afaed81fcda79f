"""The one family of errors this app reports to a user: every domain failure is a QuizError.

The command line and the TUI catch ``QuizError`` and show its text; anything else reaching them is
a bug. Each error's text is meant to be shown as it is (located, with what to do), so callers never
reword it. The one exception is :class:`ProgressError`, which happens during a quiz: it also
carries what went wrong as data, so the UI can say it in the learner's language.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from quiz.diagnostics import Diagnostic, printable


class QuizError(Exception):
    """Base of every error this app reports to a user; its text is meant to be shown as is."""


class BankError(QuizError):
    """A bank (or its article) could not be loaded; carries the located diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        first = next((d for d in diagnostics if d.is_error), None)
        super().__init__(first.format() if first else "bank could not be loaded")


class BankNotFoundError(QuizError):
    """The user named a bank that is not in any bank folder."""


class UsageError(QuizError):
    """The command line asked for something that cannot be done."""


class ProgressProblem(Enum):
    """What went wrong with the progress file. The UI words each reason in its own language;
    ``str()`` of the :class:`ProgressError` is the English line for logs and the command line."""

    DAMAGED_MOVED = "damaged-moved"
    """The file was ours but damaged: it was moved aside and a new one started (recovered)."""
    FOREIGN_MOVED = "foreign-moved"
    """The file was not ours (see :class:`Found`): it was moved aside, untouched, and a new one
    started (recovered)."""
    CANNOT_MOVE = "cannot-move"
    """The file is damaged or not ours and could not be moved aside: saving stops."""
    NEWER_FORMAT = "newer-format"
    """A newer nieuwsquiz wrote the file: it is left as it is and saving stops."""
    DISK_FULL = "disk-full"
    """Nothing could be written because the disk is full (temporary)."""
    CANNOT_WRITE = "cannot-write"
    """Nothing could be written: no permission, read-only, an I/O error, locked (temporary)."""
    CANNOT_READ = "cannot-read"
    """The file could not be read (temporary)."""
    NOT_RECORDED = "not-recorded"
    """An answer's attempt is not in the file (it was replaced meanwhile): saving stops."""


class Found(Enum):
    """What a progress file that is not ours turned out to be."""

    EMPTY = "empty"  # 0 bytes, or an SQLite database without any table
    NOT_SQLITE = "not-sqlite"  # a text file, or a file damaged beyond recognition
    OTHER_DATABASE = "other-database"  # another program's SQLite database


_RECOVERED = frozenset({ProgressProblem.DAMAGED_MOVED, ProgressProblem.FOREIGN_MOVED})
_TEMPORARY = frozenset(
    {ProgressProblem.DISK_FULL, ProgressProblem.CANNOT_WRITE, ProgressProblem.CANNOT_READ}
)


class ProgressError(QuizError):
    """Progress could not be read or saved; the text names the file and what to do (English).

    The UI words it from the structured fields: ``reason``, the file (``path``), where it was
    moved (``moved_to``), what it turned out to be (``found``) and the system's own words
    (``detail``: the SQLite or OS message).

    ``recovered``: the file was moved aside, the store is empty and usable again, so the caller
    may retry the call that raised (it did nothing). ``temporary``: writing or reading failed in a
    way that may pass (a full disk, permissions, a lock); trying again later may succeed."""

    def __init__(
        self,
        message: str,
        *,
        reason: ProgressProblem,
        path: Path,
        moved_to: Path | None = None,
        found: Found | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(printable(message))
        self.reason = reason
        self.path = path
        self.moved_to = moved_to
        self.found = found
        self.detail = detail

    @property
    def recovered(self) -> bool:
        return self.reason in _RECOVERED

    @property
    def temporary(self) -> bool:
        return self.reason in _TEMPORARY


class EmptySelectionError(QuizError):
    """The chosen categories or limit leave no question to ask in the bank."""
