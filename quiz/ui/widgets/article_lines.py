"""An article's paragraphs wrapped into lines, and the map between lines and characters.

ArticleView draws only the lines on screen (Textual's Line API), so it must know, without drawing
anything, how many lines each paragraph takes at a width and where each line starts in the
paragraph's text. That is text arithmetic, kept here apart from the widget so it can be tested
and measured without a terminal, and so one map serves drawing, scrolling to a span, and turning
a mouse position into a character of the text (and back).

Coordinates: a *row* counts screen lines from the top of the whole article (blank rows between
paragraphs included); *index* is a paragraph's position in the article (its number minus one);
*offset* is a character offset into the paragraph's text, as in :class:`~quiz.core.model.Span`.

Wrapping follows Textual's own (greedy, at spaces, a word longer than the line folded) so the
article looks as it did when every paragraph was a widget, with one deliberate difference: a
non-breaking space does not break. Almost all text is one cell per character, which takes a fast
path; text with wide or zero-width characters is measured in grapheme clusters.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import accumulate
from typing import NamedTuple

from rich.cells import get_character_cell_size, split_graphemes

#: Characters that take one cell each, so a line's width is its length (the fast path). Built
#: from the ranges Dutch news uses (Latin, Greek, Cyrillic, typographic punctuation, currency)
#: and checked against Rich's own measure, which draws the strips.
_NARROW_RANGES = ((0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x2010, 0x205E), (0x20A0, 0x20C0))
_NARROW: frozenset[str] = frozenset(
    character
    for low, high in _NARROW_RANGES
    for character in map(chr, range(low, high + 1))
    if get_character_cell_size(character) == 1
)
#: Whitespace that must not break a line: the typographer put it there to keep words together.
_NON_BREAKING = frozenset("\u00a0\u2007\u202f\u2060\ufeff")
#: Tabs show as one space (a stray tab in a paragraph is a space), other control characters as
#: U+FFFD: one character for one, so offsets into the text stay valid. The loader refuses
#: control characters, but the terminal must never receive one, whoever built the article.
_DISPLAY = str.maketrans(
    {code: ("\ufffd" if code != 9 else " ") for code in (*range(32), *range(0x7F, 0xA0))}
)
_ONE_LINE: tuple[int, ...] = (0,)


def display_text(text: str) -> str:
    """``text`` as it is drawn: same length, nothing a terminal would act on."""
    return text if _NARROW.issuperset(text) else text.translate(_DISPLAY)


class Graphemes(NamedTuple):
    """Where the grapheme clusters of a text start, and the cell at which each starts."""

    starts: list[int]  # character offsets, one per cluster, then len(text)
    cells: list[int]  # cell positions, one per cluster, then the text's width


def measure(text: str) -> Graphemes | None:
    """``None`` for a one-cell-per-character text (most), otherwise its grapheme clusters."""
    if _NARROW.issuperset(text):
        return None
    spans, total = split_graphemes(text)
    starts = [start for start, _, _ in spans]
    cells = list(accumulate((width for _, _, width in spans), initial=0))
    cells[-1] = total
    starts.append(len(text))
    return Graphemes(starts, cells)


def wrap(text: str, width: int, graphemes: Graphemes | None = None) -> tuple[int, ...]:
    """The offsets at which the lines of ``text`` start when wrapped to ``width`` cells."""
    width = max(1, width)
    if graphemes is None:
        return _wrap_narrow(text, width)
    return _wrap_graphemes(text, width, graphemes)


def _wrap_narrow(text: str, width: int) -> tuple[int, ...]:
    """Fast path, one cell per character: jump a line at a time with ``rfind``. Only ``" "``
    breaks here: _NARROW holds no other breaking whitespace."""
    end = len(text)
    while end and text[end - 1] == " ":
        end -= 1
    if end <= width:
        return _ONE_LINE
    starts = [0]
    start = 0
    lead = len(text) - len(text.lstrip(" "))  # spaces before the first word belong to it
    while end - start > width:
        limit = start + width
        cut = limit if text[limit] == " " else text.rfind(" ", max(start, lead) + 1, limit)
        if cut <= start:
            start = limit  # one word longer than the line: fold it
        else:
            start = cut
            while text[start] == " ":
                start += 1
        starts.append(start)
    return tuple(starts)


def _wrap_graphemes(text: str, width: int, graphemes: Graphemes) -> tuple[int, ...]:
    """General path, by grapheme cluster: the same greedy rule as the fast path."""
    cluster_starts, cells = graphemes
    if cells[-1] <= width:
        return _ONE_LINE
    line_starts = [0]
    line_cell = 0  # the cell at which the current line starts
    cluster = 0
    count = len(cluster_starts) - 1
    placed = False  # spaces before the first word belong to it
    while cluster < count:
        if _breaks(text, cluster_starts, cluster):
            cluster += 1
            continue
        word_start = cluster  # a word: clusters up to the next breaking space
        while cluster < count and not _breaks(text, cluster_starts, cluster):
            cluster += 1
        if cells[cluster] - line_cell > width and placed:
            line_starts.append(cluster_starts[word_start])  # the word starts the next line
            line_cell = cells[word_start]
        while cells[cluster] - line_cell > width:  # still too long: fold it
            fold = bisect_right(cells, line_cell + width, word_start, cluster) - 1
            fold = max(fold, bisect_right(cells, line_cell, word_start, cluster))
            line_starts.append(cluster_starts[fold])
            line_cell = cells[fold]
            word_start = fold
        placed = True
    return tuple(line_starts)


def _breaks(text: str, cluster_starts: list[int], cluster: int) -> bool:
    character = text[cluster_starts[cluster]]
    return character.isspace() and character not in _NON_BREAKING


def visible_end(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without the spaces a line break leaves behind."""
    return start + len(text[start:end].rstrip())


def cell_of(graphemes: Graphemes | None, line_start: int, offset: int) -> int:
    """Cells from the start of a line to character ``offset`` of that line's paragraph."""
    if graphemes is None:
        return offset - line_start
    starts, cells = graphemes
    return cells[bisect_right(starts, offset) - 1] - cells[bisect_right(starts, line_start) - 1]


def offset_at_cell(graphemes: Graphemes | None, start: int, end: int, cell: int) -> int | None:
    """The character drawn at ``cell`` of the line ``start:end`` (its first character for a
    cluster), or None past the line's text."""
    if cell < 0:
        return None
    if graphemes is None:
        return start + cell if start + cell < end else None
    starts, cells = graphemes
    first = bisect_right(starts, start) - 1
    cluster = bisect_right(cells, cells[first] + cell) - 1
    return starts[cluster] if starts[cluster] < end else None


class ArticleLines:
    """Every paragraph's lines at the current text widths, and the rows they fall on.

    Most paragraphs share one text width (the others: pull quotes, highlighted paragraphs), so
    the lines are cached per width: for all paragraphs at the common width, for the few others
    one by one; a resize back or a highlight that narrows a paragraph rewraps nothing twice.
    The rows are a prefix sum, so finding the paragraph on a row is a bisection, and an article
    of 100,000 paragraphs costs a few arrays, not objects.
    """

    def __init__(self, texts: Sequence[str], before: Sequence[int], after: int) -> None:
        """``texts`` as written; ``before[i]``: blank rows above paragraph ``i``; ``after``:
        blank rows below the last."""
        self.texts: list[str] = []  # as drawn (see display_text)
        self._graphemes: dict[int, Graphemes] = {}  # the paragraphs off the fast path
        for index, text in enumerate(texts):
            if not (text.isascii() and text.isprintable()):
                text = display_text(text)
                if (graphemes := measure(text)) is not None:
                    self._graphemes[index] = graphemes
            self.texts.append(text)
        self.before = array("i", before)
        self.after = after
        self._starts: list[tuple[int, ...]] = []
        self._rows = array("q", [0])
        self._common: dict[int, list[tuple[int, ...]]] = {}  # width → every paragraph's lines
        self._single: dict[tuple[int, int], tuple[int, ...]] = {}  # (index, width) → lines

    def graphemes(self, index: int) -> Graphemes | None:
        return self._graphemes.get(index)

    def set_widths(self, width: int, others: Mapping[int, int]) -> None:
        """Wrap every paragraph to ``width`` cells, except paragraph ``i`` in ``others`` to
        ``others[i]`` cells."""
        common = self._common.get(width)
        if common is None:
            if len(self._common) >= 4:  # the current width and a few to resize back to
                del self._common[next(iter(self._common))]
            wide = self._graphemes  # for the others, fitting is a matter of length
            common = self._common[width] = [
                wrap(text, width, wide.get(i)) if len(text) > width or i in wide else _ONE_LINE
                for i, text in enumerate(self.texts)
            ]
        self._starts = common.copy()
        self.update_widths(others)

    def update_widths(self, widths: Mapping[int, int]) -> None:
        """Rewrap just the paragraphs in ``widths`` (say, the ones a highlight narrows)."""
        if len(self._single) > 4 * len(self.texts) + 1000:
            self._single.clear()
        for index, width in widths.items():
            starts = self._single.get((index, width))
            if starts is None:
                text = self.texts[index]
                starts = wrap(text, width, self._graphemes.get(index))
                self._single[index, width] = starts
            self._starts[index] = starts
        pairs = zip(self.before, self._starts, strict=True)
        heights = (before + len(starts) for before, starts in pairs)
        self._rows = array("q", accumulate(heights, initial=0))

    @property
    def height(self) -> int:
        """Rows of the whole article, blank rows included."""
        return self._rows[-1] + self.after if self.texts else 0

    def line_count(self, index: int) -> int:
        return len(self._starts[index])

    def first_row(self, index: int) -> int:
        """The row of paragraph ``index``'s first line."""
        return self._rows[index] + self.before[index]

    def locate(self, row: int) -> tuple[int, int] | None:
        """(paragraph index, line number in it) on ``row``; None for a blank row."""
        if not 0 <= row < self._rows[-1]:
            return None
        index = bisect_right(self._rows, row) - 1
        line = row - self.first_row(index)
        return (index, line) if line >= 0 else None

    def line(self, index: int, line: int) -> tuple[int, int]:
        """The characters ``start:end`` that line ``line`` of paragraph ``index`` draws."""
        starts = self._starts[index]
        text = self.texts[index]
        end = starts[line + 1] if line + 1 < len(starts) else len(text)
        return starts[line], visible_end(text, starts[line], end)

    def line_at(self, index: int, offset: int) -> int:
        """The line of paragraph ``index`` that holds character ``offset``."""
        return max(0, bisect_right(self._starts[index], offset) - 1)

    def row_of(self, index: int, offset: int) -> int:
        """The row that holds character ``offset`` of paragraph ``index``."""
        return self.first_row(index) + self.line_at(index, offset)
