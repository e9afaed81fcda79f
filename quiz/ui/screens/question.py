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
offers an Input's printable keys to the screen anyway, so typing is never taken away.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, VerticalScroll
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer

from quiz.core.session import Outcome, PresentedQuestion, QuizSession
from quiz.store.attempt import Attempt
from quiz.ui.messages import OpenArticle, QuizFinished
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.widgets.answer_base import AnswerGiven, AnswerWidget
from quiz.ui.widgets.answers import answer_keys, help_keys
from quiz.ui.widgets.article_view import ArticleView
from quiz.ui.widgets.feedback import FeedbackPanel
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


class QuestionScreen(Screen[None]):
    """One question at a time: prompt and answer on the left, the article on the right.

    Below 100 columns the article moves under the question (the ``-narrow`` breakpoint class).
    """

    DEFAULT_CSS = """
    QuestionScreen {
        & > #quiz-body { layout: horizontal; height: 1fr; }
        #question-pane { width: 1fr; height: 1fr; padding: 1 2 1 1; }
        #passage {
            width: 1fr;
            height: 1fr;
            border-left: solid $primary 40%;
            border-title-color: $text-muted;
            border-title-align: center;
        }
        &.-narrow {
            & > #quiz-body { layout: vertical; }
            #question-pane { width: 1fr; height: 2fr; padding: 0 1; }
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

    HELP_TITLE: ClassVar[str] = "Vragen beantwoorden"
    HELP_KEYS: ClassVar[tuple[tuple[str, str], ...]] = help_keys()  # the answer widgets' keys

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next", "Volgende", tooltip="Naar de volgende vraag (na je antwoord)"),
        Binding("enter", "next", "Volgende", show=False),
        Binding("o", "open_article", "Open artikel", tooltip="Het hele artikel openen bij de bron"),
        Binding("escape", "leave", "Stoppen", tooltip="De quiz stoppen (na je bevestiging)"),
        Binding("q", "leave", "Stoppen", show=False),
        # Not in the Footer: HELP_KEYS and the answer widget's hint name them. "o" is juist/onjuist
        # before the answer and "Open artikel" after it; check_action keeps just one alive.
        *(Binding(key, f"answer_key({key!r})", show=False) for key in answer_keys()),
    ]

    outcome: var[Outcome | None] = var(None, init=False, bindings=True)
    """The current question's outcome once answered (feedback state); None while answering."""

    def __init__(self, attempt: Attempt) -> None:
        super().__init__()
        self.attempt = attempt
        self.sub_title = attempt.session.bank.title

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

    def compose(self) -> ComposeResult:
        yield ScoreBar(id="score-bar")
        with Container(id="quiz-body"):
            with VerticalScroll(id="question-pane", can_focus=False):
                yield QuestionView(self.presented, id="question")
                yield FeedbackPanel(id="feedback")
            passage = ArticleView(self.session.bank.article, id="passage")
            passage.border_title = "Artikel"
            yield passage
        yield Footer()

    def on_mount(self) -> None:
        self._update_score(self.presented)
        answered = self.session.answered_current
        if answered is not None:
            self.outcome = answered
        else:
            self.query_one(QuestionView).answer.focus_answer()

    # -- answering ---------------------------------------------------------------------------

    def on_answer_given(self, message: AnswerGiven) -> None:
        """Score the response (the session's job; the attempt saves it) and show the outcome."""
        message.stop()
        if self.outcome is not None:
            return  # a second Enter or click before the widget locked: already answered
        try:
            outcome = self.attempt.answer(message.response)
        except ValueError as error:
            # The widgets only build valid responses; if one did not, keep the quiz alive.
            self.notify(str(error), title="Dit antwoord kan niet", severity="error", markup=False)
            return
        self.outcome = outcome

    def watch_outcome(self, outcome: Outcome | None) -> None:
        feedback = self.query_one(FeedbackPanel)
        feedback.outcome = outcome
        passage = self.query_one(ArticleView)
        if outcome is None:
            passage.clear_highlight()
            passage.scroll_home(animate=False)
            return
        self.query_one(QuestionView).answer.show_outcome(outcome)
        question = outcome.presented.question
        passage.highlight(evidence_spans(question))
        paragraph = first_paragraph(question)
        if paragraph is not None:
            passage.scroll_to_paragraph(paragraph, animate=False, top=True)
        self._update_score(outcome.presented)
        feedback.focus_next_button()
        # Once the panel has been laid out (after the next refresh) and has a size.
        self.call_after_refresh(self._show_feedback)

    def on_resize(self, event: events.Resize) -> None:
        """Compact feedback where rows are scarce (80×24): see :attr:`FeedbackPanel.compact`."""
        width, height = event.size
        for feedback in self.query(FeedbackPanel):
            feedback.compact = width < WIDE_FROM or height < ROOMY_FROM

    def _show_feedback(self, tries: int = 5) -> None:
        """Show the question and the verdict together: the prompt stays at the top as long as
        the verdict line fits below it; when it cannot (a long list on a short terminal), the
        pane scrolls just far enough for the verdict, keeping as much of the question as fits.
        The rest of the feedback (explanation, source) is further down the same pane.

        Measured in the pane's own coordinates, so a scroll under way does not matter; until
        the panel has been laid out (its region is empty) this waits for another refresh.
        """
        if self.outcome is None:
            return
        pane = self.query_one("#question-pane", VerticalScroll)
        feedback = self.query_one(FeedbackPanel)
        verdict = feedback.query_one("#feedback-verdict")
        if not (feedback.region and verdict.region):
            if tries:
                self.call_after_refresh(self._show_feedback, tries - 1)
            return
        verdict_bottom = feedback.virtual_region.y + verdict.region.bottom - feedback.region.y
        overflow = verdict_bottom - pane.scrollable_content_region.height
        pane.scroll_to(y=max(0, overflow), animate=False)

    def _update_score(self, presented: PresentedQuestion) -> None:
        bar = self.query_one(ScoreBar)
        bar.number = presented.number
        bar.total = presented.total
        bar.category = category_label(presented.question.category)
        bar.worth = presented.question.points
        bar.earned = self.session.points_earned
        bar.possible = self.session.points_possible_so_far
        bar.streak = self.session.streak

    # -- moving on ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "answer_key":
            (key,) = parameters
            answer = self._answer_widget()
            return (
                self.outcome is None
                and answer is not None
                and isinstance(key, str)
                and answer.accepts_key(key)
            )
        if action == "next":
            return self.outcome is not None and not self.session.finished
        if action == "open_article":
            return self.outcome is not None and bool(self.outcome.presented.question.evidence)
        return True

    def action_answer_key(self, key: str) -> None:
        """A letter or number pressed anywhere: the answer widget answers with what it means."""
        answer = self._answer_widget()
        if self.outcome is None and answer is not None:
            answer.answer_key(key)

    def _answer_widget(self) -> AnswerWidget | None:
        """The current answer widget; None while one question replaces the next."""
        return next(iter(self.query(AnswerWidget)), None)

    async def action_next(self) -> None:
        """The next question, or the results after the last one."""
        if self.outcome is None or self.session.finished:
            return  # not answered yet, or a second press while the results open
        following = self.attempt.advance()
        if following is None:  # the attempt is finished and its result recorded
            self.post_message(QuizFinished(self.attempt))
            return
        view = QuestionView(following, id="question")
        pane = self.query_one("#question-pane", VerticalScroll)
        with self.app.batch_update():  # no frame with the old question gone and no new one
            self.outcome = None
            await self.query_one(QuestionView).remove()
            await pane.mount(view, before=0)
            pane.scroll_home(animate=False)
            self._update_score(following)
        view.answer.focus_answer()

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
