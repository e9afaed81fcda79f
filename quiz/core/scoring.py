"""Scoring one response to one presented question: the verdict, the credit, and the texts to show.

Scoring is kept apart from :mod:`quiz.core.session` so the rules for credit can be tested (and
read) without a session around them. The session decides *what* is shown; this module decides
how an answer to what was shown is judged. :class:`PresentedQuestion` lives here because scoring
needs it and the session imports this module; :mod:`quiz.core.session` re-exports it.

Responses by type (anything else raises ``ValueError``):

- MultipleChoice, and Cloze with choices: ``int`` — index into ``PresentedQuestion.choices``
- TrueFalse: ``bool`` (True = juist), or the ``int`` index into ``("juist", "onjuist")``
- ShortAnswer, and Cloze without choices: ``str`` as typed
- Ordering: ``tuple[int, ...]`` — the learner's order, as indices into ``PresentedQuestion.items``
- Matching: ``tuple[int | None, ...]`` — for each left ``i``, the index into
  ``PresentedQuestion.rights`` paired with it (None: left unpaired); a right is used at most once
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from string import ascii_lowercase

from quiz.core.judging import Verdict, match_answer
from quiz.core.model import (
    Cloze,
    Matching,
    MultipleChoice,
    Ordering,
    Question,
    QuestionType,
    ShortAnswer,
    TrueFalse,
)

Response = int | bool | str | tuple[int | None, ...] | tuple[int, ...]

#: How true/false questions are offered, in this order; an ``int`` response indexes it.
TRUE_FALSE_CHOICES = ("juist", "onjuist")

#: Shown as ``given`` when the learner submitted an empty typed answer.
NO_ANSWER = "(geen antwoord)"


@dataclass(frozen=True, slots=True)
class PresentedQuestion:
    """A question as this session shows it: choices / items / rights in their shuffled order."""

    question: Question
    type: QuestionType
    number: int  # 1-based position in this session
    total: int
    choices: tuple[str, ...] = ()  # multiple choice, cloze with choices; TF: ("juist", "onjuist")
    items: tuple[str, ...] = ()  # ordering, shuffled (never already in the right order when n>1)
    lefts: tuple[str, ...] = ()  # matching, in bank order
    rights: tuple[str, ...] = ()  # matching, shuffled


@dataclass(frozen=True, slots=True)
class Score:
    """The judgement of one response; the session adds points and streak to make an Outcome."""

    verdict: Verdict
    credit: float  # 0.0 … 1.0
    given: str
    correct_answer: str
    correction: str | None = None  # for ALMOST: the spelling to show against ``given``


def score(presented: PresentedQuestion, response: Response) -> Score:
    """Judge ``response`` to ``presented``; ``ValueError`` names what is wrong with its shape."""
    question = presented.question
    match question:
        case MultipleChoice():
            return _score_choice(presented, response, question.answer)
        case TrueFalse():
            return _score_true_false(question, response)
        case ShortAnswer():
            return _score_typed(response, question.answer, question.accept)
        case Cloze() if question.choices:
            return _score_choice(presented, response, question.answer)
        case Cloze():
            return _score_typed(response, question.answer, question.accept)
        case Ordering():
            return _score_ordering(presented, response)
        case Matching():
            return _score_matching(presented, response)
    raise TypeError(f"not a question: {question!r}")  # pragma: no cover - Question is closed


def choice_label(index: int, text: str) -> str:
    """``b) Eva Hartog``: how a chosen option is quoted back, as the letters the UI shows."""
    return f"{_letter(index)}) {text}"


def format_order(items: Sequence[str]) -> str:
    """``1. … → 2. …``: an order on one line, for feedback and the results screen."""
    return " → ".join(f"{n}. {item}" for n, item in enumerate(items, start=1))


def format_pairs(pairs: Sequence[tuple[str, str]]) -> str:
    """``Hartog → Rusland-correspondent; …``: pairs on one line."""
    return "; ".join(f"{left} → {right}" for left, right in pairs)


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


def _graded(credit: float) -> Verdict:
    if credit >= 1.0:
        return Verdict.CORRECT
    if credit <= 0.0:
        return Verdict.WRONG
    return Verdict.PARTIAL


def _letter(index: int) -> str:
    return ascii_lowercase[index] if index < len(ascii_lowercase) else str(index + 1)


def _require_index(response: Response, size: int, what: str) -> int:
    # bool is an int subclass; a True/False here is a caller mixing up question types.
    if isinstance(response, bool) or not isinstance(response, int):
        raise ValueError(f"{what}: expected a choice index (int), got {response!r}")
    if not 0 <= response < size:
        raise ValueError(f"{what}: choice index {response} out of range 0..{size - 1}")
    return response


def _score_choice(presented: PresentedQuestion, response: Response, answer: str) -> Score:
    index = _require_index(response, len(presented.choices), _name(presented))
    chosen = presented.choices[index]
    verdict = Verdict.CORRECT if chosen == answer else Verdict.WRONG
    return Score(
        verdict=verdict,
        credit=1.0 if verdict is Verdict.CORRECT else 0.0,
        given=choice_label(index, chosen),
        correct_answer=answer,
    )


def _score_true_false(question: TrueFalse, response: Response) -> Score:
    if isinstance(response, bool):
        said = response
    else:
        # The UI may render ("juist", "onjuist") like any other choice list and send the index.
        index = _require_index(response, len(TRUE_FALSE_CHOICES), f"question {question.id!r}")
        said = index == 0
    right = said == question.answer
    return Score(
        verdict=Verdict.CORRECT if right else Verdict.WRONG,
        credit=1.0 if right else 0.0,
        given=_true_false_text(said),
        correct_answer=_true_false_text(question.answer),
    )


def _true_false_text(value: bool) -> str:
    return TRUE_FALSE_CHOICES[0] if value else TRUE_FALSE_CHOICES[1]


def _score_typed(response: Response, answer: str, accept: Sequence[str]) -> Score:
    if not isinstance(response, str):
        raise ValueError(f"expected the typed answer (str), got {response!r}")
    match = match_answer(response, answer, accept)
    accepted = match.verdict in (Verdict.CORRECT, Verdict.ALMOST)
    return Score(
        verdict=match.verdict if accepted else Verdict.WRONG,
        credit=1.0 if accepted else 0.0,
        given=response.strip() or NO_ANSWER,
        correct_answer=answer,
        correction=match.expected if match.verdict is Verdict.ALMOST else None,
    )


def _score_ordering(presented: PresentedQuestion, response: Response) -> Score:
    question = presented.question
    assert isinstance(question, Ordering)
    size = len(presented.items)
    order = _require_int_tuple(response, _name(presented))
    if sorted(order) != list(range(size)):
        raise ValueError(
            f"{_name(presented)}: the order must use each item index 0..{size - 1} exactly once,"
            f" got {order!r}"
        )
    learner_items = [presented.items[i] for i in order]
    correct_place = {item: place for place, item in enumerate(question.items)}
    credit = kendall_credit([correct_place[item] for item in learner_items])
    return Score(
        verdict=_graded(credit),
        credit=credit,
        given=format_order(learner_items),
        correct_answer=format_order(question.items),
    )


def _score_matching(presented: PresentedQuestion, response: Response) -> Score:
    question = presented.question
    assert isinstance(question, Matching)
    name = _name(presented)
    if not isinstance(response, tuple | list) or len(response) != len(presented.lefts):
        raise ValueError(
            f"{name}: expected one right index (or None) per left, {len(presented.lefts)} in all,"
            f" got {response!r}"
        )
    size = len(presented.rights)
    used: set[int] = set()
    right_count = 0
    for left_index, paired in enumerate(response):
        if paired is None:
            continue
        index = _require_index(paired, size, name)
        if index in used:
            raise ValueError(f"{name}: right {index} is paired with more than one left")
        used.add(index)
        if presented.rights[index] == question.pairs[left_index][1]:
            right_count += 1
    total = len(question.pairs)
    credit = right_count / total if total else 1.0
    return Score(
        verdict=_graded(credit),
        credit=credit,
        given=f"{right_count} van {total} paren goed",
        correct_answer=format_pairs(question.pairs),
    )


def _require_int_tuple(response: Response, name: str) -> tuple[int, ...]:
    if not isinstance(response, tuple | list):
        raise ValueError(f"{name}: expected a tuple of item indices, got {response!r}")
    indices: list[int] = []
    for value in response:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name}: expected item indices (int), got {value!r}")
        indices.append(value)
    return tuple(indices)


def _name(presented: PresentedQuestion) -> str:
    return f"question {presented.question.id!r} ({presented.type.value})"
