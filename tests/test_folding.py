"""The whole-string folding of quiz.core.text gives exactly what folding one character at a time
gives: the per-character rule (``fold_char``) is the specification, kept here as the reference."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from quiz.core.text import find_all, find_folded, fold_char, fold_for_search, fold_with_map

# Everything folding treats specially, among ordinary letters.
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


def test_folding_matches_the_per_character_rule_on_every_code_point() -> None:
    step = 4096  # blocks of neighbours: runs of spaces, expansions and plain letters together
    for start in range(0, 0x110000, step):
        block = "".join(chr(c) for c in range(start, min(start + step, 0x110000)))
        assert fold_with_map(block) == reference_fold_with_map(block), hex(start)
        assert fold_for_search(block) == reference_fold_for_search(block), hex(start)


@given(
    st.text(alphabet=st.sampled_from(TRICKY), max_size=40), st.integers(0, 40), st.integers(1, 8)
)
def test_a_quote_folded_once_is_found_where_find_all_finds_it(
    haystack: str, start: int, length: int
) -> None:
    haystack = unicodedata.normalize("NFC", haystack)
    needle = haystack[start : start + length]
    assert find_folded(haystack, fold_for_search(needle)) == find_all(haystack, needle)
