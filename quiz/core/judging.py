"""Deciding whether a typed answer is right, almost right (a typo) or wrong.

A reading quiz tests understanding, not spelling: a learner who writes ``Loekasjenka`` or
``Oekraine`` has read the article. So the comparison forgives what carries no meaning (case,
accents, punctuation, a leading article), forgives a few slips in long words, and understands
Dutch dates by value. It never forgives a different number: ``1993`` for ``1994`` is a misreading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import OSA

from quiz.core.dates import Agreement, agreement, parse_dutch_date
from quiz.core.normalize import letter_count, normalize, numbers, typo_tolerance


class Verdict(StrEnum):
    CORRECT = "correct"
    ALMOST = "almost"  # accepted, but with a typo: show the correct spelling
    PARTIAL = "partial"  # ordering / matching with some credit
    WRONG = "wrong"


@dataclass(frozen=True, slots=True)
class Match:
    verdict: Verdict
    expected: str  # the accepted answer the response was closest to (the main answer when wrong)
    given: str  # what the learner typed, as typed
    distance: int = 0  # typos counted for an ALMOST text match; 0 for dates and other verdicts


# No bank answer is this long, so a longer paste cannot be within typo reach of one; refusing it
# early keeps a 10,000-character paste from costing anything.
MAX_ANSWER_CHARS = 1_000


def match_answer(given: str, expected: str, accept: Sequence[str] = ()) -> Match:
    """Compare a typed answer with the expected answer and its accepted alternatives.

    Order matters: an exact (normalised) match with any alternative wins over a date reading,
    which wins over a typo, so the spelling shown is always the one the learner was nearest.
    """
    wrong = Match(Verdict.WRONG, expected, given)
    text = given.strip()
    if len(text) > MAX_ANSWER_CHARS or not any(ch.isalnum() for ch in text):
        return wrong
    candidates = _candidates(expected, accept)
    mine = normalize(text)
    forms = [(candidate, normalize(candidate)) for candidate in candidates]
    for candidate, form in forms:
        if form == mine:
            return Match(Verdict.CORRECT, candidate, given)

    dated = _match_date(text, candidates, wrong)
    if dated is not None:
        return dated

    best: tuple[int, str] | None = None
    for candidate, form in forms:
        distance = typo_distance(mine, form)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, candidate)
    if best is not None:
        return Match(Verdict.ALMOST, best[1], given, distance=best[0])
    return wrong


def _candidates(expected: str, accept: Sequence[str]) -> list[str]:
    """The main answer then the alternatives, once each; ones with nothing to match are dropped."""
    seen: list[str] = []
    for candidate in (expected, *accept):
        if candidate not in seen and any(ch.isalnum() for ch in candidate):
            seen.append(candidate)
    return seen


def _match_date(text: str, candidates: Sequence[str], wrong: Match) -> Match | None:
    """The verdict when both the answer and an accepted form are dates; None to compare as text.

    When both are dates a disagreement is final: ``juli`` must not pass for ``juni`` as a typo.
    """
    mine = parse_dutch_date(text)
    if mine is None:
        return None
    near: str | None = None
    any_date = False
    for candidate in candidates:
        theirs = parse_dutch_date(candidate)
        if theirs is None:
            continue
        any_date = True
        found = agreement(mine, theirs)
        if found is Agreement.SAME:
            return Match(Verdict.CORRECT, candidate, wrong.given)
        if found is Agreement.NEAR and near is None:
            near = candidate
    if near is not None:
        return Match(Verdict.ALMOST, near, wrong.given)
    return wrong if any_date else None


def typo_distance(given: str, expected: str) -> int | None:
    """Typos between two normalised answers, or None when they are too far apart to forgive.

    Numbers must agree exactly before any typo is forgiven; the allowance then comes from the
    letters of the expected answer (see :func:`quiz.core.normalize.typo_tolerance`). When both
    have the same number of words each word must also be close on its own (at least one slip per
    word is allowed), so ``Oost-Europa`` does not pass for ``West-Europa`` on its total length.
    """
    if numbers(given) != numbers(expected):
        return None
    allowed = typo_tolerance(letter_count(expected))
    if allowed == 0 or abs(len(given) - len(expected)) > allowed:
        return None
    distance: int = OSA.distance(given, expected, score_cutoff=allowed)
    if distance > allowed:
        return None
    given_words, expected_words = given.split(), expected.split()
    if len(given_words) == len(expected_words) > 1:
        for mine, theirs in zip(given_words, expected_words, strict=True):
            per_word = max(1, typo_tolerance(letter_count(theirs)))
            if OSA.distance(mine, theirs, score_cutoff=per_word) > per_word:
                return None
    return distance
