"""Saved progress: every answer is written down the moment it is given, so nothing is lost.

"Nothing a user did is ever lost": quitting or crashing mid-quiz must not throw answers away.
Each answer is its own committed SQLite transaction (rollback journal, ``synchronous=FULL``),
so a crash a second later loses nothing. The plain journal keeps the store one file that can be
copied, and works in folders where WAL's shared-memory file cannot be made.

A session is not stored question by question: :class:`QuizSession` is deterministic for the same
pool (the questions it was built from), options and seed, so the store keeps those plus the
responses, and :meth:`ProgressStore.resume` rebuilds the session and replays them. A digest of
what was shown (ids, choices, items, rights) guards the replay: if the bank changed, an index could
point at a different choice, so the store refuses to resume rather than score an answer never
given.

Nothing is deleted or overwritten: an attempt the learner chose not to resume is marked abandoned,
and a file that is damaged or not ours (empty, a text file, another program's database; see
:mod:`quiz.store.schema` for how ours is recognised) is moved aside to a dated name, never written
to, and a new file is started. A new file is written whole under a temporary name and then linked
into place, so another nieuwsquiz never finds it empty. Every failure is a :class:`ProgressError`
with one English line to log and its reason as data for the UI.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import secrets
import sqlite3
import stat
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal, NoReturn

from quiz.core.model import Bank, Category
from quiz.core.options import QuizOptions
from quiz.core.paths import DATA_ENV, user_data_dir
from quiz.core.scoring import percent
from quiz.core.session import Outcome, QuizSession, Response, Results
from quiz.errors import EmptySelectionError, Found, ProgressError, ProgressProblem
from quiz.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, TABLES

__all__ = [
    "SCHEMA_VERSION",
    "AttemptSummary",
    "Connect",
    "ProgressError",
    "ProgressStore",
    "UnfinishedAttempt",
    "Unsaved",
    "resumed_session",
]

FILE_NAME = "progress.sqlite3"

#: Opens the file at a ``file:`` URI (``mode=rw``: never creates it). The store sets the
#: connection up itself; tests pass one whose connection fails, e.g. as on a full disk.
Connect = Callable[[str], sqlite3.Connection]

#: What :meth:`ProgressStore._examine` found the file to be.
_Check = Literal["ours", "unmarked", "ask"]

_DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER = 100  # bytes of the SQLite header: user_version at 60, application_id at 68


@dataclass(frozen=True, slots=True)
class UnfinishedAttempt:
    """An attempt the learner left with answers given; what :meth:`ProgressStore.resume` needs.

    ``responses`` are in question order from the first: ``responses[i]`` answers
    ``question_ids[i]``. Keep ``attempt_id`` to go on recording into the same attempt."""

    attempt_id: int
    bank_id: str
    bank_path: Path
    started_at: datetime
    options: QuizOptions  # seed included
    question_ids: tuple[str, ...]  # in the order they were presented
    pool: tuple[str, ...] | None  # what the session was built from; None: the bank's questions
    responses: tuple[Response, ...]
    shown_digest: str  # what the learner saw; resume refuses when the rebuilt session differs

    @property
    def answered(self) -> int:
        return len(self.responses)

    @property
    def total(self) -> int:
        return len(self.question_ids)

    @property
    def seed(self) -> int | None:
        return self.options.seed


@dataclass(frozen=True, slots=True)
class AttemptSummary:
    """One finished attempt, for the library's "last time" and history."""

    attempt_id: int
    started_at: datetime
    finished_at: datetime
    points_earned: float
    points_possible: int
    questions: int

    @property
    def percent(self) -> float:
        return percent(self.points_earned, self.points_possible)


@dataclass(frozen=True, slots=True)
class Unsaved:
    """What of one attempt is not in the file yet, for :meth:`ProgressStore.save`.

    ``attempt_id`` None: the attempt is not in the file at all and is started first (from
    ``session`` and ``pool``, as :meth:`ProgressStore.start` does). Then ``outcomes`` are
    recorded in order, and with ``results`` the attempt is finished."""

    attempt_id: int | None
    session: QuizSession
    pool: Sequence[str] | None
    outcomes: tuple[Outcome, ...]
    results: Results | None = None


class ProgressStore:
    """The learner's attempts and answers in one SQLite file.

    Every call opens the file, does its work in one transaction and closes it again, so there is
    no handle to forget to close and a crash cannot leave anything half written. Reading never
    creates the file or its folder; the first write does.

    Before the file is used it is checked to be ours (see :mod:`quiz.store.schema`); anything
    else is moved aside. The check reads the file's first bytes, and is done again only when the
    file is not the one this store last saw (another inode, size or modification time), so an
    answer costs one ``stat`` more than before."""

    def __init__(
        self,
        path: Path,
        *,
        now: Callable[[], datetime] | None = None,
        connect: Connect | None = None,
    ) -> None:
        self.path = path
        self._now = now or (lambda: datetime.now(UTC))
        self._connect = connect or _connect
        self._known: tuple[int, int, int, int] | None = None  # the file as last checked or left

    @classmethod
    def default(cls, *, now: Callable[[], datetime] | None = None) -> ProgressStore:
        """The store in the user's data folder (``QUIZ_DATA_DIR`` overrides it)."""
        return cls(user_data_dir() / FILE_NAME, now=now)

    def start(self, session: QuizSession, pool: Sequence[str] | None = None) -> int:
        """Record that ``session`` began; returns the attempt id to record its answers under.

        ``pool`` holds the ids of the questions the session was built from, in that order (the
        ``questions`` given to :class:`QuizSession`); None means the bank's questions."""
        with self._open(write=True) as db:
            return self._insert_attempt(db, session, pool)

    def record(self, attempt_id: int, outcome: Outcome) -> None:
        """Save one answer at once. Recording the same question twice keeps the first."""
        with self._open(write=True) as db:
            self._insert_answer(db, attempt_id, outcome)

    def finish(self, attempt_id: int, results: Results) -> None:
        """Mark the attempt finished with its score; any outcome not yet recorded is saved too."""
        with self._open(write=True) as db:
            self._finish(db, attempt_id, results)

    def save(self, unsaved: Sequence[Unsaved]) -> list[int]:
        """Write everything in ``unsaved``, in order, in one transaction: all of it or (raising)
        none of it. Returns each attempt's id, in the same order."""
        ids: list[int] = []
        with self._open(write=True) as db:
            for work in unsaved:
                attempt_id = work.attempt_id
                if attempt_id is None:
                    attempt_id = self._insert_attempt(db, work.session, work.pool)
                for outcome in work.outcomes:
                    self._insert_answer(db, attempt_id, outcome)
                if work.results is not None:
                    self._finish(db, attempt_id, work.results)
                ids.append(attempt_id)
        return ids

    def discard(self, attempt_id: int) -> None:
        """The learner chose not to resume: stop offering the attempt, but keep its answers."""
        with self._open(write=True) as db:
            db.execute(
                "UPDATE attempts SET abandoned_at = ? WHERE id = ? AND finished_at IS NULL",
                (self._stamp(), attempt_id),
            )

    def unfinished(self, bank_id: str) -> UnfinishedAttempt | None:
        """The latest attempt at ``bank_id`` neither finished nor discarded, with an answer."""
        if not self.path.exists():  # reading never creates the file
            return None
        with self._open(write=False) as db:
            row = db.execute(
                "SELECT id, bank_path, started_at, seed, options, question_ids, shown_digest,"
                " pool FROM attempts WHERE bank_id = ? AND finished_at IS NULL"
                " AND abandoned_at IS NULL"
                " AND EXISTS (SELECT 1 FROM answers WHERE attempt_id = attempts.id)"
                " ORDER BY id DESC LIMIT 1",
                (bank_id,),
            ).fetchone()
            if row is None:
                return None
            attempt_id, bank_path, started_at, seed, options, question_ids, digest, pool = row
            stored = db.execute(
                "SELECT position, response FROM answers WHERE attempt_id = ? ORDER BY position",
                (attempt_id,),
            ).fetchall()
        responses: list[Response] = []
        try:
            for position, response in stored:  # a gap ends what can be replayed
                if position != len(responses) + 1:
                    break
                responses.append(_response_from_json(response))
            return UnfinishedAttempt(
                attempt_id=attempt_id,
                bank_id=bank_id,
                bank_path=Path(bank_path),
                started_at=datetime.fromisoformat(started_at),
                options=_options_from_json(json.loads(options), seed),
                question_ids=tuple(json.loads(question_ids)),
                pool=None if pool is None else tuple(json.loads(pool)),
                responses=tuple(responses),
                shown_digest=digest,
            )
        except (ValueError, KeyError, TypeError):  # edited by hand: not offered, still kept
            return None

    def resume(self, attempt: UnfinishedAttempt, bank: Bank) -> QuizSession | None:
        """Rebuild the attempt's session and replay its answers (see :func:`resumed_session`);
        the file is not read. Record further answers under ``attempt.attempt_id``."""
        return resumed_session(attempt, bank)

    def history(self, bank_id: str, limit: int = 10) -> list[AttemptSummary]:
        """Finished attempts at ``bank_id``, the most recently finished first."""
        if not self.path.exists():
            return []
        with self._open(write=False) as db:
            rows = db.execute(
                "SELECT id, started_at, finished_at, points_earned, points_possible, question_ids"
                " FROM attempts WHERE bank_id = ? AND finished_at IS NOT NULL"
                " ORDER BY finished_at DESC, id DESC LIMIT ?",
                (bank_id, limit),
            ).fetchall()
        return [
            AttemptSummary(
                attempt_id=attempt_id,
                started_at=datetime.fromisoformat(started),
                finished_at=datetime.fromisoformat(finished),
                points_earned=earned,
                points_possible=possible,
                questions=len(json.loads(ids)),
            )
            for attempt_id, started, finished, earned, possible, ids in rows
        ]

    def last_result(self, bank_id: str) -> AttemptSummary | None:
        """The most recently finished attempt at ``bank_id``, for the library screen."""
        latest = self.history(bank_id, limit=1)
        return latest[0] if latest else None

    # -- the file ---------------------------------------------------------------------------

    def _stamp(self) -> str:
        return self._now().astimezone(UTC).isoformat(timespec="microseconds")

    def _insert_attempt(
        self, db: sqlite3.Connection, session: QuizSession, pool: Sequence[str] | None
    ) -> int:
        built_from = [q.id for q in session.bank.questions] if pool is None else list(pool)
        cursor = db.execute(
            "INSERT INTO attempts (bank_id, bank_path, started_at, seed, options,"
            " question_ids, shown_digest, points_possible, pool)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session.bank.id,
                str(session.bank.path),
                self._stamp(),
                session.seed,
                json.dumps(_options_json(session.options)),
                json.dumps([q.id for q in session.questions]),
                _shown_digest(session),
                session.points_possible,
                json.dumps(built_from),
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _finish(self, db: sqlite3.Connection, attempt_id: int, results: Results) -> None:
        for outcome in results.outcomes:
            self._insert_answer(db, attempt_id, outcome)
        db.execute(
            "UPDATE attempts SET finished_at = ?, points_earned = ?, points_possible = ?,"
            " best_streak = ? WHERE id = ?",
            (
                self._stamp(),
                results.points_earned,
                results.points_possible,
                results.best_streak,
                attempt_id,
            ),
        )

    def _insert_answer(self, db: sqlite3.Connection, attempt_id: int, outcome: Outcome) -> None:
        row = db.execute("SELECT question_ids FROM attempts WHERE id = ?", (attempt_id,))
        found = row.fetchone()
        ids: list[str] = json.loads(found[0]) if found else []
        position, question_id = outcome.presented.number, outcome.presented.question.id
        if not 0 < position <= len(ids) or ids[position - 1] != question_id:
            raise ProgressError(
                f"progress file {self.path} has no attempt {attempt_id} with question"
                f" {question_id!r} at {position}; this answer was not saved",
                reason=ProgressProblem.NOT_RECORDED,
                path=self.path,
            )
        db.execute(
            "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (attempt_id, position) DO NOTHING",
            (
                attempt_id,
                position,
                question_id,
                json.dumps(outcome.response),
                outcome.verdict.value,
                outcome.credit,
                outcome.points_earned,
                outcome.points_possible,
                self._stamp(),
            ),
        )

    @contextmanager
    def _open(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction on the file, committed when the block ends without an exception.

        Writing makes the folder, and the file when there is none. A file that is not ours or
        is damaged is moved aside first (:class:`ProgressError`, ``recovered``)."""
        try:
            if write:
                self._make_folder()
            check = self._examine(write)
            with closing(self._connect(f"{self.path.absolute().as_uri()}?mode=rw")) as db:
                # closing without COMMIT rolls back
                db.isolation_level = None  # transactions are begun and ended here
                db.execute("PRAGMA synchronous = FULL")
                db.execute("PRAGMA foreign_keys = ON")
                unmarked = check == "unmarked" or (check == "ask" and self._recognise(db))
                self._migrate(db, mark=unmarked)
                db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                yield db
                db.execute("COMMIT")
            self._known = _identity(self.path)
        except _NotOurs as not_ours:
            self._set_aside(not_ours.found)
        except sqlite3.DatabaseError as exc:
            if _sqlite_code(exc) in _DAMAGED:
                self._set_aside(None, cause=exc)
            full = _sqlite_code(exc) == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
            raise self._failure(write, str(exc), full=full) from exc
        except OSError as exc:
            detail = exc.strerror or str(exc)
            raise self._failure(write, detail, full=exc.errno in _DISK_FULL_ERRNOS) from exc

    def _failure(self, write: bool, detail: str, *, full: bool) -> ProgressError:
        """Reading or writing failed in a way that may pass (:attr:`ProgressError.temporary`)."""
        if full:
            return ProgressError(
                f"cannot save to progress file {self.path}: the disk is full ({detail}); make room"
                f" on it, or set {DATA_ENV} to a folder on another disk",
                reason=ProgressProblem.DISK_FULL,
                path=self.path,
                detail=detail,
            )
        return ProgressError(
            f"cannot {'save to' if write else 'read'} progress file {self.path} ({detail});"
            f" check that its folder is writable, or set {DATA_ENV} to another folder",
            reason=ProgressProblem.CANNOT_WRITE if write else ProgressProblem.CANNOT_READ,
            path=self.path,
            detail=detail,
        )

    def _make_folder(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            detail = exc.strerror or str(exc)
            full = exc.errno in _DISK_FULL_ERRNOS
            raise ProgressError(
                f"cannot create the folder for progress file {self.path} ({detail});"
                f" check that {self.path.parent} can be made and written to, or set {DATA_ENV}",
                reason=ProgressProblem.DISK_FULL if full else ProgressProblem.CANNOT_WRITE,
                path=self.path,
                detail=detail,
            ) from exc

    def _examine(self, write: bool) -> _Check:
        """Check the file at the path before it is opened for writing, making it when writing
        and there is none: ``"ours"``, or ``"unmarked"`` (ours from before the mark), or
        ``"ask"``: only SQLite can tell, once it has restored a header that a crash during a
        commit may have left half written from the journal.

        Nothing is read when the file is the one this store last saw. Raises :class:`_NotOurs`
        for a file that is not ours (having written nothing to it or its journal), and OSError
        when the path cannot be looked at."""
        seen = _stat(self.path)
        if seen is None and write:
            if self._create():
                self._known = _identity(self.path)
                return "ours"
            seen = _stat(self.path)  # another nieuwsquiz made it meanwhile: check theirs
        if seen is None or _identity_of(seen) == self._known:
            return "ours"  # a missing file: SQLite says so (mode=rw never creates it)
        if not stat.S_ISREG(seen.st_mode):
            raise OSError(errno.EISDIR, "a folder or other special file is in its place")
        with self.path.open("rb") as file:
            header = file.read(_HEADER)
        if not header:
            raise _NotOurs(Found.EMPTY)
        journal = self._companion("-journal")
        if len(header) < _HEADER or not header.startswith(_SQLITE_MAGIC):
            if journal.exists():
                return "ask"
            raise _NotOurs(Found.NOT_SQLITE)
        application_id = int.from_bytes(header[68:72], "big", signed=True)
        if application_id == APPLICATION_ID:
            return "ours"
        if application_id != 0:
            raise _NotOurs(Found.OTHER_DATABASE)
        # Unmarked: read its tables without SQLite writing anything (no locks, no journal).
        try:
            uri = f"{self.path.absolute().as_uri()}?mode=ro&immutable=1"
            with closing(self._connect(uri)) as peek:
                return "unmarked" if self._recognise(peek) else "ours"
        except sqlite3.DatabaseError:
            if journal.exists():  # perhaps half written: let SQLite restore it first
                return "ask"
            raise

    def _recognise(self, db: sqlite3.Connection) -> bool:
        """Whether the file open in ``db`` is ours from before the mark (True: to be marked), as
        SQLite reads it. Raises :class:`_NotOurs` for anything else that is not marked ours."""
        application_id: int = db.execute("PRAGMA application_id").fetchone()[0]
        if application_id == APPLICATION_ID:
            return False
        if application_id != 0:
            raise _NotOurs(Found.OTHER_DATABASE)
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            raise _NotOurs(Found.EMPTY)
        version: int = db.execute("PRAGMA user_version").fetchone()[0]
        if not TABLES.issubset(tables) or version < 1:
            raise _NotOurs(Found.OTHER_DATABASE)
        return True

    def _migrate(self, db: sqlite3.Connection, *, mark: bool) -> None:
        """Bring the file up to the current format, and mark it ours (``mark``: it is ours from
        before the mark), in one transaction."""
        if self._version(db) == SCHEMA_VERSION and not mark:
            return
        db.execute("BEGIN IMMEDIATE")
        version = self._version(db)  # again: another process may have migrated meanwhile
        for statements in MIGRATIONS[version:]:
            for statement in statements:
                db.execute(statement)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")

    def _version(self, db: sqlite3.Connection) -> int:
        version: int = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ProgressError(
                f"progress file {self.path} was written by a newer nieuwsquiz (format {version},"
                f" this one reads up to {SCHEMA_VERSION}); update nieuwsquiz to use it",
                reason=ProgressProblem.NEWER_FORMAT,
                path=self.path,
                detail=f"format {version}",
            )
        return version

    def _create(self) -> bool:
        """Make a new, empty progress file at the path; False when another process made one
        first (it is left alone).

        The file is written whole and flushed under a temporary name next to it, then linked to
        the path: it never shows there empty or half made (another nieuwsquiz would take it for
        a file not ours and move it aside), and nothing that appeared meanwhile is replaced.
        Where the file system has no hard links the path is made exclusively and written in
        place. (A crash in between may leave the small temporary ``.…new`` file behind.)"""
        image = _new_file()
        temp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.new")
        try:
            _write_new(temp, image)
            try:
                os.link(temp, self.path)
            except FileExistsError:
                return False
            except OSError:  # no hard links on this file system
                return _write_new(self.path, image)
        finally:
            with suppress(FileNotFoundError):
                temp.unlink()
        return True

    def _set_aside(self, found: Found | None, cause: BaseException | None = None) -> NoReturn:
        """Move the file that is damaged (``found`` None) or not ours to a dated ``.bak`` name
        next to it, with its journal, and raise ``recovered``. Nothing is deleted or replaced:
        the new name is taken exclusively before the file is moved onto it."""
        self._known = None
        what = (
            "is damaged"
            if found is None
            else f"is not a nieuwsquiz progress file ({_FOUND_EN[found]})"
        )
        try:
            backup = self._reserve_backup()
            try:
                os.replace(self.path, backup)  # onto the empty file just made for it
            except OSError:
                with suppress(OSError):
                    backup.unlink()
                raise
            for suffix in _COMPANIONS:
                companion = self._companion(suffix)
                if companion.exists():
                    companion.rename(backup.with_name(backup.name + suffix))
        except OSError as exc:
            detail = exc.strerror or str(exc)
            raise ProgressError(
                f"progress file {self.path} {what} and could not be moved aside ({detail});"
                " move it away yourself to start a new one",
                reason=ProgressProblem.CANNOT_MOVE,
                path=self.path,
                found=found,
                detail=detail,
            ) from exc
        raise ProgressError(
            f"progress file {self.path} {what}; it was moved aside to {backup}"
            " and a new one is started in its place",
            reason=ProgressProblem.DAMAGED_MOVED
            if found is None
            else ProgressProblem.FOREIGN_MOVED,
            path=self.path,
            moved_to=backup,
            found=found,
            detail="" if cause is None else str(cause),
        ) from cause

    def _reserve_backup(self) -> Path:
        """A dated name next to the file, taken by making it (empty) exclusively, whose journal
        names are free too."""
        stamp = self._now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        n = 0
        while True:
            n += 1
            backup = self.path.with_name(
                f"{self.path.name}.{stamp}.bak" if n == 1 else f"{self.path.name}.{stamp}-{n}.bak"
            )
            if any(backup.with_name(backup.name + s).exists() for s in _COMPANIONS):
                continue
            if _write_new(backup, b""):
                return backup

    def _companion(self, suffix: str) -> Path:
        return self.path.with_name(self.path.name + suffix)


class _NotOurs(Exception):
    """The file at the path is not a progress file of ours: it is to be moved aside."""

    def __init__(self, found: Found) -> None:
        super().__init__(found.value)
        self.found = found


#: The files SQLite keeps next to a database: a foreign one may be in WAL mode.
_COMPANIONS = ("-journal", "-wal", "-shm")

_FOUND_EN = {
    Found.EMPTY: "it is empty",
    Found.NOT_SQLITE: "not an SQLite database: damaged, or another program's file",
    Found.OTHER_DATABASE: "another program's SQLite database",
}


def _connect(uri: str) -> sqlite3.Connection:
    return sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None)


def _sqlite_code(exc: sqlite3.Error) -> int | None:
    """The primary SQLite result code of ``exc`` (SQLITE_FULL, …), when it carries one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _identity_of(seen: os.stat_result) -> tuple[int, int, int, int]:
    """Which file, and whether it changed: another inode, size or modification time."""
    return (seen.st_dev, seen.st_ino, seen.st_size, seen.st_mtime_ns)


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    seen = _stat(path)
    return None if seen is None else _identity_of(seen)


def _write_new(path: Path, data: bytes) -> bool:
    """Make ``path`` holding ``data``, flushed to disk, never replacing a file: False when it
    exists. A file left half written (a full disk) is removed again; it was made here."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags, 0o644)
    except FileExistsError:
        return False
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        with suppress(OSError):
            path.unlink()
        raise
    return True


@cache
def _new_file() -> bytes:
    """The bytes of a new progress file: every table, at the current format, marked ours."""
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as db:
        for statements in MIGRATIONS:
            for statement in statements:
                db.execute(statement)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return db.serialize()


def resumed_session(attempt: UnfinishedAttempt, bank: Bank) -> QuizSession | None:
    """The attempt's session built again from its own pool, options and seed, with its answers
    replayed: it stands at the first unanswered question (finished, if every question was
    answered). None when ``bank`` no longer shows the attempt's questions in the same order with
    the same choices, items and rights; the attempt is then left as it is."""
    if bank.id != attempt.bank_id:
        return None
    try:
        pool = None if attempt.pool is None else [bank.question(i) for i in attempt.pool]
        session = QuizSession(bank, pool, options=attempt.options)
    except (KeyError, EmptySelectionError):  # a question of the pool is gone from the bank
        return None
    if _shown_digest(session) != attempt.shown_digest:
        return None
    try:
        for response in attempt.responses:
            session.answer(response)
            session.advance()
    except (ValueError, RuntimeError):
        return None
    return session


def _shown_digest(session: QuizSession) -> str:
    shown = [
        (p.question.id, p.kind, p.choices, p.items, p.lefts, p.rights) for p in session.presented
    ]
    return hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode()).hexdigest()


def _options_json(options: QuizOptions) -> dict[str, Any]:
    categories = None if options.categories is None else [c.value for c in options.categories]
    return {"categories": categories, "limit": options.limit, "shuffle": options.shuffle}


def _options_from_json(data: dict[str, Any], seed: int) -> QuizOptions:
    categories = data["categories"]
    return QuizOptions(
        categories=None if categories is None else tuple(Category(c) for c in categories),
        limit=data["limit"],
        shuffle=data["shuffle"],
        seed=seed,
    )


def _response_from_json(text: str) -> Response:
    """JSON keeps bool, int, str and null apart; only tuples come back as lists."""
    value = json.loads(text)
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, bool | int | str):
        return value
    raise ValueError(f"not a response: {text!r}")
