"""Attempt: answering through it saves at once, finishing records the result, a retry is a new
attempt, resuming rebuilds from the stored pool, and a failing store never stops the quiz."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import make_bank
from store_support import FullDisk
from test_progress import Clock, answer_rows, closing_db, varied

from quiz.core.model import Category
from quiz.core.options import QuizOptions
from quiz.core.session import QuizSession
from quiz.errors import EmptySelectionError, Found, ProgressError, ProgressProblem
from quiz.store.attempt import Attempt, Attempts, SavingResumed
from quiz.store.progress import SCHEMA_VERSION, ProgressStore
from quiz.store.schema import APPLICATION_ID

BANK = make_bank()


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path / "data" / "progress.sqlite3", now=Clock())


class Reports(list[ProgressError | SavingResumed]):
    """Collects what :class:`Attempts` reports, as the UI's notification callback would."""

    def __call__(self, event: ProgressError | SavingResumed) -> None:
        self.append(event)


def answer_all(attempt: Attempt, count: int | None = None) -> None:
    """Answer ``count`` questions (default: all) through the attempt, moving on after each."""
    for _ in range(count if count is not None else attempt.session.total):
        current = attempt.session.current
        assert current is not None
        attempt.answer(varied(current))
        attempt.advance()


def test_each_answer_is_recorded_at_once_and_finishing_records_the_result(
    store: ProgressStore,
) -> None:
    attempt = Attempts(store).start(BANK, QuizOptions(shuffle=True, seed=4))
    assert attempt.id is None and not store.path.exists()  # nothing stored before an answer
    for answered in range(1, attempt.session.total):
        answer_all(attempt, 1)
        left = store.unfinished(BANK.id)
        assert left is not None and left.attempt_id == attempt.id
        assert left.answered == answered
        assert left.options == attempt.options and left.pool == attempt.pool
    assert store.history(BANK.id) == []
    answer_all(attempt, 1)  # the last answer, and moving past it, finishes the attempt
    assert attempt.session.finished
    assert store.unfinished(BANK.id) is None
    [summary] = store.history(BANK.id)
    assert summary.attempt_id == attempt.id
    assert summary.points_earned == attempt.session.points_earned
    assert attempt.finish() == attempt.session.results()  # finishing again records nothing more
    assert len(store.history(BANK.id)) == 1


def test_a_rejected_response_records_nothing(store: ProgressStore) -> None:
    attempt = Attempts(store).start(BANK, QuizOptions(seed=1))
    with pytest.raises(ValueError):
        attempt.answer("not an index")  # the first question is multiple choice
    assert attempt.id is None and not store.path.exists()
    with pytest.raises(RuntimeError, match="not finished"):
        attempt.finish()


def test_starting_passes_the_options_whole_and_refuses_an_empty_selection() -> None:
    options = QuizOptions(categories=(Category.WIE,), limit=1, shuffle=True, seed=8)
    attempt = Attempts().start(BANK, options)
    assert attempt.options == options and attempt.session.total == 1
    assert attempt.pool == tuple(q.id for q in BANK.questions)
    with pytest.raises(EmptySelectionError):
        Attempts().start(BANK, QuizOptions(categories=()))


def test_a_retry_of_mistakes_is_a_new_attempt_over_its_own_pool(store: ProgressStore) -> None:
    attempts = Attempts(store)
    first = attempts.start(BANK, QuizOptions(shuffle=True, seed=9))
    answer_all(first)
    retry = first.retry_mistakes()
    mistakes = tuple(o.presented.question.id for o in first.session.results().mistakes)
    assert retry.pool == mistakes and retry.options == first.options
    assert sorted(q.id for q in retry.session.questions) == sorted(mistakes)
    answer_all(retry, 1)
    assert retry.id is not None and retry.id != first.id
    left = store.unfinished(BANK.id)
    assert left is not None and left.attempt_id == retry.id and left.pool == mistakes


def test_a_shuffled_retry_of_mistakes_resumes_and_records_on(store: ProgressStore) -> None:
    first = Attempts(store).start(BANK, QuizOptions(shuffle=True, seed=1))
    answer_all(first)
    retry = first.retry_mistakes()
    assert [q.id for q in retry.session.questions] != list(retry.pool)  # really shuffled
    answer_all(retry, 2)

    later = Attempts(ProgressStore(store.path))  # the app started again
    left = later.unfinished(BANK.id)
    assert left is not None
    resumed = later.resume(left, BANK)
    assert resumed is not None and resumed.id == retry.id
    assert resumed.session.presented == retry.session.presented
    assert resumed.session.outcomes == retry.session.outcomes
    answer_all(resumed, resumed.session.total - 2)
    assert answer_rows(store.path, left.attempt_id) == retry.session.total
    assert later.unfinished(BANK.id) is None
    assert store.history(BANK.id)[0].attempt_id == retry.id


def test_resuming_a_fully_answered_attempt_finishes_it(store: ProgressStore) -> None:
    session = QuizSession(BANK, seed=5)
    attempt_id = store.start(session)
    while session.current is not None:  # every answer saved, the app closed before the results
        store.record(attempt_id, session.answer(varied(session.current)))
        session.advance()
    attempts = Attempts(store)
    left = attempts.unfinished(BANK.id)
    assert left is not None
    resumed = attempts.resume(left, BANK)
    assert resumed is not None and resumed.session.finished
    assert store.unfinished(BANK.id) is None
    assert store.history(BANK.id)[0].attempt_id == attempt_id


def test_a_failing_store_is_reported_once_and_the_quiz_goes_on_unsaved(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    reports = Reports()
    attempts = Attempts(ProgressStore(tmp_path / "data" / "p.sqlite3"), report=reports)
    attempt = attempts.start(BANK, QuizOptions(seed=2))
    assert attempt.saves
    answer_all(attempt)  # every answer and the finish: no exception reaches the quiz
    assert attempt.session.finished and len(attempt.session.outcomes) == len(BANK.questions)
    [problem] = reports
    assert not problem.recovered and "cannot" in str(problem)
    assert not attempt.saves and not attempts.saves
    assert attempt.retry_mistakes().saves is False  # the rest of the run is unsaved too
    assert attempts.unfinished(BANK.id) is None


def test_a_damaged_file_is_moved_aside_and_the_attempt_saved_again_whole(
    store: ProgressStore,
) -> None:
    reports = Reports()
    attempt = Attempts(store, report=reports).start(BANK, QuizOptions(seed=6))
    answer_all(attempt, 2)
    store.path.write_bytes(b"x" * 4096)  # damaged between two answers

    answer_all(attempt, 1)
    [problem] = reports
    assert problem.recovered and "moved aside" in str(problem)
    assert attempt.saves
    [backup] = store.path.parent.glob("*.bak")
    assert backup.read_bytes() == b"x" * 4096
    left = store.unfinished(BANK.id)  # the new file holds everything the learner did
    assert left is not None and left.answered == 3 and left.attempt_id == attempt.id
    resumed = store.resume(left, BANK)
    assert resumed is not None and resumed.outcomes == attempt.session.outcomes


def test_without_a_store_an_attempt_is_played_unsaved() -> None:
    attempt = Attempt(QuizSession(BANK, seed=3))
    answer_all(attempt)
    assert not attempt.saves and attempt.id is None
    assert attempt.finish().points_possible == attempt.session.points_possible


def test_an_empty_file_is_moved_aside_and_the_attempt_saved_again_whole(
    store: ProgressStore,
) -> None:
    reports = Reports()
    attempt = Attempts(store, report=reports).start(BANK, QuizOptions(seed=6))
    answer_all(attempt, 2)
    store.path.write_bytes(b"")  # emptied between two answers

    answer_all(attempt, 1)
    [problem] = reports
    assert isinstance(problem, ProgressError)
    assert problem.reason is ProgressProblem.FOREIGN_MOVED and problem.found is Found.EMPTY
    assert attempt.saves
    [backup] = store.path.parent.glob("*.bak")
    assert problem.moved_to == backup and backup.read_bytes() == b""
    left = store.unfinished(BANK.id)
    assert left is not None and left.answered == 3 and left.attempt_id == attempt.id


# -- a full disk: the answers wait in memory and are written once there is room ------------------


def stored(path: Path, attempt_id: int | None) -> list[tuple[int, str, str]]:
    """The attempt's answers as written: position, question and response, in writing order."""
    with closing_db(path) as db:
        rows = db.execute(
            "SELECT position, question_id, response FROM answers WHERE attempt_id = ?"
            " ORDER BY rowid",
            (attempt_id,),
        ).fetchall()
    return [(position, question, response) for position, question, response in rows]


def given(attempt: Attempt) -> list[tuple[int, str, str]]:
    """What the learner answered in the attempt, as it should be written."""
    return [
        (o.presented.number, o.presented.question.id, json.dumps(o.response))
        for o in attempt.session.outcomes
    ]


@pytest.fixture
def disk() -> FullDisk:
    return FullDisk()


@pytest.fixture
def full_store(tmp_path: Path, disk: FullDisk) -> ProgressStore:
    return ProgressStore(tmp_path / "data" / "progress.sqlite3", now=Clock(), connect=disk.connect)


def test_answers_given_on_a_full_disk_are_saved_in_order_once_there_is_room(
    full_store: ProgressStore, disk: FullDisk
) -> None:
    reports = Reports()
    attempts = Attempts(full_store, report=reports)
    attempt = attempts.start(BANK, QuizOptions(shuffle=True, seed=6))
    answer_all(attempt, 2)
    assert reports == [] and attempt.saves

    disk.full = True
    answer_all(attempt, 3)  # no exception reaches the quiz, and one report only
    [problem] = reports
    assert isinstance(problem, ProgressError)
    assert problem.reason is ProgressProblem.DISK_FULL and problem.temporary
    assert not attempt.saves and not attempts.saves  # quitting now would lose answers
    assert stored(full_store.path, attempt.id) == given(attempt)[:2]
    assert attempts.unfinished(BANK.id) is not None  # reading goes on as before
    assert len(reports) == 1

    disk.full = False
    commits = disk.commits
    answer_all(attempt, 1)  # the waiting answers first, then this one: one transaction
    assert disk.commits == commits + 1
    assert reports[1:] == [SavingResumed(full_store.path)]
    assert attempt.saves and attempts.saves
    assert stored(full_store.path, attempt.id) == given(attempt)
    assert [row[0] for row in stored(full_store.path, attempt.id)] == [1, 2, 3, 4, 5, 6]

    answer_all(attempt, 1)  # the last one: the attempt is finished and recorded as before
    assert stored(full_store.path, attempt.id) == given(attempt)
    [summary] = full_store.history(BANK.id)
    assert summary.attempt_id == attempt.id
    assert summary.points_earned == attempt.session.points_earned
    assert len(reports) == 2


def test_an_attempt_never_stored_waits_whole(full_store: ProgressStore, disk: FullDisk) -> None:
    disk.full = True
    reports = Reports()
    attempts = Attempts(full_store, report=reports)
    attempt = attempts.start(BANK, QuizOptions(seed=3))
    answer_all(attempt, 2)
    assert attempt.id is None and len(reports) == 1
    assert full_store.unfinished(BANK.id) is None  # not even the attempt is in the file

    disk.full = False
    answer_all(attempt, 1)
    assert attempt.id is not None and isinstance(reports[-1], SavingResumed)
    left = full_store.unfinished(BANK.id)
    assert left is not None and left.attempt_id == attempt.id and left.answered == 3
    assert stored(full_store.path, attempt.id) == given(attempt)


def test_a_result_that_waited_is_saved_before_the_next_attempts_first_answer(
    full_store: ProgressStore, disk: FullDisk
) -> None:
    reports = Reports()
    attempts = Attempts(full_store, report=reports)
    first = attempts.start(BANK, QuizOptions(seed=9))
    answer_all(first, 5)
    disk.full = True
    answer_all(first, first.session.total - 5)  # the last answers and the result wait
    assert first.session.finished and full_store.history(BANK.id) == []
    assert first.finish() == first.session.results()  # finishing again: still waiting, quiet
    retry = first.retry_mistakes()
    assert not retry.saves
    answer_all(retry, 1)
    assert retry.id is None and len(reports) == 1

    disk.full = False
    commits = disk.commits
    answer_all(retry, 1)
    assert disk.commits == commits + 1  # everything that waited, in one transaction
    assert reports[1:] == [SavingResumed(full_store.path)]
    assert stored(full_store.path, first.id) == given(first)
    [summary] = full_store.history(BANK.id)
    assert summary.attempt_id == first.id
    assert summary.points_earned == first.session.points_earned
    left = full_store.unfinished(BANK.id)
    assert left is not None and left.attempt_id == retry.id and left.answered == 2
    assert stored(full_store.path, retry.id) == given(retry)


def test_a_full_disk_when_finishing_keeps_the_result_until_finishing_again(
    full_store: ProgressStore, disk: FullDisk
) -> None:
    reports = Reports()
    attempt = Attempts(full_store, report=reports).start(BANK, QuizOptions(seed=2))
    answer_all(attempt, len(BANK.questions) - 1)
    assert attempt.session.current is not None
    attempt.answer(varied(attempt.session.current))
    disk.full = True
    attempt.advance()  # past the last question: the result cannot be stored now
    assert full_store.history(BANK.id) == [] and not attempt.saves
    disk.full = False
    attempt.finish()  # the results screen finishing again writes what waited
    [summary] = full_store.history(BANK.id)
    assert summary.attempt_id == attempt.id and attempt.saves
    assert [type(r) for r in reports] == [ProgressError, SavingResumed]
    attempt.finish()
    assert len(full_store.history(BANK.id)) == 1 and len(reports) == 2


def test_a_file_from_a_newer_nieuwsquiz_mid_run_still_stops_saving(
    store: ProgressStore,
) -> None:
    reports = Reports()
    attempts = Attempts(store, report=reports)
    attempt = attempts.start(BANK, QuizOptions(seed=4))
    answer_all(attempt, 1)
    store.path.unlink()
    with closing_db(store.path) as db:  # a newer nieuwsquiz replaced the file meanwhile
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer = store.path.read_bytes()

    answer_all(attempt, 3)
    [problem] = reports
    assert isinstance(problem, ProgressError)
    assert problem.reason is ProgressProblem.NEWER_FORMAT and not problem.temporary
    assert not attempt.saves and attempt.retry_mistakes().saves is False
    assert store.path.read_bytes() == newer
