"""Text comparison that forgives what copy-paste changes, while remembering where things were.

Authors copy evidence from a web page or a word processor: quotes turn typographic, dashes
lengthen, line breaks become spaces. Comparing the raw strings would reject honest quotes, so
both sides are folded first — and because the app must highlight the *original* characters,
the folding keeps a map from every folded character back to its source index.

Folding runs for every quote, answer and paragraph of every bank, so it works on whole strings
(one pattern for the few characters it replaces, ``str.casefold``, ``str.split`` for whitespace)
instead of one character at a time; :func:`fold_char` is the rule, and the whole-string forms
give the same result because each of those steps treats every character on its own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = frozenset("'\"‘’‚‛“”„‟«»‹›′″`´")
_DASHES = frozenset("‐‑‒–—―−")
_EXPANSIONS = {"…": "..."}
# Quotes, dashes and expansions: the part of ``fold_char`` that is not case folding. They are
# rare, so they are found with one pattern and replaced one by one: ``str.translate`` with a
# table looks every character up and was the slowest step of folding.
_REPLACED = {**dict.fromkeys(_QUOTES, "'"), **dict.fromkeys(_DASHES, "-"), **_EXPANSIONS}
_SPECIAL = re.compile("[" + re.escape("".join(_REPLACED)) + "]")
# Every character ``str.isspace`` accepts, listed (a test checks the list against all code
# points): a pattern of listed characters is scanned several times faster than ``\s``.
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_SPACE_RUN = re.compile(f"[{re.escape(_WHITESPACE)}]+")
# The whitespace runs that folding changes: all but a single plain space.
_IRREGULAR_SPACE = re.compile(
    f"[{re.escape(_WHITESPACE)}]{{2,}}|[{re.escape(_WHITESPACE.replace(' ', ''))}]"
)


def fold_char(char: str) -> str:
    """The comparison form of one character (possibly empty or several characters)."""
    if char in _QUOTES:
        return "'"
    if char in _DASHES:
        return "-"
    if char in _EXPANSIONS:
        return _EXPANSIONS[char]
    return char.casefold()


def _fold_words(text: str) -> str:
    """``fold_char`` of every character of ``text`` (whitespace is left as it is)."""
    if _SPECIAL.search(text) is not None:
        text = _SPECIAL.sub(_replacement, text)
    return text.casefold()


def _replacement(found: re.Match[str]) -> str:
    return _REPLACED[found[0]]


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for searching; ``index[i]`` is where folded character ``i`` came from.

    Whitespace runs (including no-break spaces) become one space. The map has one extra entry,
    ``len(text)``, so a match ending at the folded end maps to the original end.
    """
    folded = _fold_words(text)  # whitespace folds to itself: it is collapsed below
    if len(folded) != len(text):  # a character became several (…, ß): fold word by word
        return _fold_by_words(text)
    if " ".join(text.split()) == text:  # the usual case: single spaces between words
        return folded, list(range(len(text) + 1))
    out: list[str] = []
    index: list[int] = []
    position = 0
    for run in _IRREGULAR_SPACE.finditer(text):  # usually none: a paragraph's spaces are single
        out.append(folded[position : run.start()])
        out.append(" ")
        index.extend(range(position, run.start() + 1))
        position = run.end()
    out.append(folded[position:])
    index.extend(range(position, len(text) + 1))
    return "".join(out), index


def _fold_by_words(text: str) -> tuple[str, list[int]]:
    """:func:`fold_with_map` for a text in which some character folds to several."""
    out: list[str] = []
    index: list[int] = []
    position = 0
    for gap in _SPACE_RUN.finditer(text):
        _fold_span(text, position, gap.start(), out, index)
        out.append(" ")
        index.append(gap.start())
        position = gap.end()
    _fold_span(text, position, len(text), out, index)
    index.append(len(text))
    return "".join(out), index


def _fold_span(text: str, start: int, end: int, out: list[str], index: list[int]) -> None:
    """Fold ``text[start:end]`` (no whitespace in it) onto ``out``, with its source indices."""
    folded = _fold_words(text[start:end])
    if len(folded) == end - start:
        out.append(folded)
        index.extend(range(start, end))
        return
    for position in range(start, end):  # map each character of what it became to it
        for char in fold_char(text[position]):
            out.append(char)
            index.append(position)


def fold_for_search(text: str) -> str:
    """Folded form of ``text`` with surrounding space removed: for equality and containment."""
    return _fold_words(" ".join(unicodedata.normalize("NFC", text).split()))


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


def folded_with_map(text: str) -> tuple[str, list[int]]:
    """:func:`fold_with_map` of a paragraph (already NFC and stripped), from the cache the quote
    search and the evidence checks share. The map is shared too: do not change it."""
    return _folded(text)


def fold_paragraph(text: str) -> str:
    """Folded form of a paragraph (already NFC and stripped), from the same cache the quote
    search uses, so no paragraph is folded twice."""
    return _folded(text)[0]
