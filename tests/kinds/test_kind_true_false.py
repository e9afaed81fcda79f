"""Juist/onjuist: the bank rules, the fixed two choices, and scoring a bool or an index."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bank_support import HEAD, TF, Case, check, edit, load, top
from factories import make_true_false, shown_as
from kind_support import draws, shape_error

from quiz.core.model import PresentedQuestion, Response
from quiz.core.verdicts import Verdict

RIGHT_IS_JUIST = shown_as(make_true_false(), choices=("juist", "onjuist"))
RIGHT_IS_ONJUIST = shown_as(make_true_false(answer=False), choices=("juist", "onjuist"))

CASES = [
    Case(
        "tf-other",
        top("answer: juist", "answer: misschien"),
        12,
        13,
        "must be 'juist' or 'onjuist', not 'misschien'",
        "write juist or onjuist",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


@pytest.mark.parametrize("word", ["true", "false", "yes", "no", "ja", "nee", "waar", "on", "y"])
def test_true_false_answer_yaml_booleans(tmp_path: Path, word: str) -> None:
    result = load(tmp_path, edit(HEAD + TF, "answer: juist", f"answer: {word}"))
    [d] = result.errors
    assert (d.location.line, d.location.column) == (12, 13)
    assert f"not '{word}'" in d.message
    assert d.hint is not None and "write juist or onjuist" in d.hint


def test_presented_as_juist_then_onjuist_without_drawing() -> None:
    question = make_true_false()
    presented, after = draws(question)
    assert presented == PresentedQuestion(question, 1, 1, choices=("juist", "onjuist"))
    assert presented.kind == "true_false"
    assert after == random.Random(1).random()  # nothing was drawn


@pytest.mark.parametrize(
    ("presented", "response", "verdict", "credit"),
    [
        (RIGHT_IS_JUIST, True, Verdict.CORRECT, 1.0),
        (RIGHT_IS_JUIST, False, Verdict.WRONG, 0.0),
        (RIGHT_IS_JUIST, 0, Verdict.CORRECT, 1.0),
        (RIGHT_IS_JUIST, 1, Verdict.WRONG, 0.0),
        (RIGHT_IS_ONJUIST, False, Verdict.CORRECT, 1.0),
        (RIGHT_IS_ONJUIST, True, Verdict.WRONG, 0.0),
    ],
)
def test_score(
    presented: PresentedQuestion, response: Response, verdict: Verdict, credit: float
) -> None:
    result = presented.question.score(presented, response)
    assert (result.verdict, result.credit, result.correction, result.marks) == (
        verdict,
        credit,
        None,
        (),
    )


def test_the_correct_response_is_the_answer_as_a_bool() -> None:
    assert RIGHT_IS_JUIST.question.correct_response(RIGHT_IS_JUIST) is True
    assert RIGHT_IS_ONJUIST.question.correct_response(RIGHT_IS_ONJUIST) is False


@pytest.mark.parametrize(
    ("response", "message"),
    [("juist", "expected a choice index"), (2, "out of range 0..1")],
)
def test_wrong_response_shape_is_a_clear_value_error(response: Response, message: str) -> None:
    shape_error(RIGHT_IS_JUIST, response, message)
