"""Every bank the app can offer: bundled, the user's own, and any named on the command line.

The library is loaded once at start. A broken bank is listed with its diagnostics instead of
being dropped, so an author sees *why* their bank is missing from the quiz, and one broken bank
never keeps the others from loading. Loading only reads: folders that do not exist are simply
empty, and nothing is created, so a first run (or a read-only install) behaves like any other.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from quiz.core.model import Bank, Category
from quiz.core.paths import bundled_questions_dir, user_questions_dir
from quiz.core.wording import join_or
from quiz.diagnostics import Diagnostic, in_file_order
from quiz.errors import BankError, BankNotFoundError
from quiz.library.loader import (
    BANK_SUFFIXES,
    LoadResult,
    duplicate_bank_ids,
    find_bank_files,
    load_bank,
)

#: Where a bank comes from: shipped with the app, the user's bank folder, or named explicitly
#: (the ``--questions`` folder, or a bank file given by path).
Origin = Literal["bundled", "user", "extra"]

ORIGIN_LABELS: dict[Origin, str] = {
    "bundled": "meegeleverd",
    "user": "eigen map",
    "extra": "extra",
}

Loader = Callable[[Path], LoadResult]
Finder = Callable[[Path], list[Path]]

#: How many ids an "unknown bank" message lists before it says how many more there are.
_LISTED_IDS = 12


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One bank file as the library lists it, loaded or broken."""

    result: LoadResult
    origin: Origin

    @property
    def path(self) -> Path:
        return self.result.path

    @property
    def bank(self) -> Bank | None:
        """The bank, or None when it has any error (then see ``diagnostics``)."""
        return self.result.bank

    @property
    def ok(self) -> bool:
        return self.result.bank is not None

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        return self.result.diagnostics

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return self.result.errors

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return self.result.warnings

    @property
    def first_error(self) -> Diagnostic | None:
        errors = self.result.errors
        return errors[0] if errors else None

    @property
    def id(self) -> str:
        """The bank's id; a broken bank has none we can trust, so its file stem stands in."""
        bank = self.result.bank
        return bank.id if bank is not None else self.path.stem

    @property
    def title(self) -> str:
        bank = self.result.bank
        return bank.title if bank is not None else self.path.stem

    @property
    def question_count(self) -> int:
        bank = self.result.bank
        return len(bank.questions) if bank is not None else 0

    @property
    def categories(self) -> tuple[Category, ...]:
        bank = self.result.bank
        return bank.categories if bank is not None else ()

    @property
    def origin_label(self) -> str:
        """The origin in Dutch, as the library list shows it."""
        return ORIGIN_LABELS[self.origin]


@dataclass(frozen=True, slots=True)
class Library:
    """The loaded banks, in folder order (bundled, then user, then extra), each folder sorted."""

    entries: tuple[LibraryEntry, ...]
    folders: tuple[tuple[Path, Origin], ...] = ()
    loader: Loader = load_bank

    def __iter__(self) -> Iterator[LibraryEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def banks(self) -> tuple[Bank, ...]:
        """The banks that loaded without error, in library order."""
        return tuple(e.result.bank for e in self.entries if e.result.bank is not None)

    @property
    def broken(self) -> tuple[LibraryEntry, ...]:
        return tuple(e for e in self.entries if not e.ok)

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the banks that loaded, in library order."""
        return tuple(bank.id for bank in self.banks)

    def find(self, name: str) -> LibraryEntry:
        """The entry ``name`` refers to: a bank id, a file stem, or a path to a bank file.

        Ids win over stems, and exact spelling over case-insensitive. A path to a file outside
        the library is loaded now (origin ``extra``). The entry may be broken: callers show its
        diagnostics. Raises :class:`BankNotFoundError` with a one-line, user-facing message.
        """
        wanted = name.strip()
        if _looks_like_path(wanted):
            return self._find_path(Path(wanted).expanduser())
        tests: tuple[Callable[[LibraryEntry], bool], ...] = (
            lambda e: e.bank is not None and e.bank.id == wanted,
            lambda e: e.path.stem == wanted,
            lambda e: e.bank is not None and e.bank.id.casefold() == wanted.casefold(),
            lambda e: e.path.stem.casefold() == wanted.casefold(),
        )
        for test in tests:
            for entry in self.entries:
                if test(entry):
                    return entry
        raise BankNotFoundError(self._unknown_message(wanted))

    def bank(self, name: str) -> Bank:
        """The loaded bank ``name`` refers to (as :meth:`find`). Raises
        :class:`BankNotFoundError` when there is none and :class:`BankError`, carrying the
        diagnostics, when the bank is broken."""
        entry = self.find(name)
        if entry.bank is None:
            raise BankError(list(entry.diagnostics))
        return entry.bank

    def _find_path(self, path: Path) -> LibraryEntry:
        target = _resolved(path)
        for entry in self.entries:
            if _resolved(entry.path) == target:
                return entry
        if path.is_dir():
            raise BankNotFoundError(
                f"{path} is a folder, not a bank file; use --questions {path} to add its banks"
            )
        if not path.is_file():
            raise BankNotFoundError(f"no bank file at {path}")
        return LibraryEntry(self.loader(path), "extra")

    def _unknown_message(self, name: str) -> str:
        known = list(dict.fromkeys([e.id for e in self.entries]))
        message = f"unknown bank '{name}'"
        suggestions = close_matches(name, known)
        if suggestions:
            message += f"; did you mean {join_or(suggestions)}?"
        if not self.ids:
            looked = ", ".join(str(folder) for folder, _ in self.folders) or "no folders"
            return f"{message} (no banks found; looked in {looked})"
        shown = ", ".join(self.ids[:_LISTED_IDS])
        more = len(self.ids) - _LISTED_IDS
        if more > 0:
            shown += f" and {more} more"
        return f"{message} (available: {shown})"


def load_library(
    folders: Sequence[tuple[Path, Origin]],
    *,
    loader: Loader = load_bank,
    finder: Finder = find_bank_files,
) -> Library:
    """Load every bank in ``folders``, in order. A folder named twice (say ``--questions``
    pointing at the bundled folder) is read once, so its banks do not clash with themselves.
    When banks share an id the later one is marked broken with an error naming the other file:
    which of two banks ``quiz belarus`` means must never depend on chance."""
    seen_folders: set[Path] = set()
    seen_files: set[Path] = set()
    kept_folders: list[tuple[Path, Origin]] = []
    loaded: list[tuple[LoadResult, Origin]] = []
    for folder, origin in folders:
        key = _resolved(folder)
        if key in seen_folders:
            continue
        seen_folders.add(key)
        kept_folders.append((folder, origin))
        for path in finder(folder):
            file_key = _resolved(path)
            if file_key not in seen_files:
                seen_files.add(file_key)
                loaded.append((loader(path), origin))
    clashes: dict[Path, list[Diagnostic]] = {}
    for problem in duplicate_bank_ids([result for result, _ in loaded]):
        clashes.setdefault(problem.location.path, []).append(problem)
    entries = tuple(
        LibraryEntry(_with_errors(result, clashes.get(result.path, [])), origin)
        for result, origin in loaded
    )
    return Library(entries=entries, folders=tuple(kept_folders), loader=loader)


def default_folders(questions_dir: Path | None = None) -> list[tuple[Path, Origin]]:
    """The bundled banks, then the user's: the ``--questions`` folder when given (origin
    ``extra``), else the user's bank folder (which ``QUIZ_QUESTIONS_DIR`` may move)."""
    user: tuple[Path, Origin] = (
        (questions_dir.expanduser(), "extra")
        if questions_dir is not None
        else (user_questions_dir(), "user")
    )
    return [(bundled_questions_dir(), "bundled"), user]


def close_matches(name: str, candidates: Sequence[str], limit: int = 3) -> list[str]:
    """Candidates ``name`` may have meant: those containing it (or contained in it) first,
    since people type the start of an id, then those spelled alike."""
    folded = name.casefold()
    containing = [c for c in candidates if folded and (folded in c.casefold() or c in folded)]
    alike = difflib.get_close_matches(name, candidates, n=limit, cutoff=0.6)
    return list(dict.fromkeys(containing + alike))[:limit]


def _with_errors(result: LoadResult, problems: list[Diagnostic]) -> LoadResult:
    if not problems:
        return result
    diagnostics = in_file_order([*result.diagnostics, *problems], result.path)
    return replace(result, bank=None, diagnostics=diagnostics)


def _looks_like_path(name: str) -> bool:
    return (
        name.lower().endswith(BANK_SUFFIXES)
        or "/" in name
        or os.sep in name
        or (os.altsep is not None and os.altsep in name)
    )


def _resolved(path: Path) -> Path:
    """``path`` made absolute and free of symlinks, to tell whether two paths are one file."""
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.absolute()
