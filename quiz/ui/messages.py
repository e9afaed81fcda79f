"""What screens ask for: messages up to the app, which decides which screen comes next.

Screens never call the app or build each other. They get what they show as attributes when they
are made ("attributes down") and post one of these when the learner wants to go somewhere
("messages up"); the messages bubble from the screen to :class:`~quiz.ui.app.QuizApp`, whose
``on_*`` handlers push, switch or pop screens. The command palette posts them to the app too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.message import Message

from quiz.core.model import Bank, Span
from quiz.core.options import QuizOptions
from quiz.store.attempt import Attempt

__all__ = [
    "OpenArticle",
    "OpenBank",
    "QuizFinished",
    "ReloadLibrary",
    "RetryMistakes",
    "ShowLibrary",
    "StartQuiz",
]


class OpenArticle(Message):
    """Show ``bank``'s article on top of this screen, scrolled to ``paragraph`` with ``spans``
    highlighted. ``can_start_quiz`` offers "start quiz" (from the library, not from a quiz)."""

    def __init__(
        self,
        bank: Bank,
        *,
        paragraph: int | None = None,
        spans: Sequence[Span] = (),
        can_start_quiz: bool = False,
    ) -> None:
        super().__init__()
        self.bank = bank
        self.paragraph = paragraph
        self.spans = tuple(spans)
        self.can_start_quiz = can_start_quiz


class OpenBank(Message):
    """Open the library's bank file at ``path``: its article, or its quiz when ``quiz``. The
    library shows it, reading the bank first when it has not been read yet (the command
    palette lists banks the library has only checked)."""

    def __init__(self, path: Path, *, quiz: bool = False) -> None:
        super().__init__()
        self.path = path
        self.quiz = quiz


class StartQuiz(Message):
    """Start a quiz on ``bank`` (offering to resume a left one), with this run's options unless
    ``options`` are given."""

    def __init__(self, bank: Bank, options: QuizOptions | None = None) -> None:
        super().__init__()
        self.bank = bank
        self.options = options


class QuizFinished(Message):
    """The learner moved past the last question of ``attempt`` (its result is recorded): the
    question screen makes way for the results."""

    def __init__(self, attempt: Attempt) -> None:
        super().__init__()
        self.attempt = attempt


class RetryMistakes(Message):
    """A new round over ``attempt``'s mistakes, in place of its results."""

    def __init__(self, attempt: Attempt) -> None:
        super().__init__()
        self.attempt = attempt


class ShowLibrary(Message):
    """Back to the library, closing every screen on top of it."""


class ReloadLibrary(Message):
    """Read the bank folders again (an author fixed a bank); the library screen is updated."""
