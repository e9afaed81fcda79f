"""What every answer widget shares: the message it sends up, and how it locks after answering.

"Attributes down, messages up": an answer widget never scores anything. It is given the
:class:`PresentedQuestion` (choices, items, rights in the session's order), lets the learner build a
response in the shape the session expects, and posts :class:`AnswerGiven` with it. The question
screen passes the response to the session and hands the :class:`Outcome` back down through
:meth:`AnswerWidget.show_outcome`.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from quiz.core.session import Outcome, PresentedQuestion, Response


class AnswerGiven(Message):
    """The learner committed to ``response`` (in the session's shape for this question type)."""

    def __init__(self, response: Response) -> None:
        super().__init__()
        self.response = response


class AnswerWidget(Vertical):
    """Base of the per-type answer widgets: a one-line hint on how to answer, then the controls.

    Subclasses set :attr:`HINT`, compose their controls in :meth:`compose_controls`, and call
    :meth:`submit` with a response. After the answer the widget is disabled (so its keys leave
    the Footer and focus moves on) but stays visible, showing what the learner chose.
    """

    DEFAULT_CSS = """
    AnswerWidget {
        height: auto;
        & > .answer--hint { color: $text-muted; margin-bottom: 1; }
        &:disabled > .answer--hint { display: none; }
    }
    """

    HINT: ClassVar[str] = ""
    """How to answer, in Dutch, naming both the keys and the mouse."""

    def __init__(
        self, presented: PresentedQuestion, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.presented = presented
        self.outcome: Outcome | None = None

    def compose(self) -> ComposeResult:
        yield Static(self.hint(), classes="answer--hint", markup=False)
        yield from self.compose_controls()

    def hint(self) -> str:
        """The hint for this question (a subclass may fit it to the number of choices)."""
        return self.HINT

    def compose_controls(self) -> ComposeResult:
        """The widgets the learner answers with (the first focusable one gets focus)."""
        yield from ()

    def submit(self, response: Response) -> None:
        """Send ``response`` up to the screen, once: a locked widget sends nothing."""
        if self.outcome is None and not self.disabled:
            self.post_message(AnswerGiven(response))

    def accepts_key(self, key: str) -> bool:
        """Whether pressing ``key`` anywhere on the question screen answers this question.

        None by default: only a choice list maps letters and numbers to answers, and a widget
        where the learner types must get every letter."""
        return False

    def answer_key(self, key: str) -> None:
        """Answer with what ``key`` stands for (the screen asks :meth:`accepts_key` first)."""

    def focus_answer(self) -> None:
        """Put the cursor where the learner answers (the first focusable control), without
        scrolling: on a short terminal the prompt above it must stay in view."""
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus(scroll_visible=False)
                return

    def show_outcome(self, outcome: Outcome) -> None:
        """Lock the controls after answering; subclasses may also mark the learner's choice."""
        self.outcome = outcome
        self.disabled = True
