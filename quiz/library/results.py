"""What loading a bank produces, and finding bank files: all a library needs to list banks.

Kept apart from :mod:`quiz.library.loader` (the validation: YAML, the article, every rule and
question kind) so that listing the library, from the cache, imports none of that: the app's
first frame waits for no validation code. :mod:`quiz.library.loader` re-exports these names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quiz.core.model import Bank
from quiz.diagnostics import Diagnostic, Location, error

BANK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class LoadResult:
    path: Path
    bank: Bank | None  # None whenever there is any error
    diagnostics: tuple[Diagnostic, ...]  # errors and warnings, sorted by line, column
    id_location: Location | None = None  # where the bank's id is written, for cross-bank checks
    article_path: Path | None = None  # the article file it names (read or not), for the cache

    @property
    def ok(self) -> bool:
        return self.bank is not None

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if not d.is_error)


def find_bank_files(folder: Path) -> list[Path]:
    """The banks directly in ``folder`` (hidden files skipped: editors leave backups there)."""
    try:
        if not folder.is_dir():
            return []
        return sorted(
            p
            for p in folder.iterdir()
            if p.suffix.lower() in BANK_SUFFIXES and not p.name.startswith(".") and p.is_file()
        )
    except OSError:
        return []


def duplicate_bank_ids(results: list[LoadResult]) -> list[Diagnostic]:
    """Bank ids must be unique across banks; each repeat is reported where its id is written."""
    first: dict[str, LoadResult] = {}
    problems: list[Diagnostic] = []
    for result in results:
        if result.bank is None or result.id_location is None:
            continue
        earlier = first.setdefault(result.bank.id, result)
        if earlier is result:
            continue
        problems.append(duplicate_id_error(result.bank.id, result.id_location, earlier.path))
    return problems


def duplicate_id_error(bank_id: str, where: Location, other: Path) -> Diagnostic:
    """The error for a bank whose id (written at ``where``) the bank file ``other`` has too."""
    return error(
        where.path,
        where.line,
        where.column,
        f"bank id '{bank_id}' is also used by {other}",
        "give every bank its own id",
    )
