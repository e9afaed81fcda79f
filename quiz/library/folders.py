"""Every bank the app can offer: bundled, the user's own, and any named on the command line.

A broken bank is listed with its diagnostics instead of being dropped, so an author sees *why*
their bank is missing from the quiz, and one broken bank never keeps the others from loading.
Reading the folders only reads: folders that do not exist are simply empty, and nothing is
created there, so a first run (or a read-only install) behaves like any other.

Two ways to get a library:

- :func:`scan_library` (the app) lists every bank file at once, each with what is known without
  reading it: the summary of its last check from the :class:`LibraryCache` when the bank and its
  article are unchanged since, else nothing yet. The app then checks the others in the
  background (:meth:`Library.check`, :meth:`Library.update`) and reads a bank in full only when
  the learner opens it (:meth:`Library.load`).
- :func:`load_library` reads and checks every bank in full, now (the tests; a small library).

Banks sharing an id are found across the library whichever way: the later one is broken.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from quiz.core.model import Bank, Category
from quiz.core.paths import bundled_questions_dir, user_questions_dir
from quiz.core.wording import join_or
from quiz.diagnostics import Diagnostic, in_file_order
from quiz.errors import BankError, BankNotFoundError
from quiz.library.cache import LibraryCache, Stamp
from quiz.library.results import (
    BANK_SUFFIXES,
    LoadResult,
    duplicate_id_error,
    find_bank_files,
)
from quiz.library.summary import BankSummary

#: Where a bank comes from: shipped with the app, the user's bank folder, or named explicitly
#: (the ``--questions`` folder, or a bank file given by path).
Origin = Literal["bundled", "user", "extra"]

#: What the library knows about a bank file: all of it (loaded), a summary (checked), or only
#: that it is there (waiting for its check).
Status = Literal["unchecked", "ok", "broken"]

Loader = Callable[[Path], LoadResult]
Finder = Callable[[Path], list[Path]]


def load_bank(path: Path) -> LoadResult:
    """:func:`quiz.library.loader.load_bank`, imported when a bank is first read: listing the
    library (from the cache) needs none of the validation code, so the first frame waits for
    none of it."""
    from quiz.library.loader import load_bank as load

    return load(path)


#: How many ids an "unknown bank" message lists before it says how many more there are.
_LISTED_IDS = 12


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One bank file as the library lists it.

    ``state`` is what is known about it: the full :class:`LoadResult` once the bank was read
    (opened, or the whole library loaded), a :class:`BankSummary` when it was checked (now, or
    in an earlier run: from the cache), or only its path while it waits for its check. Every
    fact the list shows comes from :attr:`summary`, which each of the first two provides.
    """

    state: LoadResult | BankSummary | Path
    origin: Origin
    summary: BankSummary | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        state = self.state
        if isinstance(state, LoadResult):
            object.__setattr__(self, "summary", BankSummary.of(state))
        elif isinstance(state, BankSummary):
            object.__setattr__(self, "summary", state)

    @property
    def path(self) -> Path:
        state = self.state
        return state if isinstance(state, Path) else state.path

    @property
    def result(self) -> LoadResult | None:
        """The full load, when the bank has been read; None while only its summary is known."""
        return self.state if isinstance(self.state, LoadResult) else None

    @property
    def checked(self) -> bool:
        return self.summary is not None

    @property
    def status(self) -> Status:
        summary = self.summary
        if summary is None:
            return "unchecked"
        return "ok" if summary.ok else "broken"

    @property
    def ok(self) -> bool:
        """Checked and without error (it may still need reading before it can be used)."""
        return self.summary is not None and self.summary.ok

    @property
    def bank(self) -> Bank | None:
        """The bank, once read and when it has no error (else see ``first_error``)."""
        result = self.result
        return result.bank if result is not None else None

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """Every error and warning, once the bank has been read (a summary has only the first
        error: see :attr:`first_error`)."""
        result = self.result
        return result.diagnostics if result is not None else ()

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if not d.is_error)

    @property
    def first_error(self) -> Diagnostic | None:
        return self.summary.first_error if self.summary is not None else None

    @property
    def id(self) -> str:
        """The bank's id; a broken or unchecked bank has none we can trust, so its file stem
        stands in."""
        summary = self.summary
        if summary is not None and summary.ok and summary.id is not None:
            return summary.id
        return self.path.stem

    @property
    def title(self) -> str:
        summary = self.summary
        if summary is not None and summary.ok and summary.title is not None:
            return summary.title
        return self.path.stem

    @property
    def question_count(self) -> int:
        return self.summary.question_count if self.ok and self.summary is not None else 0

    @property
    def categories(self) -> tuple[Category, ...]:
        return self.summary.categories if self.ok and self.summary is not None else ()


class Library:
    """The bank files, in folder order (bundled, then user, then extra), each folder sorted.

    The list of files is fixed; what is known about each grows as banks are checked and read
    (:meth:`update`). Only one thread updates a library (the app's); :meth:`check` and
    :meth:`load` change nothing, so a worker thread may call them.
    """

    def __init__(
        self,
        entries: Iterable[LibraryEntry] = (),
        folders: Sequence[tuple[Path, Origin]] = (),
        loader: Loader = load_bank,
        *,
        finder: Finder = find_bank_files,
        cache: LibraryCache | None = None,
    ) -> None:
        self._found = list(entries)  # as found and checked, before the checks across banks
        self.folders = tuple(folders)
        self.loader = loader
        self.finder = finder
        self.cache = cache if cache is not None else LibraryCache.disabled()
        self._entries: tuple[LibraryEntry, ...] | None = None

    @property
    def entries(self) -> tuple[LibraryEntry, ...]:
        """Every bank file, a later one that shares an ok bank's id made broken."""
        if self._entries is None:
            self._entries = _with_shared_ids(self._found)
        return self._entries

    def __iter__(self) -> Iterator[LibraryEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self._found)

    @property
    def banks(self) -> tuple[Bank, ...]:
        """The banks read so far without error, in library order."""
        return tuple(e.bank for e in self.entries if e.bank is not None)

    @property
    def broken(self) -> tuple[LibraryEntry, ...]:
        return tuple(e for e in self.entries if e.status == "broken")

    @property
    def unchecked(self) -> tuple[int, ...]:
        """The indices of the entries still waiting for their check."""
        return tuple(i for i, e in enumerate(self._found) if not e.checked)

    def unchecked_smallest_first(self) -> list[int]:
        """The entries waiting for a check, the smallest bank file first: a big bank (seconds
        to check) then holds up no small one, and most broken banks show as broken soonest.
        Which bank keeps a shared id does not depend on this order, only on the library's."""

        def size(index: int) -> int:
            stamp = Stamp.of(self._found[index].path)
            return stamp.size if stamp is not None else 0

        return sorted(self.unchecked, key=size)

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the banks checked without error, in library order."""
        return tuple(e.id for e in self.entries if e.ok)

    # -- checking and reading ----------------------------------------------------------------

    def check(self, path: Path) -> LoadResult | BankSummary:
        """Check the bank at ``path`` in full and remember what was found (in the cache too);
        changes nothing in the library, so it may run in a worker thread. A good bank is kept
        as its summary only (it is read again when opened: a library's worth of banks would
        cost a lot of memory); a broken one in full, since its diagnostics are all there is."""
        result, stamp = self._read(path)
        summary = self.cache.remember(result, stamp)
        return summary if summary.ok else result

    def load(self, path: Path) -> LoadResult:
        """Read the bank at ``path`` in full, to use it; remembered as :meth:`check` does."""
        result, stamp = self._read(path)
        self.cache.remember(result, stamp)
        return result

    def _read(self, path: Path) -> tuple[LoadResult, Stamp | None]:
        stamp = Stamp.of(path)  # taken first: an edit made while reading is seen next time
        return self.loader(path), stamp

    def update(self, index: int, state: LoadResult | BankSummary) -> bool:
        """What a check or a read of entry ``index`` found; False (and nothing changed) when
        that entry is no longer that file, or was read in full meanwhile (a summary would only
        lose the bank)."""
        if not 0 <= index < len(self._found):
            return False
        entry = self._found[index]
        if entry.path != state.path:
            return False
        if isinstance(state, BankSummary) and entry.result is not None:
            return False
        self._found[index] = LibraryEntry(state, entry.origin)
        self._entries = None
        return True

    def check_all(self) -> None:
        """Check every entry still waiting, now (for the command line: a bank is named by an
        id that only a check can tell)."""
        for index in self.unchecked:
            self.update(index, self.check(self._found[index].path))
        self.cache.save()

    def read(self, index: int) -> LibraryEntry:
        """Entry ``index`` read in full (now, unless it was already), as the library has it."""
        entry = self.entries[index]
        if entry.result is None:
            self.update(index, self.load(entry.path))
            self.cache.save()
        return self.entries[index]

    def rescan(self) -> Library:
        """The same folders read again: new and removed files, and every changed bank to be
        checked again (unchanged ones come from the cache)."""
        return scan_library(self.folders, loader=self.loader, finder=self.finder, cache=self.cache)

    # -- finding a bank by name --------------------------------------------------------------

    def find(self, name: str) -> LibraryEntry:
        """The entry ``name`` refers to: a bank id, a file stem, or a path to a bank file.

        Ids win over stems, and exact spelling over case-insensitive. A path to a file outside
        the library is loaded now (origin ``extra``). A name that may be the id of a bank not
        checked yet has those banks checked first. The entry may be broken: callers show its
        diagnostics. Raises :class:`BankNotFoundError` with a one-line, user-facing message.
        """
        wanted = name.strip()
        if _looks_like_path(wanted):
            return self._find_path(Path(wanted).expanduser())
        self._check_up_to_id(wanted)
        tests: tuple[Callable[[LibraryEntry], bool], ...] = (
            lambda e: e.ok and e.id == wanted,
            lambda e: e.path.stem == wanted,
            lambda e: e.ok and e.id.casefold() == wanted.casefold(),
            lambda e: e.path.stem.casefold() == wanted.casefold(),
        )
        for test in tests:
            for entry in self.entries:
                if test(entry):
                    return entry
        raise BankNotFoundError(self._unknown_message(wanted))

    def _check_up_to_id(self, wanted: str) -> None:
        """Check the banks not checked yet, in order, until one has id ``wanted`` (no later bank
        can take an id from it), or all of them when none has: then a stem may be meant."""
        checked_any = False
        for index, entry in enumerate(self.entries):
            if not entry.checked:
                self.update(index, self.check(entry.path))
                entry = self.entries[index]
                checked_any = True
            if entry.ok and entry.id == wanted:
                break
        if checked_any:
            self.cache.save()

    def bank(self, name: str) -> Bank:
        """The bank ``name`` refers to (as :meth:`find`), read in full. Raises
        :class:`BankNotFoundError` when there is none and :class:`BankError`, carrying the
        diagnostics, when the bank is broken."""
        entry = self.find(name)
        for index, listed in enumerate(self.entries):
            if listed is entry:
                entry = self.read(index)
                break
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


def scan_library(
    folders: Sequence[tuple[Path, Origin]],
    *,
    loader: Loader = load_bank,
    finder: Finder = find_bank_files,
    cache: LibraryCache | None = None,
) -> Library:
    """Every bank file in ``folders``, in order, each with its cached summary when the bank and
    its article are unchanged since it was checked, else waiting for its check. Reads no bank;
    ``cache`` defaults to the user's (:meth:`LibraryCache.default`)."""
    cache = cache if cache is not None else LibraryCache.default()
    kept, files = _bank_files(folders, finder)
    entries = (LibraryEntry(cache.lookup(path, key) or path, origin) for path, origin, key in files)
    return Library(entries, kept, loader, finder=finder, cache=cache)


def load_library(
    folders: Sequence[tuple[Path, Origin]],
    *,
    loader: Loader = load_bank,
    finder: Finder = find_bank_files,
) -> Library:
    """Read and check every bank in ``folders``, in order, now. A folder named twice (say
    ``--questions`` pointing at the bundled folder) is read once, so its banks do not clash
    with themselves. When banks share an id the later one is marked broken with an error naming
    the other file: which of two banks ``quiz belarus`` means must never depend on chance."""
    kept, files = _bank_files(folders, finder)
    entries = [LibraryEntry(loader(path), origin) for path, origin, _ in files]
    return Library(entries, kept, loader, finder=finder)


def _bank_files(
    folders: Sequence[tuple[Path, Origin]], finder: Finder
) -> tuple[list[tuple[Path, Origin]], list[tuple[Path, Origin, Path]]]:
    """The folders, each once, and the bank files in them, each once, in order (each with its
    resolved path: what tells two paths to one file apart, and the cache's key)."""
    seen_folders: set[Path] = set()
    seen_files: set[Path] = set()
    kept_folders: list[tuple[Path, Origin]] = []
    files: list[tuple[Path, Origin, Path]] = []
    for folder, origin in folders:
        key = _resolved(folder)
        if key in seen_folders:
            continue
        seen_folders.add(key)
        kept_folders.append((folder, origin))
        for path in finder(folder):
            file_key = _resolved_in(path, key, folder)
            if file_key not in seen_files:
                seen_files.add(file_key)
                files.append((path, origin, file_key))
    return kept_folders, files


def _with_shared_ids(found: Sequence[LibraryEntry]) -> tuple[LibraryEntry, ...]:
    """``found`` with every later bank whose id an earlier ok bank has marked broken, with an
    error at its id naming the other file. Banks not checked yet take part once they are."""
    first: dict[str, LibraryEntry] = {}
    entries: list[LibraryEntry] = []
    for entry in found:
        summary = entry.summary
        if summary is None or not summary.ok or summary.id is None or summary.id_location is None:
            entries.append(entry)
            continue
        earlier = first.setdefault(summary.id, entry)
        if earlier is entry:
            entries.append(entry)
            continue
        problem = duplicate_id_error(summary.id, summary.id_location, earlier.path)
        state = entry.state
        marked = (
            _with_errors(state, [problem])
            if isinstance(state, LoadResult)
            else summary.with_errors([problem])
        )
        entries.append(LibraryEntry(marked, entry.origin))
    return tuple(entries)


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


def _resolved_in(path: Path, resolved_folder: Path, folder: Path) -> Path:
    """:func:`_resolved` for a file found in ``folder`` (resolved: ``resolved_folder``): a file
    that is not a link is its folder's resolved path and its name, which costs one ``lstat``
    instead of one per folder on the way (the library resolves every bank file it lists)."""
    if path.parent == folder and not os.path.islink(path):
        return resolved_folder / path.name
    return _resolved(path)
