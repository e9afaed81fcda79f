"""The old entry point for typed answers, kept while the question kinds move to the new one.

:func:`quiz.core.judge.judge_answer` is where answers are judged now (numbers, dates, names,
function words, typos that are no other word). :func:`match_answer` is a thin wrapper over it
with the old signature and result, for callers that do not know the bank's people yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quiz.core.judge import MAX_ANSWER_CHARS, Judgement, MissingPart, Reason, Verdict, judge_answer

__all__ = [
    "MAX_ANSWER_CHARS",
    "Judgement",
    "Match",
    "MissingPart",
    "Reason",
    "Verdict",
    "judge_answer",
    "match_answer",
]


@dataclass(frozen=True, slots=True)
class Match:
    verdict: Verdict
    expected: str  # ALMOST: the spelling to show; else the accepted form matched (main if wrong)
    given: str  # what the learner typed, as typed
    distance: int = 0  # typos counted for an ALMOST text match; 0 for dates and other verdicts


def match_answer(given: str, expected: str, accept: Sequence[str] = ()) -> Match:
    """Compare a typed answer with the expected answer and its accepted alternatives.

    The verdict of :func:`~quiz.core.judge.judge_answer` without the bank's people; PARTIAL
    passes through (a date missing its year), credit and missing parts need the new entry point.
    """
    judged = judge_answer(given, expected, accept)
    shown = judged.correction if judged.correction is not None else judged.matched
    return Match(judged.verdict, shown, given, judged.distance)
