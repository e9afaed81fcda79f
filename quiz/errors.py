"""The one family of errors this app reports to a user: every domain failure is a QuizError.

The command line and the TUI catch ``QuizError`` and show its text; anything else reaching them is
a bug. Each error's text is meant to be shown as it is (located, with what to do), so callers never
reword it.
"""

from __future__ import annotations

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


class ProgressError(QuizError):
    """Progress could not be read or saved; the text names the file and what to do.

    ``recovered`` is True when the damaged file was moved aside: the store is empty and usable
    again, so the caller may retry the call that raised (it did nothing)."""

    def __init__(self, message: str, *, recovered: bool = False) -> None:
        super().__init__(printable(message))
        self.recovered = recovered


class EmptySelectionError(QuizError):
    """The chosen categories or limit leave no question to ask in the bank."""
