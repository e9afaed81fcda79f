"""Short answer: the bank rules and scoring what was typed (matching itself is
tests/test_matching.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bank_support import HEAD, TF, Case, check, edit
from factories import make_short_answer, shown_as
from kind_support import draws, shape_error

from quiz.core.model import PresentedQuestion, Question, Response
from quiz.core.verdicts import Verdict
from quiz.diagnostics import Severity

CASES = [
    Case(
        "short-not-present",
        edit(HEAD + TF, "true_false", "short_answer").replace(
            "answer: juist", "answer: in het jaar 1991"
        ),
        12,
        13,
        "the answer 'in het jaar 1991' does not occur in the evidence paragraph",
        severity=Severity.WARNING,
    ),
    Case(
        "accept-text",
        edit(HEAD + TF, "true_false", "short_answer").replace(
            "answer: juist", "answer: '1991'\n    accept: 1991"
        ),
        13,
        13,
        "'accept'",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


def test_presented_as_it_is_without_drawing() -> None:
    question = make_short_answer()
    presented, after = draws(question)
    assert presented == PresentedQuestion(question, 1, 1)
    assert presented.kind == "short_answer"
    assert after == random.Random(1).random()


@pytest.mark.parametrize(
    ("question", "typed", "verdict", "credit", "correction"),
    [
        (make_short_answer(), "Riga", Verdict.CORRECT, 1.0, None),
        (make_short_answer(), "Riga, Letland", Verdict.CORRECT, 1.0, None),
        (make_short_answer(), "Tbilisi", Verdict.WRONG, 0.0, None),
        (make_short_answer(), "", Verdict.WRONG, 0.0, None),
        (make_short_answer(), "   ", Verdict.WRONG, 0.0, None),
        (
            make_short_answer(answer="Loekasjenko", accept=()),
            "Loekasjenco",
            Verdict.ALMOST,
            1.0,
            "Loekasjenko",
        ),
    ],
)
def test_score_typed(
    question: Question, typed: str, verdict: Verdict, credit: float, correction: str | None
) -> None:
    result = question.score(shown_as(question), typed)
    assert (result.verdict, result.credit, result.correction, result.marks) == (
        verdict,
        credit,
        correction,
        (),
    )


def test_the_correct_response_is_the_answer_not_an_alternative() -> None:
    question = make_short_answer()
    assert question.correct_response(shown_as(question)) == "Riga"


@pytest.mark.parametrize("response", [1, True, (0,)])
def test_wrong_response_shape_is_a_clear_value_error(response: Response) -> None:
    shape_error(shown_as(make_short_answer()), response, "expected the typed answer")
