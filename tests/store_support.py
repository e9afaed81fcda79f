"""A disk that fills up, for the progress store's ``connect`` seam."""

from __future__ import annotations

import sqlite3
from typing import Any

FULL = "database or disk is full"  # SQLite's own words for SQLITE_FULL


class FullDisk:
    """Connections (see :data:`quiz.store.progress.Connect`) whose writes fail as on a full disk
    while ``full`` is set: the COMMIT of a transaction that changed rows raises SQLite's
    ``database or disk is full``, so the transaction is rolled back and nothing of it is written.
    Reading is unaffected, as on a real full disk. ``commits`` counts the writes let through."""

    def __init__(self, *, full: bool = False) -> None:
        self.full = full
        self.commits = 0
        self.refused = 0

    def connect(self, uri: str) -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, factory=_Connection)
        connection.disk = self
        return connection


class _Connection(sqlite3.Connection):
    disk: FullDisk

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        if sql == "COMMIT" and self.total_changes:
            if self.disk.full:
                self.disk.refused += 1
                raise sqlite3.OperationalError(FULL)
            self.disk.commits += 1
        return super().execute(sql, parameters)
