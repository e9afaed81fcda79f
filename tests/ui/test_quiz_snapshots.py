"""How the question, feedback and results screens look at 80×24 and 100×30 (SVG snapshots).

Built from the small in-code bank of the test factories with fixed seeds, so the pictures change
only when the UI does. Update with ``pytest --snapshot-update`` and look at the SVGs in
``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from factories import (
    evidence,
    make_bank,
    make_matching,
    make_multiple_choice,
    make_multiple_select,
    make_ordering,
    make_short_answer,
    make_true_false,
)
from quiz_support import app_for, right_response, typed
from textual.pilot import Pilot

from quiz.core.model import Bank, Question
from quiz.core.session import QuizSession
from quiz.store.attempt import Attempt
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen

SnapCompare = Callable[..., bool]
SIZES = [(80, 24), (100, 30)]
SIZE_IDS = [f"{w}x{h}" for w, h in SIZES]
RunBefore = Callable[[Pilot[int]], Awaitable[None]]


def quiz(
    questions: list[Question], *keys: str
) -> tuple[Bank, Callable[[Pilot[int]], Awaitable[None]]]:
    """A bank of ``questions`` and a ``run_before`` that starts its quiz and presses ``keys``."""
    bank = make_bank(questions)

    async def run_before(pilot: Pilot[int]) -> None:
        await pilot.app.push_screen(QuestionScreen(Attempt(QuizSession(bank, seed=1))))
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()

    return bank, run_before


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_question(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    bank, run_before = quiz([make_multiple_choice(), make_true_false()])
    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_feedback_almost(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    """A typo accepted: ≈ Bijna goed, the right spelling, the evidence highlighted."""
    bank, run_before = quiz([make_short_answer(), make_true_false()], *typed("Rgia"), "enter")
    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=size)


def test_feedback_wrong_choice(snap_compare: SnapCompare) -> None:
    bank, run_before = quiz([make_multiple_choice(), make_true_false()], "a")
    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=(100, 30))


def test_feedback_wrong_choice_at_80x24(snap_compare: SnapCompare) -> None:
    """Compact feedback: the prompt, the list with the pick and the right choice marked, and
    the verdict all in view; one-line buttons."""
    bank, run_before = quiz([make_multiple_choice(), make_true_false()], "a")
    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=(80, 24))


def test_ordering(snap_compare: SnapCompare) -> None:
    bank, run_before = quiz([make_ordering()], "down", "u")
    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=(100, 30))


def test_matching_list_open(snap_compare: SnapCompare) -> None:
    bank, run_before = quiz([make_matching()], "enter", "down")
    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=(100, 30))


def three_cities() -> Question:
    """A multiple select question with three right answers among five choices."""
    return make_multiple_select(
        prompt="In welke steden woonde of werkte Hartog? Kies alle juiste antwoorden.",
        evidence=(
            evidence("Hartog woonde ruim acht jaar in Moskou."),
            evidence("Eerst vertrok ze naar Tbilisi, daarna naar Riga."),
        ),
        explanation="Moskou, dan Tbilisi en Riga; in Kyiv werkt haar collega De Vries.",
        choices=("Moskou", "Tbilisi", "Kyiv", "Riga", "Minsk"),
        answers=("Moskou", "Tbilisi", "Riga"),
    )


def test_multiple_select_question_at_80x24(snap_compare: SnapCompare) -> None:
    """The checkboxes, the hint naming keys and mouse, the confirm button: all above the fold."""
    bank, run_before = quiz([three_cities(), make_true_false()])
    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=(80, 24))


def test_multiple_select_feedback_at_80x24(snap_compare: SnapCompare) -> None:
    """Two right ticks and a wrong one: ◐ Deels goed; the list marks ✓ Goed, ✗ Fout and the
    missed right answer ✗ Gemist, the boxes still show what was ticked."""
    bank = make_bank([three_cities(), make_true_false()])

    async def run_before(pilot: Pilot[int]) -> None:
        session = QuizSession(bank, seed=1)
        await pilot.app.push_screen(QuestionScreen(Attempt(session)))
        await pilot.pause()
        presented = session.current
        assert presented is not None
        right = right_response(presented)
        assert isinstance(right, tuple)
        wrong = [i for i in range(len(presented.choices)) if i not in right]
        await pilot.press(*("abcde"[i] for i in (*right[:2], wrong[0]) if i is not None), "enter")
        await pilot.pause()

    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_results(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    bank = make_bank(
        [make_multiple_choice(), make_true_false(), make_short_answer(), make_ordering()]
    )

    async def run_before(pilot: Pilot[int]) -> None:
        session = QuizSession(bank, seed=1)
        while (presented := session.current) is not None:
            right = right_response(presented)
            # Wrong on the true/false and the short answer, right on the rest.
            wrong = {"wat-censuurwet": False, "waar-nu": "Parijs"}
            session.answer(wrong.get(presented.question.id, right))
            session.advance()
        await pilot.app.push_screen(ResultsScreen(Attempt(session)))
        await pilot.pause()

    assert snap_compare(app_for(bank), run_before=run_before, terminal_size=size)
