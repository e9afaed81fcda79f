"""What the question kinds share when they judge a response: credit, verdicts, response shapes.

Each kind scores its own responses (the ``score`` method of its class in :mod:`quiz.kinds`).
What is here is what more than one kind needs, so a rule is written once and holds wherever it
applies: choosing one of the shown choices (multiple choice, a cloze with choices), typing an
answer (short answer, a cloze without choices), partial credit for an order, and the checks that
a response has the shape the kind expects. Nothing here writes display text: a :class:`Score`
is data, and front ends word it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from quiz.core.judge import judge_answer
from quiz.core.model import PresentedQuestion, Response, Score
from quiz.core.verdicts import Verdict


def kendall_credit(positions: Sequence[int]) -> float:
    """The fraction of item pairs in the right relative order.

    ``positions`` lists, in the learner's order, each item's place in the correct order. Counting
    pairs instead of items in their exact place rewards a nearly right order fairly: one adjacent
    swap among four items keeps 5 of 6 pairs right, where exact places would give only 2 of 4.
    """
    pairs = list(combinations(positions, 2))
    if not pairs:
        return 1.0
    concordant = sum(1 for a, b in pairs if a < b)
    return concordant / len(pairs)


def graded(credit: float) -> Verdict:
    """The verdict for partial credit: all of it is right, none of it is wrong, else partly."""
    if credit >= 1.0:
        return Verdict.CORRECT
    if credit <= 0.0:
        return Verdict.WRONG
    return Verdict.PARTIAL


def describe(presented: PresentedQuestion) -> str:
    """``question 'q1' (ordering)``: how a message about a bad response names the question."""
    return f"question {presented.question.id!r} ({presented.kind})"


def require_index(response: Response | None, size: int, what: str) -> int:
    """``response`` as an index below ``size``; ``ValueError`` for anything else."""
    # bool is an int subclass; a True/False here is a caller mixing up question kinds.
    if isinstance(response, bool) or not isinstance(response, int):
        raise ValueError(f"{what}: expected a choice index (int), got {response!r}")
    if not 0 <= response < size:
        raise ValueError(f"{what}: choice index {response} out of range 0..{size - 1}")
    return response


def require_int_tuple(response: Response, what: str) -> tuple[int, ...]:
    """``response`` as a tuple of indices (a list is accepted too); ``ValueError`` otherwise."""
    if not isinstance(response, tuple | list):
        raise ValueError(f"{what}: expected a tuple of item indices, got {response!r}")
    indices: list[int] = []
    for value in response:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{what}: expected item indices (int), got {value!r}")
        indices.append(value)
    return tuple(indices)


def score_choice(presented: PresentedQuestion, response: Response, answer: str) -> Score:
    """One of ``presented.choices``, by index: right when its text is ``answer``."""
    index = require_index(response, len(presented.choices), describe(presented))
    right = presented.choices[index] == answer
    return Score(verdict=Verdict.CORRECT if right else Verdict.WRONG, credit=1.0 if right else 0.0)


def score_typed(
    presented: PresentedQuestion, response: Response, answer: str, accept: Sequence[str]
) -> Score:
    """A typed answer, judged as :func:`quiz.core.judge.judge_answer` decides, with the bank's
    people and the article's words from the presented question's context. A forgiven slip earns
    full credit with the spelling it was nearest; an answer missing a part earns part."""
    if not isinstance(response, str):
        raise ValueError(f"expected the typed answer (str), got {response!r}")
    context = presented.context
    judged = judge_answer(response, answer, accept, people=context.people, known=context.known)
    return Score(
        verdict=judged.verdict,
        credit=judged.credit,
        correction=judged.correction if judged.verdict is Verdict.ALMOST else None,
        missing=judged.missing,
        reason=judged.reason,
    )


def percent(earned: float, possible: float) -> float:
    """``earned`` as a percentage of ``possible`` (0 when nothing was possible): the one place
    a score becomes a percentage, for a category, a session and a stored attempt alike."""
    return 100.0 * earned / possible if possible else 0.0
