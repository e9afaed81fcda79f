"""Progress faults at the store: a file that is not ours is moved aside untouched, ours from before
the mark is kept, a full disk or a failing write is a temporary problem that writes nothing.

Nothing found in the progress file's place is ever deleted or overwritten: it is moved to a dated
``.bak`` name with its journal, and a new file is started."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from factories import make_bank
from store_support import FULL, FullDisk
from test_progress import answer_rows, closing_db, play, varied, write_v1_attempt

from quiz.core.session import QuizSession
from quiz.errors import Found, ProgressError, ProgressProblem
from quiz.store.progress import SCHEMA_VERSION, ProgressStore, Unsaved
from quiz.store.schema import APPLICATION_ID, MIGRATIONS

BANK = make_bank()
STAMP = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    path = tmp_path / "data" / "progress.sqlite3"
    path.parent.mkdir()
    return ProgressStore(path, now=lambda: STAMP)


def backups(store: ProgressStore) -> list[Path]:
    return sorted(store.path.parent.glob(f"{store.path.name}.*.bak"))


def marks(path: Path) -> tuple[int, int]:
    """The file's application_id and user_version."""
    with closing_db(path) as db:
        return (
            db.execute("PRAGMA application_id").fetchone()[0],
            db.execute("PRAGMA user_version").fetchone()[0],
        )


def other_programs_database(path: Path, application_id: int = 0) -> None:
    """Another program's SQLite file: its own table and rows, a user_version far above ours."""
    with closing_db(path) as db:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        db.executemany("INSERT INTO notes (text) VALUES (?)", [("boodschappen",), ("bellen",)])
        db.execute(f"PRAGMA application_id = {application_id}")
        db.execute("PRAGMA user_version = 41")


CALLS: dict[str, Callable[[ProgressStore], object]] = {
    "read": lambda store: store.history(BANK.id),
    "write": lambda store: store.start(QuizSession(BANK, seed=1)),
}


def moved_aside(store: ProgressStore, call: str, found: Found) -> ProgressError:
    """Make ``call`` meet the file in the store's place; it must be moved aside as ``found``."""
    with pytest.raises(ProgressError) as raised:
        CALLS[call](store)
    problem = raised.value
    assert problem.reason is ProgressProblem.FOREIGN_MOVED and problem.found is found
    assert problem.recovered and not problem.temporary
    [backup] = backups(store)
    assert problem.path == store.path and problem.moved_to == backup
    message = str(problem)
    assert str(store.path) in message and str(backup) in message and "moved aside" in message
    assert "\n" not in message
    assert not store.path.exists()
    return problem


def saves_anew(store: ProgressStore) -> None:
    """After moving a file aside the store starts a new one of its own, and answers are kept."""
    play(store, QuizSession(BANK, seed=3), 2)
    left = store.unfinished(BANK.id)
    assert left is not None and left.answered == 2
    assert marks(store.path) == (APPLICATION_ID, SCHEMA_VERSION)


@pytest.mark.parametrize("call", CALLS)
def test_an_empty_file_is_moved_aside_and_answers_are_saved_anew(
    store: ProgressStore, call: str
) -> None:
    store.path.write_bytes(b"")
    moved_aside(store, call, Found.EMPTY)
    [backup] = backups(store)
    assert backup.read_bytes() == b""  # kept as it was, under its new name
    saves_anew(store)
    assert backups(store) == [backup]


@pytest.mark.parametrize("application_id", [0, 0x4D594150], ids=["unmarked", "marked-theirs"])
@pytest.mark.parametrize("call", CALLS)
def test_another_programs_database_is_moved_aside_untouched(
    store: ProgressStore, call: str, application_id: int
) -> None:
    other_programs_database(store.path, application_id)
    before = store.path.read_bytes()
    moved_aside(store, call, Found.OTHER_DATABASE)
    [backup] = backups(store)
    assert backup.read_bytes() == before
    with closing_db(backup) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master")]
        assert tables == ["notes"]
    saves_anew(store)


@pytest.mark.parametrize("call", CALLS)
def test_a_text_file_named_like_the_store_is_moved_aside(store: ProgressStore, call: str) -> None:
    text = "Mijn aantekeningen bij de quiz.\n" * 10
    store.path.write_text(text, encoding="utf-8")
    problem = moved_aside(store, call, Found.NOT_SQLITE)
    assert problem.moved_to is not None
    assert problem.moved_to.read_text(encoding="utf-8") == text
    saves_anew(store)


def test_an_sqlite_file_without_tables_is_not_ours_whatever_its_version(
    store: ProgressStore,
) -> None:
    """Only a file with our mark, or our tables, can be from a newer nieuwsquiz."""
    with closing_db(store.path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = store.path.read_bytes()
    problem = moved_aside(store, "read", Found.EMPTY)
    assert problem.moved_to is not None and problem.moved_to.read_bytes() == before
    saves_anew(store)


def test_a_file_with_some_of_our_tables_only_is_not_ours(store: ProgressStore) -> None:
    with closing_db(store.path) as db:
        db.execute("CREATE TABLE attempts (id INTEGER PRIMARY KEY)")
        db.execute("PRAGMA user_version = 1")
    moved_aside(store, "write", Found.OTHER_DATABASE)
    saves_anew(store)


@pytest.mark.parametrize("version", [1, 2])
def test_our_file_from_before_the_mark_is_accepted_and_marked(
    store: ProgressStore, version: int
) -> None:
    original = QuizSession(BANK, shuffle=True, seed=31)
    write_v1_attempt(store.path, original, 3)
    if version == 2:
        with closing_db(store.path) as db:
            for statement in MIGRATIONS[1]:
                db.execute(statement)
            db.execute("PRAGMA user_version = 2")
    assert marks(store.path) == (0, version)

    left = store.unfinished(BANK.id)  # reading marks the file ours (and migrates it)
    assert marks(store.path) == (APPLICATION_ID, SCHEMA_VERSION)
    assert backups(store) == [] and list(store.path.parent.iterdir()) == [store.path]
    assert left is not None and left.attempt_id == 7 and left.answered == 3
    resumed = store.resume(left, BANK)
    assert resumed is not None and resumed.outcomes == original.outcomes
    assert resumed.current is not None
    store.record(7, resumed.answer(varied(resumed.current)))  # the old attempt goes on
    assert answer_rows(store.path, 7) == 4


def test_a_foreign_file_takes_its_journal_and_wal_along(store: ProgressStore) -> None:
    other_programs_database(store.path)
    companions = {"-journal": b"journal bytes", "-wal": b"wal bytes", "-shm": b"shm bytes"}
    for suffix, data in companions.items():
        store.path.with_name(store.path.name + suffix).write_bytes(data)
    moved_aside(store, "write", Found.OTHER_DATABASE)
    [backup] = backups(store)
    for suffix, data in companions.items():
        assert backup.with_name(backup.name + suffix).read_bytes() == data
        assert not store.path.with_name(store.path.name + suffix).exists()


def test_moving_aside_never_overwrites_an_earlier_backup(store: ProgressStore) -> None:
    """The dated name is taken: the next free one is used, the earlier files stay as they are."""
    taken = store.path.with_name(f"{store.path.name}.20240101T000000Z.bak")
    taken.write_text("an earlier backup")
    journal_taken = store.path.with_name(f"{store.path.name}.20240101T000000Z-2.bak-journal")
    journal_taken.write_text("an earlier backup's journal")
    store.path.write_bytes(b"")
    problem = moved_aside_of_several(store)
    assert problem.moved_to == store.path.with_name(f"{store.path.name}.20240101T000000Z-3.bak")
    assert taken.read_text() == "an earlier backup"
    assert journal_taken.read_text() == "an earlier backup's journal"
    assert problem.moved_to.read_bytes() == b""


def moved_aside_of_several(store: ProgressStore) -> ProgressError:
    with pytest.raises(ProgressError) as raised:
        store.history(BANK.id)
    assert raised.value.reason is ProgressProblem.FOREIGN_MOVED
    return raised.value


def test_a_file_that_cannot_be_moved_aside_stops_saving_and_stays(
    store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.path.write_text("not ours")

    def refuse(source: Any, target: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ProgressError, match="could not be moved aside") as raised:
        store.start(QuizSession(BANK, seed=1))
    problem = raised.value
    assert problem.reason is ProgressProblem.CANNOT_MOVE and problem.found is Found.NOT_SQLITE
    assert not problem.recovered and not problem.temporary
    assert problem.detail == "Permission denied"
    assert store.path.read_text() == "not ours"
    assert list(store.path.parent.iterdir()) == [store.path]  # the reserved name is given back


def test_damage_inside_our_file_is_damaged_not_foreign(store: ProgressStore) -> None:
    for seed in range(20):
        play(store, QuizSession(BANK, seed=seed), len(BANK.questions))
    data = bytearray(store.path.read_bytes())
    data[4096 : 3 * 4096] = b"\xff" * (2 * 4096)  # the header, with our mark, is intact
    store.path.write_bytes(bytes(data))
    with pytest.raises(ProgressError) as raised:
        store.history(BANK.id)
    assert raised.value.reason is ProgressProblem.DAMAGED_MOVED and raised.value.found is None
    assert raised.value.recovered and raised.value.detail  # SQLite's own words
    [backup] = backups(store)
    assert backup.read_bytes() == bytes(data)


class HeaderReads:
    """Counts how often the store reads the first bytes of its file to recognise it."""

    def __init__(self, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = Path.open

        def spy(self_: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if self_ == path and mode == "rb":
                self.count += 1
            return original(self_, mode, *args, **kwargs)

        monkeypatch.setattr(Path, "open", spy)


def test_the_file_is_recognised_once_not_at_every_answer(
    store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = HeaderReads(store.path, monkeypatch)
    play(store, QuizSession(BANK, seed=1), 5)  # made by this store: known without reading
    assert store.unfinished(BANK.id) is not None
    assert reads.count == 0

    again = ProgressStore(store.path)  # another run: the file is checked on first use only
    left = again.unfinished(BANK.id)
    assert left is not None
    session = again.resume(left, BANK)
    assert session is not None
    while session.current is not None:
        again.record(left.attempt_id, session.answer(varied(session.current)))
        session.advance()
    again.finish(left.attempt_id, session.results())
    assert reads.count == 1

    store.start(QuizSession(BANK, seed=2))  # changed by the other store: checked again
    assert reads.count == 2
    assert again.history(BANK.id) and reads.count == 3  # and the other way round
    assert again.history(BANK.id) and reads.count == 3

    store.path.write_text("replaced behind the store's back")
    with pytest.raises(ProgressError) as raised:
        again.history(BANK.id)
    assert raised.value.reason is ProgressProblem.FOREIGN_MOVED and reads.count == 4


def test_a_new_file_is_made_whole_and_leaves_nothing_else(store: ProgressStore) -> None:
    store.start(QuizSession(BANK, seed=1))
    assert list(store.path.parent.iterdir()) == [store.path]
    assert marks(store.path) == (APPLICATION_ID, SCHEMA_VERSION)


def test_without_hard_links_the_new_file_is_made_in_place(
    store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: Any, target: Any) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    play(store, QuizSession(BANK, seed=1), 2)
    assert list(store.path.parent.iterdir()) == [store.path]
    assert marks(store.path) == (APPLICATION_ID, SCHEMA_VERSION)
    assert answer_rows(store.path, 1) == 2


def test_a_file_another_nieuwsquiz_made_first_is_used_not_replaced(
    store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = ProgressStore(store.path.with_name("elsewhere.sqlite3"))
    play(other, QuizSession(BANK, seed=4), 3)
    link = os.link

    def made_first(source: Any, target: Any) -> None:
        link(other.path, target)  # the other run's file appears just before ours
        raise FileExistsError(errno.EEXIST, "File exists")

    monkeypatch.setattr(os, "link", made_first)
    store.start(QuizSession(BANK, seed=5))
    assert store.path.samefile(other.path)
    assert answer_rows(store.path, 1) == 3  # theirs, with its answers, and ours next to it
    assert len(store.history(BANK.id)) == 0 and store.unfinished(BANK.id) is not None
    assert sorted(p.name for p in store.path.parent.iterdir()) == [
        "elsewhere.sqlite3",
        "progress.sqlite3",
    ]


# -- a full disk, a failing write --------------------------------------------------------------


def unsaved(session: QuizSession, attempt_id: int | None, start: int) -> Unsaved:
    return Unsaved(attempt_id, session, None, tuple(session.outcomes[start:]))


def test_a_full_disk_is_temporary_and_writes_nothing(tmp_path: Path) -> None:
    disk = FullDisk()
    store = ProgressStore(tmp_path / "progress.sqlite3", connect=disk.connect)
    session = QuizSession(BANK, seed=2)
    attempt_id = play(store, session, 1)

    disk.full = True
    assert session.current is not None
    outcome = session.answer(varied(session.current))
    session.advance()
    with pytest.raises(ProgressError, match="disk is full") as raised:
        store.record(attempt_id, outcome)
    problem = raised.value
    assert problem.reason is ProgressProblem.DISK_FULL and problem.detail == FULL
    assert problem.temporary and not problem.recovered and str(store.path) in str(problem)
    assert session.current is not None
    session.answer(varied(session.current))
    second = QuizSession(BANK, seed=3)
    assert second.current is not None
    second.answer(varied(second.current))
    batch = [unsaved(session, attempt_id, 1), unsaved(second, None, 0)]
    with pytest.raises(ProgressError, match="disk is full"):
        store.save(batch)
    assert answer_rows(store.path, attempt_id) == 1  # nothing of the batch was written
    assert len(store.history(BANK.id)) == 0  # reading still works
    left = store.unfinished(BANK.id)
    assert left is not None and left.attempt_id == attempt_id and left.answered == 1

    disk.full = False  # room again: the whole batch, in one transaction
    commits = disk.commits
    ids = store.save(batch)
    assert disk.commits == commits + 1
    assert ids[0] == attempt_id and ids[1] != attempt_id
    assert answer_rows(store.path, attempt_id) == 3 and answer_rows(store.path, ids[1]) == 1


def test_no_room_for_the_folder_is_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(self: Path, *args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "mkdir", no_room)
    store = ProgressStore(tmp_path / "data" / "progress.sqlite3")
    with pytest.raises(ProgressError, match="cannot create the folder") as raised:
        store.start(QuizSession(BANK, seed=1))
    assert raised.value.reason is ProgressProblem.DISK_FULL and raised.value.temporary
    assert raised.value.detail == "No space left on device"


def test_no_room_for_a_new_file_leaves_no_half_file(
    store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(ProgressError) as raised:
        store.start(QuizSession(BANK, seed=1))
    assert raised.value.reason is ProgressProblem.DISK_FULL
    assert list(store.path.parent.iterdir()) == []
    monkeypatch.undo()
    play(store, QuizSession(BANK, seed=1), 1)
    assert marks(store.path) == (APPLICATION_ID, SCHEMA_VERSION)


def test_a_read_only_database_cannot_be_written_for_now(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    play(ProgressStore(path), QuizSession(BANK, seed=1), 1)

    def read_only(uri: str) -> sqlite3.Connection:
        return sqlite3.connect(uri.replace("mode=rw", "mode=ro"), uri=True)

    store = ProgressStore(path, connect=read_only)
    assert store.unfinished(BANK.id) is not None
    with pytest.raises(ProgressError, match="cannot save") as raised:
        store.start(QuizSession(BANK, seed=2))
    problem = raised.value
    assert problem.reason is ProgressProblem.CANNOT_WRITE and problem.temporary
    assert "readonly" in problem.detail and not problem.recovered
    assert list(path.parent.iterdir()) == [path]
