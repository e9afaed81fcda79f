"""Ordering: the bank rules, never showing the answer order, and credit by pairs in order."""

from __future__ import annotations

import random
from itertools import permutations
from pathlib import Path

import pytest
from bank_support import HEAD, TF, Case, check, edit
from factories import make_ordering, shown_as
from kind_support import draws, shape_error

from quiz.core.model import Response
from quiz.core.verdicts import Verdict

# items: Wonen in Moskou, Nieuwe censuurwet, Vertrek naar Tbilisi, Aankomst in Riga
QUESTION = make_ordering()
# Shown reversed: index 0 is the last item, so (3, 2, 1, 0) is the right order.
SHOWN = shown_as(QUESTION, items=tuple(reversed(QUESTION.items)))

CASES = [
    Case(
        "ordering-two",
        edit(HEAD + TF, "true_false", "ordering").replace("answer: juist", "items: [a, b]"),
        12,
        12,
        "must have 3 to 6 entries, found 2",
    ),
    Case(
        "ordering-dup",
        edit(HEAD + TF, "true_false", "ordering").replace("answer: juist", "items: [a, b, A]"),
        12,
        19,
        "duplicate entry 'A'",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


@pytest.mark.parametrize("seed", range(30))
def test_presented_shuffled_but_never_in_the_answer_order(seed: int) -> None:
    presented, _ = draws(QUESTION, seed)
    assert presented.kind == "ordering"
    assert sorted(presented.items) == sorted(QUESTION.items)
    assert presented.items != QUESTION.items


def test_presenting_draws_shuffles_until_the_order_differs() -> None:
    question = make_ordering(items=("een", "twee", "drie"))
    presented, after = draws(question, seed=4)
    rng = random.Random(4)
    items = list(question.items)
    while tuple(items) == question.items:
        rng.shuffle(items)
    assert presented.items == tuple(items)
    assert after == rng.random()


@pytest.mark.parametrize(
    ("response", "verdict", "credit", "marks"),
    [
        ((3, 2, 1, 0), Verdict.CORRECT, 1.0, (True, True, True, True)),
        # the first two swapped: 5 of 6 pairs still in order
        ((2, 3, 1, 0), Verdict.PARTIAL, 5 / 6, (False, False, True, True)),
        # the halves swapped: 2 of 6 pairs in order
        ((1, 0, 3, 2), Verdict.PARTIAL, 2 / 6, (False, False, False, False)),
        # exactly reversed: no pair in order
        ((0, 1, 2, 3), Verdict.WRONG, 0.0, (False, False, False, False)),
        # the middle two swapped: the ends are in their place
        ((3, 1, 2, 0), Verdict.PARTIAL, 5 / 6, (True, False, False, True)),
    ],
)
def test_score(
    response: Response, verdict: Verdict, credit: float, marks: tuple[bool, ...]
) -> None:
    result = QUESTION.score(SHOWN, response)
    assert result.verdict is verdict
    assert result.credit == pytest.approx(credit)
    assert result.correction is None
    assert result.marks == marks  # per place in the learner's order: the right item there?


def test_the_correct_response_puts_the_shown_items_in_the_bank_order() -> None:
    assert QUESTION.correct_response(SHOWN) == (3, 2, 1, 0)
    assert QUESTION.score(SHOWN, QUESTION.correct_response(SHOWN)).verdict is Verdict.CORRECT


def test_every_ordering_of_three_gets_a_verdict_matching_its_credit() -> None:
    question = make_ordering(items=("een", "twee", "drie"))
    presented = shown_as(question, items=question.items)
    for order in permutations(range(3)):
        result = question.score(presented, order)
        expected = (
            Verdict.CORRECT
            if result.credit == 1.0
            else Verdict.WRONG
            if result.credit == 0.0
            else Verdict.PARTIAL
        )
        assert result.verdict is expected


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (0, "expected a tuple of item indices"),
        ((0, 1, 2), "each item index 0..3 exactly once"),
        ((0, 1, 2, 2), "each item index 0..3 exactly once"),
        ((0, 1, 2, 4), "each item index 0..3 exactly once"),
        ((0, 1, 2, None), "expected item indices"),
        ((0, 1, 2, True), "expected item indices"),
    ],
)
def test_wrong_response_shape_is_a_clear_value_error(response: Response, message: str) -> None:
    shape_error(SHOWN, response, message)


def test_the_error_names_the_question_and_its_kind() -> None:
    shape_error(SHOWN, 0, "question 'wanneer-volgorde' (ordering): expected a tuple")
