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

Nothing is deleted: an attempt the learner chose not to resume is marked abandoned, and a damaged
file is moved aside, not removed. Every failure is a :class:`ProgressError` with one line to show.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quiz.core.model import Bank, Category
from quiz.core.options import QuizOptions
from quiz.core.paths import DATA_ENV, user_data_dir
from quiz.core.session import Outcome, QuizSession, Response, Results
from quiz.errors import EmptySelectionError, ProgressError
from quiz.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "AttemptSummary",
    "ProgressError",
    "ProgressStore",
    "UnfinishedAttempt",
    "resumed_session",
]

FILE_NAME = "progress.sqlite3"

_DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


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
        return 100.0 * self.points_earned / self.points_possible if self.points_possible else 0.0


class ProgressStore:
    """The learner's attempts and answers in one SQLite file.

    Every call opens the file, does its work in one transaction and closes it again, so there is
    no handle to forget to close and a crash cannot leave anything half written. Reading never
    creates the file or its folder; the first write does."""

    def __init__(self, path: Path, *, now: Callable[[], datetime] | None = None) -> None:
        self.path = path
        self._now = now or (lambda: datetime.now(UTC))

    @classmethod
    def default(cls, *, now: Callable[[], datetime] | None = None) -> ProgressStore:
        """The store in the user's data folder (``QUIZ_DATA_DIR`` overrides it)."""
        return cls(user_data_dir() / FILE_NAME, now=now)

    def start(self, session: QuizSession, pool: Sequence[str] | None = None) -> int:
        """Record that ``session`` began; returns the attempt id to record its answers under.

        ``pool`` holds the ids of the questions the session was built from, in that order (the
        ``questions`` given to :class:`QuizSession`); None means the bank's questions."""
        options = session.options
        built_from = [q.id for q in session.bank.questions] if pool is None else list(pool)
        with self._open(write=True) as db:
            cursor = db.execute(
                "INSERT INTO attempts (bank_id, bank_path, started_at, seed, options,"
                " question_ids, shown_digest, points_possible, pool)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session.bank.id,
                    str(session.bank.path),
                    self._stamp(),
                    session.seed,
                    json.dumps(_options_json(options)),
                    json.dumps([q.id for q in session.questions]),
                    _shown_digest(session),
                    session.points_possible,
                    json.dumps(built_from),
                ),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def record(self, attempt_id: int, outcome: Outcome) -> None:
        """Save one answer at once. Recording the same question twice keeps the first."""
        with self._open(write=True) as db:
            self._insert_answer(db, attempt_id, outcome)

    def finish(self, attempt_id: int, results: Results) -> None:
        """Mark the attempt finished with its score; any outcome not yet recorded is saved too."""
        with self._open(write=True) as db:
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

    def _insert_answer(self, db: sqlite3.Connection, attempt_id: int, outcome: Outcome) -> None:
        row = db.execute("SELECT question_ids FROM attempts WHERE id = ?", (attempt_id,))
        found = row.fetchone()
        ids: list[str] = json.loads(found[0]) if found else []
        position, question_id = outcome.presented.number, outcome.presented.question.id
        if not 0 < position <= len(ids) or ids[position - 1] != question_id:
            raise ProgressError(
                f"progress file {self.path} has no attempt {attempt_id} with question"
                f" {question_id!r} at {position}; this answer was not saved"
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
        """One transaction on the file, committed when the block ends without an exception."""
        uri = f"{self.path.absolute().as_uri()}?mode={'rwc' if write else 'rw'}"
        try:
            if write:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None)
            with closing(connection) as db:  # closing without COMMIT rolls back
                db.execute("PRAGMA synchronous = FULL")
                db.execute("PRAGMA foreign_keys = ON")
                self._migrate(db)
                db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                yield db
                db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _DAMAGED:
                self._set_aside(exc)
            verb = "save to" if write else "read"
            raise ProgressError(
                f"cannot {verb} progress file {self.path} ({exc}); check that its folder is"
                f" writable, or set {DATA_ENV} to another folder"
            ) from exc
        except OSError as exc:
            raise ProgressError(
                f"cannot create the folder for progress file {self.path} ({exc.strerror});"
                f" check that {self.path.parent} can be made and written to, or set {DATA_ENV}"
            ) from exc

    def _migrate(self, db: sqlite3.Connection) -> None:
        if self._version(db) == SCHEMA_VERSION:
            return
        db.execute("BEGIN IMMEDIATE")
        version = self._version(db)  # again: another process may have migrated meanwhile
        for statements in MIGRATIONS[version:]:
            for statement in statements:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")

    def _version(self, db: sqlite3.Connection) -> int:
        version: int = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise ProgressError(
                f"progress file {self.path} was written by a newer nieuwsquiz (format {version},"
                f" this one reads up to {SCHEMA_VERSION}); update nieuwsquiz to use it"
            )
        return version

    def _set_aside(self, damage: sqlite3.DatabaseError) -> None:
        """Move a damaged file (and its journal) to a dated ``.bak`` name, never deleting it."""
        stamp = self._now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = self.path.with_name(f"{self.path.name}.{stamp}.bak")
        n = 1
        while backup.exists():
            n += 1
            backup = self.path.with_name(f"{self.path.name}.{stamp}-{n}.bak")
        try:
            self.path.rename(backup)
            journal = self.path.with_name(self.path.name + "-journal")
            if journal.exists():
                journal.rename(backup.with_name(backup.name + "-journal"))
        except OSError as exc:
            raise ProgressError(
                f"progress file {self.path} is damaged and could not be moved aside"
                f" ({exc.strerror}); move it away yourself to start a new one"
            ) from exc
        raise ProgressError(
            f"progress file {self.path} is damaged; it was moved aside to {backup}"
            " and a new one is started in its place",
            recovered=True,
        ) from damage


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
