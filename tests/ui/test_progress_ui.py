"""Nothing a learner did is lost: answers are stored as given, and a left quiz can be resumed."""

from __future__ import annotations

from pathlib import Path

from quiz_support import answer_right_by_keyboard, bundled_bank, score_text
from textual.pilot import Pilot

from quiz.core.model import Bank
from quiz.library.folders import Library, LibraryEntry
from quiz.library.loader import LoadResult
from quiz.store.progress import ProgressStore
from quiz.ui.app import QuizApp, QuizOptions
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.results import ResultsScreen


def app_with_store(bank: Bank, store: Path, limit: int | None = None) -> QuizApp:
    library = Library(entries=(LibraryEntry(LoadResult(bank.path, bank, ()), "bundled"),))
    return QuizApp(
        library,
        options=QuizOptions(limit=limit, seed=11),
        progress=ProgressStore(store),
    )


async def answer_two_right(app: QuizApp, pilot: Pilot[int]) -> None:
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    for _ in range(2):
        presented = screen.session.current
        assert presented is not None
        await answer_right_by_keyboard(pilot, presented)
        await pilot.press("n")
        await pilot.pause()


async def test_a_left_quiz_resumes_where_the_learner_was(tmp_path: Path) -> None:
    bank = bundled_bank()
    store = tmp_path / "progress.sqlite3"

    first = app_with_store(bank, store)
    async with first.run_test(size=(100, 30)) as pilot:
        first.start_quiz(bank)
        await pilot.pause()
        await answer_two_right(first, pilot)
        first.exit()  # as if the terminal closed: no confirmation, no goodbye

    second = app_with_store(bank, store)
    async with second.run_test(size=(100, 30)) as pilot:
        second.start_quiz(bank)
        await pilot.pause()
        assert isinstance(second.screen, ConfirmScreen)
        await pilot.press("j")  # "Verdergaan"
        await pilot.pause()
        screen = second.screen
        assert isinstance(screen, QuestionScreen)
        assert screen.session.current is not None
        assert screen.session.current.number == 3
        assert score_text(screen) == "Vraag 3 van 82 · Score 2/2 · Reeks 2"


async def test_starting_again_keeps_the_old_answers_and_a_finished_quiz_is_recorded(
    tmp_path: Path,
) -> None:
    bank = bundled_bank()
    store_path = tmp_path / "progress.sqlite3"
    app = app_with_store(bank, store_path, limit=2)
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_quiz(bank)
        await pilot.pause()
        await answer_two_right(app, pilot)
        assert isinstance(app.screen, ResultsScreen)

    store = ProgressStore(store_path)
    assert store.unfinished(bank.id) is None
    [summary] = store.history(bank.id)
    assert (summary.points_earned, summary.points_possible) == (2, 2)
