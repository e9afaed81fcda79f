"""Deciding whether a typed answer is right, almost right (a typo) or wrong. (STUB: contract only.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


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


def match_answer(given: str, expected: str, accept: Sequence[str] = ()) -> Match:
    """Compare a typed answer with the expected answer and its accepted alternatives."""
    raise NotImplementedError
