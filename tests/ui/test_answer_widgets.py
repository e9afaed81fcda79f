"""Each answer widget by keyboard and by mouse: choices, juist/onjuist, typing, order, pairs.

The widgets only build a response and post it; these tests check that every way of answering
reaches the session with the response a learner meant, and that nothing else does (an empty
input, a pairing with rows still open).
"""

from __future__ import annotations

from factories import (
    make_bank,
    make_matching,
    make_multiple_choice,
    make_ordering,
    make_short_answer,
    make_true_false,
)
from quiz_support import app_for, feedback_text, right_response, start
from textual.widgets import Input, Select

from quiz.core.judging import Verdict
from quiz.core.session import QuizSession
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets.answer_choice import ChoiceList
from quiz.ui.widgets.answer_matching import MatchingAnswer
from quiz.ui.widgets.answer_ordering import OrderingAnswer, OrderList

SIZE = (100, 30)


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
