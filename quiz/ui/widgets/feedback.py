"""What the learner sees after answering, built entirely from the session's :class:`Outcome`.

The verdict always has a symbol and a word (``✓ Goed``, ``≈ Bijna goed``, ``◐ Deels goed``,
``✗ Fout``); colour only repeats it. A typo that was accepted is shown against the right spelling,
so the learner learns it. The panel names the source paragraph ("Bron: alinea 9"): the same
paragraph the screen highlights in the passage beside it, the link back to the text.

Bank text enters markup only as template values, which are never parsed; what the learner typed
(or pasted) also passes ``printable``, so a pasted escape sequence is shown, not sent.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Button, Static

from quiz.core.session import Outcome
from quiz.core.verdicts import Verdict
from quiz.ui.widgets.answers import widget_class
from quiz.ui.widgets.labels import (
    format_points,
    paragraphs_label,
    points_word,
    verdict_class,
    verdict_label,
)


def verdict_line(outcome: Outcome) -> Content:
    """``✓ Goed   +1 punt``: the verdict, then the points this answer earned."""
    earned = outcome.points_earned
    shown = format_points(earned)
    return Content.from_markup(
        "[b]$verdict[/b]   $earned $word [dim](van $possible)[/dim]",
        verdict=verdict_label(outcome.verdict),
        earned=shown if shown == "0" else f"+{shown}",
        word=points_word(earned),
        possible=outcome.points_possible,
    )


def answer_lines(outcome: Outcome) -> Content:
    """What the learner answered and what is right, in the clearest form for the kind: the
    kind's answer widget words it (orders and pairs one per line, a near miss against the
    spelling that counts)."""
    return Content("\n").join(widget_class(outcome.presented).feedback_lines(outcome))


def source_line(outcome: Outcome) -> Content:
    """``Bron: alinea 9 (gemarkeerd in de tekst)``; empty for a question without evidence."""
    where = paragraphs_label(outcome.presented.question.paragraphs)
    if not where:
        return Content("")
    return Content.from_markup(
        "[b]Bron:[/b] $where [dim](gemarkeerd in de tekst)[/dim]", where=where
    )


class FeedbackPanel(Vertical):
    """The verdict, the answers, the explanation, the source and the way on.

    Hidden until an outcome is set. Its buttons only say what was clicked (messages up); the
    screen decides what "next" and "open the article" mean, and where to scroll.
    """

    DEFAULT_CSS = """
    FeedbackPanel {
        height: auto;
        margin-top: 1;
        padding: 0 1;
        border: round $primary;
        &.-correct, &.-almost { border: round $success; }
        &.-partial { border: round $warning; }
        &.-wrong { border: round $error; }
        & > #feedback-verdict { text-style: bold; }
        &.-correct > #feedback-verdict, &.-almost > #feedback-verdict { color: $text-success; }
        &.-partial > #feedback-verdict { color: $text-warning; }
        &.-wrong > #feedback-verdict { color: $text-error; }
        & > #feedback-explanation { margin-top: 1; }
        & > #feedback-source { margin-top: 1; }
        & > #feedback-buttons { height: auto; margin-top: 1; }
        & > #feedback-buttons > Button { margin-right: 1; }
        &.-compact {
            margin-top: 0;
            & > #feedback-source { margin-top: 0; }
            & > #feedback-buttons { margin-top: 0; }
        }
    }
    """

    outcome: reactive[Outcome | None] = reactive(None, init=False)
    """The outcome to show; None hides the panel."""

    compact: reactive[bool] = reactive(False, toggle_class="-compact")
    """Set by the screen when rows are scarce (80×24): one-line buttons and fewer blank lines,
    so the verdict fits under the question instead of pushing it out of view. The keys the
    buttons name are in the Footer too."""

    class NextRequested(Message):
        """The learner clicked "Volgende vraag" (or the key on the button)."""

    class ArticleRequested(Message):
        """The learner asked to read the whole article at the source."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.last = False
        self.display = False
        self.verdict = Static(id="feedback-verdict")
        self.answers = Static(id="feedback-answers")
        self.explanation = Static(id="feedback-explanation", markup=False)
        self.source = Static(id="feedback-source")
        self._next_button = Button(self._next_label(), id="next", variant="primary")
        self._article_button = Button("Open artikel (o)", id="open-article")

    def compose(self) -> ComposeResult:
        yield self.verdict
        yield self.answers
        yield self.explanation
        yield self.source
        with Horizontal(id="feedback-buttons"):
            yield self._next_button.data_bind(FeedbackPanel.compact)
            yield self._article_button.data_bind(FeedbackPanel.compact)

    def _next_label(self) -> str:
        return "Naar de uitslag (n)" if self.last else "Volgende vraag (n)"

    def watch_outcome(self, outcome: Outcome | None) -> None:
        self.display = outcome is not None
        # One change of classes, so the panel is restyled once (not once per verdict class).
        classes = self.classes - {verdict_class(verdict) for verdict in Verdict}
        if outcome is None:
            self.set_classes(classes)
            return
        self.set_classes(classes | {verdict_class(outcome.verdict)})
        question = outcome.presented.question
        self.last = outcome.presented.number == outcome.presented.total
        self.verdict.update(verdict_line(outcome))
        answers = answer_lines(outcome)
        self.answers.update(answers)
        self.answers.display = bool(answers.plain)
        self.explanation.update(question.explanation)
        self.source.update(source_line(outcome))
        self._next_button.label = self._next_label()
        self._article_button.display = bool(question.paragraphs)

    def focus_next_button(self) -> None:
        """Put the keyboard on "Volgende vraag", so Enter moves on (without scrolling to it:
        the verdict at the top of the panel matters more than the button at its foot).

        At once (not after the next refresh, as ``Widget.focus`` does): the screen moves the
        focus here before it locks the answer widget that has it."""
        self.screen.set_focus(self._next_button, scroll_visible=False)

    @on(Button.Pressed, "#next")
    def _next(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.NextRequested())

    @on(Button.Pressed, "#open-article")
    def _open(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.ArticleRequested())
