"""Multiple choice: the bank rules, the shuffled choices, and scoring by index."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bank_support import HEAD, MC, Case, check, edit
from factories import make_multiple_choice, shown_as
from kind_support import draws, shape_error

from quiz.core.model import PresentedQuestion, Response
from quiz.core.verdicts import Verdict

# choices: Jan de Vries, Eva Hartog (the answer), Anna Smit, Pieter Bakker
QUESTION = make_multiple_choice()
SHOWN = shown_as(QUESTION, choices=QUESTION.choices)

CASES = [
    Case(
        "mc-answer",
        edit(HEAD + MC, "answer: Belarus", "answer: belarus"),
        13,
        13,
        "the answer 'belarus' is not one of the choices",
        "the closest choice is 'Belarus'",
    ),
    Case(
        "mc-dup",
        edit(HEAD + MC, "Litouwen]", "Belarus]"),
        12,
        31,
        "duplicate entry 'Belarus' in 'choices'",
        "same as line 12",
    ),
    Case(
        "mc-one",
        edit(HEAD + MC, "[Belarus, Polen, Litouwen]", "[Belarus]"),
        12,
        14,
        "must have 2 to 6 entries, found 1",
    ),
    Case(
        "mc-seven",
        edit(HEAD + MC, "Litouwen]", "Litouwen, a, b, c, d]"),
        12,
        14,
        "must have 2 to 6 entries, found 7",
    ),
    Case(
        "mc-text",
        edit(HEAD + MC, "[Belarus, Polen, Litouwen]", "Belarus"),
        12,
        14,
        "'choices' in multiple_choice question 'q1' must be a list",
    ),
    Case(
        "mc-missing-answer",
        edit(HEAD + MC, "    answer: Belarus\n", ""),
        7,
        5,
        "is missing 'answer'",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


def test_presented_with_the_choices_shuffled_in_one_draw() -> None:
    presented, after = draws(QUESTION)
    rng = random.Random(1)
    expected = list(QUESTION.choices)
    rng.shuffle(expected)
    assert presented.choices == tuple(expected)
    assert after == rng.random()
    assert (presented.kind, presented.items, presented.lefts, presented.rights) == (
        "multiple_choice",
        (),
        (),
        (),
    )


@pytest.mark.parametrize(
    ("response", "verdict", "credit"),
    [(1, Verdict.CORRECT, 1.0), (0, Verdict.WRONG, 0.0), (3, Verdict.WRONG, 0.0)],
)
def test_score_by_index(response: Response, verdict: Verdict, credit: float) -> None:
    result = QUESTION.score(SHOWN, response)
    assert (result.verdict, result.credit, result.correction, result.marks) == (
        verdict,
        credit,
        None,
        (),
    )


def test_the_correct_response_is_the_index_of_the_answer_as_shown() -> None:
    reversed_ = shown_as(QUESTION, choices=tuple(reversed(QUESTION.choices)))
    assert QUESTION.correct_response(SHOWN) == 1
    assert QUESTION.correct_response(reversed_) == 2
    assert QUESTION.score(reversed_, 2).verdict is Verdict.CORRECT


@pytest.mark.parametrize(
    ("response", "message"),
    [
        ("Eva Hartog", "expected a choice index"),
        (True, "expected a choice index"),
        (4, "out of range 0..3"),
        (-1, "out of range 0..3"),
    ],
)
def test_wrong_response_shape_is_a_clear_value_error(response: Response, message: str) -> None:
    shape_error(SHOWN, response, message)


def test_the_error_names_the_question_and_its_kind() -> None:
    shape_error(SHOWN, 9, "question 'wie-correspondent' (multiple_choice): choice index 9")


def test_presented_is_plain_data() -> None:
    assert PresentedQuestion(QUESTION, 1, 1, choices=QUESTION.choices) == SHOWN
