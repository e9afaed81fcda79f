"""Answering the questions of one quiz, with the article beside them.

The screen is the only place that talks to the :class:`Attempt`: answer widgets post
:class:`AnswerGiven` and the screen calls ``attempt.answer`` (which also saves the answer); the
:class:`Outcome` that comes back is handed down to the answer widget, the feedback panel, the score
bar and the passage. Nothing here decides whether an answer is right. After the last question the
screen posts :class:`QuizFinished`, and the app shows the results.

Two states, told apart by :attr:`QuestionScreen.outcome`: answering (None) and feedback (set).
The Footer follows them through ``check_action``: "n Volgende" and "o Open artikel" exist only
once there is something to move on from or to look up.

The passage shows the article from the top and unmarked while the learner answers (scrolling to
the evidence would give the answer away); after answering it jumps to the source paragraph and
highlights exactly the evidence, which the feedback names ("Bron: alinea 9").

The answer letters and numbers (a–f, 1–6, j/o) are bound here rather than on the choice list, so
they answer from anywhere on the screen, e.g. after a click in the article. Which key means what
is the answer widget's business (``accepts_key``): a typed answer accepts none, and Textual never
offers an Input's printable keys to the screen anyway, so typing is never taken away. The screen
asks the widget once per question and keeps the answer widget and the keys it accepts, so a key
press (and the Footer, which checks every binding) costs no query of the DOM.

Keys act only on what the learner has seen. A state (a new question, or the feedback) counts as
shown after the refresh that draws it (:attr:`QuestionScreen.shown`); until then an answer or
"next" is ignored, so Enter pressed twice on the feedback moves on once instead of also
answering the next question unseen, and Enter twice after typing does not skip the feedback.

Every state change is one batch: the next question goes into the same view (only the answer
widget is new), the focus moves before anything it sits on is hidden (so Textual does not move
and scroll it), and the Footer (:class:`QuizFooter`) is rebuilt at most once.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Container, Vertical, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Static

from quiz.core.model import Question
from quiz.core.session import Outcome, PresentedQuestion, QuizSession
from quiz.store.attempt import Attempt
from quiz.ui.messages import OpenArticle, QuizFinished
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.widgets.answer_base import AnswerGiven, AnswerWidget
from quiz.ui.widgets.answers import answer_keys, help_keys
from quiz.ui.widgets.article_view import ArticleView
from quiz.ui.widgets.feedback import FeedbackPanel
from quiz.ui.widgets.footer import QuizFooter
from quiz.ui.widgets.labels import category_label, evidence_spans, first_paragraph
from quiz.ui.widgets.question_view import QuestionView
from quiz.ui.widgets.score_bar import ScoreBar

LEAVE_QUESTION = "Stoppen met deze quiz? Je antwoorden van deze ronde gaan verloren."
LEAVE_QUESTION_SAVED = (
    "Stoppen met deze quiz? Je antwoorden zijn bewaard: je kunt later verdergaan."
)

#: From this width the article sits beside the question instead of below it.
WIDE_FROM = 100
#: Below this height, or WIDE_FROM columns, rows are scarce: the feedback is compact.
ROOMY_FROM = 30

#: Every key some kind answers with, bound once for the screen (see check_action).
ANSWER_KEYS = answer_keys()


def more_below(unseen: list[str]) -> str:
    """The line under a feedback that goes on below the fold: what is there, and the keys that
    scroll to it (the focus is on "Volgende vraag", in the pane)."""
    what = f": {' en '.join(unseen)}" if unseen else ""
    return f"↓ Meer hieronder{what} (↓ of PgDn)"


class QuestionScreen(Screen[None]):
    """One question at a time: prompt and answer on the left, the article on the right.

    Below 100 columns the article moves under the question (the ``-narrow`` breakpoint class).
    """

    DEFAULT_CSS = """
    QuestionScreen {
        & > #quiz-body { layout: horizontal; height: 1fr; }
        #question-column { width: 1fr; height: 1fr; }
        #question-pane { width: 1fr; height: 1fr; padding: 1 2 1 1; }
        #more-below {
            display: none;
            height: 1;
            padding: 0 1;
            color: $text-accent;
            text-style: bold;
        }
        #passage {
            width: 1fr;
            height: 1fr;
            border-left: solid $primary 40%;
            border-title-color: $text-muted;
            border-title-align: center;
        }
        &.-narrow {
            & > #quiz-body { layout: vertical; }
            #question-column { width: 1fr; height: 2fr; }
            #question-pane { padding: 0 1; }
            #passage {
                width: 1fr;
                height: 1fr;
                min-height: 6;
                border-left: none;
                border-top: solid $primary 40%;
            }
            .match-row { margin-bottom: 0; }
        }
    }
    """

    # Textual declares this as an instance-level Optional, so it cannot be a ClassVar here.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE_FROM, "-wide")]  # noqa: RUF012

    # The screen focuses the answer itself, without scrolling: Textual's auto focus would
    # scroll the answer into view and push the prompt off a short terminal. (None would mean
    # "the app's AUTO_FOCUS"; an empty selector is no auto focus.)
    AUTO_FOCUS = ""

    HELP_TITLE: ClassVar[str] = "Vragen beantwoorden"
    HELP_KEYS: ClassVar[tuple[tuple[str, str], ...]] = help_keys()  # the answer widgets' keys

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next", "Volgende", tooltip="Naar de volgende vraag (na je antwoord)"),
        Binding("enter", "next", "Volgende", show=False),
        Binding("o", "open_article", "Open artikel", tooltip="Het hele artikel openen bij de bron"),
        Binding("escape", "leave", "Stoppen", tooltip="De quiz stoppen (na je bevestiging)"),
        Binding("q", "leave", "Stoppen", show=False),
        # Enter while the screen has not yet drawn what it would act on (see ``shown``): taken
        # here, before any widget, since its effect (the next question, an answer) comes about
        # only a few messages later, when the screen may have been drawn in the meantime.
        Binding("enter", "too_soon", show=False, priority=True),
        # Not in the Footer: HELP_KEYS and the answer widget's hint name them. "o" is juist/onjuist
        # before the answer and "Open artikel" after it; check_action keeps just one alive.
        *(Binding(key, f"answer_key({key!r})", show=False) for key in ANSWER_KEYS),
    ]

    outcome: var[Outcome | None] = var(None, init=False, bindings=True)
    """The current question's outcome once answered (feedback state); None while answering."""

    def __init__(self, attempt: Attempt) -> None:
        super().__init__()
        self.attempt = attempt
        self.sub_title = attempt.session.bank.title
        self.shown = False
        """True once the current state (a question, or its feedback) has been drawn: keys act
        only on what the learner has seen."""
        self._state = 0  # counts the states (questions, feedbacks) shown so far
        self._answer_keys: frozenset[str] = frozenset()
        self._listing_keys = False
        self._score_bar = ScoreBar(id="score-bar")
        self._question = QuestionView(self.presented, id="question")
        self._feedback = FeedbackPanel(id="feedback")
        self._pane = VerticalScroll(
            self._question, self._feedback, id="question-pane", can_focus=False
        )
        self._more_below = Static(more_below([]), id="more-below", markup=False)
        self._passage = ArticleView(self.session.bank.article, id="passage")
        self._passage.border_title = "Artikel"
        self._footer = QuizFooter()

    @property
    def session(self) -> QuizSession:
        """The quiz's state, to read; it changes only through :attr:`attempt`."""
        return self.attempt.session

    @property
    def presented(self) -> PresentedQuestion:
        """The question on screen; a finished session never shows this screen."""
        current = self.session.current
        if current is None:
            raise RuntimeError("the quiz is finished")
        return current

    @property
    def answer(self) -> AnswerWidget:
        """The answer widget of the question on screen."""
        return self._question.answer

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys as the Footer lists them: the Enter that ``too_soon`` holds back for a
        moment is listed as what it does once the screen has been drawn, so the Footer does
        not change (and is not rebuilt) twice per question."""
        self._listing_keys = True
        try:
            return super().active_bindings
        finally:
            self._listing_keys = False

    def compose(self) -> ComposeResult:
        # Textual sets the breakpoint class on the first Resize, after a first layout in the
        # wide arrangement: on a narrow terminal that layout was thrown away at once, and it left
        # the answer lists measured at the wrong width. Start in the right arrangement.
        width, height = self.app.size
        narrow = width < WIDE_FROM
        self.set_class(narrow, "-narrow")
        self.set_class(not narrow, "-wide")
        self._feedback.compact = narrow or height < ROOMY_FROM
        yield self._score_bar
        with Container(id="quiz-body"):
            with Vertical(id="question-column"):
                yield self._pane
                yield self._more_below
            yield self._passage
        yield self._footer

    def on_mount(self) -> None:
        self._update_score(self.presented)
        self._answer_keys = accepted_keys(self.answer)
        self.watch(self._pane, "scroll_y", self._update_more_below, init=False)
        answered = self.session.answered_current
        if answered is not None:
            self.outcome = answered
        else:
            self.answer.focus_answer()
        self._state_changed()

    def _state_changed(self) -> None:
        """A new question or its feedback is about to be drawn: no key acts on it before."""
        self.shown = False
        self._state += 1
        self.call_after_refresh(self._drawn, self._state)

    def _drawn(self, state: int) -> None:
        """State ``state`` is on screen (the refresh that draws it is done)."""
        if state != self._state:
            return  # a later state is on its way; it counts once that one is drawn
        self.shown = True
        if self.outcome is None:
            # The prompt is in view when a question opens (nothing may have scrolled it away).
            if self._pane.scroll_y:
                self._pane.scroll_to(y=0, animate=False, immediate=True)
            self._update_more_below()
        else:
            self._show_feedback()

    # -- answering ---------------------------------------------------------------------------

    def on_answer_given(self, message: AnswerGiven) -> None:
        """Score the response (the session's job; the attempt saves it) and show the outcome."""
        message.stop()
        if self.outcome is not None or not self.shown:
            # A second Enter or click before the widget locked (already answered), or a key
            # meant for the feedback before this question was even drawn: not an answer.
            return
        try:
            outcome = self.attempt.answer(message.response)
        except ValueError as error:
            # The widgets only build valid responses; if one did not, keep the quiz alive.
            self.notify(str(error), title="Dit antwoord kan niet", severity="error", markup=False)
            return
        self.outcome = outcome
        self._state_changed()

    def watch_outcome(self, outcome: Outcome | None) -> None:
        feedback = self._feedback
        passage = self._passage
        feedback.outcome = outcome
        if outcome is None:
            passage.clear_highlight()
            passage.scroll_to(y=0, animate=False, immediate=True)
            return
        # Focus first: were the answer widget disabled while it has the focus, Textual would
        # move the focus on by itself and scroll to it.
        feedback.focus_next_button()
        self.answer.show_outcome(outcome)
        question = outcome.presented.question
        passage.highlight(evidence_spans(question))
        self._scroll_to_evidence(question)
        self._update_score(outcome.presented)

    def on_resize(self, event: events.Resize) -> None:
        """Compact feedback where rows are scarce (80×24): see :attr:`FeedbackPanel.compact`."""
        width, height = event.size
        self._feedback.compact = width < WIDE_FROM or height < ROOMY_FROM
        self.call_after_refresh(self._update_more_below)

    def _show_feedback(self, tries: int = 5) -> None:
        """Show the question and the verdict together: the prompt stays at the top as long as
        the verdict line fits below it; when it cannot (a long list on a short terminal), the
        pane scrolls just far enough for the verdict, keeping as much of the question as fits.
        The rest of the feedback (explanation, source) is further down the same pane, and the
        line under the pane says so (:meth:`_update_more_below`).

        Measured in the pane's own coordinates, so a scroll under way does not matter; until
        the panel has been laid out (its region is empty) this waits for another refresh.
        """
        if self.outcome is None:
            return
        pane = self._pane
        feedback = self._feedback
        verdict = feedback.verdict
        if not (feedback.region and verdict.region):
            if tries:
                self.call_after_refresh(self._show_feedback, tries - 1)
            return
        verdict_bottom = feedback.virtual_region.y + verdict.region.bottom - feedback.region.y
        # The rows the pane has without the "more below" line; with the line, one fewer.
        rows = pane.scrollable_content_region.height + (1 if self._more_below.display else 0)
        y = max(0, verdict_bottom - rows)
        if pane.virtual_size.height > y + rows:  # more below: the line will take a row
            y = max(0, verdict_bottom - (rows - 1))
        pane.scroll_to(y=y, animate=False, immediate=True)
        self._update_more_below()

    def _update_more_below(self) -> None:
        """Under a feedback that goes on below the fold, a line says so and how to get there.

        Worked out in the pane's virtual coordinates, so it holds straight after a scroll, before
        the next refresh has moved anything on screen; the line's own row counts."""
        pane = self._pane
        rows = pane.scrollable_content_region.height + (1 if self._more_below.display else 0)
        top = round(pane.scroll_y)
        more = self.outcome is not None and pane.virtual_size.height > top + rows
        if more:
            self._more_below.update(more_below(self._unseen_parts(top, top + rows - 1)))
        self._more_below.display = more

    def _unseen_parts(self, top: int, bottom: int) -> list[str]:
        """What of the explanation and the source is not wholly between rows ``top`` and
        ``bottom`` of the pane's content."""
        feedback = self._feedback
        if self.outcome is None or not feedback.region:
            return []
        question = self.outcome.presented.question
        offset = feedback.virtual_region.y - feedback.region.y  # screen rows to content rows
        parts = [
            ("uitleg", feedback.explanation, bool(question.explanation)),
            ("bron", feedback.source, bool(question.paragraphs)),
        ]
        return [
            name
            for name, part, shown in parts
            if shown and not top <= part.region.y + offset <= part.region.bottom + offset <= bottom
        ]

    def _scroll_to_evidence(self, question: Question) -> None:
        """Bring the evidence into view in the same refresh as the verdict (never animated)."""
        spans = evidence_spans(question)
        if not spans:
            return
        span = min(spans, key=lambda span: (span.paragraph, span.start))
        self._passage.scroll_to_span(span)  # at once, or as soon as the passage has a size

    def _update_score(self, presented: PresentedQuestion) -> None:
        bar = self._score_bar
        bar.number = presented.number
        bar.total = presented.total
        bar.category = category_label(presented.question.category)
        bar.worth = presented.question.points
        bar.earned = self.session.points_earned
        bar.possible = self.session.points_possible_so_far
        bar.streak = self.session.streak

    # -- moving on ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Asked for every binding each time the Footer looks, and for each key pressed: no
        # queries here, only what the screen keeps.
        if action == "too_soon":
            return not (self.shown or self._listing_keys)
        if action == "answer_key":
            return self.outcome is None and parameters[0] in self._answer_keys
        if action == "next":
            return self.outcome is not None and not self.session.finished
        if action == "open_article":
            return self.outcome is not None and bool(self.outcome.presented.question.evidence)
        return True

    def action_too_soon(self) -> None:
        """Enter before the question or feedback it would act on was drawn: ignored."""

    def action_answer_key(self, key: str) -> None:
        """A letter or number pressed anywhere: the answer widget answers with what it means."""
        if self.outcome is None and self.shown and key in self._answer_keys:
            self.answer.answer_key(key)

    async def action_next(self) -> None:
        """The next question, or the results after the last one."""
        if self.outcome is None or not self.shown or self.session.finished:
            return  # not answered yet, the feedback not drawn yet, or the results are opening
        following = self.attempt.advance()
        if following is None:  # the attempt is finished and its result recorded
            self.post_message(QuizFinished(self.attempt))
            return
        self.shown = False
        with self.app.batch_update():  # no frame with the old question gone and no new one
            answer = await self._question.show(following)
            self._answer_keys = accepted_keys(answer)
            # Focus first: the feedback, whose button has the focus, is hidden next.
            answer.focus_answer()
            self.outcome = None
            self._pane.scroll_to(y=0, animate=False, immediate=True)
            self._update_score(following)
        self._state_changed()

    @on(FeedbackPanel.NextRequested)
    async def _next_clicked(self) -> None:
        await self.run_action("next")

    @on(FeedbackPanel.ArticleRequested)
    def _article_clicked(self) -> None:
        self.action_open_article()

    def action_open_article(self) -> None:
        """The whole article on its own screen, at the source, evidence highlighted."""
        if self.outcome is None:
            return
        question = self.outcome.presented.question
        self.post_message(
            OpenArticle(
                self.session.bank,
                paragraph=first_paragraph(question),
                spans=evidence_spans(question),
            )
        )

    # -- leaving -----------------------------------------------------------------------------

    def action_leave(self) -> None:
        """Back without asking before the first answer; after it, only when confirmed."""
        if self.session.started and not self.session.finished:
            question = LEAVE_QUESTION_SAVED if self.attempt.saves else LEAVE_QUESTION
            self.app.push_screen(
                ConfirmScreen(question, yes_label="Stoppen", no_label="Doorgaan"),
                self._leave_confirmed,
            )
        else:
            self.dismiss()

    def _leave_confirmed(self, leave: bool | None) -> None:
        if leave:
            self.dismiss()


def accepted_keys(answer: AnswerWidget) -> frozenset[str]:
    """The single keys that answer ``answer``'s question from anywhere on the screen."""
    return frozenset(key for key in ANSWER_KEYS if answer.accepts_key(key))
