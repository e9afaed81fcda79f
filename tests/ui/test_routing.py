"""Attributes down, messages up: screens post messages and the app alone decides what comes next."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from factories import make_bank, make_short_answer, make_true_false
from quiz_support import app_for
from textual.message import Message
from textual.pilot import Pilot

from quiz.core.model import Bank
from quiz.core.session import QuizSession
from quiz.store.attempt import Attempt
from quiz.ui.app import QuizApp
from quiz.ui.messages import (
    OpenArticle,
    QuizFinished,
    ReloadLibrary,
    RetryMistakes,
    ShowLibrary,
    StartQuiz,
)
from quiz.ui.screens.library import LibraryScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.reading import ReadingScreen
from quiz.ui.screens.results import ResultsScreen

SIZE = (100, 30)
UI = Path(__file__).resolve().parents[2] / "quiz" / "ui"


def true_false_bank() -> Bank:
    """Three true/false questions: j/o answer them, so tests can make mistakes by key."""
    return make_bank(
        [
            make_true_false(id="wat-een", answer=True),
            make_true_false(id="wat-twee", answer=False),
            make_true_false(id="wat-drie", answer=True),
        ]
    )


class Routed:
    """Records every navigation message the app handles, in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[Message] = []
        for name in (
            "on_open_article",
            "on_start_quiz",
            "on_quiz_finished",
            "on_retry_mistakes",
            "on_show_library",
            "on_reload_library",
        ):
            original = getattr(QuizApp, name)

            def spy(app: QuizApp, message: Message, original: object = original) -> object:
                self.messages.append(message)
                return original(app, message)  # type: ignore[operator]

            monkeypatch.setattr(QuizApp, name, spy)

    def kinds(self) -> list[type[Message]]:
        return [type(m) for m in self.messages]


async def finish_wrongly(pilot: Pilot[int], screen: QuestionScreen) -> None:
    """Answer every question of ``screen`` wrong by key, moving on after each."""
    while (presented := screen.session.current) is not None:
        answer = getattr(presented.question, "answer", None)
        await pilot.press("o" if answer else "j", "n")
        await pilot.pause()


async def test_open_article_from_the_results_is_routed_by_the_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    routed = Routed(monkeypatch)
    bank = true_false_bank()
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        app.post_message(StartQuiz(bank))
        await pilot.pause()
        question = app.screen
        assert isinstance(question, QuestionScreen)
        await finish_wrongly(pilot, question)
        results = app.screen
        assert isinstance(results, ResultsScreen)
        assert results.attempt is question.attempt  # the app passed the attempt down
        assert routed.kinds() == [StartQuiz, QuizFinished]

        await pilot.press("enter")  # the first mistake: its source in the article
        await pilot.pause()
        [*_, opened] = routed.messages
        assert isinstance(opened, OpenArticle)
        source = bank.question("wat-een")
        assert opened.bank is bank and opened.paragraph == source.paragraphs[0]
        assert not opened.can_start_quiz
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        assert reading.paragraph == source.paragraphs[0] and not reading.can_start_quiz
        assert app.screen_stack[-2] is results  # pushed on top: Escape goes back to it
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is results

        await pilot.press("r")
        await pilot.pause()
        retry = app.screen
        assert isinstance(retry, QuestionScreen)
        assert retry.attempt is not results.attempt
        assert retry.attempt.pool == ("wat-een", "wat-twee", "wat-drie")
        assert results not in app.screen_stack  # switched: the results made way for the retry
        assert routed.kinds()[-1] is RetryMistakes


async def test_the_library_and_reading_screens_post_and_the_app_pushes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    routed = Routed(monkeypatch)
    bank = true_false_bank()
    app = app_for(bank)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # read the highlighted bank
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen) and app.screen.can_start_quiz
        await pilot.press("s")  # start its quiz from the article
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert [type(s) for s in app.screen_stack] == [LibraryScreen, ReadingScreen, QuestionScreen]
        app.post_message(ShowLibrary())
        await pilot.pause()
        assert app.screen_stack == [app.screen] and isinstance(app.screen, LibraryScreen)
        await pilot.press("r")  # reload the folders
        await pilot.pause()
        assert routed.kinds() == [OpenArticle, StartQuiz, ShowLibrary, ReloadLibrary]
        assert isinstance(app.screen, LibraryScreen) and app.screen.library is app.library


async def test_a_posted_quiz_finished_shows_the_results_in_place_of_the_question() -> None:
    bank = make_bank([make_short_answer()])
    app = app_for(bank)
    attempt = Attempt(QuizSession(bank, seed=1))
    async with app.run_test(size=SIZE) as pilot:
        question = QuestionScreen(attempt)
        await app.push_screen(question)
        attempt.answer("Riga")
        attempt.advance()
        question.post_message(QuizFinished(attempt))
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen) and app.screen.attempt is attempt
        assert question not in app.screen_stack
        assert app.screen.results.percent == 100.0


@pytest.mark.parametrize(
    "path", [*sorted((UI / "screens").glob("*.py")), UI / "commands.py"], ids=lambda p: p.name
)
def test_no_screen_or_palette_imports_the_app_or_uses_import_module(path: Path) -> None:
    """Screens reach the app only by messages; the palette through messages and a protocol."""
    imported: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert "quiz.ui.app" not in imported
    assert not {"importlib", "importlib.import_module"} & imported
