"""Attempt: answering through it saves at once, finishing records the result, a retry is a new
attempt, resuming rebuilds from the stored pool, and a failing store never stops the quiz."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_bank
from test_progress import Clock, answer_rows, varied

from quiz.core.model import Category
from quiz.core.options import QuizOptions
from quiz.core.session import QuizSession
from quiz.errors import EmptySelectionError, ProgressError
from quiz.store.attempt import Attempt, Attempts
from quiz.store.progress import ProgressStore

BANK = make_bank()


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path / "data" / "progress.sqlite3", now=Clock())


class Reports(list[ProgressError]):
    """Collects what :class:`Attempts` reports, as the UI's notification callback would."""

    def __call__(self, problem: ProgressError) -> None:
        self.append(problem)


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
