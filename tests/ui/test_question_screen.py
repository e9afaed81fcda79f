"""The question screen under a learner's hands: keys that come faster than the screen draws,
small terminals, and where the article pane stands after an answer.

An answer key (or Enter) acts only on what has been on screen: pressing Enter twice on the
feedback moves on once and never answers the next question unseen; Enter twice after typing shows
the feedback and stays there.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from factories import (
    make_bank,
    make_matching,
    make_multiple_choice,
    make_short_answer,
    make_true_false,
)
from quiz_support import app_for, bundled_bank, rendered, start, typed
from textual import events
from textual.pilot import Pilot
from textual.widgets import Select

from quiz.core.session import QuizSession
from quiz.kinds.ordering import Ordering
from quiz.store.attempt import Attempt
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets.answer_choice import ChoiceList
from quiz.ui.widgets.answer_ordering import OrderList
from quiz.ui.widgets.footer import QuizFooter

SIZE = (100, 30)


# -- keys faster than the screen ---------------------------------------------------------------


def send_key(pilot: Pilot[int], key: str) -> None:
    """A key as the terminal sends it, without Pilot's wait for the app to settle and draw."""
    event = events.Key(key, "\r" if key == "enter" else key)
    event.set_sender(pilot.app)
    pilot.app.post_message(event)


async def settle(pilot: Pilot[int], done: Callable[[], bool] = lambda: True) -> None:
    """Let the app handle what it was sent (until ``done()``), without drawing the screen:
    Pilot's ``pause`` would force a refresh."""
    while not done():
        await asyncio.sleep(0)
    await pilot._wait_for_screen()


@asynccontextmanager
async def drawing_held(pilot: Pilot[int], screen: QuestionScreen) -> AsyncIterator[None]:
    """Hold back the refreshes that draw ``screen`` (Textual draws from a timer, resumed when
    something changed), as when keys arrive faster than a frame; draw once at the end."""
    timer = screen._update_timer
    timer.pause()
    resume = timer.resume
    timer.resume = lambda: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        timer.resume = resume  # type: ignore[method-assign]
        timer.resume()
        await pilot.pause()


async def test_enter_twice_on_the_feedback_does_not_answer_the_next_question_unseen() -> None:
    bank = make_bank([make_multiple_choice(), make_multiple_choice(id="tweede")])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        await pilot.press("a")
        await pilot.pause()
        assert screen.outcome is not None and screen.shown
        async with drawing_held(pilot, screen):
            send_key(pilot, "enter")  # on "Volgende vraag"
            await settle(pilot, lambda: screen.outcome is None)
            assert session.current is not None and session.current.number == 2
            assert not screen.shown
            send_key(pilot, "enter")  # question 2 is not on screen yet: not an answer
            await settle(pilot)
            assert screen.outcome is None and session.answered_current is None
        assert screen.shown
        await pilot.press("enter")  # now it is: Enter answers with the highlighted choice
        await pilot.pause()
        assert screen.outcome is not None and session.answered_current is not None


async def test_enter_twice_after_typing_shows_the_feedback() -> None:
    bank = make_bank([make_short_answer(), make_true_false()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        await pilot.press(*typed("Riga"))
        async with drawing_held(pilot, screen):
            send_key(pilot, "enter")
            await settle(pilot, lambda: screen.outcome is not None)
            send_key(pilot, "enter")  # the feedback is not on screen yet: it stays
            await settle(pilot)
            assert session.current is not None and session.current.number == 1
        assert screen.outcome is not None and screen.shown
        await pilot.press("enter")
        await pilot.pause()
        assert session.current is not None and session.current.number == 2


# -- one state change, one Footer ---------------------------------------------------------------


async def test_the_footer_is_rebuilt_once_per_answer_and_once_per_question() -> None:
    bank = make_bank([make_multiple_choice(), make_short_answer(), make_true_false()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        footer = screen.query_one(QuizFooter)
        for _ in range(2):
            before = footer.rebuilds
            await pilot.press("a" if session.current and session.current.choices else "x")
            if screen.outcome is None:
                await pilot.press("enter")
            await pilot.pause()
            assert screen.outcome is not None
            assert footer.rebuilds == before + 1  # "n Volgende", "o Open artikel" appear
            await pilot.press("n")
            await pilot.pause()
            assert footer.rebuilds == before + 2  # and go again


# -- lists that wrap -----------------------------------------------------------------------------

LONG_CHOICE = (
    "Tienduizenden Belarussen protesteren tegen de verkiezingszege van Loekasjenko en eisen"
    " nieuwe verkiezingen"
)


async def test_a_long_choice_goes_on_under_its_text_not_under_its_letter() -> None:
    question = make_multiple_choice(choices=("Eva Hartog", LONG_CHOICE), answer="Eva Hartog")
    bank = make_bank([question])
    app = app_for(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=1))
        drawn = rendered(screen.query_one(ChoiceList)).splitlines()
        row = next(i for i, line in enumerate(drawn) if "Tienduizenden" in line)
        column = drawn[row].index("Tienduizenden")
        assert drawn[row][column - 3 : column] in ("a) ", "b) ")
        # The next line goes on where the text started, under "Tienduizenden".
        assert drawn[row + 1][column - 3 : column] == "   "
        assert drawn[row + 1][column].isalpha(), drawn[row : row + 2]


async def test_a_three_item_order_needs_no_scrollbar_of_its_own_at_80x24() -> None:
    bank = bundled_bank()
    question = next(q for q in bank.questions if isinstance(q, Ordering) and len(q.items) == 3)
    app = app_for(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, [question], seed=1))
        items = screen.query_one(OrderList)
        assert not items.show_vertical_scrollbar
        assert items.virtual_size.height <= items.scrollable_content_region.height
        shown = rendered(items)
        for item in question.items:
            assert item.split()[-1] in shown, item  # every item is there to its last word


# -- matching: Tab after a pick ------------------------------------------------------------------


async def test_tab_after_choosing_a_partner_goes_to_the_next_row_not_the_one_after() -> None:
    bank = make_bank([make_matching()])
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=1))
        rows = [screen.query_one(f"#match-{row}", Select) for row in range(3)]
        assert app.focused is rows[0]
        await pilot.press("enter", "down", "enter")  # a partner for row 1
        await pilot.pause()
        assert not rows[0].is_blank()
        await pilot.press("tab")  # from row 1, as the learner sees it: row 2
        await pilot.pause()
        assert app.focused is rows[1]
        await pilot.press("tab")  # and on from there as usual
        await pilot.pause()
        assert app.focused is rows[2]
        await pilot.press("shift+tab", "shift+tab")
        await pilot.pause()
        assert app.focused is rows[0]


# -- what the terminal shows -----------------------------------------------------------------------


def screen_lines(pilot: Pilot[int]) -> list[str]:
    """The terminal's lines as drawn now (the compositor's last frame)."""
    return [strip.text for strip in pilot.app.screen._compositor.render_strips()]


async def test_the_results_footer_fits_at_80x24() -> None:
    bank = make_bank([make_true_false(), make_short_answer()])
    session = QuizSession(bank, seed=1)
    session.answer(False)  # wrong: "r Fouten opnieuw" is in the Footer too
    session.advance()
    session.answer("Parijs")
    session.advance()
    app = app_for(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(ResultsScreen(Attempt(session)))
        await pilot.pause()
        footer = screen_lines(pilot)[-1]
        for key in ("Open bron", "r Fouten opnieuw", "Bibliotheek", "q Stoppen", "F1 Help"):
            assert key in footer, footer
        assert footer.rstrip().endswith("^p Opdrachten"), footer
