"""ArticleView: numbered paragraphs in their kind's style; evidence highlight by character span;
scrolling to a paragraph or a span; keys and the mouse wheel."""

from __future__ import annotations

import pytest
from article_support import ArticleApp, char_style, on_screen, row_text, style_at
from textual import events
from textual.geometry import Offset
from textual.selection import Selection

from quiz.bank.article import find_quote
from quiz.core.model import Article, ParagraphKind, Span
from quiz.ui.widgets.article_view import ArticleView, Mark


async def test_every_paragraph_shows_its_number_in_its_kinds_style(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        body = view.get_visual_style("article-view--body")
        for paragraph in article.paragraphs:
            first = view.paragraph_rows(paragraph.number)[0]
            shown = row_text(view, first)
            assert shown[:5] == f"{paragraph.number:>4} ", shown
            assert paragraph.text.split()[0] in shown[5 : 10 + len(paragraph.text.split()[0])]
            number = style_at(view, first, 3)
            assert number.color != body.rich_style.color  # muted: the text stands out
            text = char_style(view, paragraph.number, 0)
            match paragraph.kind:
                case ParagraphKind.TITLE:
                    assert text.bold and text.color != body.rich_style.color
                case ParagraphKind.LEAD:
                    assert text.bold and not text.underline
                case ParagraphKind.SUBHEADING:
                    assert text.bold and text.underline
                case ParagraphKind.PULL_QUOTE:
                    assert text.italic and shown[5] == "▌"
                case ParagraphKind.BODY:
                    assert not (text.bold or text.italic or text.underline)
        assert [p.number for p in article.paragraphs if p.kind is ParagraphKind.PULL_QUOTE] == [12]
        # A blank row between paragraphs and above a subheading; none below a subheading.
        rows = {n: view.paragraph_rows(n) for n in (3, 4, 5, 6)}
        assert rows[4][0] == rows[3][-1] + 2 and not row_text(view, rows[4][0] - 1).strip()
        assert rows[5][0] == rows[4][-1] + 2 and rows[6][0] == rows[5][-1] + 1


async def test_highlight_marks_exactly_the_given_spans(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        spans = find_quote(article, "Loekasjenko compleet domineren")  # lead and paragraph 11
        view.highlight(spans)
        await pilot.pause()
        assert view.highlighted_paragraphs == (2, 11)
        rows = view.paragraph_rows(11)
        assert row_text(view, rows[0]).startswith(" ▶11 █ Een gezonde")
        assert all(row_text(view, row)[5] == "█" for row in rows)  # a bar along the paragraph
        assert "▶" not in row_text(view, view.paragraph_rows(3)[0])
        for span in spans:
            marked = range(span.start, span.end)
            assert all(char_style(view, span.paragraph, o).underline for o in marked)
            assert not char_style(view, span.paragraph, span.start - 2).underline
            assert not char_style(view, span.paragraph, span.end).underline

        view.highlight(spans[1:])
        await pilot.pause()
        assert list(view.highlighted_paragraphs) == [11]
        assert "▶" not in row_text(view, view.paragraph_rows(2)[0])
        assert not char_style(view, 2, spans[0].start).underline

        view.clear_highlight()
        await pilot.pause()
        assert not view.highlighted_paragraphs
        drawn = [row_text(view, row) for row in range(view.virtual_size.height)]
        assert not any("▶" in row or "█" in row for row in drawn)


async def test_evidence_text_is_styled_apart(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        view.highlight([Span(3, 0, 10)])
        await pilot.pause()
        evidence = view.get_visual_style("article-view--evidence", partial=True)
        assert evidence.bold and evidence.underline  # visible without colour too
        marked, plain = char_style(view, 3, 0), char_style(view, 3, 11)
        assert marked.bold and marked.underline and marked.bgcolor != plain.bgcolor


async def test_evidence_across_a_line_break_is_marked_on_both_lines(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        view.highlight([Span(3, 0, 1)])  # highlighted: the paragraph is wrapped narrower
        first, second = view.paragraph_rows(3)[:2]
        located = view.offset_at(view.position_of(3, 0).x, second)
        assert located is not None
        _, break_at = located  # the first character of the second line
        span = Span(3, break_at - 12, break_at + 8)
        view.highlight([span])
        await pilot.pause()
        text = article.paragraph(3).text
        drawn = [o for o in range(span.start, span.end) if not text[o].isspace()]
        assert {view.line_of(3, o) for o in drawn} == {first, second}
        assert all(char_style(view, 3, o).underline for o in drawn)
        assert not char_style(view, 3, span.start - 2).underline
        assert not char_style(view, 3, span.end + 1).underline


async def test_scroll_to_paragraph_brings_it_into_view(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        last = view.paragraph_rows(18)[0]
        assert not on_screen(view, last)
        view.scroll_to_paragraph(18)
        await pilot.pause()
        assert on_screen(view, last)
        view.scroll_to_paragraph(1)
        await pilot.pause()
        assert view.scroll_y == 0


async def test_article_scrolls_with_keys_and_the_wheel(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        view.focus()
        await pilot.press("pagedown")
        await pilot.pause()
        page = view.scroll_y
        assert page > 0
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y > page
        await pilot.press("pageup", "up")
        await pilot.pause()
        assert view.scroll_y == page - 1
        await pilot.press("down")
        await pilot.pause()
        assert view.scroll_y == page
        await pilot.press("end")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        assert view.scroll_y == 0
        view.post_message(events.MouseScrollDown(view, 10, 3, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert view.scroll_y > 0


async def test_offsets_map_to_cells_and_back(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        view.highlight([Span(12, 0, 4)])  # a bar and a marker move the text: still mapped
        for number in (1, 9, 12):
            text = article.paragraph(number).text
            for offset, character in enumerate(text):
                x, row = view.position_of(number, offset)
                if not character.isspace():
                    assert view.offset_at(x, row) == (number, offset)
                assert row == view.line_of(number, offset)
        first = view.paragraph_rows(10)[0]
        assert view.offset_at(2, first) is None  # the gutter is not text
        assert view.offset_at(view.position_of(10, 0).x, first - 1) is None  # nor a blank row


async def test_marks_in_other_layers_style_text_without_highlighting(article: Article) -> None:
    """The hook for word marks or a word cursor: a named layer of styled character ranges."""
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        plain = char_style(view, 3, 0)
        evidence = "article-view--evidence"
        view.set_marks("words", [Mark(3, 0, 7, evidence), Mark(99, 0, 1, evidence)])
        await pilot.pause()
        assert char_style(view, 3, 6).underline and not char_style(view, 3, 8).underline
        assert view.highlighted_paragraphs == ()  # only the evidence layer highlights
        view.clear_marks("words")
        assert char_style(view, 3, 0) == plain
        with pytest.raises(KeyError):
            view.set_marks("words", [Mark(3, 0, 7, "no-such-class")])


async def test_selected_text_copies_as_the_paragraphs_text(article: Article) -> None:
    async with ArticleApp(article).run_test(size=(80, 24)) as pilot:
        view = pilot.app.query_one(ArticleView)
        texts = [p.text for p in article.paragraphs]
        selection = Selection(Offset(8, 1), Offset(9, 2))  # (character, paragraph index)
        assert view.get_selection(selection) == (f"{texts[1][8:]}\n{texts[2][:9]}", "\n")
        row = view.paragraph_rows(2)[0]
        plain = char_style(view, 2, 8)
        pilot.app.screen.selections = {view: selection}
        await pilot.pause()
        assert char_style(view, 2, 8) != plain and char_style(view, 2, 7) == plain
        x = view.position_of(2, 8).x + view.content_region.x
        widget, offset = pilot.app.screen.get_widget_and_offset_at(x, view.content_region.y + row)
        assert widget is view and offset == Offset(8, 1)  # the mouse selects by character
