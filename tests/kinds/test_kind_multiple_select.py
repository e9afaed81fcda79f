"""Multiple select: the bank rules, the shuffled choices, and partial credit for the ticks."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bank_support import HEAD, MC, Case, check, edit, load
from factories import make_multiple_select, shown_as
from kind_support import draws, shape_error

from quiz.core.model import PresentedQuestion, Response
from quiz.core.verdicts import Verdict
from quiz.kinds.multiple_select import MultipleSelect

# choices: Tbilisi, Kyiv, Riga, Minsk; answers: Tbilisi and Riga (indices 0 and 2 as shown)
QUESTION = make_multiple_select()
SHOWN = shown_as(QUESTION, choices=QUESTION.choices)
# choices: a b c d e; answers: a b c (indices 0, 1 and 2 as shown)
THREE = make_multiple_select(choices=("a", "b", "c", "d", "e"), answers=("a", "b", "c"))
THREE_SHOWN = shown_as(THREE, choices=THREE.choices)

MS = """\
  - id: q1
    category: waar
    type: multiple_select
    prompt: Welke landen noemt de zin over de inval? Kies alle juiste antwoorden.
    evidence: vielen Russische militairen Oekraïne binnen vanuit Belarus
    choices: [Oekraïne, Polen, Belarus, Litouwen]
    answers: [Oekraïne, Belarus]
    explanation: Russische militairen vielen Oekraïne binnen vanuit Belarus.
"""  # lines 7-14 after HEAD; the lists open in column 14, their first entries in column 15

SHORT = """\
  - id: q1
    category: wanneer
    type: short_answer
    prompt: Wanneer?
    evidence: Belarus werd in 1991 een onafhankelijk land
    answer: "1991"
    explanation: In 1991.
"""  # lines 7-13


def ms(old: str, new: str) -> str:
    return edit(HEAD + MS, old, new)


CASES = [
    Case(
        "ms-answer-not-a-choice",
        ms("answers: [Oekraïne,", "answers: [oekraïne,"),
        13,
        15,
        "the answer 'oekraïne' is not one of the choices",
        "the closest choice is 'Oekraïne'",
    ),
    Case(
        "ms-answer-typo",
        ms("Belarus]\n    expl", "Belarrus]\n    expl"),
        13,
        25,
        "the answer 'Belarrus' is not one of the choices",
        "the closest choice is 'Belarus'",
    ),
    Case(
        "ms-every-choice-right",
        ms("[Oekraïne, Belarus]", "[Oekraïne, Polen, Belarus, Litouwen]"),
        13,
        14,
        "every choice of multiple_select question 'q1' is one of its answers:"
        " the question gives itself away",
        "add at least one choice that is wrong",
    ),
    Case(
        "ms-no-answers",
        ms("[Oekraïne, Belarus]", "[]"),
        13,
        14,
        "'answers' in multiple_select question 'q1' must have at least 1, found 0",
    ),
    Case(
        "ms-answer-twice",
        ms("[Oekraïne, Belarus]", "[Oekraïne, oekraïne]"),
        13,
        25,
        "duplicate entry 'oekraïne' in 'answers'",
        "same as line 13",
    ),
    Case(
        "ms-answers-text",
        ms("[Oekraïne, Belarus]", "Oekraïne, Belarus"),
        13,
        14,
        "'answers' in multiple_select question 'q1' must be a list, found text",
        "write a list in brackets, [Oekraïne, Belarus]",
    ),
    Case(
        "ms-answer-not-text",
        ms("[Oekraïne, Belarus]", "[Oekraïne, [Belarus]]"),
        13,
        25,
        "an entry of 'answers' in multiple_select question 'q1' must be text, found a list",
    ),
    Case(
        "ms-two-choices",
        ms("[Oekraïne, Polen, Belarus, Litouwen]", "[Oekraïne, Polen]").replace(
            "[Oekraïne, Belarus]", "[Oekraïne]"
        ),
        12,
        14,
        "'choices' in multiple_select question 'q1' must have 3 to 8 entries, found 2",
    ),
    Case(
        "ms-nine-choices",
        ms("Litouwen]", "Litouwen, a, b, c, d, e]"),
        12,
        14,
        "must have 3 to 8 entries, found 9",
    ),
    Case(
        "ms-choice-twice",
        ms("Litouwen]", "polen]"),
        12,
        41,
        "duplicate entry 'polen' in 'choices'",
        "same as line 12",
    ),
    Case(
        "ms-choices-text",
        ms("[Oekraïne, Polen, Belarus, Litouwen]", "Oekraïne"),
        12,
        14,
        "'choices' in multiple_select question 'q1' must be a list",
    ),
    Case(
        "ms-missing-answers",
        ms("    answers: [Oekraïne, Belarus]\n", ""),
        7,
        5,
        "missing 'answers'",
    ),
    Case(
        "ms-missing-choices",
        ms("    choices: [Oekraïne, Polen, Belarus, Litouwen]\n", ""),
        7,
        5,
        "is missing 'choices'",
    ),
    Case(
        "ms-answer-singular",
        ms("answers: [Oekraïne, Belarus]", "answer: Oekraïne"),
        13,
        5,
        "'answer' is not used in multiple_select question 'q1'",
    ),
    Case(
        "ms-accept",
        ms("    explanation:", "    accept: [Oekraine]\n    explanation:"),
        14,
        5,
        "'accept' is not used in multiple_select question 'q1'",
        "it belongs to short_answer and cloze questions",
    ),
    Case(
        "ms-type-dutch",
        ms("type: multiple_select", "type: meerdere antwoorden"),
        9,
        11,
        "'type' must be one of",
        "write 'multiple_select'",
    ),
    Case(
        "ms-type-checkboxes",
        ms("type: multiple_select", "type: Multi-select"),
        9,
        11,
        "'type' must be one of",
        "write 'multiple_select'",
    ),
    # 'answers' on other kinds: named as this kind's key
    Case(
        "answers-on-multiple-choice",
        edit(HEAD + MC, "    answer: Belarus\n", "    answers: [Belarus]\n"),
        13,
        5,
        "'answers' is not used in multiple_choice question 'q1'",
        "it belongs to multiple_select questions",
    ),
    Case(
        "answers-on-short-answer",
        edit(HEAD + SHORT, "    explanation:", "    answers: [in 1991]\n    explanation:"),
        13,
        5,
        "'answers' is not used in short_answer question 'q1'",
        "it belongs to multiple_select questions",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


def test_a_valid_question_is_read_with_its_answers(tmp_path: Path) -> None:
    result = load(tmp_path, ms("[Oekraïne, Belarus]", "[' Belarus ', Oekraïne]"))
    assert result.errors == (), [d.format() for d in result.errors]
    assert result.bank is not None
    [question] = result.bank.questions
    assert isinstance(question, MultipleSelect)
    assert question.choices == ("Oekraïne", "Polen", "Belarus", "Litouwen")
    assert question.answers == ("Belarus", "Oekraïne")  # trimmed, as written


def test_every_answer_that_is_not_a_choice_is_reported(tmp_path: Path) -> None:
    result = load(tmp_path, ms("[Oekraïne, Belarus]", "[Rusland, Belarus, Kiev]"))
    messages = [d.message for d in result.errors]
    assert messages == [
        "the answer 'Rusland' is not one of the choices",
        "the answer 'Kiev' is not one of the choices",
    ]


def test_a_singular_answer_also_says_answers_is_missing(tmp_path: Path) -> None:
    result = load(tmp_path, ms("answers: [Oekraïne, Belarus]", "answer: Oekraïne"))
    messages = [d.message for d in result.errors]
    assert "multiple_select question 'q1' is missing 'answers'" in messages


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
