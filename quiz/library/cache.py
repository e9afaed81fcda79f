"""Remembering what checking each bank found, so the library lists its banks without reading them.

One JSON file in the user's cache folder (``$QUIZ_CACHE_DIR`` moves it; the tests point it at a
temporary folder). A bank file is remembered under its resolved path, with the size and the
modification time (in nanoseconds) of the bank and of the article it names, as they were just
before the check. A lookup whose files no longer match is a miss, so an edited bank, an edited
article, or an article that has appeared since is always checked again.

The cache is only ever a shortcut, never the reason a bank is listed wrongly or the app fails:

- the file carries its format, a version and a fingerprint of the code that checked the banks
  (the app's version and the size and time of each of its modules: a new version, or a
  developer's edit to a rule or a question kind, may check differently); a mismatch, a
  half-written file or anything unexpected in it counts as empty;
- a record that does not decode is a miss, not an error;
- writes are atomic (a temporary file renamed over the old one), merge with what another running
  app wrote meanwhile, and are skipped silently when the folder cannot be written.

Lookups and writes may come from different threads (the library checks banks in a worker).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import quiz
from quiz import __version__
from quiz.core.model import Category
from quiz.core.paths import APP_NAME
from quiz.diagnostics import Diagnostic, Location, error
from quiz.library.results import LoadResult
from quiz.library.summary import BankSummary

#: Environment variable that replaces the user's cache folder; tests set it.
CACHE_ENV = "QUIZ_CACHE_DIR"
CACHE_FILE = "library.json"
FORMAT = "nieuwsquiz-library-cache"
VERSION = 1
#: Records kept at most; beyond, the oldest go (banks in folders no longer used, mostly).
MAX_RECORDS = 5_000

Record = dict[str, Any]


@functools.cache
def checker_fingerprint() -> str:
    """Which code checks the banks: the app's version, and the size and modification time of
    every module of the package (about a hundred ``stat`` calls, once per run)."""
    root = Path(quiz.__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                with contextlib.suppress(OSError):
                    info = os.stat(path)
                    where = os.path.relpath(path, root)
                    digest.update(f"{where}:{info.st_size}:{info.st_mtime_ns};".encode())
    return digest.hexdigest()


def user_cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


@dataclass(frozen=True, slots=True)
class Stamp:
    """What tells that a file changed without reading it: its size and modification time."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path | str) -> Stamp | None:
        """The file's stamp (links followed), or None when there is no file to stat."""
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            return None
        return cls(info.st_size, info.st_mtime_ns)

    def to_json(self) -> list[int]:
        return [self.size, self.mtime_ns]

    @classmethod
    def from_json(cls, value: object) -> Stamp | None:
        if value is None:
            return None
        if (
            isinstance(value, list)
            and len(value) == 2
            and all(type(v) is int for v in value)  # not bool, not float
        ):
            return cls(value[0], value[1])
        raise ValueError("not a stamp")


class LibraryCache:
    """The summaries of checked banks, keyed by file and stamps (see the module's docstring).

    ``LibraryCache(None)`` remembers nothing: every lookup misses and nothing is written.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._records: dict[str, Record] | None = None  # read from disk on first use
        self._unsaved: dict[str, Record] = {}

    @classmethod
    def default(cls) -> LibraryCache:
        return cls(user_cache_dir() / CACHE_FILE)

    @classmethod
    def disabled(cls) -> LibraryCache:
        return cls(None)

    @property
    def enabled(self) -> bool:
        return self.path is not None

    def lookup(self, path: Path, resolved: Path | None = None) -> BankSummary | None:
        """What the last check of ``path`` (whose resolved form the caller may know) found, if
        neither the bank nor its article (nor whether the article exists) has changed since;
        else None."""
        if self.path is None:
            return None
        record = self._all().get(str(resolved) if resolved is not None else _key(path))
        if record is None:
            return None
        try:
            if Stamp.of(path) != Stamp.from_json(record["bank"]):
                return None
            article = record["article"]
            if article is not None:
                if not isinstance(article, str):
                    return None
                if Stamp.of(article) != Stamp.from_json(record["article_stamp"]):
                    return None
            return _summary_from_json(record["summary"], path)
        except (KeyError, TypeError, ValueError):
            return None

    def remember(self, result: LoadResult, stamp: Stamp | None) -> BankSummary:
        """Remember the check ``result``, whose bank had ``stamp`` just before it was read
        (None: the file could not be stat'ed, so it is not remembered); returns its summary."""
        summary = BankSummary.of(result)
        if self.path is None or stamp is None:
            return summary
        article = _resolved(result.article_path) if result.article_path is not None else None
        record: Record = {
            "bank": stamp.to_json(),
            "article": str(article) if article is not None else None,
            "article_stamp": _stamp_json(article),
            "summary": _summary_to_json(summary),
        }
        key = _key(result.path)
        with self._lock:
            self._all_locked()[key] = record
            self._unsaved[key] = record
        return summary

    def save(self) -> None:
        """Write what was remembered since the last save, merged with the file as it is now
        (another app may have written it). Never raises; a folder that cannot be written just
        means the next start checks again."""
        with self._lock:
            if self.path is None or not self._unsaved:
                return
            unsaved = dict(self._unsaved)
        records = _read(self.path)
        records.update(unsaved)
        records = _pruned(records, keep=unsaved)
        if not _write(self.path, records):
            return
        with self._lock:
            for key, record in unsaved.items():
                if self._unsaved.get(key) is record:
                    del self._unsaved[key]
            self._records = {**records, **self._unsaved}

    def _all(self) -> dict[str, Record]:
        with self._lock:
            return self._all_locked()

    def _all_locked(self) -> dict[str, Record]:
        if self._records is None:
            self._records = _read(self.path) if self.path is not None else {}
        return self._records


def _key(path: Path) -> str:
    return str(_resolved(path))


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _stamp_json(path: Path | None) -> list[int] | None:
    stamp = Stamp.of(path) if path is not None else None
    return stamp.to_json() if stamp is not None else None


# -- the file ------------------------------------------------------------------------------------


def _read(path: Path) -> dict[str, Record]:
    """The records in the cache file; empty when it is missing, unreadable, of another format or
    version, or not what this module writes."""
    try:
        with path.open("rb") as handle:
            data = json.loads(handle.read())
    except (OSError, ValueError, RecursionError):
        return {}
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or data.get("version") != VERSION
        or data.get("checker") != checker_fingerprint()
        or not isinstance(data.get("banks"), dict)
    ):
        return {}
    return {k: v for k, v in data["banks"].items() if isinstance(v, dict)}


def _pruned(records: dict[str, Record], keep: dict[str, Record]) -> dict[str, Record]:
    """Without the records of banks that are gone, and at most :data:`MAX_RECORDS` (the ones
    just checked kept first)."""
    alive = {k: v for k, v in records.items() if k in keep or os.path.exists(k)}
    if len(alive) <= MAX_RECORDS:
        return alive
    older = [k for k in alive if k not in keep]
    dropped = set(older[: len(alive) - MAX_RECORDS])
    return {k: v for k, v in alive.items() if k not in dropped}


def _write(path: Path, records: dict[str, Record]) -> bool:
    """Replace the cache file atomically: readers see the old file or the new one, whole."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "checker": checker_fingerprint(),
        "banks": records,
    }
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return False
    return True


# -- a summary as JSON ---------------------------------------------------------------------------


def _summary_to_json(summary: BankSummary) -> Record:
    where = summary.id_location
    return {
        "ok": summary.ok,
        "id": summary.id,
        "id_at": [where.line, where.column] if where is not None else None,
        "title": summary.title,
        "level": summary.level,
        "source": summary.source,
        "date": summary.date,
        "questions": summary.question_count,
        "categories": [[c.value, n] for c, n in summary.category_counts],
        "vocabulary": summary.vocabulary_count,
        "paragraphs": summary.paragraph_count,
        "errors": summary.error_count,
        "warnings": summary.warning_count,
        "first_error": _error_to_json(summary.first_error, summary.path),
    }


def _error_to_json(diagnostic: Diagnostic | None, bank: Path) -> Record | None:
    if diagnostic is None:
        return None
    where = diagnostic.location
    return {
        # Most errors are in the bank itself: stored as such, they read right whichever path
        # (relative, through a link) the bank is listed under next time.
        "file": None if where.path == bank else str(_resolved(where.path)),
        "line": where.line,
        "column": where.column,
        "message": diagnostic.message,
        "hint": diagnostic.hint,
    }


def _summary_from_json(data: object, path: Path) -> BankSummary:
    """The summary stored for ``path``; raises ValueError (or KeyError, TypeError) for
    anything this module did not write."""
    if not isinstance(data, dict):
        raise ValueError("not a summary")
    id_at = data["id_at"]
    if id_at is not None and not (
        isinstance(id_at, list) and len(id_at) == 2 and all(type(n) is int for n in id_at)
    ):
        raise ValueError("not a location")
    categories = data["categories"]
    if not isinstance(categories, list):
        raise ValueError("not a list")
    ok = _bool(data["ok"])
    if ok and (data["id"] is None or data["title"] is None or data["first_error"] is not None):
        raise ValueError("not a summary of a good bank")
    return BankSummary(
        path,
        ok=ok,
        id=_optional_str(data["id"]),
        id_location=Location(path, id_at[0], id_at[1]) if id_at is not None else None,
        title=_optional_str(data["title"]),
        level=_optional_str(data["level"]),
        source=_optional_str(data["source"]),
        date=_optional_str(data["date"]),
        question_count=_int(data["questions"]),
        category_counts=tuple((Category(_str(c)), _int(n)) for c, n in categories),
        vocabulary_count=_int(data["vocabulary"]),
        paragraph_count=_int(data["paragraphs"]),
        error_count=_int(data["errors"]),
        warning_count=_int(data["warnings"]),
        first_error=_error_from_json(data["first_error"], path),
    )


def _error_from_json(data: object, bank: Path) -> Diagnostic | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ValueError("not a diagnostic")
    file = _optional_str(data["file"])
    return error(
        Path(file) if file is not None else bank,
        _int(data["line"]),
        _int(data["column"]),
        _str(data["message"]),
        _optional_str(data["hint"]),
    )


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("not a string")
    return value


def _optional_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _int(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("not a count")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("not a truth value")
    return value
