"""ProgressStore: every answer survives quitting, crashing and damaged files; resume replays it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from factories import make_bank, make_multiple_choice, make_short_answer, make_true_false
from hypothesis import given
from hypothesis import strategies as st

from quiz.core.model import Bank, Category
from quiz.core.session import PresentedQuestion, QuizSession, Response
from quiz.errors import ProgressProblem, QuizError
from quiz.kinds.cloze import Cloze
from quiz.kinds.matching import Matching
from quiz.kinds.multiple_choice import MultipleChoice
from quiz.kinds.ordering import Ordering
from quiz.kinds.true_false import TrueFalse
from quiz.store.progress import (
    SCHEMA_VERSION,
    ProgressError,
    ProgressStore,
    _response_from_json,
    _shown_digest,
)
from quiz.store.schema import APPLICATION_ID, MIGRATIONS

BANK = make_bank()
TESTS = Path(__file__).resolve().parent


class Clock:
    """A clock that moves a minute each time it is read, in a non-UTC zone on purpose."""

    def __init__(self) -> None:
        self.time = datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=1)))

    def __call__(self) -> datetime:
        self.time += timedelta(minutes=1)
        return self.time


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path / "data" / "progress.sqlite3", now=Clock())


def varied(p: PresentedQuestion) -> Response:
    """A response of the most telling shape for ``p``: partly right, or wrong, or with a None."""
    q = p.question
    match q:
        case MultipleChoice() | Cloze() if p.choices:
            return p.choices.index(q.answer)
        case TrueFalse():
            return not q.answer
        case Cloze():
            return "maaart"  # ALMOST: keeps the streak, shows a correction
        case Ordering():
            order = [p.items.index(item) for item in q.items]
            order[0], order[1] = order[1], order[0]
            return tuple(order)
        case Matching():
            return tuple(None if i == 1 else p.rights.index(r) for i, (_, r) in enumerate(q.pairs))
    return "Riga, Letland"


def play(
    store: ProgressStore, session: QuizSession, count: int, pool: Sequence[str] | None = None
) -> int:
    attempt_id = store.start(session, pool)
    for _ in range(count):
        assert session.current is not None
        store.record(attempt_id, session.answer(varied(session.current)))
        session.advance()
    return attempt_id


def same(a: object, b: object) -> bool:
    """Equal and of the same types all the way down (``True == 1`` and ``(1,) != [1]``)."""
    return repr(a) == repr(b)


@pytest.mark.parametrize("answered", range(1, len(BANK.questions) + 1))
def test_every_response_type_round_trips_through_resume(
    store: ProgressStore, answered: int
) -> None:
    original = QuizSession(BANK, shuffle=True, seed=4242)
    attempt_id = play(store, original, answered)

    attempt = store.unfinished(BANK.id)
    assert attempt is not None
    assert (attempt.attempt_id, attempt.answered, attempt.total) == (attempt_id, answered, 7)
    assert attempt.options == original.options and attempt.seed == 4242
    assert attempt.question_ids == tuple(q.id for q in original.questions)
    assert all(
        same(r, o.response) for r, o in zip(attempt.responses, original.outcomes, strict=True)
    )
    assert attempt.started_at.tzinfo is not None and attempt.started_at.utcoffset() == timedelta()

    resumed = store.resume(attempt, BANK)
    assert resumed is not None
    assert resumed.presented == original.presented  # the same choices, items and rights
    assert resumed.current == original.current and resumed.finished == original.finished
    assert resumed.points_earned == original.points_earned
    assert (resumed.streak, resumed.best_streak) == (original.streak, original.best_streak)
    assert resumed.outcomes == original.outcomes


def test_a_resumed_attempt_records_on_and_finishes(store: ProgressStore) -> None:
    play(store, QuizSession(BANK, seed=1), 3)
    attempt = store.unfinished(BANK.id)
    assert attempt is not None
    session = store.resume(attempt, BANK)
    assert session is not None and session.current is not None and session.current.number == 4
    while session.current is not None:
        store.record(attempt.attempt_id, session.answer(varied(session.current)))
        session.advance()
    store.finish(attempt.attempt_id, session.results())
    assert store.unfinished(BANK.id) is None
    last = store.last_result(BANK.id)
    assert last is not None and last.attempt_id == attempt.attempt_id
    assert last.percent == pytest.approx(session.results().percent)


def test_true_false_answered_by_index_stays_an_index(store: ProgressStore) -> None:
    bank = make_bank([make_true_false(), make_short_answer()])
    session = QuizSession(bank, seed=3)
    attempt_id = store.start(session)
    store.record(attempt_id, session.answer(1))  # "onjuist" as an index, not False
    attempt = store.unfinished(bank.id)
    assert attempt is not None and same(attempt.responses, (1,))


@given(
    st.booleans()
    | st.integers()
    | st.text()
    | st.lists(st.integers(min_value=0) | st.none()).map(tuple)
)
def test_responses_round_trip_through_json(response: Response) -> None:
    assert same(_response_from_json(json.dumps(response)), response)


@pytest.mark.parametrize("shuffle", [False, True])
def test_a_retry_of_mistakes_resumes_from_its_own_pool(store: ProgressStore, shuffle: bool) -> None:
    first = QuizSession(BANK, shuffle=shuffle, seed=9)
    while first.current is not None:
        first.answer(varied(first.current))
        first.advance()
    retry = first.retry_mistakes()
    pool = [o.presented.question.id for o in first.results().mistakes]
    assert len(pool) > 2  # a real subset to shuffle
    play(store, retry, 1, pool)
    attempt = store.unfinished(BANK.id)
    assert attempt is not None and attempt.pool == tuple(pool)
    assert attempt.options == retry.options
    resumed = store.resume(attempt, BANK)
    assert resumed is not None and resumed.presented == retry.presented
    assert resumed.outcomes == retry.outcomes


def test_the_pool_is_stored_in_order_and_defaults_to_the_bank(store: ProgressStore) -> None:
    play(store, QuizSession(BANK, seed=2), 1)
    attempt = store.unfinished(BANK.id)
    assert attempt is not None and attempt.pool == tuple(q.id for q in BANK.questions)
    chosen = [BANK.questions[3], BANK.questions[0]]
    play(store, QuizSession(BANK, chosen, seed=2), 1, [q.id for q in chosen])
    attempt = store.unfinished(BANK.id)
    assert attempt is not None and attempt.pool == (chosen[0].id, chosen[1].id)


def test_resume_uses_the_stored_pool_not_the_bank(store: ProgressStore) -> None:
    """A session built from part of the bank resumes as that part, shuffled or not; a bank
    with the same questions in another order changes nothing."""
    chosen = [BANK.questions[5], BANK.questions[1], BANK.questions[2], BANK.questions[6]]
    session = QuizSession(BANK, chosen, shuffle=True, seed=21)
    play(store, session, 2, [q.id for q in chosen])
    reordered = replace(BANK, questions=tuple(reversed(BANK.questions)))
    attempt = store.unfinished(BANK.id)
    assert attempt is not None
    resumed = store.resume(attempt, reordered)
    assert resumed is not None and resumed.presented == session.presented
    assert resumed.current is not None and resumed.current.number == 3


def test_resume_refuses_a_pool_question_gone_from_the_bank(store: ProgressStore) -> None:
    chosen = [BANK.questions[0], BANK.questions[-1]]
    play(store, QuizSession(BANK, chosen, seed=3), 1, [q.id for q in chosen])
    attempt = store.unfinished(BANK.id)
    assert attempt is not None
    assert store.resume(attempt, replace(BANK, questions=BANK.questions[:-1])) is None


def changed_banks() -> dict[str, Bank]:
    mc = BANK.questions[0]
    assert isinstance(mc, MultipleChoice)
    other_choices = replace(mc, choices=("Jan de Vries", "Eva Hartog", "Anna Smit", "Piet Bos"))
    return {
        "a choice reworded": replace(BANK, questions=(other_choices, *BANK.questions[1:])),
        "a question removed": replace(BANK, questions=BANK.questions[:-1]),
        "another bank": replace(BANK, id="ander-artikel"),
    }


def test_a_question_added_to_the_bank_does_not_stop_a_resume(store: ProgressStore) -> None:
    """Everything the learner saw is still there, so the attempt goes on with its own questions."""
    session = QuizSession(BANK, seed=5)
    play(store, session, 2)
    grown = replace(BANK, questions=(*BANK.questions, make_multiple_choice(id="wie-nieuw")))
    attempt = store.unfinished(BANK.id)
    assert attempt is not None
    resumed = store.resume(attempt, grown)
    assert resumed is not None and resumed.presented == session.presented


@pytest.mark.parametrize("change", changed_banks())
def test_resume_refuses_a_changed_bank(store: ProgressStore, change: str) -> None:
    play(store, QuizSession(BANK, seed=5), 2)
    attempt = store.unfinished(BANK.id)
    assert attempt is not None
    assert store.resume(attempt, changed_banks()[change]) is None
    assert store.unfinished(BANK.id) == attempt  # refused, not lost


def test_resume_keeps_categories_and_limit(store: ProgressStore) -> None:
    session = QuizSession(BANK, categories=[Category.WAAR, Category.WIE], limit=2, seed=11)
    play(store, session, 1)
    attempt = store.unfinished(BANK.id)
    assert attempt is not None
    assert attempt.options.categories == (Category.WIE, Category.WAAR)
    assert attempt.options.limit == 2
    resumed = store.resume(attempt, BANK)
    assert resumed is not None and resumed.presented == session.presented


def test_finish_fills_history_newest_first(store: ProgressStore) -> None:
    scores = []
    for seed in (1, 2, 3):
        session = QuizSession(BANK, seed=seed)
        attempt_id = play(store, session, len(BANK.questions))
        store.finish(attempt_id, session.results())
        scores.append((attempt_id, session.results()))
    history = store.history(BANK.id)
    assert [h.attempt_id for h in history] == [a for a, _ in reversed(scores)]
    newest_id, newest = scores[-1]
    assert history[0].points_earned == newest.points_earned
    assert history[0].points_possible == newest.points_possible
    assert history[0].percent == pytest.approx(newest.percent)
    assert history[0].questions == 7
    assert history[0].finished_at > history[0].started_at
    assert history[0].finished_at.utcoffset() == timedelta()
    assert store.last_result(BANK.id) == history[0]
    assert [h.attempt_id for h in store.history(BANK.id, limit=2)] == [newest_id, scores[1][0]]
    assert store.history("ander-artikel") == [] and store.last_result("ander-artikel") is None
    assert store.unfinished(BANK.id) is None


def test_finish_saves_outcomes_that_were_never_recorded(store: ProgressStore) -> None:
    session = QuizSession(BANK, seed=8)
    attempt_id = store.start(session)
    while session.current is not None:
        session.answer(varied(session.current))
        session.advance()
    store.finish(attempt_id, session.results())
    assert answer_rows(store.path, attempt_id) == 7


def test_recording_twice_keeps_the_first_answer(store: ProgressStore) -> None:
    session = QuizSession(BANK, seed=8)
    attempt_id = store.start(session)
    outcome = session.answer(varied(session.presented[0]))
    store.record(attempt_id, outcome)
    store.record(attempt_id, outcome)
    assert answer_rows(store.path, attempt_id) == 1


def test_an_answer_for_an_unknown_attempt_is_refused(store: ProgressStore) -> None:
    session = QuizSession(BANK, seed=8)
    store.start(session)
    outcome = session.answer(varied(session.presented[0]))
    with pytest.raises(ProgressError, match="no attempt 99"):
        store.record(99, outcome)


def test_discard_keeps_the_answers_but_stops_offering(store: ProgressStore) -> None:
    older = play(store, QuizSession(BANK, seed=1), 2)
    newer = play(store, QuizSession(BANK, seed=2), 3)
    store.start(QuizSession(BANK, seed=3))  # nothing answered: never offered
    attempt = store.unfinished(BANK.id)
    assert attempt is not None and attempt.attempt_id == newer
    store.discard(newer)
    assert answer_rows(store.path, newer) == 3
    attempt = store.unfinished(BANK.id)
    assert attempt is not None and attempt.attempt_id == older
    store.discard(older)
    assert store.unfinished(BANK.id) is None
    assert store.history(BANK.id) == []


def test_a_crash_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from factories import make_bank
        from quiz.store.progress import ProgressStore
        from quiz.core.session import QuizSession
        store = ProgressStore(Path({str(path)!r}))
        session = QuizSession(make_bank(), seed=6)
        attempt_id = store.start(session)
        store.record(attempt_id, session.answer(session.presented[0].choices.index("Eva Hartog")))
        session.advance()
        store.record(attempt_id, session.answer(True))
        os._exit(1)  # no cleanup, no close: as if the process were killed
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)])}
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    attempt = ProgressStore(path).unfinished(BANK.id)
    eva = QuizSession(BANK, seed=6).presented[0].choices.index("Eva Hartog")
    assert attempt is not None and same(attempt.responses, (eva, True))
    resumed = ProgressStore(path).resume(attempt, BANK)
    assert resumed is not None and resumed.current is not None and resumed.current.number == 3


def test_dropping_the_store_without_closing_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    play(ProgressStore(path), QuizSession(BANK, seed=6), 4)  # the store object is dropped here
    attempt = ProgressStore(path).unfinished(BANK.id)
    assert attempt is not None and attempt.answered == 4


def test_reading_creates_no_file_or_folder(store: ProgressStore) -> None:
    assert store.unfinished(BANK.id) is None
    assert store.history(BANK.id) == [] and store.last_result(BANK.id) is None
    assert not store.path.parent.exists()
    store.start(QuizSession(BANK, seed=1))
    assert store.path.is_file()
    with closing_db(store.path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_the_default_store_lives_in_the_isolated_data_folder(user_home: Path) -> None:
    store = ProgressStore.default()
    assert store.path == user_home / "progress.sqlite3"
    store.start(QuizSession(BANK, seed=1))
    assert store.path.is_file()


@pytest.mark.parametrize("call", ["read", "write"])
def test_a_damaged_file_is_moved_aside_and_a_new_one_started(
    store: ProgressStore, call: str
) -> None:
    store.path.parent.mkdir(parents=True)
    garbage = bytes(range(256)) * 16
    store.path.write_bytes(garbage)
    with pytest.raises(ProgressError) as raised:
        if call == "read":
            store.unfinished(BANK.id)
        else:
            store.start(QuizSession(BANK, seed=1))
    assert isinstance(raised.value, QuizError) and raised.value.recovered
    [backup] = store.path.parent.glob("progress.sqlite3.*.bak")
    assert backup.read_bytes() == garbage  # kept, never deleted
    message = str(raised.value)
    assert str(store.path) in message and str(backup) in message and "damaged" in message
    assert "\n" not in message
    assert not store.path.exists()
    assert store.unfinished(BANK.id) is None
    play(store, QuizSession(BANK, seed=1), 1)  # the fresh store works
    assert store.unfinished(BANK.id) is not None


def test_damage_inside_a_real_progress_file_is_caught(store: ProgressStore) -> None:
    for seed in range(20):
        play(store, QuizSession(BANK, seed=seed), len(BANK.questions))
    data = bytearray(store.path.read_bytes())
    assert len(data) > 4 * 4096
    data[4096 : 3 * 4096] = b"\xff" * (2 * 4096)
    store.path.write_bytes(bytes(data))
    with pytest.raises(ProgressError, match="damaged") as raised:
        store.unfinished(BANK.id)
    assert raised.value.recovered
    assert len(list(store.path.parent.glob("*.bak"))) == 1


def test_a_second_damaged_file_gets_its_own_backup(tmp_path: Path) -> None:
    store = ProgressStore(
        tmp_path / "progress.sqlite3", now=lambda: datetime(2024, 1, 1, tzinfo=UTC)
    )
    for garbage in (b"x" * 4096, b"y" * 4096):
        store.path.write_bytes(garbage)
        with pytest.raises(ProgressError, match="moved aside"):
            store.history(BANK.id)
    assert sorted(p.read_bytes()[:1] for p in tmp_path.glob("*.bak")) == [b"x", b"y"]


@pytest.mark.parametrize("marked", [True, False], ids=["marked", "from-before-the-mark"])
def test_a_file_from_a_newer_version_is_refused_and_left_alone(
    store: ProgressStore, marked: bool
) -> None:
    """A newer nieuwsquiz marks its files ours; one that looks like ours by its tables alone is
    refused as well. (An unmarked database without our tables is not ours: it is moved aside,
    see test_progress_files.py.)"""
    store.path.parent.mkdir(parents=True)
    with closing_db(store.path) as db:
        if marked:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        else:
            for statement in MIGRATIONS[0]:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = store.path.read_bytes()
    with pytest.raises(ProgressError, match="newer") as raised:
        store.history(BANK.id)
    assert raised.value.reason is ProgressProblem.NEWER_FORMAT
    assert str(store.path) in str(raised.value) and not raised.value.recovered
    with pytest.raises(ProgressError, match="newer"):
        store.start(QuizSession(BANK, seed=1))
    assert list(store.path.parent.iterdir()) == [store.path]
    assert store.path.read_bytes() == before


def test_a_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    store = ProgressStore(tmp_path / "data" / "progress.sqlite3")
    with pytest.raises(ProgressError, match="cannot") as raised:
        store.start(QuizSession(BANK, seed=1))
    assert str(store.path) in str(raised.value)


@pytest.mark.parametrize("call", ["read", "write"])
def test_a_file_that_cannot_be_opened_is_reported(tmp_path: Path, call: str) -> None:
    store = ProgressStore(tmp_path / "progress.sqlite3")
    store.path.mkdir()  # a folder where the file should be
    with pytest.raises(ProgressError, match="cannot") as raised:
        if call == "read":
            store.history(BANK.id)
        else:
            store.start(QuizSession(BANK, seed=1))
    assert str(store.path) in str(raised.value) and not raised.value.recovered
    assert store.path.is_dir()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ProgressError, match="cannot save") as raised:
            ProgressStore(folder / "progress.sqlite3").start(QuizSession(BANK, seed=1))
        assert str(folder / "progress.sqlite3") in str(raised.value)
    finally:
        folder.chmod(0o700)


def write_v1_attempt(path: Path, session: QuizSession, answered: int) -> None:
    """A progress file as nieuwsquiz wrote it before pools were stored (format 1): the v1 tables
    only, one attempt at ``session`` with its first ``answered`` answers."""
    with closing_db(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("PRAGMA user_version = 1")
        db.execute(
            "INSERT INTO attempts (id, bank_id, bank_path, started_at, seed, options,"
            " question_ids, shown_digest, points_possible) VALUES (7, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session.bank.id,
                str(session.bank.path),
                "2024-03-01T11:00:00.000000+00:00",
                session.seed,
                json.dumps({"categories": None, "limit": None, "shuffle": True}),
                json.dumps([q.id for q in session.questions]),
                _shown_digest(session),
                session.points_possible,
            ),
        )
        for _ in range(answered):
            assert session.current is not None
            outcome = session.answer(varied(session.current))
            session.advance()
            db.execute(
                "INSERT INTO answers VALUES (7, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    outcome.presented.number,
                    outcome.presented.question.id,
                    json.dumps(outcome.response),
                    outcome.verdict.value,
                    outcome.credit,
                    outcome.points_earned,
                    outcome.points_possible,
                    "2024-03-01T11:01:00.000000+00:00",
                ),
            )


def test_a_v1_file_is_migrated_and_its_attempt_resumes_from_the_bank(
    store: ProgressStore,
) -> None:
    store.path.parent.mkdir(parents=True)
    original = QuizSession(BANK, shuffle=True, seed=31)
    write_v1_attempt(store.path, original, 3)

    attempt = store.unfinished(BANK.id)  # reading migrates the file
    with closing_db(store.path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        columns = [row[1] for row in db.execute("PRAGMA table_info(attempts)")]
        assert columns[-1] == "pool"
    assert attempt is not None and attempt.attempt_id == 7 and attempt.answered == 3
    assert attempt.pool is None  # not known for v1 attempts: they were built from the bank
    resumed = store.resume(attempt, BANK)
    assert resumed is not None and resumed.presented == original.presented
    assert resumed.outcomes == original.outcomes

    while resumed.current is not None:  # the old attempt goes on in the migrated file
        store.record(7, resumed.answer(varied(resumed.current)))
        resumed.advance()
    store.finish(7, resumed.results())
    assert answer_rows(store.path, 7) == len(BANK.questions)
    [summary] = store.history(BANK.id)
    assert summary.attempt_id == 7 and summary.points_earned == resumed.points_earned
    play(store, QuizSession(BANK, seed=1), 1)  # new attempts store their pool
    newest = store.unfinished(BANK.id)
    assert newest is not None and newest.pool == tuple(q.id for q in BANK.questions)


def answer_rows(path: Path, attempt_id: int) -> int:
    with closing_db(path) as db:
        query = "SELECT count(*) FROM answers WHERE attempt_id = ?"
        count: int = db.execute(query, (attempt_id,)).fetchone()[0]
        return count


@contextmanager
def closing_db(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection to look inside the file, committed and closed afterwards."""
    with closing(sqlite3.connect(path)) as db, db:
        yield db
