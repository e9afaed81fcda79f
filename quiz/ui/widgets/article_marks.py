"""Styled character ranges over an article's paragraphs, in named layers.

The evidence highlight is one layer; word marks ("looked up", "known") and a word cursor can be
others, each replaced on its own without touching the rest. Drawing a line asks for its *runs*:
the line cut wherever a mark begins or ends, with the styles over each piece, lower layers first
so a later layer's style is added over an earlier one's. Kept apart from ArticleView because it
is bookkeeping on character offsets, with nothing to draw.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import NamedTuple

Range = tuple[int, int, str]
"""(start, end, style) within one paragraph."""


class Mark(NamedTuple):
    """Characters ``start:end`` of paragraph number ``paragraph``, drawn in component class
    ``style`` (one of ArticleView's COMPONENT_CLASSES) over the paragraph's own style."""

    paragraph: int
    start: int
    end: int
    style: str


class MarkLayers:
    """Marks by layer, then by paragraph index (number minus one)."""

    def __init__(self, count: int, *layers: str) -> None:
        """For an article of ``count`` paragraphs; ``layers`` in drawing order, bottom first
        (a layer set later goes on top)."""
        self._count = count
        self._layers: dict[str, dict[int, list[Range]]] = {layer: {} for layer in layers}

    def set(self, layer: str, marks: Iterable[Mark]) -> None:
        """Replace layer ``layer`` with ``marks``; marks in paragraphs the article does not have
        are dropped (a stale mark is no reason to crash the reader)."""
        by_index: dict[int, list[Range]] = {}
        for paragraph, start, end, style in marks:
            if 1 <= paragraph <= self._count:
                by_index.setdefault(paragraph - 1, []).append((start, end, style))
        for ranges in by_index.values():
            ranges.sort()
        self._layers[layer] = by_index

    def indexes(self, layer: str) -> frozenset[int]:
        """The paragraphs (indexes) that have marks in ``layer``."""
        return frozenset(self._layers.get(layer, ()))

    def ranges(self, layer: str, index: int) -> list[Range]:
        """The marks of ``layer`` in paragraph ``index``, in text order."""
        return self._layers.get(layer, {}).get(index, [])

    def runs(
        self, index: int, start: int, end: int, extra: Iterable[Range] = ()
    ) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """Characters ``start:end`` of paragraph ``index`` cut where marks (and ``extra``, drawn
        on top) begin or end: (start, end, styles over that piece)."""
        marks = [r for layer in self._layers.values() for r in layer.get(index, ())]
        marks += extra
        marks = [(max(a, start), min(b, end), s) for a, b, s in marks if a < end and b > start]
        cuts = sorted({start, end, *(a for a, _, _ in marks), *(b for _, b, _ in marks)})
        for a, b in pairwise(cuts):
            yield a, b, tuple(style for s, e, style in marks if s <= a and b <= e)
