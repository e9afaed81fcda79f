"""Reading what an ArticleView draws, for the tests: rows as text, a cell's style, visibility."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.app import App, ComposeResult

import quiz.ui
from quiz.core.model import Article, Paragraph, ParagraphKind
from quiz.ui.widgets.article_view import ArticleView

APP_CSS = Path(quiz.ui.__file__).parent / "app.tcss"


class ArticleApp(App[None]):
    """Just the widget, styled as in the app, so these tests need no library."""

    CSS_PATH = APP_CSS

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        yield ArticleView(self.article, id="article")


def row_text(view: ArticleView, row: int) -> str:
    """The characters drawn on ``row`` of the whole article (on screen or not)."""
    return view.row_strip(row).text


def style_at(view: ArticleView, row: int, x: int) -> Style:
    """The style of cell ``x`` on ``row`` of the whole article."""
    cell = 0
    for segment in view.row_strip(row):
        cell += segment.cell_length
        if x < cell:
            return segment.style or Style()
    raise IndexError(f"no cell {x} on row {row}")


def char_style(view: ArticleView, paragraph: int, offset: int) -> Style:
    """The style in which character ``offset`` of ``paragraph`` is drawn."""
    x, row = view.position_of(paragraph, offset)
    return style_at(view, row, x)


def on_screen(view: ArticleView, row: int) -> bool:
    """Whether ``row`` of the whole article is in the view's scrolled window."""
    top = view.scroll_offset.y
    return top <= row < top + view.scrollable_content_region.height


def long_article(count: int, *, long_paragraph: int = 0) -> Article:
    """A title and ``count - 1`` short body paragraphs (every tenth a subheading); paragraph 2
    is ``long_paragraph`` sentences long when that is given."""
    sentence = "Loekasjenko steunt zijn vriend Poetin, maar dat kan hem duur komen te staan."
    paragraphs = [Paragraph(1, ParagraphKind.TITLE, "Een heel lang artikel", 1)]
    for number in range(2, count + 1):
        kind = ParagraphKind.SUBHEADING if number % 10 == 0 else ParagraphKind.BODY
        text = f"{number}: {sentence}"
        if kind is ParagraphKind.SUBHEADING:
            text = f"Tussenkop {number}"
        if number == 2 and long_paragraph:
            text = " ".join(f"Zin {i}: {sentence}" for i in range(1, long_paragraph + 1))
        paragraphs.append(Paragraph(number, kind, text, number))
    return Article(path=Path("lang.txt"), paragraphs=tuple(paragraphs))
