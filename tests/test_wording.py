"""The author-facing wording helpers: one of each, so every message reads alike."""

from __future__ import annotations

import pytest

from quiz.core.wording import closest, did_you_mean, join_and, join_or, plural, shorten, shown


@pytest.mark.parametrize(
    ("items", "anded", "ored"),
    [
        ((), "", ""),
        ((3,), "3", "3"),
        ((3, 4), "3 and 4", "3 or 4"),
        ((3, 4, 7), "3, 4 and 7", "3, 4 or 7"),
    ],
)
def test_lists(items: tuple[int, ...], anded: str, ored: str) -> None:
    assert (join_and(items), join_or(items)) == (anded, ored)


def test_counts_quotes_and_cuts() -> None:
    assert (plural(1, "error"), plural(2, "error"), plural(2, "entry", "entries")) == (
        "1 error",
        "2 errors",
        "2 entries",
    )
    assert shorten("a  b\nc") == "a b c"
    assert shorten("x" * 50, 10) == "x" * 9 + "…"
    assert shorten("abcd efgh", 6) == "abcd…"  # no space before the ellipsis
    assert shown("one  two") == "'one two'"


def test_did_you_mean_names_a_close_word_only() -> None:
    assert closest("promt", ["prompt", "points"]) == "prompt"
    assert did_you_mean("Prompt", ["prompt"]) == "did you mean 'prompt'?"
    assert did_you_mean("xyz", ["prompt"]) is None
