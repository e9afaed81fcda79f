"""QuizSession: selection, seeded shuffling, the answer/advance state machine, score and retry."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from factories import (
    every_question_type,
    make_bank,
    make_choice_cloze,
    make_multiple_choice,
    make_ordering,
    make_short_answer,
    make_true_false,
)

from quiz.core.model import Category
from quiz.core.session import (
    CategoryScore,
    PresentedQuestion,
    QuizOptions,
    QuizSession,
    Response,
)
from quiz.core.verdicts import Verdict
from quiz.errors import EmptySelectionError, QuizError
from quiz.kinds.cloze import Cloze
from quiz.kinds.matching import Matching
from quiz.kinds.multiple_choice import MultipleChoice
from quiz.kinds.ordering import Ordering
from quiz.kinds.short_answer import ShortAnswer
from quiz.kinds.true_false import TrueFalse

BANK = make_bank()
IDS = [q.id for q in BANK.questions]


def right(p: PresentedQuestion) -> Response:
    """The fully right response to ``p`` as shown."""
    q = p.question
    match q:
        case MultipleChoice() | Cloze() if p.choices:
            return p.choices.index(q.answer)
        case TrueFalse():
            return q.answer
        case ShortAnswer() | Cloze():
            return q.answer
        case Ordering():
            return tuple(p.items.index(item) for item in q.items)
        case Matching():
            return tuple(p.rights.index(r) for _, r in q.pairs)
    raise AssertionError(q)


def wrong(p: PresentedQuestion) -> Response:
    """A response to ``p`` that earns no credit at all."""
    q = p.question
    match q:
        case MultipleChoice() | Cloze() if p.choices:
            return next(i for i, c in enumerate(p.choices) if c != q.answer)
        case TrueFalse():
            return not q.answer
        case ShortAnswer() | Cloze():
            return "helemaal fout"
        case Ordering():
            return tuple(p.items.index(item) for item in reversed(q.items))
        case Matching():
            return (None,) * len(p.lefts)
    raise AssertionError(q)


def partly(p: PresentedQuestion) -> Response:
    """Ordering: the first two items swapped; matching: only the first left paired (right)."""
    q = p.question
    if isinstance(q, Ordering):
        order = [p.items.index(item) for item in q.items]
        order[0], order[1] = order[1], order[0]
        return tuple(order)
    assert isinstance(q, Matching)
    return (p.rights.index(q.pairs[0][1]),) + (None,) * (len(p.lefts) - 1)


def run(session: QuizSession, plan: Sequence[str]) -> list[Verdict]:
    """Answer each question with ``right``/``wrong``/``partly`` per ``plan``, advancing after."""
    answers = {"right": right, "wrong": wrong, "partly": partly}
    verdicts = []
    for step in plan:
        p = session.current
        assert p is not None
        verdicts.append(session.answer(answers[step](p)).verdict)
        session.advance()
    return verdicts


def order_of(session: QuizSession) -> list[str]:
    return [p.question.id for p in session.presented]


# --- selection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("categories", "limit", "expected"),
    [
        (None, None, IDS),
        ([Category.WIE], None, ["wie-correspondent"]),
        (
            {Category.WAAR, Category.WANNEER},
            None,
            [i for i in IDS if i[:4] in ("waar", "wann")],
        ),
        (None, 3, IDS[:3]),
        ([Category.WAAR, Category.WANNEER], 2, ["waar-nu", "wanneer-vertrek"]),
        (list(Category), 100, IDS),
    ],
)
def test_selection_without_shuffle_keeps_bank_order(
    categories: list[Category] | None, limit: int | None, expected: list[str]
) -> None:
    session = QuizSession(BANK, categories=categories, limit=limit)
    assert order_of(session) == expected
    assert session.total == len(expected)
    assert [p.number for p in session.presented] == list(range(1, len(expected) + 1))
    assert all(p.total == len(expected) for p in session.presented)


def test_explicit_question_list_is_used_and_filtered() -> None:
    chosen = [BANK.questions[5], BANK.questions[0], BANK.questions[2]]
    assert order_of(QuizSession(BANK, chosen)) == [q.id for q in chosen]
    only_waar = QuizSession(BANK, chosen, categories=[Category.WAAR])
    assert order_of(only_waar) == ["waar-nu"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"categories": []}, "no questions in the chosen categories: \\(none\\)"),
        ({"categories": [Category.WOORDENSCHAT], "questions": [make_true_false()]}, "woordenschat"),
        ({"questions": []}, "has no questions to ask"),
        ({"options": QuizOptions(categories=())}, "no questions in the chosen categories"),
    ],
)
def test_empty_selection_is_an_empty_selection_error(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(EmptySelectionError, match=message) as raised:
        QuizSession(BANK, **kwargs)  # type: ignore[arg-type]
    assert isinstance(raised.value, QuizError)  # shown to the learner as it is
    assert not isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    "make",
    [
        lambda: QuizSession(BANK, limit=0),
        lambda: QuizSession(BANK, limit=-2),
        lambda: QuizOptions(limit=0),
    ],
)
def test_a_limit_below_one_is_a_value_error(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError, match="limit must be at least 1"):
        make()


def test_options_are_one_value_passed_whole() -> None:
    options = QuizOptions(categories=(Category.WAAR, Category.WIE), limit=3, shuffle=True, seed=4)
    assert options.categories == (Category.WIE, Category.WAAR)  # always in Category order
    session = QuizSession(BANK, options=options)
    assert session.options == options and session.seed == 4
    by_hand = QuizSession(
        BANK, categories=[Category.WAAR, Category.WIE], limit=3, shuffle=True, seed=4
    )
    assert session.presented == by_hand.presented
    unseeded = QuizSession(BANK, options=QuizOptions(shuffle=True))
    assert unseeded.options == QuizOptions(shuffle=True, seed=unseeded.seed)
    with pytest.raises(TypeError, match="not both"):
        QuizSession(BANK, options=options, limit=2)


# --- shuffling ---------------------------------------------------------------------------------


def test_same_seed_gives_the_same_session() -> None:
    for seed in range(20):
        one = QuizSession(BANK, shuffle=True, seed=seed)
        two = QuizSession(BANK, shuffle=True, seed=seed)
        assert one.presented == two.presented
        assert one.seed == seed


def test_different_seeds_give_different_orders() -> None:
    orders = {tuple(order_of(QuizSession(BANK, shuffle=True, seed=s))) for s in range(20)}
    assert len(orders) > 10


def test_without_a_seed_a_fresh_one_is_kept_and_repeats_the_session() -> None:
    session = QuizSession(BANK, shuffle=True)
    assert isinstance(session.seed, int)
    assert session.options == QuizOptions(None, None, True, session.seed)
    again = QuizSession(BANK, shuffle=True, seed=session.options.seed)
    assert again.presented == session.presented
    assert len({QuizSession(BANK, shuffle=True).seed for _ in range(10)}) > 1


def test_limit_cuts_the_shuffled_order() -> None:
    full = order_of(QuizSession(BANK, shuffle=True, seed=7))
    assert order_of(QuizSession(BANK, shuffle=True, seed=7, limit=3)) == full[:3]


@pytest.mark.parametrize("shuffle", [False, True])
def test_choices_are_always_shuffled_and_the_seed_repeats_them(shuffle: bool) -> None:
    """Authors tend to write the right choice first; the bank's order must not leak."""
    mc, cloze = make_multiple_choice(), make_choice_cloze()
    bank = make_bank([mc, cloze])
    sessions = [QuizSession(bank, shuffle=shuffle, seed=s) for s in range(30)]
    for session in sessions:
        for p in session.presented:
            assert sorted(p.choices) == sorted(p.question.choices)  # type: ignore[attr-defined]
    assert any(p.choices != p.question.choices for s in sessions for p in s.presented)  # type: ignore[attr-defined]
    again = QuizSession(bank, shuffle=shuffle, seed=3)
    assert [p.choices for p in again.presented] == [p.choices for p in sessions[3].presented]


@pytest.mark.parametrize("shuffle", [False, True])
def test_ordering_and_matching_are_never_shown_in_answer_order(shuffle: bool) -> None:
    ordering = make_ordering(items=("een", "twee"))  # only one other order exists
    bank = make_bank([ordering, *every_question_type()[5:]])
    for seed in range(50):
        for p in QuizSession(bank, shuffle=shuffle, seed=seed).presented:
            q = p.question
            if isinstance(q, Ordering):
                assert sorted(p.items) == sorted(q.items)
                assert p.items != q.items
            if isinstance(q, Matching):
                assert p.lefts == tuple(left for left, _ in q.pairs)
                assert sorted(p.rights) == sorted(r for _, r in q.pairs)
                assert p.rights != tuple(r for _, r in q.pairs)


def test_presented_kinds_and_true_false_choices() -> None:
    session = QuizSession(BANK)
    assert [p.kind for p in session.presented] == [
        "multiple_choice",
        "true_false",
        "short_answer",
        "cloze",
        "cloze",
        "ordering",
        "matching",
    ]
    assert session.presented[1].choices == ("juist", "onjuist")
    assert session.presented[3].choices == ()  # typed cloze


# --- state machine -----------------------------------------------------------------------------


def test_answer_then_advance_walks_through_every_question() -> None:
    session = QuizSession(BANK)
    assert not session.started and not session.finished
    seen: list[str] = []
    while (p := session.current) is not None:
        assert session.answered_current is None
        outcome = session.answer(right(p))
        assert session.answered_current is outcome
        assert session.current is p  # feedback state: still the same question
        assert session.started
        seen.append(p.question.id)
        following = session.advance()
        assert following is session.current
    assert seen == IDS
    assert session.finished and session.current is None and session.answered_current is None


def test_state_machine_errors() -> None:
    session = QuizSession(make_bank([make_true_false()]))
    with pytest.raises(RuntimeError, match="answer question 1 before moving on"):
        session.advance()
    session.answer(True)
    with pytest.raises(RuntimeError, match="already answered; call advance"):
        session.answer(True)
    assert session.advance() is None
    with pytest.raises(RuntimeError, match="the quiz is finished"):
        session.answer(True)
    with pytest.raises(RuntimeError, match="the quiz is finished"):
        session.advance()


def test_a_malformed_response_changes_nothing() -> None:
    session = QuizSession(make_bank([make_multiple_choice()]))
    with pytest.raises(ValueError, match="choice index"):
        session.answer("Eva Hartog")
    assert not session.started and session.answered_current is None
    current = session.current
    assert current is not None
    right = current.choices.index("Eva Hartog")
    assert session.answer(right).verdict is Verdict.CORRECT


# --- points and streaks ------------------------------------------------------------------------

INDEX_SCORED = make_bank(
    [
        make_multiple_choice(id="q1"),
        make_true_false(id="q2"),
        make_choice_cloze(id="q3"),
        make_ordering(id="q4"),  # 2 points
        make_multiple_choice(id="q5", points=3),
        make_true_false(id="q6"),
    ]
)


@pytest.mark.parametrize(
    ("plan", "streaks", "best", "earned", "mistakes"),
    [
        (["right"] * 6, [1, 2, 3, 4, 5, 6], 6, 9.0, []),
        (["wrong"] * 6, [0] * 6, 0, 0.0, ["q1", "q2", "q3", "q4", "q5", "q6"]),
        (
            ["right", "right", "wrong", "right", "right", "right"],
            [1, 2, 0, 1, 2, 3],
            3,
            8.0,
            ["q3"],
        ),
        (
            ["right", "right", "right", "partly", "right", "wrong"],
            [1, 2, 3, 0, 1, 0],
            3,
            3 + 2 * 5 / 6 + 3,
            ["q4", "q6"],
        ),
    ],
)
def test_points_streak_and_mistakes(
    plan: list[str], streaks: list[int], best: int, earned: float, mistakes: list[str]
) -> None:
    session = QuizSession(INDEX_SCORED)
    run(session, plan)
    assert [o.streak for o in session.outcomes] == streaks
    assert session.streak == streaks[-1]
    assert session.best_streak == best
    assert session.points_earned == pytest.approx(earned)
    assert session.points_possible_so_far == session.points_possible == 9
    results = session.results()
    assert results.best_streak == best
    assert results.points_earned == pytest.approx(earned)
    assert results.points_possible == 9
    assert [o.presented.question.id for o in results.mistakes] == mistakes
    assert results.outcomes == session.outcomes


def test_partial_credit_is_scaled_by_points() -> None:
    session = QuizSession(make_bank([make_ordering(points=2)]))
    (verdict,) = run(session, ["partly"])
    outcome = session.outcomes[0]
    assert verdict is Verdict.PARTIAL
    assert outcome.credit == pytest.approx(5 / 6)
    assert outcome.points_earned == pytest.approx(5 / 3)
    assert outcome.points_possible == 2
    assert session.results().percent == pytest.approx(100 * 5 / 6)


def test_points_so_far_count_only_answered_questions() -> None:
    session = QuizSession(INDEX_SCORED)
    run(session, ["right", "wrong"])
    assert session.points_earned == 1.0
    assert session.points_possible_so_far == 2
    assert session.results().points_possible == 2


def test_results_by_category_in_category_order() -> None:
    session = QuizSession(BANK, shuffle=True, seed=3)
    for p in session.presented:
        if p.kind == "true_false":
            session.answer(not p.question.answer)  # type: ignore[attr-defined]
        elif p.kind == "ordering":
            session.answer(partly(p))
        else:
            session.answer(right(p) if p.kind != "short_answer" else "Riga")
        session.advance()
    assert session.results().by_category == (
        CategoryScore(Category.WIE, 1, 1.0, 1),
        CategoryScore(Category.WANNEER, 2, pytest.approx(1 + 5 / 3), 3),  # type: ignore[arg-type]
        CategoryScore(Category.WAAR, 2, 2.0, 2),
        CategoryScore(Category.WAT, 1, 0.0, 1),
        CategoryScore(Category.WOORDENSCHAT, 1, 1.0, 1),
    )
    assert [c.percent for c in session.results().by_category][3] == 0.0


# --- retry -------------------------------------------------------------------------------------


def test_retry_mistakes_asks_the_wrong_and_partial_questions_again() -> None:
    session = QuizSession(INDEX_SCORED, categories=list(Category), limit=6, shuffle=False, seed=5)
    run(session, ["right", "wrong", "right", "partly", "right", "wrong"])
    retry = session.retry_mistakes()
    assert order_of(retry) == ["q2", "q4", "q6"]
    assert retry.options == session.options
    assert retry.bank is session.bank
    assert not retry.started
    run(retry, ["right", "right", "wrong"])
    assert order_of(retry.retry_mistakes()) == ["q6"]


def test_retry_keeps_shuffling_and_seed() -> None:
    session = QuizSession(INDEX_SCORED, shuffle=True, seed=11)
    run(session, ["wrong"] * 6)
    retry = session.retry_mistakes()
    assert retry.options.shuffle and retry.seed == 11
    assert sorted(order_of(retry)) == sorted(order_of(session))
    assert retry.presented == session.retry_mistakes().presented


def test_retry_without_mistakes_is_a_value_error() -> None:
    session = QuizSession(INDEX_SCORED)
    run(session, ["right"] * 6)
    with pytest.raises(ValueError, match="no mistakes"):
        session.retry_mistakes()


def test_short_answer_almost_keeps_the_streak() -> None:
    session = QuizSession(
        make_bank([make_short_answer(answer="Loekasjenko", accept=()), make_true_false()])
    )
    outcome = session.answer("Loekasjenco")
    assert outcome.verdict is Verdict.ALMOST
    assert outcome.correction == "Loekasjenko"
    assert outcome.points_earned == 1.0
    assert outcome.streak == 1
    session.advance()
    assert session.answer(True).streak == 2
    # Full points, but the slip is practised: it is listed, and a retry asks it again.
    assert [o.verdict for o in session.results().mistakes] == [Verdict.ALMOST]
    assert [q.id for q in session.retry_mistakes().questions] == [outcome.presented.question.id]
