"""Multiple select: the bank rules, the shuffled choices, and partial credit for the ticks."""

from __future__ import annotations

import random

import pytest
from factories import make_multiple_select, shown_as
from kind_support import draws, shape_error

from quiz.core.judging import Verdict
from quiz.core.model import PresentedQuestion, Response

# choices: Tbilisi, Kyiv, Riga, Minsk; answers: Tbilisi and Riga (indices 0 and 2 as shown)
QUESTION = make_multiple_select()
SHOWN = shown_as(QUESTION, choices=QUESTION.choices)
# choices: a b c d e; answers: a b c (indices 0, 1 and 2 as shown)
THREE = make_multiple_select(choices=("a", "b", "c", "d", "e"), answers=("a", "b", "c"))
THREE_SHOWN = shown_as(THREE, choices=THREE.choices)


# -- presenting --------------------------------------------------------------------------------


def test_presented_with_the_choices_shuffled_in_one_draw() -> None:
    presented, after = draws(QUESTION)
    rng = random.Random(1)
    expected = list(QUESTION.choices)
    rng.shuffle(expected)
    assert presented.choices == tuple(expected)
    assert after == rng.random()
    assert (presented.kind, presented.items, presented.lefts, presented.rights) == (
        "multiple_select",
        (),
        (),
        (),
    )


def test_the_choices_are_always_shuffled_and_the_seed_repeats_them() -> None:
    shown = [draws(QUESTION, seed)[0].choices for seed in range(30)]
    assert all(sorted(choices) == sorted(QUESTION.choices) for choices in shown)
    assert any(choices != QUESTION.choices for choices in shown)
    assert draws(QUESTION, 7)[0] == draws(QUESTION, 7)[0]


# -- scoring -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("presented", "response", "verdict", "credit", "marks"),
    [
        # both right answers ticked, nothing else
        (SHOWN, (0, 2), Verdict.CORRECT, 1.0, (True, True, True, True)),
        # one of two right answers: half
        (SHOWN, (0,), Verdict.PARTIAL, 0.5, (True, True, False, True)),
        (SHOWN, (2,), Verdict.PARTIAL, 0.5, (False, True, True, True)),
        # both right and one wrong: the wrong tick costs one right one
        (SHOWN, (0, 1, 2), Verdict.PARTIAL, 0.5, (True, False, True, True)),
        # one right, one wrong: nothing
        (SHOWN, (0, 1), Verdict.WRONG, 0.0, (True, False, False, True)),
        # everything ticked: as many wrong as right, nothing
        (SHOWN, (0, 1, 2, 3), Verdict.WRONG, 0.0, (True, False, True, False)),
        # only wrong ticks: never below 0
        (SHOWN, (1,), Verdict.WRONG, 0.0, (False, False, False, True)),
        (SHOWN, (1, 3), Verdict.WRONG, 0.0, (False, False, False, False)),
        # nothing ticked: the right answers are missed, the wrong ones rightly left
        (SHOWN, (), Verdict.WRONG, 0.0, (False, True, False, True)),
        # three right answers: thirds
        (THREE_SHOWN, (0, 1, 2), Verdict.CORRECT, 1.0, (True,) * 5),
        (THREE_SHOWN, (0, 1), Verdict.PARTIAL, 2 / 3, (True, True, False, True, True)),
        (THREE_SHOWN, (0, 1, 2, 3), Verdict.PARTIAL, 2 / 3, (True, True, True, False, True)),
        (THREE_SHOWN, (0,), Verdict.PARTIAL, 1 / 3, (True, False, False, True, True)),
        (THREE_SHOWN, (0, 1, 3), Verdict.PARTIAL, 1 / 3, (True, True, False, False, True)),
        (THREE_SHOWN, (0, 1, 2, 3, 4), Verdict.PARTIAL, 1 / 3, (True, True, True, False, False)),
        (THREE_SHOWN, (0, 3, 4), Verdict.WRONG, 0.0, (True, False, False, False, False)),
        (THREE_SHOWN, (3, 4), Verdict.WRONG, 0.0, (False, False, False, False, False)),
    ],
)
def test_score(
    presented: PresentedQuestion,
    response: Response,
    verdict: Verdict,
    credit: float,
    marks: tuple[bool, ...],
) -> None:
    result = presented.question.score(presented, response)
    assert (result.verdict, result.credit, result.correction, result.marks) == (
        verdict,
        pytest.approx(credit),
        None,
        marks,
    )


def test_the_score_follows_the_choices_as_shown() -> None:
    reversed_ = shown_as(QUESTION, choices=tuple(reversed(QUESTION.choices)))  # Minsk … Tbilisi
    assert QUESTION.score(reversed_, (1, 3)).verdict is Verdict.CORRECT
    assert QUESTION.score(reversed_, (0, 2)).verdict is Verdict.WRONG
    assert QUESTION.score(reversed_, (1,)).marks == (True, True, True, False)


def test_the_correct_response_is_the_indices_of_the_answers_as_shown() -> None:
    reversed_ = shown_as(QUESTION, choices=tuple(reversed(QUESTION.choices)))
    assert QUESTION.correct_response(SHOWN) == (0, 2)
    assert QUESTION.correct_response(reversed_) == (1, 3)
    for seed in range(10):
        presented, _ = draws(QUESTION, seed)
        right = QUESTION.score(presented, QUESTION.correct_response(presented))
        assert (right.verdict, right.credit) == (Verdict.CORRECT, 1.0)


def test_a_list_is_taken_as_the_tuple_it_was_saved_as() -> None:
    """The progress store keeps responses as JSON, where a tuple is a list."""
    assert QUESTION.score(SHOWN, [0, 2]).verdict is Verdict.CORRECT  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("response", "message"),
    [
        ("Tbilisi", "expected a tuple of item indices"),
        (0, "expected a tuple of item indices"),
        (True, "expected a tuple of item indices"),
        ((True,), "expected item indices (int)"),
        ((None,), "expected item indices (int)"),
        ((4,), "choice index 4 out of range 0..3"),
        ((-1,), "choice index -1 out of range 0..3"),
        ((2, 0), "indices in increasing order, each once, got (2, 0)"),
        ((0, 0), "indices in increasing order, each once, got (0, 0)"),
    ],
)
def test_wrong_response_shape_is_a_clear_value_error(response: Response, message: str) -> None:
    shape_error(SHOWN, response, message)


def test_the_error_names_the_question_and_its_kind() -> None:
    shape_error(SHOWN, (9,), "question 'waar-na-moskou' (multiple_select): choice index 9")


def test_presented_is_plain_data() -> None:
    assert PresentedQuestion(QUESTION, 1, 1, choices=QUESTION.choices) == SHOWN
