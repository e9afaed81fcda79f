"""Text comparison that forgives what copy-paste changes, while remembering where things were.

Authors copy evidence from a web page or a word processor: quotes turn typographic, dashes
lengthen, line breaks become spaces. Comparing the raw strings would reject honest quotes, so
both sides are folded first — and because the app must highlight the *original* characters,
the folding keeps a map from every folded character back to its source index.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_QUOTES = frozenset("'\"‘’‚‛“”„‟«»‹›′″`´")
_DASHES = frozenset("‐‑‒–—―−")
_EXPANSIONS = {"…": "..."}


def fold_char(char: str) -> str:
    """The comparison form of one character (possibly empty or several characters)."""
    if char in _QUOTES:
        return "'"
    if char in _DASHES:
        return "-"
    if char in _EXPANSIONS:
        return _EXPANSIONS[char]
    return char.casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for searching; ``index[i]`` is where folded character ``i`` came from.

    Whitespace runs (including no-break spaces) become one space. The map has one extra entry,
    ``len(text)``, so a match ending at the folded end maps to the original end.
    """
    out: list[str] = []
    index: list[int] = []
    in_space = False
    for position, char in enumerate(text):
        if char.isspace():
            if not in_space:
                out.append(" ")
                index.append(position)
            in_space = True
            continue
        in_space = False
        for folded in fold_char(char):
            out.append(folded)
            index.append(position)
    index.append(len(text))
    return "".join(out), index


def fold_for_search(text: str) -> str:
    """Folded form of ``text`` with surrounding space removed: for equality and containment."""
    return fold_with_map(unicodedata.normalize("NFC", text))[0].strip()


def find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` in ``haystack``'s original indices where folded ``needle`` occurs.

    ``haystack`` must already be NFC (paragraph texts are); ``needle`` is normalised here.
    Occurrences may not overlap; an empty needle finds nothing.
    """
    target = fold_for_search(needle)
    if not target:
        return []
    folded, index = _folded(haystack)
    spans: list[tuple[int, int]] = []
    start = folded.find(target)
    while start != -1:
        end = start + len(target)
        spans.append((index[start], index[end - 1] + 1))
        start = folded.find(target, end)
    return spans


@lru_cache(maxsize=2048)
def _folded(haystack: str) -> tuple[str, list[int]]:
    """Paragraphs are searched once per quote; folding each only once keeps loading linear."""
    return fold_with_map(haystack)


def fold_paragraph(text: str) -> str:
    """Folded form of a paragraph (already NFC and stripped), from the same cache the quote
    search uses, so no paragraph is folded twice."""
    return _folded(text)[0]
