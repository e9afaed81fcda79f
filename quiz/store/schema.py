"""The progress file's format: its tables, and how an older file is brought up to date.

SQLite's ``user_version`` holds the version of a file. Opening a file runs every migration after
its version, in one transaction, so an old file is brought up to date the first time it is used
and a file from a newer nieuwsquiz is refused (see :class:`~quiz.store.progress.ProgressStore`).

SQLite's ``application_id`` marks a file as ours: every file is made with :data:`APPLICATION_ID`,
so an empty file, a text file or another program's database found where the progress file should
be is recognised as not ours (and moved aside, never written to). Files made before the mark
(``application_id`` 0, formats 1 and 2) are recognised by their tables and marked in the same
transaction as their migrations. The mark changes no table, so it is not a new format: an older
nieuwsquiz reads a marked file as before.
"""

from __future__ import annotations

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "TABLES"]

#: ``PRAGMA application_id`` of every progress file ("NQuz"); never change it.
APPLICATION_ID = int.from_bytes(b"NQuz", "big")

#: The tables a progress file made before :data:`APPLICATION_ID` is recognised by.
TABLES = frozenset({"attempts", "answers"})

SCHEMA_VERSION = 2

#: ``MIGRATIONS[v]`` takes a file from version ``v`` to ``v + 1``; append, never edit.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE attempts (
            id INTEGER PRIMARY KEY, bank_id TEXT NOT NULL, bank_path TEXT NOT NULL,
            started_at TEXT NOT NULL, finished_at TEXT, abandoned_at TEXT,
            seed INTEGER NOT NULL, options TEXT NOT NULL, question_ids TEXT NOT NULL,
            shown_digest TEXT NOT NULL, points_earned REAL, points_possible INTEGER NOT NULL,
            best_streak INTEGER)""",
        "CREATE INDEX attempts_by_bank ON attempts (bank_id, id)",
        """CREATE TABLE answers (
            attempt_id INTEGER NOT NULL REFERENCES attempts (id), position INTEGER NOT NULL,
            question_id TEXT NOT NULL, response TEXT NOT NULL, verdict TEXT NOT NULL,
            credit REAL NOT NULL, points_earned REAL NOT NULL, points_possible INTEGER NOT NULL,
            answered_at TEXT NOT NULL, UNIQUE (attempt_id, position))""",
    ),
    # v2: the ids of the questions the session was built from (its pool), in order, so a resume
    # rebuilds exactly that session. NULL in attempts from v1: those were built from the bank.
    ("ALTER TABLE attempts ADD COLUMN pool TEXT",),
)
assert len(MIGRATIONS) == SCHEMA_VERSION
