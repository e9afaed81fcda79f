"""The app around the quiz: library, reading view, help, themes, palette, quitting."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_support import on_screen, row_text
from factories import make_bank, make_short_answer, make_true_false
from textual.screen import Screen
from textual.widgets import OptionList
from ui_support import BUNDLED_ID, checked, write_broken_bank

from quiz.core.model import Category
from quiz.core.options import QuizOptions
from quiz.core.session import QuizSession
from quiz.errors import BankError, BankNotFoundError
from quiz.library.folders import Library
from quiz.ui.app import DARK_THEME, LIGHT_THEME, QuizApp, make_app
from quiz.ui.messages import OpenArticle
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.library import DiagnosticsScreen, LibraryScreen
from quiz.ui.screens.reading import ReadingScreen
from quiz.ui.widgets.article_view import ArticleView
from quiz.ui.widgets.bank_info import BankDetails


def prompts(app: QuizApp) -> list[str]:
    options = app.screen.query_one("#library-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def footer_actions(app: QuizApp) -> set[str]:
    """The actions the Footer shows now (enabled and visible)."""
    return {b.binding.action for b in app.screen.active_bindings.values() if b.binding.show}


async def test_library_lists_the_bundled_bank_with_its_question_count() -> None:
    app = make_app()
    bank = app.library.bank(BUNDLED_ID)
    async with app.run_test(size=(80, 24)):
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.sub_title == "Bibliotheek"
        [first] = [p for p in prompts(app) if bank.title in p]
        assert f"{len(bank.questions)} vragen" in first
        assert "Wie" in first and "meegeleverd" in first
        assert app.title == "Nieuwsquiz"


async def test_broken_user_bank_is_listed_with_its_error_and_the_rest_still_opens(
    user_questions: Path,
) -> None:
    broken = write_broken_bank(user_questions)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await checked(pilot)
        listed = prompts(app)
        assert len(listed) == 2
        assert listed[1].startswith("✗ kapot.yaml")
        assert f"{broken.name}:5:10: article file not found" in listed[1]  # file:line:col: msg
        assert "eigen map" not in listed[0]

        await pilot.press("down")
        assert footer_actions(app) >= {"problems"}
        assert not footer_actions(app) & {"read", "start_quiz"}  # never openable as a quiz
        assert app.screen.query_one(BankDetails).has_class("-broken")
        await pilot.press("s")  # does nothing for a broken bank
        await pilot.press("enter")
        assert isinstance(app.screen, DiagnosticsScreen)
        assert app.screen.query(".diagnostics--item.-error")
        await pilot.press("escape")

        await pilot.press("up", "enter")
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.bank.id == BUNDLED_ID


async def test_enter_opens_the_reading_view_with_numbered_paragraphs() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert "Lezen" in (screen.sub_title or "")
        view = screen.query_one(ArticleView)
        numbers = [p.number for p in screen.bank.article.paragraphs]
        assert all(view.paragraph_rows(n) for n in numbers)  # every paragraph is drawn
        assert row_text(view, view.paragraph_rows(3)[0]).startswith("   3 ")
        assert app.focused is view
        assert {"start_quiz", "back"} <= footer_actions(app)

        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_reading_screen_opens_at_the_evidence() -> None:
    app = make_app()
    bank = app.library.bank(BUNDLED_ID)
    question = next(q for q in bank.questions if max(q.paragraphs) > 12)
    spans = [e.span for e in question.evidence]
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(OpenArticle(bank, paragraph=spans[0].paragraph, spans=spans))
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        view = screen.query_one(ArticleView)
        assert view.highlighted_paragraphs == question.paragraphs
        target = view.paragraph_rows(spans[0].paragraph)[0]
        assert row_text(view, target).lstrip().startswith(f"▶{spans[0].paragraph} ")
        assert on_screen(view, target)
        assert on_screen(view, view.line_of(spans[0].paragraph, spans[0].start))
        assert "start_quiz" not in footer_actions(app)  # opened from a quiz: only "back"


async def test_start_read_opens_the_article_over_the_library() -> None:
    app = make_app(start="read", bank_id=BUNDLED_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        await pilot.press("backspace")
        assert isinstance(app.screen, LibraryScreen)


def test_make_app_reports_unknown_and_broken_banks_before_starting(
    user_questions: Path,
) -> None:
    write_broken_bank(user_questions)
    with pytest.raises(BankNotFoundError):
        make_app(start="take", bank_id="bestaat-niet")
    with pytest.raises(BankError):
        make_app(start="read", bank_id="kapot")


@pytest.mark.parametrize("key", ["f1", "question_mark"])
async def test_help_opens_on_f1_and_question_mark(key: str) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.press(key)
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        headings = [str(h.render()) for h in screen.query(".help--heading")]
        assert headings[0] == "Artikel lezen (dit scherm)"
        assert "Bibliotheek" in headings and "Overal" in headings
        keys = [str(k.render()) for k in screen.query(".help--key")]
        assert "esc  ⌫" in keys  # one row per action, all its keys
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)


async def test_theme_toggles_between_light_and_dark() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == DARK_THEME
        await pilot.press("ctrl+t")
        assert app.theme == LIGHT_THEME
        await pilot.press("ctrl+t")
        assert app.theme == DARK_THEME


async def test_palette_reads_an_article_by_title() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await checked(pilot)  # the palette offers a bank by title once it is checked
        await pilot.press("ctrl+p")
        await pilot.press(*"lezen: poetins")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.can_start_quiz


async def test_an_empty_selection_is_a_notification_not_a_crash() -> None:
    bank = make_bank([make_short_answer()])  # only "waar"
    app = QuizApp(Library(entries=()), options=QuizOptions(categories=(Category.WIE,)))
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_quiz(bank)
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        [notification] = app._notifications
        assert notification.severity == "error"


async def test_without_banks_the_library_says_where_to_put_them(user_questions: Path) -> None:
    app = QuizApp(Library(entries=()))
    async with app.run_test(size=(80, 24)):
        text = str(app.screen.query_one("#library-empty").render())
        assert str(user_questions) in text
        assert "docs/authoring.md" in text
        assert not footer_actions(app) & {"read", "start_quiz"}


async def test_reload_picks_up_a_new_bank(user_questions: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert len(prompts(app)) == 1
        write_broken_bank(user_questions)
        await pilot.press("r")
        await pilot.pause()
        assert len(prompts(app)) == 2


async def test_q_quits_from_the_library() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


class FakeQuestionScreen(Screen[None]):
    """Stands in for the quiz screen: the app only looks at its ``session``."""

    def __init__(self, session: QuizSession) -> None:
        super().__init__()
        self.session = session


async def test_quitting_during_a_started_quiz_asks_first() -> None:
    session = QuizSession(make_bank([make_true_false(), make_short_answer()]))
    session.answer(True)
    app = QuizApp(Library(entries=()))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(FakeQuestionScreen(session))
        assert app.quiz_in_progress
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, FakeQuestionScreen)
        await pilot.press("ctrl+q", "j")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_click_on_a_bank_opens_it() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#library-list", offset=(5, 1))
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        await pilot.click("Footer", offset=(17, 0))  # " s Start quiz  esc Terug"
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
