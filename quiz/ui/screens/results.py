"""The end of a quiz: the score, how each category went, and every mistake with its source.

Each mistake links back to the text: Enter (or a click) opens the article at the paragraph that
holds the answer, with the evidence highlighted. ``r`` starts a new round over just the mistakes;
the key exists only when there are mistakes. All figures are the session's :class:`Results`.
Where to go next is the app's decision: the screen posts a message from :mod:`quiz.ui.messages`.
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from quiz.core.session import Outcome, QuizSession, Results
from quiz.diagnostics import printable
from quiz.store.attempt import Attempt
from quiz.ui.messages import OpenArticle, RetryMistakes, ShowLibrary
from quiz.ui.widgets.answers import widget_class
from quiz.ui.widgets.footer import QuizFooter
from quiz.ui.widgets.labels import (
    category_label,
    evidence_spans,
    first_paragraph,
    format_percent,
    format_points,
    paragraphs_label,
    verdict_label,
)


def summary(results: Results) -> Content:
    """``Score 38/45 · 84%`` and the best streak."""
    return Content.from_markup(
        "[b]Score $earned/$possible · $percent[/b]\n[dim]Beste reeks: $streak goed op rij[/dim]",
        earned=format_points(results.points_earned),
        possible=results.points_possible,
        percent=format_percent(results.percent),
        streak=results.best_streak,
    )


def category_table(results: Results) -> Table:
    """Points and percentage per category (wie, wanneer, waar, wat, woordenschat)."""
    table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False, header_style="bold")
    table.add_column("Categorie")
    table.add_column("Vragen", justify="right")
    table.add_column("Punten", justify="right")
    table.add_column("Score", justify="right")
    for score in results.by_category:
        table.add_row(
            category_label(score.category),
            str(score.questions),
            f"{format_points(score.points_earned)}/{score.points_possible}",
            format_percent(score.percent),
        )
    return table


def mistake_prompt(outcome: Outcome) -> Content:
    """Three lines per mistake: verdict, number and source; the prompt; given vs right."""
    presented = outcome.presented
    question = presented.question
    widget = widget_class(presented)  # words the response and the answer for its kind
    where = paragraphs_label(question.paragraphs)
    return Content.from_markup(
        "[b]$verdict[/b] · vraag $number · $category$source\n"
        "$prompt\n"
        "[dim]Jouw antwoord:[/dim] $given   [dim]Juiste antwoord:[/dim] $correct",
        verdict=verdict_label(outcome.verdict),
        number=presented.number,
        category=category_label(question.category),
        source=f" · bron: {where}" if where else "",
        prompt=question.prompt,
        given=printable(widget.given_text(outcome)),  # typed, or pasted: may hold controls
        correct=widget.correct_text(outcome),
    )


#: From this width the Footer has room for its keys with their usual spacing.
ROOMY_FROM_WIDTH = 100


class MistakeList(OptionList):
    """The mistakes; Enter shows in the Footer as opening the article at the source."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open bron", tooltip="Het artikel openen bij deze fout"),
    ]


class ResultsScreen(Screen[None]):
    """Score, per-category breakdown and the mistakes, each a link back into the article."""

    DEFAULT_CSS = """
    ResultsScreen {
        & > #results { height: 1fr; padding: 1 2 0 2; }
        #results-summary { margin-bottom: 1; }
        #results-categories { height: auto; margin-bottom: 1; }
        #mistakes-title { text-style: bold; }
        #mistakes {
            height: 1fr;
            min-height: 6;
            border: round $primary 40%;
            &:focus { border: round $primary; }
            & > .option-list--option { padding: 0 1; }
        }
        #no-mistakes { color: $text-success; text-style: bold; }
    }
    """

    HELP_TITLE: ClassVar[str] = "Resultaten"
    HELP_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("↑ ↓  Enter  klik", "een fout kiezen en het artikel openen bij de bron"),
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Fouten opnieuw", tooltip="Een nieuwe ronde met alleen je fouten"),
        Binding("escape,b", "library", "Bibliotheek", tooltip="Terug naar de bibliotheek"),
        Binding("q", "app.quit", "Stoppen", tooltip="Het programma afsluiten"),
    ]

    AUTO_FOCUS = "#mistakes"

    def __init__(self, attempt: Attempt) -> None:
        super().__init__()
        self.attempt = attempt
        self.results = attempt.session.results()
        self.sub_title = f"Resultaat · {attempt.session.bank.title}"

    @property
    def session(self) -> QuizSession:
        return self.attempt.session

    def compose(self) -> ComposeResult:
        results = self.results
        yield Header()
        # Not scrolling as a whole: the score stays in view, the mistakes scroll in their list.
        with Vertical(id="results"):
            yield Static(summary(results), id="results-summary")
            yield Static(category_table(results), id="results-categories")
            if results.mistakes:
                yield Static(
                    f"Fouten ({len(results.mistakes)}) — Enter of klik opent de tekst bij de bron",
                    id="mistakes-title",
                )
                yield MistakeList(*self._mistake_options(), id="mistakes")
            else:
                yield Static("✓ Geen fouten: alles goed!", id="no-mistakes")
        yield QuizFooter(compact=self.app.size.width < ROOMY_FROM_WIDTH)

    def on_resize(self, event: events.Resize) -> None:
        """Compact keys below 100 columns: at 80 the five keys and "^p Opdrachten" fit only
        that way (the Footer cut "F1 Help" in half)."""
        self.query_one(QuizFooter).compact = event.size.width < ROOMY_FROM_WIDTH

    def _mistake_options(self) -> list[Option | None]:
        """One option per mistake (its id is its index), a separator line between them."""
        options: list[Option | None] = []
        for index, outcome in enumerate(self.results.mistakes):
            if index:
                options.append(None)
            options.append(Option(mistake_prompt(outcome), id=f"mistake-{index}"))
        return options

    @on(OptionList.OptionSelected, "#mistakes")
    def _mistake_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.open_mistake(int(event.option.id.removeprefix("mistake-")))

    def open_mistake(self, index: int) -> None:
        """The article at the mistake's source paragraph, its evidence highlighted."""
        question = self.results.mistakes[index].presented.question
        self.post_message(
            OpenArticle(
                self.session.bank,
                paragraph=first_paragraph(question),
                spans=evidence_spans(question),
            )
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.results.mistakes)
        return True

    def action_retry(self) -> None:
        """A new round over the questions answered wrong or partly."""
        self.post_message(RetryMistakes(self.attempt))

    def action_library(self) -> None:
        self.post_message(ShowLibrary())
