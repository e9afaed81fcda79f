"""What every answer widget shares: the message it sends up, how it locks after answering, and
how it words an outcome.

"Attributes down, messages up": an answer widget never scores anything. It is given the
:class:`PresentedQuestion` (choices, items, rights in the session's order), lets the learner build a
response in the shape the session expects, and posts :class:`AnswerGiven` with it. The question
screen passes the response to the session and hands the :class:`Outcome` back down through
:meth:`AnswerWidget.show_outcome`.

The domain's outcome is data (a response, a verdict, marks); the widget class of a kind is what
knows how that kind's responses read in Dutch, so the feedback panel and the results screen ask
it (class methods, so no widget needs to be mounted): :meth:`AnswerWidget.feedback_lines`,
:meth:`AnswerWidget.given_text` and :meth:`AnswerWidget.correct_text`.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from quiz.core.session import Outcome, PresentedQuestion, Response
from quiz.core.verdicts import Verdict
from quiz.diagnostics import printable

#: Rows for the help screen: keys, and what they do.
HelpKeys = tuple[tuple[str, str], ...]


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

    HELP_KEYS: ClassVar[HelpKeys] = ()
    """The keys this widget handles itself, for the question screen's help."""

    ANSWER_KEYS: ClassVar[str] = ""
    """Single keys that answer from anywhere on the question screen (the screen binds them and
    asks :meth:`accepts_key` what each one means right now)."""

    def __init__(
        self, presented: PresentedQuestion, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.presented = presented
        self.outcome: Outcome | None = None

    @classmethod
    def variant_for(cls, presented: PresentedQuestion) -> type[AnswerWidget]:
        """The widget class that answers ``presented``: this one, unless the kind is answered in
        more than one way (a cloze is typed, or chosen when it has choices)."""
        return cls

    @classmethod
    def variants(cls) -> tuple[type[AnswerWidget], ...]:
        """Every class :meth:`variant_for` may give, so their keys can all be bound and
        explained."""
        return (cls,)

    def context(self) -> Content | None:
        """What the question is about, shown between the prompt and this widget (a cloze's
        sentence); None for kinds where the prompt says it all."""
        return None

    # -- wording an outcome ------------------------------------------------------------------

    @classmethod
    def given_text(cls, outcome: Outcome) -> str:
        """The learner's response on one line, as the list of mistakes shows it."""
        raise NotImplementedError(f"{cls.__name__} does not word its responses")

    @classmethod
    def correct_text(cls, outcome: Outcome) -> str:
        """The right answer on one line, in the same terms as :meth:`given_text`."""
        raise NotImplementedError(f"{cls.__name__} does not word its answers")

    @classmethod
    def feedback_lines(cls, outcome: Outcome) -> list[Content]:
        """What the learner answered and, after a mistake, what is right: the lines under the
        verdict in the feedback panel."""
        lines = cls.given_lines(outcome)
        if outcome.verdict is not Verdict.CORRECT:
            lines += cls.correct_lines(outcome)
        return lines

    @classmethod
    def given_lines(cls, outcome: Outcome) -> list[Content]:
        """``Jouw antwoord: …`` (what the learner typed or pasted passes ``printable``)."""
        given = printable(cls.given_text(outcome))
        return [Content.from_markup("Jouw antwoord: $given", given=given)]

    @classmethod
    def correct_lines(cls, outcome: Outcome) -> list[Content]:
        """``Juiste antwoord: …``, after a mistake; nothing for an answer accepted with a typo
        (:meth:`given_lines` shows the right spelling then)."""
        if outcome.verdict is Verdict.ALMOST:
            return []
        answer = cls.correct_text(outcome)
        return [Content.from_markup("Juiste antwoord: [b]$answer[/b]", answer=answer)]

    # -- answering ---------------------------------------------------------------------------

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
        scrolling: on a short terminal the prompt above it must stay in view.

        At once rather than after the next refresh (``Widget.focus``): the focused widget of the
        previous question or feedback is about to be hidden or removed, and Textual would move
        the focus on by itself, scrolling the new focus into view."""
        for widget in self.query("*"):
            if widget.focusable:
                self.screen.set_focus(widget, scroll_visible=False)
                return

    def show_outcome(self, outcome: Outcome) -> None:
        """Lock the controls after answering; subclasses may also mark the learner's choice."""
        self.outcome = outcome
        self.disabled = True
