"""The results screen: score, per-category figures, mistakes linked to the text, retry, back."""

from __future__ import annotations

from factories import (
    make_bank,
    make_matching,
    make_multiple_choice,
    make_ordering,
    make_short_answer,
    make_true_false,
)
from quiz_support import app_for, right_response, start
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from quiz.core.model import Bank, Category
from quiz.core.session import QuizSession, Response
from quiz.store.attempt import Attempt
from quiz.ui.app import QuizApp
from quiz.ui.screens.library import LibraryScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.reading import ReadingScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets.article_view import ArticleView

SIZE = (100, 30)


def quiz_bank() -> Bank:
    """Four questions: wie (MC), wat (true/false), waar (short answer), wanneer (ordering)."""
    return make_bank(
        [make_multiple_choice(), make_true_false(), make_short_answer(), make_ordering()]
    )


def wrong_response(question_id: str, right: Response) -> Response:
    """A wrong answer to one of the :func:`quiz_bank` questions."""
    if question_id == "wie-correspondent":
        assert isinstance(right, int)
        return (right + 1) % 4
    if question_id == "wat-censuurwet":
        return False
    if question_id == "waar-nu":
        return "Parijs"
    raise AssertionError(question_id)


def played(bank: Bank, wrong: set[str]) -> QuizSession:
    """A finished session: right answers, except wrong ones for the question ids in ``wrong``."""
    session = QuizSession(bank, seed=3)
    while (presented := session.current) is not None:
        response: Response = right_response(presented)
        if presented.question.id in wrong:
            response = wrong_response(presented.question.id, response)
        session.answer(response)
        session.advance()
    return session


def rendered(screen: ResultsScreen, selector: str) -> str:
    return str(screen.query_one(selector).render())


def category_rows(screen: ResultsScreen) -> str:
    """The category table as plain text (a Rich table inside a Static)."""
    from rich.console import Console

    console = Console(width=80, record=True, color_system=None)
    console.print(screen.query_one("#results-categories", Static).content)
    return console.export_text()


async def show_results(app: QuizApp, pilot: Pilot[int], session: QuizSession) -> ResultsScreen:
    screen = ResultsScreen(Attempt(session))
    await app.push_screen(screen)
    await pilot.pause()
    return screen


async def test_score_percent_categories_and_mistakes() -> None:
    bank = quiz_bank()
    session = played(bank, {"wat-censuurwet", "waar-nu"})
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show_results(app, pilot, session)
        # 1 (MC) + 2 (ordering) of 5 points.
        assert "Score 3/5 · 60%" in rendered(screen, "#results-summary")
        assert "Beste reeks: 1 goed op rij" in rendered(screen, "#results-summary")
        rows = category_rows(screen)
        for line in ("Wie", "1/1", "100%"), ("Waar", "0/1", "0%"), ("Wanneer", "2/2", "100%"):
            assert any(all(part in row for part in line) for row in rows.splitlines()), line
        assert [c.category for c in screen.results.by_category] == [
            Category.WIE,
            Category.WANNEER,
            Category.WAAR,
            Category.WAT,
        ]
        mistakes = screen.query_one("#mistakes", OptionList)
        assert mistakes.option_count == 2
        first = str(mistakes.get_option_at_index(0).prompt)
        assert first.startswith("✗ Fout · vraag 2 · Wat · bron: alinea 4")
        assert "Jouw antwoord: onjuist" in first and "Juiste antwoord: juist" in first
        assert app.focused is mistakes


async def test_enter_on_a_mistake_opens_the_article_at_its_evidence() -> None:
    bank = quiz_bank()
    session = played(bank, {"waar-nu"})
    question = bank.question("waar-nu")
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show_results(app, pilot, session)
        await pilot.press("enter")
        await pilot.pause()
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        assert reading.paragraph == question.paragraphs[0]
        assert reading.query_one(ArticleView).highlighted_paragraphs == question.paragraphs
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_retry_plays_only_the_mistakes() -> None:
    bank = quiz_bank()
    session = played(bank, {"wie-correspondent", "waar-nu"})
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show_results(app, pilot, session)
        assert screen.active_bindings["r"].binding.description == "Fouten opnieuw"
        await pilot.press("r")
        await pilot.pause()
        retry = app.screen
        assert isinstance(retry, QuestionScreen)
        assert [q.id for q in retry.session.questions] == ["wie-correspondent", "waar-nu"]
        assert str(retry.query_one("#progress").render()) == "Vraag 1 van 2"


async def test_no_mistakes_means_no_retry_and_a_word_of_praise() -> None:
    bank = make_bank([make_matching(), make_short_answer()])
    session = played(bank, set())
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        screen = await show_results(app, pilot, session)
        assert "Score 2/2 · 100%" in rendered(screen, "#results-summary")
        assert "Geen fouten" in rendered(screen, "#no-mistakes")
        assert "r" not in screen.active_bindings
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is screen


async def test_back_to_the_library() -> None:
    bank = quiz_bank()
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot, QuizSession(bank, seed=1))
        # A finished quiz replaces its question screen with the results.
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        while (presented := screen.session.current) is not None:
            screen.session.answer(right_response(presented))
            screen.session.advance()
        app.switch_screen(ResultsScreen(screen.attempt))
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
