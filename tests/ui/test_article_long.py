"""ArticleView with long articles and long paragraphs: it mounts and scrolls, reaches evidence
deep in a paragraph (also when asked straight after mounting), and rewraps on resize.

No timing is asserted (speed is watched in benchmarks/article_view.py); these check that a long
article works at all, which a widget per paragraph did not.
"""

from __future__ import annotations

from article_support import ArticleApp, char_style, long_article, on_screen, row_text

from quiz.core.model import Article, Span
from quiz.ui.widgets.article_view import ArticleView


async def test_ten_thousand_paragraphs_mount_and_scroll_to_the_end() -> None:
    article = long_article(10_000)
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        assert "   1 Een heel lang artikel" in row_text(view, 0)
        view.focus()
        await pilot.press("end")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > 10_000
        last = view.paragraph_rows(10_000)
        assert on_screen(view, last[0]) and on_screen(view, last[-1])
        assert "10000 Tussenkop 10000" in row_text(view, last[0])
        view.scroll_to_paragraph(5_000)
        await pilot.pause()
        assert view.scroll_offset.y == view.paragraph_rows(5_000)[0]
        await pilot.press("home")
        await pilot.pause()
        assert view.scroll_y == 0


class ScrolledOnMount(ArticleApp):
    """Highlights a span and scrolls to it in ``on_mount``, before the view has a size."""

    def __init__(self, article: Article, span: Span, *, by_paragraph: bool) -> None:
        super().__init__(article)
        self.span = span
        self.by_paragraph = by_paragraph

    def on_mount(self) -> None:
        view = self.query_one(ArticleView)
        assert not view.size.width  # really before the first layout
        view.highlight([self.span])
        if self.by_paragraph:
            view.scroll_to_paragraph(self.span.paragraph, top=True)
        else:
            view.scroll_to_span(self.span)


def deep_span(article: Article) -> Span:
    """A sentence near the end of paragraph 2, which is far taller than the screen."""
    text = article.paragraph(2).text
    start = text.index("Zin 55:")
    return Span(2, start, text.index("Zin 56:") - 1)


async def test_scroll_to_span_reaches_evidence_deep_in_a_long_paragraph() -> None:
    article = long_article(5, long_paragraph=60)
    span = deep_span(article)
    async with ScrolledOnMount(article, span, by_paragraph=False).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = pilot.app.query_one(ArticleView)
        assert len(view.paragraph_rows(2)) > 3 * view.size.height
        top, bottom = view.line_of(2, span.start), view.line_of(2, span.end - 1)
        assert on_screen(view, top) and on_screen(view, bottom)
        assert top - view.scroll_offset.y >= 3  # with some of the text that leads up to it
        assert char_style(view, 2, span.start).underline


async def test_scroll_to_paragraph_shows_its_evidence_not_just_its_start() -> None:
    """The issue: scrolled to the paragraph's start, the evidence was below the fold."""
    article = long_article(5, long_paragraph=60)
    span = deep_span(article)
    async with ScrolledOnMount(article, span, by_paragraph=True).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = pilot.app.query_one(ArticleView)
        assert on_screen(view, view.line_of(2, span.start))
        assert view.scroll_offset.y > view.paragraph_rows(2)[0]


async def test_resizing_rewraps_and_keeps_the_reading_place(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(120, 30)) as pilot:
        view = pilot.app.query_one(ArticleView)
        wide = len(view.paragraph_rows(10))
        view.scroll_to_paragraph(9)
        await pilot.pause()
        assert view.scroll_offset.y == view.paragraph_rows(9)[0]

        await pilot.resize_terminal(60, 30)
        await pilot.pause()
        width = view.scrollable_content_region.width
        assert len(view.paragraph_rows(10)) > wide
        rows = range(view.virtual_size.height)
        assert all(len(row_text(view, row).rstrip()) <= width for row in rows)
        assert view.scroll_offset.y == view.paragraph_rows(9)[0]  # still reading paragraph 9

        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert len(view.paragraph_rows(10)) == wide
        assert view.scroll_offset.y == view.paragraph_rows(9)[0]
