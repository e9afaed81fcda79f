"""The scoring helpers the kinds share: credit for an order, graded verdicts, response shapes,
choosing and typing. Each kind's own scoring is tested in tests/kinds/; how a typed answer is
matched is tests/test_matching.py."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from factories import make_multiple_choice, make_ordering, make_short_answer, shown_as
from hypothesis import given
from hypothesis import strategies as st

from quiz.core.model import AnswerContext, Person, Response, Score
from quiz.core.scoring import (
    describe,
    graded,
    kendall_credit,
    require_index,
    require_int_tuple,
    score_choice,
    score_typed,
)
from quiz.core.verdicts import MissingPart, Verdict


@pytest.mark.parametrize(
    ("positions", "credit"),
    [
        ((0, 1, 2, 3), Fraction(1)),
        ((1, 0, 2, 3), Fraction(5, 6)),  # one adjacent swap of four
        ((0, 1, 3, 2), Fraction(5, 6)),
        ((2, 0, 1), Fraction(1, 3)),
        ((3, 2, 1, 0), Fraction(0)),
        ((0,), Fraction(1)),
        ((), Fraction(1)),
    ],
)
def test_kendall_credit(positions: tuple[int, ...], credit: Fraction) -> None:
    assert kendall_credit(positions) == pytest.approx(float(credit))


@given(st.integers(min_value=2, max_value=6).flatmap(lambda n: st.permutations(range(n))))
def test_kendall_credit_is_one_only_for_the_right_order_and_zero_only_reversed(
    positions: list[int],
) -> None:
    credit = kendall_credit(positions)
    assert 0.0 <= credit <= 1.0
    assert (credit == 1.0) == (positions == sorted(positions))
    assert (credit == 0.0) == (positions == sorted(positions, reverse=True))


@pytest.mark.parametrize(
    ("credit", "verdict"),
    [
        (1.0, Verdict.CORRECT),
        (0.0, Verdict.WRONG),
        (0.5, Verdict.PARTIAL),
        (1 / 6, Verdict.PARTIAL),
    ],
)
def test_graded(credit: float, verdict: Verdict) -> None:
    assert graded(credit) is verdict


def test_describe_names_the_question_and_its_kind() -> None:
    assert describe(shown_as(make_ordering())) == "question 'wanneer-volgorde' (ordering)"


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (True, "q: expected a choice index (int), got True"),
        ("1", "q: expected a choice index (int), got '1'"),
        (None, "q: expected a choice index (int), got None"),
        (3, "q: choice index 3 out of range 0..2"),
        (-1, "q: choice index -1 out of range 0..2"),
    ],
)
def test_require_index(response: Response | None, message: str) -> None:
    assert require_index(2, 3, "q") == 2
    with pytest.raises(ValueError) as error:
        require_index(response, 3, "q")
    assert str(error.value) == message


def test_require_int_tuple() -> None:
    assert require_int_tuple([2, 0, 1], "q") == (2, 0, 1)
    with pytest.raises(ValueError, match="q: expected a tuple of item indices, got 'x'"):
        require_int_tuple("x", "q")
    with pytest.raises(ValueError, match="q: expected item indices \\(int\\), got False"):
        require_int_tuple((0, False), "q")


def test_choosing_is_right_by_the_text_of_the_choice() -> None:
    question = make_multiple_choice()
    presented = shown_as(question, choices=("Eva Hartog", "Jan de Vries"))
    assert score_choice(presented, 0, "Eva Hartog") == Score(Verdict.CORRECT, 1.0)
    assert score_choice(presented, 1, "Eva Hartog") == Score(Verdict.WRONG, 0.0)


@pytest.mark.parametrize(
    ("typed", "score"),
    [
        ("riga", Score(Verdict.CORRECT, 1.0)),
        ("Rigaa", Score(Verdict.ALMOST, 1.0, correction="Riga")),
        ("Letland", Score(Verdict.CORRECT, 1.0)),
        ("Tbilisi", Score(Verdict.WRONG, 0.0)),
        ("", Score(Verdict.WRONG, 0.0)),
    ],
)
def test_typing_accepts_the_answer_its_alternatives_and_forgiven_typos(
    typed: str, score: Score
) -> None:
    presented = shown_as(make_short_answer())
    got = score_typed(presented, typed, "Riga", ("Letland",))
    assert (got.verdict, got.credit, got.correction) == (
        score.verdict,
        score.credit,
        score.correction,
    )


def test_typing_is_judged_with_the_bank_s_people_and_a_missing_part_is_named() -> None:
    context = AnswerContext(people=(Person("Eva Hartog", "correspondent", ("Hartog",)),))
    presented = replace(shown_as(make_short_answer()), context=context)
    assert score_typed(presented, "Hartog", "Eva Hartog", ()).verdict is Verdict.CORRECT
    assert score_typed(presented, "Hartog, Eva", "Eva Hartog", ()).verdict is Verdict.CORRECT
    partial = score_typed(presented, "juli", "juli 1994", ())
    assert partial.verdict is Verdict.PARTIAL and 0 < partial.credit < 1
    assert partial.missing == (MissingPart.YEAR,)
