"""The question screen under a learner's hands: keys that come faster than the screen draws,
small terminals, and where the article pane stands after an answer.

An answer key (or Enter) acts only on what has been on screen: pressing Enter twice on the
feedback moves on once and never answers the next question unseen; Enter twice after typing shows
the feedback and stays there.
"""

from __future__ import annotations

import asyncio
import gc
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from factories import (
    make_bank,
    make_matching,
    make_multiple_choice,
    make_short_answer,
    make_true_false,
)
from quiz_support import (
    answer_right_by_keyboard,
    app_for,
    in_view,
    old_bank,
    rendered,
    right_response,
    start,
    typed,
)
from textual import events
from textual._styles_cache import StylesCache
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Select

from quiz.core.model import Category
from quiz.core.session import QuizSession
from quiz.kinds.ordering import Ordering
from quiz.store.attempt import Attempt
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answer_choice import ChoiceList
from quiz.ui.widgets.answer_ordering import OrderList
from quiz.ui.widgets.answers import ANSWER_WIDGETS
from quiz.ui.widgets.article_view import ArticleView
from quiz.ui.widgets.footer import QuizFooter

SIZE = (100, 30)

#: Every answer widget class (a cloze has two).
ANSWER_WIDGET_CLASSES = {v for widget in ANSWER_WIDGETS.values() for v in widget.variants()}


# -- keys faster than the screen -------------------------------------------------------------------


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


# -- one state change, one Footer ------------------------------------------------------------------


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


# -- lists that wrap -------------------------------------------------------------------------------

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
    bank = old_bank()
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


# -- matching: Tab after a pick --------------------------------------------------------------------


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


# -- 80×24 and smaller: what is in view ------------------------------------------------------------


def text_in(pilot: Pilot[int], widget: Widget) -> str:
    """The words drawn inside ``widget``'s visible area, on one line (gutter marks dropped)."""
    region = widget.scrollable_content_region
    rows = screen_lines(pilot)[region.y : region.bottom]
    text = " ".join(row[region.x : region.right] for row in rows)
    return " ".join(text.replace("█", " ").replace("▶", " ").split())


async def test_at_80x24_the_rest_of_the_feedback_is_shown_to_be_below() -> None:
    bank = make_bank([make_multiple_choice(), make_true_false()])
    app = app_for(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=1))
        await pilot.press("a")  # wrong: the list marks two choices, the panel names both
        await pilot.pause()
        pane = screen.query_one("#question-pane", VerticalScroll)
        explanation = screen.query_one("#feedback-explanation")
        assert in_view(pane, screen.query_one("#feedback-verdict"))
        shown = "\n".join(screen_lines(pilot))
        assert in_view(pane, explanation) or "↓ Meer hieronder: uitleg en bron" in shown, shown
        await pilot.press("pagedown")  # what the line says (focus is on "Volgende vraag")
        await pilot.pause()
        assert in_view(pane, explanation) and in_view(pane, screen.query_one("#feedback-source"))
        assert "↓ Meer hieronder" not in "\n".join(screen_lines(pilot))


async def test_at_80x24_a_long_order_keeps_its_verdict_in_view_above_the_more_line() -> None:
    bank = old_bank()
    question = next(q for q in bank.questions if isinstance(q, Ordering) and len(q.items) == 6)
    app = app_for(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(app, pilot, QuizSession(bank, [question], seed=1))
        pane = screen.query_one("#question-pane", VerticalScroll)
        await pilot.wait_for_scheduled_animations()
        assert pane.max_scroll_y > 0 and pane.scroll_y == 0  # opened at the prompt
        await pilot.press("enter")  # the order as shown
        await pilot.pause()
        assert in_view(pane, screen.query_one("#feedback-verdict"))
        assert "↓ Meer hieronder: uitleg en bron (↓ of PgDn)" in "\n".join(screen_lines(pilot))


async def test_the_evidence_is_in_view_in_the_first_frame_that_shows_the_verdict() -> None:
    bank = old_bank()
    # The quote ends four lines into paragraph 7: below the fold of the 80×24 article pane
    # when the pane shows the paragraph from its start.
    question = next(q for q in bank.questions if q.id == "wie-citaat-fit")
    session = QuizSession(bank, [question], seed=1)
    app = app_for(bank)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start(app, pilot, session)
        passage = screen.query_one(ArticleView)
        presented = session.current
        assert presented is not None
        async with drawing_held(pilot, screen):
            screen.answer.submit(right_response(presented))
            await settle(pilot, lambda: screen.outcome is not None)
            # Scrolled before anything was drawn: no scroll waiting for a refresh, no animation.
            assert passage.scroll_y > 0
            assert not app.animator.is_being_animated(passage, "scroll_y")
        shown = text_in(pilot, passage)
        quote = question.evidence[0].quote
        assert " ".join(quote.split()[-3:]) in shown, (quote, shown)


async def test_at_60x20_vocabulary_questions_open_with_their_prompt_in_view() -> None:
    bank = old_bank()
    # Long prompts, lists that do not fit under them at 60×20 (the first one scrolled away).
    questions = [q for q in bank.questions if q.category is Category.WOORDENSCHAT][:4]
    session = QuizSession(bank, questions, seed=1)
    app = app_for(bank)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await start(app, pilot, session)
        pane = screen.query_one("#question-pane", VerticalScroll)
        while (presented := session.current) is not None:
            await pilot.pause()
            await pilot.wait_for_scheduled_animations()  # a scroll to the focus would be one
            assert pane.scroll_y == 0, presented.question.id
            assert in_view(pane, screen.query_one("#prompt")), presented.question.id
            await answer_right_by_keyboard(pilot, presented)
            await pilot.press("n")


# -- memory ----------------------------------------------------------------------------------------


def widgets_alive() -> Counter[str]:
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects() if isinstance(o, Widget))


async def test_widgets_of_past_questions_are_freed() -> None:
    bank = old_bank()
    session = QuizSession(bank, list(bank.questions[:25]), seed=1)  # every kind, typed ones too
    app = app_for(bank)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start(app, pilot, session)
        at_first = widgets_alive()
        while (presented := session.current) is not None and presented.number < 25:
            # Found by a query, as a benchmark or another screen might: Textual's query_one
            # cache must not keep it once it is gone.
            screen.query_one(AnswerWidget).submit(right_response(presented))
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
        alive = widgets_alive()
        assert alive["QuestionView"] == 1
        assert sum(alive[kind.__name__] for kind in ANSWER_WIDGET_CLASSES) == 1, alive
        assert alive["AnswerInput"] <= 1 and alive["ChoiceList"] <= 1, alive
        # The Footer was rebuilt twice per question; only the keys it shows now are alive.
        assert alive["FooterKey"] <= at_first["FooterKey"] + 2, alive
        assert alive["Static"] <= at_first["Static"] + 10, alive
        assert StylesCache.get_inner_outer.cache_info().currsize < 300
