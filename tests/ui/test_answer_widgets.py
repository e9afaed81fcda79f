"""Each answer widget by keyboard and by mouse: choices, ticks, juist/onjuist, typing, order, pairs.

The widgets only build a response and post it; these tests check that every way of answering
reaches the session with the response a learner meant, and that nothing else does (an empty
input, a pairing with rows still open).
"""

from __future__ import annotations

from factories import (
    make_bank,
    make_matching,
    make_multiple_choice,
    make_multiple_select,
    make_ordering,
    make_short_answer,
    make_true_false,
)
from quiz_support import app_for, feedback_text, footer_keys, right_response, start
from textual.widgets import Input, Select

from quiz.core.session import PresentedQuestion, QuizSession
from quiz.core.verdicts import Verdict
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets.answer_choice import ChoiceList
from quiz.ui.widgets.answer_matching import MatchingAnswer
from quiz.ui.widgets.answer_multiple_select import CheckList, MultipleSelectAnswer
from quiz.ui.widgets.answer_ordering import OrderingAnswer, OrderList

SIZE = (100, 30)


def check_lines(screen: QuestionScreen) -> list[str]:
    """The lines of the checkbox list as they read now: box, letter, any mark, choice."""
    checks = screen.query_one(CheckList)
    return [str(checks.get_option_at_index(i).prompt) for i in range(checks.option_count)]


def ticks(presented: PresentedQuestion) -> tuple[list[int], list[int]]:
    """The right and the wrong choices of a multiple select question, as shown."""
    right = right_response(presented)
    assert isinstance(right, tuple)
    wrong = [i for i in range(len(presented.choices)) if i not in right]
    return [i for i in right if i is not None], wrong


# -- keyboard ----------------------------------------------------------------------------------


async def test_true_false_takes_j_and_o() -> None:
    bank = make_bank([make_true_false(), make_true_false(id="ander", answer=False)])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        await pilot.press("o")  # onjuist, but it is juist
        await pilot.pause()
        assert "✗ Fout" in feedback_text(screen)
        assert "Juiste antwoord: juist" in feedback_text(screen)
        await pilot.press("n", "o")  # this time onjuist is right
        await pilot.pause()
        assert "✓ Goed" in feedback_text(screen)


async def test_multiple_select_by_letters_and_enter() -> None:
    """Letters tick and untick from anywhere; Enter gives the ticks; every choice is marked."""
    bank = make_bank([make_multiple_select(), make_multiple_select(id="nog-eens")])
    session = QuizSession(bank, seed=3)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        presented = session.current
        assert presented is not None
        (first, second), wrong = ticks(presented)
        letter = "abcd"
        assert screen.query_one(MultipleSelectAnswer).hint() == (
            "Kies alle juiste antwoorden: a–d, 1–4, spatie of klik; Enter of Bevestigen."
        )
        await pilot.press(letter[first], letter[wrong[0]], str(second + 1))
        await pilot.pause()
        assert screen.query_one(MultipleSelectAnswer).response() == tuple(
            sorted((first, second, wrong[0]))
        )
        await pilot.press(letter[wrong[0]], "g", "h", "8", "j")  # untick; the rest tick nothing
        await pilot.pause()
        assert screen.query_one(MultipleSelectAnswer).response() == tuple(sorted((first, second)))
        assert not session.started
        await pilot.press("enter")
        await pilot.pause()
        assert screen.outcome is not None
        assert screen.outcome.verdict is Verdict.CORRECT
        assert screen.outcome.response == tuple(sorted((first, second)))
        lines = check_lines(screen)
        choices = presented.choices
        for index in (first, second):
            assert lines[index] == f"[x] {letter[index]}) ✓ Goed — {choices[index]}"
        for index in wrong:
            assert lines[index] == f"[ ] {letter[index]}) {choices[index]}"
        assert "✓ Goed" in feedback_text(screen)
        await pilot.press(letter[wrong[0]])  # answered: letters no longer tick
        await pilot.pause()
        assert check_lines(screen) == lines
        await pilot.press("n")  # and n still means "next"
        await pilot.pause()
        presented = session.current
        assert presented is not None and presented.question.id == "nog-eens"
        (first, second), wrong = ticks(presented)
        await pilot.press(letter[second], "enter")  # one of the two right answers: half
        await pilot.pause()
        assert screen.outcome is not None
        assert screen.outcome.verdict is Verdict.PARTIAL and screen.outcome.credit == 0.5
        lines = check_lines(screen)
        assert lines[second] == f"[x] {letter[second]}) ✓ Goed — {presented.choices[second]}"
        assert lines[first] == f"[ ] {letter[first]}) ✗ Gemist — {presented.choices[first]}"
        shown = feedback_text(screen)
        assert "◐ Deels goed" in shown
        assert f"Jouw antwoord: {letter[second]}) {presented.choices[second]}" in shown
        right = "; ".join(presented.choices[i] for i in sorted((first, second)))
        assert f"Juiste antwoorden: {right}" in shown


async def test_multiple_select_by_space_and_arrows() -> None:
    bank = make_bank([make_multiple_select()])
    session = QuizSession(bank, seed=5)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        checks = screen.query_one(CheckList)
        assert app.focused is checks and checks.highlighted == 0
        keys = footer_keys(screen)
        assert keys.get("space") == "Aankruisen" and keys.get("enter") == "Antwoord"
        presented = session.current
        assert presented is not None
        (first, second), wrong = ticks(presented)
        picks = sorted((first, wrong[0]))
        cursor = 0
        for index in picks:
            await pilot.press(*["down"] * (index - cursor), "space")
            cursor = index
        await pilot.pause()
        assert checks.highlighted == picks[-1]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.outcome is not None
        assert screen.outcome.verdict is Verdict.WRONG  # one right, one wrong: nothing
        assert screen.outcome.response == tuple(picks)
        lines = check_lines(screen)
        letter = "abcd"
        choices = presented.choices
        assert lines[first] == f"[x] {letter[first]}) ✓ Goed — {choices[first]}"
        assert lines[wrong[0]] == f"[x] {letter[wrong[0]]}) ✗ Fout — {choices[wrong[0]]}"
        assert lines[second] == f"[ ] {letter[second]}) ✗ Gemist — {choices[second]}"
        assert lines[wrong[1]] == f"[ ] {letter[wrong[1]]}) {choices[wrong[1]]}"
        assert "✗ Fout" in feedback_text(screen)
        assert not screen.query_one("#confirm-ticks").display


async def test_multiple_select_with_nothing_ticked_is_a_notice_not_an_answer() -> None:
    bank = make_bank([make_multiple_select()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await start(app, pilot, session)
        await pilot.press("a", "a", "enter")  # ticked and unticked again: nothing
        await pilot.pause()
        assert not session.started and screen.outcome is None
        await pilot.pause()  # the toast is mounted after the notification
        toasts = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert any("Kruis eerst een of meer antwoorden aan" in text for text in toasts), toasts


async def test_a_partly_right_order_is_partial_with_the_right_order_listed() -> None:
    bank = make_bank([make_ordering()])
    session = QuizSession(bank, seed=5)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        await pilot.press("enter")  # the shuffled order as it is: never fully right
        await pilot.pause()
        outcome = screen.outcome
        assert outcome is not None
        shown = feedback_text(screen)
        if outcome.verdict is Verdict.PARTIAL:
            assert "◐ Deels goed" in shown
        assert "Juiste volgorde:" in shown
        assert "1. Wonen in Moskou" in shown


async def test_an_empty_answer_is_a_gentle_notice_not_an_answer() -> None:
    bank = make_bank([make_short_answer()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await start(app, pilot, session)
        assert app.focused is screen.query_one(Input)
        await pilot.press("space", "enter")
        await pilot.pause()
        assert not session.started and screen.outcome is None
        await pilot.pause()  # the toast is mounted after the notification
        toasts = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert any("Typ eerst een antwoord" in text for text in toasts), toasts


async def test_matching_gives_a_partner_to_one_row_at_a_time() -> None:
    bank = make_bank([make_matching()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        answer = screen.query_one(MatchingAnswer)
        first, second = answer.selects[:2]
        first.value = 0
        await pilot.pause()
        second.value = 0  # the same partner: it leaves the first row
        await pilot.pause()
        assert first.is_blank() and second.value == 0
        await pilot.click("#confirm-pairs")  # rows still open: not an answer yet
        await pilot.pause()
        assert not session.started


# -- mouse -------------------------------------------------------------------------------------


async def test_choice_answered_by_click() -> None:
    question = make_multiple_choice()
    bank = make_bank([question])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        presented = session.current
        assert presented is not None
        index = presented.choices.index(question.answer)
        await pilot.click(ChoiceList, offset=(5, 1 + index))  # below the list's top border
        await pilot.pause()
        assert screen.outcome is not None
        assert screen.outcome.verdict is Verdict.CORRECT
        await pilot.click("#next")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_multiple_select_by_clicks_and_the_confirm_button() -> None:
    bank = make_bank([make_multiple_select()])
    session = QuizSession(bank, seed=2)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        presented = session.current
        assert presented is not None
        (first, second), wrong = ticks(presented)
        for index in (first, wrong[0], wrong[0], second):  # the wrong one on and off again
            await pilot.click(CheckList, offset=(5, 1 + index))  # below the list's top border
            await pilot.pause()
        assert screen.query_one(MultipleSelectAnswer).response() == tuple(sorted((first, second)))
        assert not session.started  # a click only ticks
        await pilot.click("#confirm-ticks")
        await pilot.pause()
        assert screen.outcome is not None
        assert screen.outcome.verdict is Verdict.CORRECT
        assert screen.outcome.response == right_response(presented)
        lines = check_lines(screen)
        assert [line[:3] for line in lines] == [
            "[x]" if i in (first, second) else "[ ]" for i in range(4)
        ]
        assert all("✓ Goed" in lines[i] for i in (first, second))
        await pilot.click("#next")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_ordering_by_click_and_the_arrow_buttons() -> None:
    question = make_ordering()
    bank = make_bank([question])
    session = QuizSession(bank, seed=11)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        widget = screen.query_one(OrderingAnswer)
        items = screen.query_one(OrderList)
        presented = session.current
        assert presented is not None
        for place, wanted in enumerate(question.items):
            at = [presented.items[i] for i in widget.order].index(wanted)
            await pilot.click(OrderList, offset=(5, 1 + at))  # pick it
            await pilot.pause()
            assert items.highlighted == at
            for _ in range(at - place):
                await pilot.click("#move-up")
                await pilot.pause()
        assert app.focused is items  # the buttons never take the keyboard away
        await pilot.click("#confirm-order")
        await pilot.pause()
        assert screen.outcome is not None
        assert screen.outcome.verdict is Verdict.CORRECT
        assert screen.outcome.response == right_response(presented)


async def test_matching_by_mouse() -> None:
    question = make_matching()
    bank = make_bank([question])
    session = QuizSession(bank, seed=4)
    app = app_for(bank)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start(app, pilot, session)
        presented = session.current
        assert presented is not None
        for row, (_, right) in enumerate(question.pairs):
            await pilot.click(f"#match-{row}")
            await pilot.pause()
            select = screen.query_one(f"#match-{row}", Select)
            overlay = select.query_one("SelectOverlay")
            # Inside the list's frame the first line is the empty prompt; the partners follow.
            await pilot.click(overlay, offset=(3, 1 + 1 + presented.rights.index(right)))
            await pilot.pause()
            assert select.value == presented.rights.index(right)
        await pilot.click("#confirm-pairs")
        await pilot.pause()
        assert screen.outcome is not None
        assert screen.outcome.verdict is Verdict.CORRECT
