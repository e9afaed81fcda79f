"""What the learner sees right after answering: the choice list marks the right answer too, and on
a small terminal the question and the verdict are in view together, the rest a scroll away."""

from __future__ import annotations

import pytest
from factories import make_bank, make_multiple_choice, make_ordering, make_true_false
from quiz_support import app_for, bundled_bank, in_view, rendered, start
from textual.containers import VerticalScroll
from textual.widgets import Button

from quiz.core.model import Bank
from quiz.core.session import QuizSession
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.widgets.answer_choice import ChoiceList
from quiz.ui.widgets.feedback import FeedbackPanel


def prompts(screen: QuestionScreen) -> list[str]:
    choices = screen.query_one(ChoiceList)
    return [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]


# -- the right choice is marked ----------------------------------------------------------------


async def test_a_wrong_pick_is_marked_and_so_is_the_right_choice() -> None:
    question = make_multiple_choice()
    bank = make_bank([question])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, session)
        presented = session.current
        assert presented is not None
        right = presented.choices.index(question.answer)
        wrong = (right + 1) % len(presented.choices)
        await pilot.press("abcd"[wrong])
        await pilot.pause()
        shown = prompts(screen)
        assert shown[wrong] == f"{'abcd'[wrong]}) ✗ Fout — {presented.choices[wrong]}"
        assert shown[right] == f"{'abcd'[right]}) ✓ juiste antwoord — {question.answer}"
        others = set(range(len(shown))) - {right, wrong}
        assert all("✓" not in shown[i] and "✗" not in shown[i] for i in others)


async def test_a_right_pick_is_only_marked_good() -> None:
    bank = make_bank([make_true_false()])  # juist is right
    app = app_for(bank)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=1))
        await pilot.press("j")
        await pilot.pause()
        assert prompts(screen) == ["j) ✓ Goed — juist", "o) onjuist"]


async def test_a_wrong_true_false_marks_the_right_one() -> None:
    bank = make_bank([make_true_false()])
    app = app_for(bank)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=1))
        await pilot.press("o")
        await pilot.pause()
        assert prompts(screen) == ["j) ✓ juiste antwoord — juist", "o) ✗ Fout — onjuist"]


# -- 80×24: the prompt and the verdict together ------------------------------------------------


def long_choice_bank() -> tuple[Bank, int, list[str]]:
    """The bundled bank as ``quiz take belarus-spagaat --seed 86 --shuffle`` asks it: the first
    question (wat-spagaat) has four choices, each two lines long at 80 columns; answered
    wrongly with a, so the feedback also names the right answer."""
    return bundled_bank(), 86, ["a"]


def small_bank(kind: str) -> tuple[Bank, int, list[str]]:
    if kind == "choice":
        return make_bank([make_multiple_choice(), make_true_false()]), 1, ["a"]
    return make_bank([make_ordering(), make_true_false()]), 1, ["enter"]


@pytest.mark.parametrize("case", ["bundled", "choice", "ordering"])
async def test_at_80x24_the_prompt_and_verdict_are_in_view_and_the_rest_scrolls(
    case: str,
) -> None:
    bank, seed, keys = long_choice_bank() if case == "bundled" else small_bank(case)
    session = QuizSession(bank, seed=seed, shuffle=case == "bundled")
    app = app_for(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(app, pilot, session)
        await pilot.press(*keys)
        await pilot.pause()
        await pilot.pause()
        assert screen.outcome is not None
        pane = screen.query_one("#question-pane", VerticalScroll)
        assert in_view(pane, screen.query_one("#feedback-verdict"))
        if case == "bundled":
            # Four two-line choices: prompt, marked choices and verdict cannot all fit in the
            # pane at 80×24. The verdict wins, and the line under the pane says what is below.
            more = screen.query_one("#more-below")
            assert more.display and "uitleg" in rendered(more)
        else:
            assert in_view(pane, screen.query_one("#prompt"))
        # Compact: one-line buttons, still focused, so Enter moves on and ↓ scrolls the pane.
        feedback = screen.query_one(FeedbackPanel)
        assert feedback.compact
        assert all(button.outer_size.height == 1 for button in feedback.query(Button))
        assert app.focused is feedback.query_one("#next")
        await pilot.press(*["down"] * 20)
        await pilot.pause()
        explanation = screen.query_one("#feedback-explanation")
        assert in_view(pane, explanation)
        assert session.current is not None
        assert " ".join(session.current.question.explanation.split()[:3]) in rendered(explanation)


async def test_with_room_the_feedback_keeps_its_full_buttons() -> None:
    bank, seed, keys = small_bank("choice")
    app = app_for(bank)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=seed))
        await pilot.press(*keys)
        await pilot.pause()
        feedback = screen.query_one(FeedbackPanel)
        assert not feedback.compact
        assert all(button.outer_size.height == 3 for button in feedback.query(Button))
        pane = screen.query_one("#question-pane", VerticalScroll)
        assert in_view(pane, screen.query_one("#prompt"))
        assert in_view(pane, screen.query_one("#feedback-verdict"))
