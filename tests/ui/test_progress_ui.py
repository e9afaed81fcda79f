"""Nothing a learner did is lost: answers are stored as given, and a left quiz can be resumed."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from factories import make_bank, make_true_false
from quiz_support import answer_right_by_keyboard, bundled_bank, score_text
from store_support import FullDisk
from textual.pilot import Pilot

from quiz.core.model import Bank
from quiz.core.options import QuizOptions
from quiz.errors import Found, ProgressError, ProgressProblem
from quiz.library.folders import Library, LibraryEntry
from quiz.library.loader import LoadResult
from quiz.store.progress import Connect, ProgressStore
from quiz.ui.app import QuizApp
from quiz.ui.notices import progress_text
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.screens.question import LEAVE_QUESTION, LEAVE_QUESTION_SAVED, QuestionScreen
from quiz.ui.screens.results import ResultsScreen


def app_with_store(
    bank: Bank, store: Path, limit: int | None = None, connect: Connect | None = None
) -> QuizApp:
    library = Library(entries=(LibraryEntry(LoadResult(bank.path, bank, ()), "bundled"),))
    return QuizApp(
        library,
        options=QuizOptions(limit=limit, seed=11),
        progress=ProgressStore(store, connect=connect),
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
        assert score_text(screen) == "Vraag 3 van 75 · Score 2/2 · Reeks 2"


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


def true_false_bank(questions: int = 4) -> Bank:
    """True/false questions: j/o answer them, so a test can make mistakes by key."""
    return make_bank(
        [make_true_false(id=f"wat-{n}", answer=n % 2 == 0) for n in range(1, questions + 1)],
    )


async def answer_by_key(pilot: Pilot[int], screen: QuestionScreen, right: bool) -> None:
    presented = screen.session.current
    assert presented is not None
    answer = getattr(presented.question, "answer", None)
    await pilot.press("j" if answer == right else "o", "n")
    await pilot.pause()


async def test_a_shuffled_retry_of_mistakes_left_half_way_resumes(tmp_path: Path) -> None:
    bank = true_false_bank()
    store = tmp_path / "progress.sqlite3"
    first = app_with_store(bank, store)
    first.options = QuizOptions(shuffle=True, seed=7)
    async with first.run_test(size=(100, 30)) as pilot:
        first.start_quiz(bank)
        await pilot.pause()
        screen = first.screen
        assert isinstance(screen, QuestionScreen)
        while screen.session.current is not None:
            await answer_by_key(pilot, screen, right=False)
        assert isinstance(first.screen, ResultsScreen)
        await pilot.press("r")
        await pilot.pause()
        retry = first.screen
        assert isinstance(retry, QuestionScreen)
        order = [q.id for q in retry.session.questions]
        assert retry.attempt.pool == tuple(q.id for q in screen.session.questions)
        assert order not in ([q.id for q in bank.questions], list(retry.attempt.pool))  # shuffled
        await answer_by_key(pilot, retry, right=True)
        await answer_by_key(pilot, retry, right=False)
        first.exit()

    second = app_with_store(bank, store)
    async with second.run_test(size=(100, 30)) as pilot:
        second.start_quiz(bank)
        await pilot.pause()
        assert isinstance(second.screen, ConfirmScreen)
        await pilot.press("j")  # "Verdergaan"
        await pilot.pause()
        resumed = second.screen
        assert isinstance(resumed, QuestionScreen)
        assert [q.id for q in resumed.session.questions] == order
        assert resumed.session.current is not None and resumed.session.current.number == 3
        assert score_text(resumed) == "Vraag 3 van 4 · Score 1/2 · Reeks 0"


async def test_a_store_that_cannot_save_is_one_notification_and_the_quiz_goes_on(
    tmp_path: Path,
) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    bank = true_false_bank()
    app = app_with_store(bank, tmp_path / "data" / "progress.sqlite3")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        app.start_quiz(bank)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await answer_by_key(pilot, screen, right=True)
        await answer_by_key(pilot, screen, right=True)
        [notification] = app._notifications
        assert notification.severity == "error"
        assert notification.title == "Voortgang niet bewaard"
        assert notification.message.endswith(
            "Ze worden bewaard zodra dat weer lukt. Stop je eerder met nieuwsquiz, dan gaan de"
            " antwoorden die nog niet bewaard zijn verloren."
        )
        assert str(tmp_path / "data" / "progress.sqlite3") in notification.message
        assert screen.session.current is not None and screen.session.current.number == 3
        assert not app.saves_progress
        await pilot.press("escape")  # leaving now says what is true: nothing is kept
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == LEAVE_QUESTION


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (
            b"x" * 4096,
            "Het bestand {} is geen voortgangsbestand van nieuwsquiz, of het is onherkenbaar"
            " beschadigd.",
        ),
        (b"", "Het voortgangsbestand {} was leeg."),
    ],
    ids=["damaged", "empty"],
)
async def test_a_damaged_progress_file_is_a_warning_and_answers_are_saved_anew(
    tmp_path: Path, content: bytes, said: str
) -> None:
    bank = true_false_bank()
    store_path = tmp_path / "progress.sqlite3"
    store_path.write_bytes(content)
    app = app_with_store(bank, store_path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        app.start_quiz(bank)  # reading the damaged file moves it aside
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await answer_by_key(pilot, screen, right=True)
        [notification] = app._notifications
        assert (notification.severity, notification.title) == ("warning", "Voortgang")
        [backup] = tmp_path.glob("progress.sqlite3.*.bak")
        assert notification.message == (
            f"{said.format(store_path)} Het is niet gewist maar opzij gezet als {backup}."
            " Je antwoorden worden vanaf nu in een nieuw bestand bewaard."
        )
        assert "moved aside" not in notification.message  # the learner reads Dutch
        assert app.saves_progress
    assert backup.read_bytes() == content
    left = ProgressStore(store_path).unfinished(bank.id)
    assert left is not None and left.answered == 1


async def test_a_full_disk_keeps_the_answers_and_says_so_until_they_are_saved(
    tmp_path: Path,
) -> None:
    bank = true_false_bank(6)
    store_path = tmp_path / "progress.sqlite3"
    disk = FullDisk()
    app = app_with_store(bank, store_path, connect=disk.connect)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        app.start_quiz(bank)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        await answer_by_key(pilot, screen, right=True)
        assert not app._notifications and app.saves_progress

        disk.full = True
        await answer_by_key(pilot, screen, right=False)
        await answer_by_key(pilot, screen, right=True)
        [full] = app._notifications
        assert (full.severity, full.title) == ("error", "Voortgang niet bewaard")
        assert full.message == (
            f"De schijf is vol: je antwoorden kunnen nu niet bewaard worden in {store_path}."
            " Ze worden bewaard zodra er weer ruimte is. Stop je eerder met nieuwsquiz, dan gaan"
            " de antwoorden die nog niet bewaard zijn verloren."
        )
        assert not app.saves_progress
        await pilot.press("escape")  # leaving now says what is true: answers would be lost
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == LEAVE_QUESTION
        await pilot.press("escape")  # stay
        await pilot.pause()
        assert app.screen is screen

        disk.full = False
        await answer_by_key(pilot, screen, right=True)
        [_, again] = app._notifications
        assert (again.severity, again.title) == ("information", "Voortgang bewaard")
        assert again.message == "Het bewaren lukt weer: al je antwoorden zijn nu bewaard."
        assert app.saves_progress
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == LEAVE_QUESTION_SAVED
        given = [
            (o.presented.number, o.presented.question.id, o.response)
            for o in screen.session.outcomes
        ]
    assert len(given) == 4
    left = ProgressStore(store_path).unfinished(bank.id)
    assert left is not None
    with closing(sqlite3.connect(store_path)) as db:
        rows = db.execute(
            "SELECT position, question_id, response FROM answers WHERE attempt_id = ?"
            " ORDER BY rowid",
            (left.attempt_id,),
        ).fetchall()
    assert [(n, q, json.loads(r)) for n, q, r in rows] == given


def problems(path: Path) -> list[ProgressError]:
    """One problem of every reason, as the store raises them."""
    moved = path.with_name(path.name + ".20240101T000000Z.bak")
    return [
        ProgressError(
            f"{reason.value} (English)",
            reason=reason,
            path=path,
            moved_to=moved if reason.name.endswith("_MOVED") else None,
            found=Found.OTHER_DATABASE if reason is ProgressProblem.FOREIGN_MOVED else None,
            detail="Permission denied" if reason is ProgressProblem.CANNOT_WRITE else "",
        )
        for reason in ProgressProblem
    ]


def test_every_store_problem_is_worded_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    texts = {problem.reason: progress_text(problem) for problem in problems(path)}
    assert set(texts) == set(ProgressProblem)
    for reason, text in texts.items():
        assert str(path) in text and "(English)" not in text, reason
        assert "\n" not in text
    assert "opzij gezet als" in texts[ProgressProblem.DAMAGED_MOVED]
    assert str(path) + ".20240101T000000Z.bak" in texts[ProgressProblem.FOREIGN_MOVED]
    assert "database van een ander programma" in texts[ProgressProblem.FOREIGN_MOVED]
    assert "nieuwere versie van nieuwsquiz" in texts[ProgressProblem.NEWER_FORMAT]
    assert "De schijf is vol" in texts[ProgressProblem.DISK_FULL]
    assert "melding van het systeem: Permission denied" in texts[ProgressProblem.CANNOT_WRITE]
    for lasting in ("CANNOT_MOVE", "NEWER_FORMAT", "NOT_RECORDED"):
        assert texts[ProgressProblem[lasting]].endswith("deze keer niet bewaard.")
    for temporary in ("DISK_FULL", "CANNOT_WRITE", "CANNOT_READ"):
        assert "zodra" in texts[ProgressProblem[temporary]]
