"""Keys that must work as a learner expects: ctrl+c quits (asking first during a quiz, copying
when text is selected), answer letters work wherever the focus is (but never take letters from
an input), and the keys Textual itself shows are named in Dutch."""

from __future__ import annotations

from factories import (
    make_bank,
    make_matching,
    make_multiple_choice,
    make_short_answer,
    make_true_false,
)
from quiz_support import app_for, feedback_text, footer_keys, start, typed
from textual.command import CommandInput, CommandPalette
from textual.widgets import Input, Select

from quiz.core.session import QuizSession
from quiz.core.verdicts import Verdict
from quiz.library.folders import Library
from quiz.ui.app import QuizApp, make_app
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.widgets.article_view import ArticleView

SIZE = (100, 30)


# -- ctrl+c ------------------------------------------------------------------------------------


async def test_ctrl_c_quits_from_the_library() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_ctrl_c_quits_from_a_dialog_too() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running


async def test_ctrl_c_during_a_quiz_asks_first_like_q() -> None:
    bank = make_bank([make_true_false(), make_short_answer()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start(app, pilot, session)
        await pilot.press("j", "n")  # answered one: a quiz in progress
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert not app.screen.query("Toast")  # no "Do you want to quit?" from Textual
        await pilot.press("n")
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("ctrl+c", "j")
        await pilot.pause()
        assert not app.is_running


async def test_ctrl_c_copies_selected_input_text_and_quits_otherwise() -> None:
    bank = make_bank([make_short_answer()])
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, QuizSession(bank, seed=1))
        field = screen.query_one(Input)
        await pilot.press(*typed("Riga"))
        field.select_all()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.is_running and app.clipboard == "Riga"
        await pilot.press("end", "ctrl+c")  # nothing selected: quit (no answer yet: no question)
        await pilot.pause()
        assert not app.is_running


# -- Textual's own texts, in Dutch -------------------------------------------------------------


async def test_palette_key_and_search_fields_are_dutch() -> None:
    app = QuizApp(Library(entries=()))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.active_bindings["ctrl+p"].binding.description == "Opdrachten"
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een opdracht…"
        await pilot.press("escape")
        await pilot.pause()
        app.search_themes()
        await pilot.pause()
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een thema…"


async def test_escape_on_an_open_partner_list_is_dutch_and_only_closes_it() -> None:
    bank = make_bank([make_matching()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        select = screen.query_one("#match-0", Select)
        await pilot.press("enter")
        await pilot.pause()
        assert select.expanded
        assert footer_keys(screen)["escape"] == "Lijst sluiten"
        await pilot.press("escape")
        await pilot.pause()
        assert not select.expanded and app.focused is select
        assert app.screen is screen
        assert footer_keys(screen)["escape"] == "Stoppen"


# -- answer keys, wherever the focus is --------------------------------------------------------


async def test_choice_letters_and_numbers_answer_from_the_article() -> None:
    question = make_multiple_choice()
    bank = make_bank([question, make_multiple_choice(id="tweede")])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        presented = session.current
        assert presented is not None
        right = presented.choices.index(question.answer)
        await pilot.click(ArticleView, offset=(10, 3))
        await pilot.pause()
        assert isinstance(app.focused, ArticleView)
        await pilot.press("abcd"[right])
        await pilot.pause()
        assert screen.outcome is not None and screen.outcome.verdict is Verdict.CORRECT
        await pilot.press("n")
        await pilot.pause()
        following = session.current
        assert following is not None
        await pilot.click(ArticleView, offset=(10, 3))
        await pilot.press(str(following.choices.index(question.answer) + 1))
        await pilot.pause()
        assert screen.outcome is not None and screen.outcome.verdict is Verdict.CORRECT


async def test_j_and_o_answer_from_the_article_and_o_then_opens_it() -> None:
    bank = make_bank([make_true_false()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        await pilot.click(ArticleView, offset=(10, 3))
        await pilot.pause()
        assert "o" not in footer_keys(screen)  # the answer keys are in the hint, not the Footer
        await pilot.press("o")  # onjuist: wrong
        await pilot.pause()
        assert "✗ Fout" in feedback_text(screen)
        assert footer_keys(screen)["o"] == "Open artikel"  # from now on o opens the article


async def test_letters_are_never_taken_from_a_typed_answer() -> None:
    bank = make_bank([make_short_answer(), make_true_false()])
    session = QuizSession(bank, seed=1)
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await start(app, pilot, session)
        field = screen.query_one(Input)
        assert app.focused is field
        await pilot.press(*"abcdefjo123456")
        assert field.value == "abcdefjo123456"
        assert screen.outcome is None
        await pilot.click(ArticleView, offset=(10, 3))
        await pilot.press("a", "j", "1")  # no choices here: nothing happens
        await pilot.pause()
        assert screen.outcome is None and not session.started
