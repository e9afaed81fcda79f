"""The whole-string folding of quiz.core.text gives exactly what folding one character at a time
gives: the per-character rule (``fold_char``) is the specification, kept here as the reference."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from quiz.bank.article import QuoteSearch, parse_article
from quiz.core import text as text_module
from quiz.core.model import Span
from quiz.core.text import find_all, fold_char, fold_for_search, fold_with_map

# Everything folding treats specially, among ordinary letters.
# Few letters, so that quotes recur, run over paragraph ends and overlap.
ARTICLE_CHARS = "ab A'’ß…–\n\n\t"
TRICKY = "aZ ß…ﬁİΣς'\"‘’„“”«»–—−-\t\n\r\u00a0\u2028\u3000  x.é\u0301"


def reference_fold_with_map(text: str) -> tuple[str, list[int]]:
    """The original character-by-character folding."""
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


def reference_fold_for_search(text: str) -> str:
    return reference_fold_with_map(unicodedata.normalize("NFC", text))[0].strip()


texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=60) | st.text(max_size=60)


@given(texts)
def test_folding_matches_the_per_character_rule(text: str) -> None:
    assert fold_with_map(text) == reference_fold_with_map(text)
    assert fold_for_search(text) == reference_fold_for_search(text)


def test_the_listed_whitespace_is_what_str_isspace_accepts() -> None:
    listed = set(text_module._WHITESPACE)
    assert listed == {chr(code) for code in range(0x110000) if chr(code).isspace()}


def test_folding_matches_the_per_character_rule_on_every_code_point() -> None:
    step = 4096  # blocks of neighbours: runs of spaces, expansions and plain letters together
    for start in range(0, 0x110000, step):
        block = "".join(chr(c) for c in range(start, min(start + step, 0x110000)))
        assert fold_with_map(block) == reference_fold_with_map(block), hex(start)
        assert fold_for_search(block) == reference_fold_for_search(block), hex(start)


@given(
    st.text(alphabet=st.sampled_from(ARTICLE_CHARS), min_size=1, max_size=80),
    st.integers(0, 80),
    st.integers(1, 12),
)
@example("ab\nab", 1, 3)  # a quote over a paragraph end is in neither paragraph
def test_the_joined_article_search_finds_what_each_paragraph_search_finds(
    text: str, start: int, length: int
) -> None:
    article = parse_article(text, Path("a.txt"))
    quote = text[start : start + length]
    per_paragraph = [
        Span(p.number, begin, end)
        for p in article.paragraphs
        for begin, end in find_all(p.text, quote)
    ]
    assert QuoteSearch(article).find(quote) == per_paragraph
