"""Scoring: verdict, credit and the Dutch texts shown after answering, for every question type."""

from __future__ import annotations

from fractions import Fraction
from itertools import permutations

import pytest
from factories import (
    make_choice_cloze,
    make_matching,
    make_multiple_choice,
    make_ordering,
    make_short_answer,
    make_true_false,
    make_typed_cloze,
)
from hypothesis import given
from hypothesis import strategies as st

from quiz.core.judging import Verdict
from quiz.core.model import Question, question_type
from quiz.core.scoring import (
    NO_ANSWER,
    PresentedQuestion,
    Response,
    format_order,
    format_pairs,
    kendall_credit,
    score,
)

# choices: Jan de Vries, Eva Hartog (the answer), Anna Smit, Pieter Bakker
MC = make_multiple_choice()
# items: Wonen in Moskou, Nieuwe censuurwet, Vertrek naar Tbilisi, Aankomst in Riga
ORDER = make_ordering()
# lefts: Moskou, Tbilisi, Riga, Kyiv, each with its right in this order
MATCH = make_matching()


def present(question: Question, **shown: tuple[str, ...]) -> PresentedQuestion:
    """The question as a session would show it, with the display order given by the test."""
    return PresentedQuestion(question, question_type(question), 1, 1, **shown)


MC_SHOWN = present(MC, choices=MC.choices)
CLOZE_SHOWN = present(make_choice_cloze(), choices=("belastingwet", "censuurwet", "kieswet"))
TF_SHOWN = present(make_true_false(), choices=("juist", "onjuist"))
TF_FALSE_SHOWN = present(make_true_false(answer=False), choices=("juist", "onjuist"))
# Shown reversed: index 0 is the last item, so (3, 2, 1, 0) is the right order.
ORDER_SHOWN = present(ORDER, items=tuple(reversed(ORDER.items)))
# Rights shown rotated by one, so the right pairing is MATCH_RIGHT, not the identity.
MATCH_SHOWN = present(
    MATCH,
    lefts=tuple(left for left, _ in MATCH.pairs),
    rights=tuple(right for _, right in MATCH.pairs[1:] + MATCH.pairs[:1]),
)
MATCH_RIGHT = (3, 0, 1, 2)  # the correct index into MATCH_SHOWN.rights for each left

ALL_RIGHT_ORDER = (
    "1. Wonen in Moskou → 2. Nieuwe censuurwet → 3. Vertrek naar Tbilisi → 4. Aankomst in Riga"
)
ALL_PAIRS = (
    "Moskou → ruim acht jaar gewoond; Tbilisi → eerste stop; Riga → nieuwe standplaats;"
    " Kyiv → standplaats van De Vries"
)


@pytest.mark.parametrize(
    ("presented", "response", "verdict", "credit", "shown", "right"),
    [
        # multiple choice and cloze with choices: the index into the shown choices
        (MC_SHOWN, 1, Verdict.CORRECT, 1.0, "b) Eva Hartog", "Eva Hartog"),
        (MC_SHOWN, 0, Verdict.WRONG, 0.0, "a) Jan de Vries", "Eva Hartog"),
        (MC_SHOWN, 3, Verdict.WRONG, 0.0, "d) Pieter Bakker", "Eva Hartog"),
        (CLOZE_SHOWN, 1, Verdict.CORRECT, 1.0, "b) censuurwet", "censuurwet"),
        (CLOZE_SHOWN, 2, Verdict.WRONG, 0.0, "c) kieswet", "censuurwet"),
        # true / false: a bool, or the index into ("juist", "onjuist")
        (TF_SHOWN, True, Verdict.CORRECT, 1.0, "juist", "juist"),
        (TF_SHOWN, False, Verdict.WRONG, 0.0, "onjuist", "juist"),
        (TF_SHOWN, 0, Verdict.CORRECT, 1.0, "juist", "juist"),
        (TF_SHOWN, 1, Verdict.WRONG, 0.0, "onjuist", "juist"),
        (TF_FALSE_SHOWN, False, Verdict.CORRECT, 1.0, "onjuist", "onjuist"),
        (TF_FALSE_SHOWN, True, Verdict.WRONG, 0.0, "juist", "onjuist"),
        # ordering: Kendall-style credit over the 6 pairs of 4 items
        (ORDER_SHOWN, (3, 2, 1, 0), Verdict.CORRECT, 1.0, ALL_RIGHT_ORDER, ALL_RIGHT_ORDER),
        (
            ORDER_SHOWN,
            (2, 3, 1, 0),  # the first two swapped: 5 of 6 pairs still in order
            Verdict.PARTIAL,
            5 / 6,
            "1. Nieuwe censuurwet → 2. Wonen in Moskou → 3. Vertrek naar Tbilisi"
            " → 4. Aankomst in Riga",
            ALL_RIGHT_ORDER,
        ),
        (
            ORDER_SHOWN,
            (1, 0, 3, 2),  # the halves swapped: 2 of 6 pairs in order
            Verdict.PARTIAL,
            2 / 6,
            "1. Vertrek naar Tbilisi → 2. Aankomst in Riga → 3. Wonen in Moskou"
            " → 4. Nieuwe censuurwet",
            ALL_RIGHT_ORDER,
        ),
        (
            ORDER_SHOWN,
            (0, 1, 2, 3),  # exactly reversed: no pair in order
            Verdict.WRONG,
            0.0,
            "1. Aankomst in Riga → 2. Vertrek naar Tbilisi → 3. Nieuwe censuurwet"
            " → 4. Wonen in Moskou",
            ALL_RIGHT_ORDER,
        ),
        # matching: the fraction of lefts paired right; None leaves a left unpaired
        (MATCH_SHOWN, MATCH_RIGHT, Verdict.CORRECT, 1.0, "4 van 4 paren goed", ALL_PAIRS),
        (MATCH_SHOWN, (3, 0, 2, 1), Verdict.PARTIAL, 0.5, "2 van 4 paren goed", ALL_PAIRS),
        (MATCH_SHOWN, (3, 0, 1, None), Verdict.PARTIAL, 0.75, "3 van 4 paren goed", ALL_PAIRS),
        (MATCH_SHOWN, (0, 1, 2, 3), Verdict.WRONG, 0.0, "0 van 4 paren goed", ALL_PAIRS),
        (MATCH_SHOWN, (None,) * 4, Verdict.WRONG, 0.0, "0 van 4 paren goed", ALL_PAIRS),
    ],
)
def test_score_by_index(
    presented: PresentedQuestion,
    response: Response,
    verdict: Verdict,
    credit: float,
    shown: str,
    right: str,
) -> None:
    result = score(presented, response)
    assert result.verdict is verdict
    assert result.credit == pytest.approx(credit)
    assert result.given == shown
    assert result.correct_answer == right
    assert result.correction is None


@pytest.mark.parametrize(
    ("question", "typed", "verdict", "credit", "shown", "correction"),
    [
        (make_short_answer(), "Riga", Verdict.CORRECT, 1.0, "Riga", None),
        (make_short_answer(), "Riga, Letland", Verdict.CORRECT, 1.0, "Riga, Letland", None),
        (make_short_answer(), "Tbilisi", Verdict.WRONG, 0.0, "Tbilisi", None),
        (make_short_answer(), "", Verdict.WRONG, 0.0, NO_ANSWER, None),
        (make_short_answer(), "   ", Verdict.WRONG, 0.0, NO_ANSWER, None),
        (
            make_short_answer(answer="Loekasjenko", accept=()),
            "Loekasjenco",
            Verdict.ALMOST,
            1.0,
            "Loekasjenco",
            "Loekasjenko",
        ),
        (make_typed_cloze(), "maart", Verdict.CORRECT, 1.0, "maart", None),
        (make_typed_cloze(), "april", Verdict.WRONG, 0.0, "april", None),
        (
            make_typed_cloze(answer="censuurwet", text="een nieuwe ___"),
            "sensuurwet",
            Verdict.ALMOST,
            1.0,
            "sensuurwet",
            "censuurwet",
        ),
    ],
)
def test_score_typed(
    question: Question,
    typed: str,
    verdict: Verdict,
    credit: float,
    shown: str,
    correction: str | None,
) -> None:
    result = score(present(question), typed)
    assert (result.verdict, result.credit, result.given, result.correction) == (
        verdict,
        credit,
        shown,
        correction,
    )
    assert result.correct_answer == question.answer  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("presented", "response", "message"),
    [
        (MC_SHOWN, "Eva Hartog", "expected a choice index"),
        (MC_SHOWN, True, "expected a choice index"),
        (MC_SHOWN, 4, "out of range 0..3"),
        (MC_SHOWN, -1, "out of range 0..3"),
        (CLOZE_SHOWN, "censuurwet", "expected a choice index"),
        (TF_SHOWN, "juist", "expected a choice index"),
        (TF_SHOWN, 2, "out of range 0..1"),
        (present(make_short_answer()), 1, "expected the typed answer"),
        (present(make_typed_cloze()), (0,), "expected the typed answer"),
        (ORDER_SHOWN, 0, "expected a tuple of item indices"),
        (ORDER_SHOWN, (0, 1, 2), "each item index 0..3 exactly once"),
        (ORDER_SHOWN, (0, 1, 2, 2), "each item index 0..3 exactly once"),
        (ORDER_SHOWN, (0, 1, 2, 4), "each item index 0..3 exactly once"),
        (ORDER_SHOWN, (0, 1, 2, None), "expected item indices"),
        (ORDER_SHOWN, (0, 1, 2, True), "expected item indices"),
        (MATCH_SHOWN, 0, "one right index (or None) per left, 4 in all"),
        (MATCH_SHOWN, (0, 1, 2), "one right index (or None) per left, 4 in all"),
        (MATCH_SHOWN, (0, 1, 2, 4), "out of range 0..3"),
        (MATCH_SHOWN, (0, 1, 2, 2), "right 2 is paired with more than one left"),
        (MATCH_SHOWN, (0, 1, 2, "x"), "expected a choice index"),
    ],
)
def test_wrong_response_shape_is_a_clear_value_error(
    presented: PresentedQuestion, response: Response, message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        score(presented, response)


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


def test_every_ordering_of_three_gets_a_verdict_matching_its_credit() -> None:
    question = make_ordering(items=("een", "twee", "drie"))
    presented = present(question, items=question.items)
    for order in permutations(range(3)):
        result = score(presented, order)
        expected = (
            Verdict.CORRECT
            if result.credit == 1.0
            else Verdict.WRONG
            if result.credit == 0.0
            else Verdict.PARTIAL
        )
        assert result.verdict is expected


def test_formatting_helpers() -> None:
    assert format_order(["a", "b"]) == "1. a → 2. b"
    assert format_pairs([("Hartog", "Rusland-correspondent"), ("De Vries", "Kyiv")]) == (
        "Hartog → Rusland-correspondent; De Vries → Kyiv"
    )
