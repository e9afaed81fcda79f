"""Reading an article before (or while) answering questions about it.

Opened from the library (with "start quiz" available) and from question feedback (scrolled to the
evidence, without "start quiz": the learner is already in a quiz and only goes back).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.core.model import Bank, Span
from quiz.ui.messages import StartQuiz
from quiz.ui.widgets.article_view import ArticleView
from quiz.ui.widgets.bank_info import bank_summary


class ReadingScreen(Screen[None]):
    """The full article, optionally scrolled to a paragraph with evidence highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "start_quiz", "Start quiz", tooltip="De vragen over dit artikel beantwoorden"),
        Binding("escape", "back", "Terug", tooltip="Terug naar het vorige scherm"),
        Binding("backspace", "back", "Terug", show=False),
        Binding("q", "app.quit", "Stoppen", tooltip="Het programma afsluiten"),
    ]

    HELP_TITLE: ClassVar[str] = "Artikel lezen"
    HELP_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("↑ ↓  muiswiel", "scrollen"),
        ("PgUp PgDn  spatie", "een scherm terug / verder"),
        ("Home End", "naar het begin / einde"),
    )
    """Keys the article's scrolling provides, for the help screen (they are not BINDINGS here)."""

    AUTO_FOCUS = "ArticleView"

    def __init__(
        self,
        bank: Bank,
        *,
        paragraph: int | None = None,
        spans: Sequence[Span] = (),
        can_start_quiz: bool = True,
    ) -> None:
        super().__init__()
        self.bank = bank
        self.paragraph = paragraph
        self.spans = tuple(spans)
        self.can_start_quiz = can_start_quiz
        self.sub_title = f"Lezen · {bank.title}"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(bank_summary(self.bank), id="article-meta", markup=False)
        yield ArticleView(self.bank.article, id="article")
        yield Footer()

    def on_mount(self) -> None:
        article = self.query_one(ArticleView)
        if self.spans:
            article.highlight(self.spans)
        target = self.paragraph or (self.spans[0].paragraph if self.spans else None)
        if target is not None:
            article.scroll_to_paragraph(target)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "start_quiz":
            return self.can_start_quiz
        if action == "back":
            return len(self.app.screen_stack) > 1
        return True

    def action_start_quiz(self) -> None:
        self.post_message(StartQuiz(self.bank))

    def action_back(self) -> None:
        self.dismiss()
