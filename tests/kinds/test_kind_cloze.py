"""Cloze: the bank rules for its sentence and gap, and scoring it typed or chosen."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bank_support import CLOZE, HEAD, Case, check, edit
from factories import make_choice_cloze, make_typed_cloze, shown_as
from kind_support import draws, shape_error

from quiz.core.model import PresentedQuestion, Response
from quiz.core.verdicts import Verdict
from quiz.diagnostics import Severity

CHOSEN = shown_as(make_choice_cloze(), choices=("belastingwet", "censuurwet", "kieswet"))
TYPED = shown_as(make_typed_cloze())

CASES = [
    Case(
        "cloze-no-gap", edit(HEAD + CLOZE, "___", "1991"), 11, 11, "exactly one gap '___', found 0"
    ),
    Case("cloze-two-gaps", edit(HEAD + CLOZE, "een", "___"), 11, 11, "found 2"),
    Case("cloze-long-gap", edit(HEAD + CLOZE, "___", "_____"), 11, 11, "exactly three underscores"),
    Case(
        "cloze-not-found",
        edit(HEAD + CLOZE, '"1991"', '"1992"'),
        11,
        11,
        "the cloze text with the answer filled in is not found",
        "paragraph 8",
    ),
    Case(
        "cloze-choices",
        edit(HEAD + CLOZE, "    explanation", "    choices: [1990, 1992]\n    explanation"),
        12,
        13,
        "not one of the choices",
    ),
    Case(
        "cloze-evidence-elsewhere",
        edit(
            HEAD + CLOZE,
            "    explanation",
            "    evidence: De Russen gebruikten Belarus\n    explanation",
        ),
        12,
        13,
        "the answer '1991' does not occur in the evidence",
        severity=Severity.WARNING,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


def test_the_sentence_around_its_gap() -> None:
    assert make_typed_cloze().around_gap == ("In ", " 2022 verliet zij Rusland")


def test_typed_is_presented_as_it_is_and_draws_nothing() -> None:
    question = make_typed_cloze()
    presented, after = draws(question)
    assert presented == PresentedQuestion(question, 1, 1)
    assert after == random.Random(1).random()


def test_with_choices_they_are_shuffled_in_one_draw() -> None:
    question = make_choice_cloze()
    presented, after = draws(question)
    rng = random.Random(1)
    expected = list(question.choices)
    rng.shuffle(expected)
    assert presented.choices == tuple(expected)
    assert presented.kind == "cloze"
    assert after == rng.random()


@pytest.mark.parametrize(
    ("presented", "response", "verdict", "credit", "correction"),
    [
        (CHOSEN, 1, Verdict.CORRECT, 1.0, None),
        (CHOSEN, 2, Verdict.WRONG, 0.0, None),
        (TYPED, "maart", Verdict.CORRECT, 1.0, None),
        (TYPED, "april", Verdict.WRONG, 0.0, None),
        (
            shown_as(make_typed_cloze(answer="censuurwet", text="een nieuwe ___")),
            "sensuurwet",
            Verdict.ALMOST,
            1.0,
            "censuurwet",
        ),
    ],
)
def test_score(
    presented: PresentedQuestion,
    response: Response,
    verdict: Verdict,
    credit: float,
    correction: str | None,
) -> None:
    result = presented.question.score(presented, response)
    assert (result.verdict, result.credit, result.correction, result.marks) == (
        verdict,
        credit,
        correction,
        (),
    )


def test_the_correct_response_is_an_index_with_choices_else_the_answer() -> None:
    assert CHOSEN.question.correct_response(CHOSEN) == 1
    assert TYPED.question.correct_response(TYPED) == "maart"


@pytest.mark.parametrize(
    ("presented", "response", "message"),
    [
        (CHOSEN, "censuurwet", "expected a choice index"),
        (CHOSEN, 3, "out of range 0..2"),
        (TYPED, (0,), "expected the typed answer"),
        (TYPED, 0, "expected the typed answer"),
    ],
)
def test_wrong_response_shape_is_a_clear_value_error(
    presented: PresentedQuestion, response: Response, message: str
) -> None:
    shape_error(presented, response, message)
