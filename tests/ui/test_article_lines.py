"""Wrapping paragraphs into lines, and the map between lines and characters (no terminal).

The wrap must match Textual's own for ordinary text (so the article looks as it did when every
paragraph was a widget), never exceed the width (wide characters included), and map every
character to one cell and back, which scrolling to a span and a future word cursor rely on.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich._wrap import divide_line
from rich.cells import cell_len

from quiz.ui.widgets.article_lines import (
    ArticleLines,
    Graphemes,
    cell_of,
    display_text,
    measure,
    offset_at_cell,
    visible_end,
    wrap,
)

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzëï'-.,", min_size=1, max_size=12)
WIDE = st.sampled_from(["中", "文", "字", "😀", "é", "e\u0301", "a", "b", " ", " ", "\u00a0"])


def lines_of(text: str, width: int, graphemes: Graphemes | None = None) -> list[str]:
    starts = wrap(text, width, graphemes)
    ends = [*starts[1:], len(text)]
    pairs = zip(starts, ends, strict=True)
    return [text[start : visible_end(text, start, end)] for start, end in pairs]


@given(st.lists(WORD, min_size=1, max_size=40), st.integers(min_value=12, max_value=90))
def test_ordinary_text_wraps_where_textual_wraps_it(words: list[str], width: int) -> None:
    text = " ".join(words)
    assert list(wrap(text, width)[1:]) == divide_line(text, width)


@given(st.text(alphabet="ab ", max_size=200), st.integers(min_value=1, max_value=30))
def test_the_fast_path_and_the_grapheme_path_agree(text: str, width: int) -> None:
    """One cell per character, measured either way: the same lines, long words folded."""
    one_per_cluster = Graphemes(list(range(len(text) + 1)), list(range(len(text) + 1)))
    assert wrap(text, width) == wrap(text, width, one_per_cluster)
    assert all(len(line) <= width for line in lines_of(text, width))


@given(st.lists(WIDE, max_size=120).map("".join), st.integers(min_value=2, max_value=30))
def test_wide_and_combining_characters_never_overflow(text: str, width: int) -> None:
    graphemes = measure(text)
    assert all(cell_len(line) <= width for line in lines_of(text, width, graphemes))
    starts = wrap(text, width, graphemes)
    assert list(starts) == sorted(set(starts)) and starts[0] == 0


def test_a_non_breaking_space_keeps_its_words_together() -> None:
    text = "op vrijdag 11\u00a0maart in Moskou"
    assert lines_of(text, 13) == ["op vrijdag", "11\u00a0maart in", "Moskou"]


def test_a_word_longer_than_the_line_is_folded() -> None:
    assert lines_of("zie https://example.org/een/heel/lang/adres nu", 12) == [
        "zie",
        "https://exam",
        "ple.org/een/",
        "heel/lang/ad",
        "res nu",
    ]


def test_tabs_and_control_characters_are_drawn_safely_with_offsets_kept() -> None:
    shown = display_text("a\tb\x1bc\u0085d")
    assert shown == "a b\ufffdc\ufffdd" and len(shown) == 7
    assert display_text("gewoon één zin – “zo”") == "gewoon één zin – “zo”"


@given(st.lists(WIDE, min_size=1, max_size=80).map("".join), st.integers(min_value=2, max_value=20))
def test_every_drawn_character_maps_to_its_cell_and_back(text: str, width: int) -> None:
    lines = ArticleLines([text, "tweede"], before=[0, 1], after=1)
    lines.set_widths(width, {})
    graphemes = lines.graphemes(0)
    shown = lines.texts[0]
    for offset, character in enumerate(shown):
        line = lines.line_at(0, offset)
        start, end = lines.line(0, line)
        if offset >= end or character.isspace():
            continue  # spaces at a line's end are not drawn
        cell = cell_of(graphemes, start, offset)
        found = offset_at_cell(graphemes, start, end, cell)
        assert found is not None and found <= offset
        assert cell_of(graphemes, start, found) == cell  # the cluster holding the character
        assert lines.locate(lines.row_of(0, offset)) == (0, line)


def test_rows_count_blank_lines_between_paragraphs() -> None:
    lines = ArticleLines(["een twee drie", "vier", "vijf zes"], before=[0, 1, 1], after=1)
    lines.set_widths(9, {})
    assert [lines.first_row(i) for i in range(3)] == [0, 3, 5]
    assert lines.height == 7
    assert [lines.locate(row) for row in range(7)] == [
        (0, 0),
        (0, 1),
        None,
        (1, 0),
        None,
        (2, 0),
        None,
    ]
    lines.update_widths({0: 4})  # one paragraph narrower (a highlight): only its rows move
    assert [lines.line_count(i) for i in range(3)] == [3, 1, 1]
    assert lines.first_row(2) == 6 and lines.height == 8
