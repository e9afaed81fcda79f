"""ArticleView: numbered, classified paragraphs; evidence highlight; scrolling to a paragraph."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult

import quiz.ui
from quiz.bank.article import find_quote
from quiz.core.model import Article, Span
from quiz.ui.widgets.article_view import ArticleView, ParagraphView

APP_CSS = Path(quiz.ui.__file__).parent / "app.tcss"


class ArticleApp(App[None]):
    """Just the widget, styled as in the app, so these tests need no library."""

    CSS_PATH = APP_CSS

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        yield ArticleView(self.article, id="article")


def in_viewport(view: ArticleView, paragraph: ParagraphView) -> bool:
    """Whether the paragraph's first line is visible in the view's scrolled window."""
    top = paragraph.virtual_region.y
    return view.scroll_y <= top < view.scroll_y + view.scrollable_content_region.height


async def test_every_paragraph_has_its_number_and_kind_class(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        paragraphs = list(view.query(ParagraphView))
        assert [p.id for p in paragraphs] == [f"p-{n}" for n in range(1, 19)]
        assert view.paragraph_view(1).has_class("-title")
        assert view.paragraph_view(2).has_class("-lead")
        assert view.paragraph_view(5).has_class("-subheading")
        assert view.paragraph_view(12).has_class("-pull-quote")
        assert view.paragraph_view(3).has_class("-body")
        number = view.paragraph_view(9).query_one(".paragraph--number")
        assert str(number.render()).strip() == "9"


async def test_highlight_marks_exactly_the_given_spans(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        spans = find_quote(article, "Loekasjenko compleet domineren")  # lead and paragraph 11
        view.highlight(spans)
        await pilot.pause()
        assert view.highlighted_paragraphs == (2, 11)
        assert view.paragraph_view(11).has_class("-highlighted")
        assert not view.paragraph_view(3).has_class("-highlighted")
        number = view.paragraph_view(11).query_one(".paragraph--number")
        assert "▶" in str(number.render())

        view.highlight(spans[1:])
        await pilot.pause()
        assert list(view.highlighted_paragraphs) == [11]
        assert not view.paragraph_view(2).has_class("-highlighted")

        view.clear_highlight()
        await pilot.pause()
        assert not view.highlighted_paragraphs
        assert not view.query(".-highlighted")


async def test_evidence_text_is_styled_apart(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        view.highlight([Span(3, 0, 10)])
        await pilot.pause()
        evidence = view.get_visual_style("article-view--evidence", partial=True)
        assert evidence.bold and evidence.underline  # visible without colour too


async def test_scroll_to_paragraph_brings_it_into_view(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        last = view.paragraph_view(18)
        assert not in_viewport(view, last)
        view.scroll_to_paragraph(18)
        await pilot.pause()
        assert in_viewport(view, last)
        view.scroll_to_paragraph(1)
        await pilot.pause()
        assert view.scroll_y == 0


async def test_article_scrolls_with_keys(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        view.focus()
        await pilot.press("pagedown")
        await pilot.pause()
        assert view.scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
