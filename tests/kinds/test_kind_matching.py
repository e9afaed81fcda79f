"""Matching: the bank rules for pairs, the shuffled rights, and credit per left paired right."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bank_support import HEAD, TF, Case, check, edit
from factories import make_matching, shown_as
from kind_support import draws, shape_error

from quiz.core.model import Response
from quiz.core.verdicts import Verdict

# lefts: Moskou, Tbilisi, Riga, Kyiv, each with its right in this order
QUESTION = make_matching()
# Rights shown rotated by one, so the right pairing is RIGHT, not the identity.
SHOWN = shown_as(
    QUESTION,
    lefts=tuple(left for left, _ in QUESTION.pairs),
    rights=tuple(right for _, right in QUESTION.pairs[1:] + QUESTION.pairs[:1]),
)
RIGHT = (3, 0, 1, 2)  # the correct index into SHOWN.rights for each left

CASES = [
    Case(
        "matching-one",
        edit(HEAD + TF, "true_false", "matching").replace(
            "answer: juist", "pairs:\n      - {left: a, right: b}"
        ),
        13,
        7,
        "must have 2 to 6 pairs, found 1",
    ),
    Case(
        "matching-dup-left",
        edit(HEAD + TF, "true_false", "matching").replace(
            "answer: juist", "pairs:\n      - {left: a, right: b}\n      - {left: a, right: c}"
        ),
        14,
        16,
        "duplicate left 'a'",
        "same as line 13",
    ),
    Case(
        "matching-dup-right",
        edit(HEAD + TF, "true_false", "matching").replace(
            "answer: juist", "pairs:\n      - {left: a, right: b}\n      - {left: c, right: b}"
        ),
        14,
        26,
        "duplicate right 'b'",
    ),
    Case(
        "matching-key",
        edit(HEAD + TF, "true_false", "matching").replace(
            "answer: juist", "pairs:\n      - {left: a, rigth: b}\n      - {left: c, right: d}"
        ),
        13,
        19,
        "unknown key 'rigth'",
        "'right'",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


@pytest.mark.parametrize("seed", range(30))
def test_lefts_as_written_and_rights_never_beside_their_partners(seed: int) -> None:
    presented, _ = draws(QUESTION, seed)
    assert presented.kind == "matching"
    assert presented.lefts == tuple(left for left, _ in QUESTION.pairs)
    assert sorted(presented.rights) == sorted(right for _, right in QUESTION.pairs)
    assert presented.rights != tuple(right for _, right in QUESTION.pairs)


def test_presenting_draws_shuffles_of_the_rights_only() -> None:
    presented, after = draws(QUESTION, seed=2)
    rng = random.Random(2)
    answer = tuple(right for _, right in QUESTION.pairs)
    rights = list(answer)
    while tuple(rights) == answer:
        rng.shuffle(rights)
    assert presented.rights == tuple(rights)
    assert after == rng.random()


@pytest.mark.parametrize(
    ("response", "verdict", "credit", "marks"),
    [
        (RIGHT, Verdict.CORRECT, 1.0, (True, True, True, True)),
        ((3, 0, 2, 1), Verdict.PARTIAL, 0.5, (True, True, False, False)),
        ((3, 0, 1, None), Verdict.PARTIAL, 0.75, (True, True, True, False)),
        ((0, 1, 2, 3), Verdict.WRONG, 0.0, (False, False, False, False)),
        ((None,) * 4, Verdict.WRONG, 0.0, (False, False, False, False)),
    ],
)
def test_score(
    response: Response, verdict: Verdict, credit: float, marks: tuple[bool, ...]
) -> None:
    result = QUESTION.score(SHOWN, response)
    assert result.verdict is verdict
    assert result.credit == pytest.approx(credit)
    assert result.correction is None
    assert result.marks == marks  # per left, in the shown (bank) order: paired right?


def test_the_correct_response_pairs_each_left_with_its_shown_partner() -> None:
    assert QUESTION.correct_response(SHOWN) == RIGHT


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (0, "one right index (or None) per left, 4 in all"),
        ((0, 1, 2), "one right index (or None) per left, 4 in all"),
        ((0, 1, 2, 4), "out of range 0..3"),
        ((0, 1, 2, 2), "right 2 is paired with more than one left"),
        ((0, 1, 2, "x"), "expected a choice index"),
    ],
)
def test_wrong_response_shape_is_a_clear_value_error(response: Response, message: str) -> None:
    shape_error(SHOWN, response, message)
