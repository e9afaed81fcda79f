"""What the library shows about a bank without holding the bank: a summary of one check.

Checking a bank means loading it in full (every rule, every quote searched in its article); the
library list needs only a few facts from that: the title, the counts, and whether it is broken
and where. A :class:`BankSummary` is those facts. It is small enough to remember between runs
(see :mod:`quiz.library.cache`), so the library can list a bank without reading it again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from quiz.core.model import Category
from quiz.diagnostics import Diagnostic, Location
from quiz.library.results import LoadResult


@dataclass(frozen=True, slots=True)
class BankSummary:
    """The facts the library lists about one bank file, as its last check found them.

    For a broken bank (``ok`` False) only the file, the counts of errors and warnings and the
    first error are known; ``id`` is None, as a broken bank has no id anyone may rely on.
    """

    path: Path
    ok: bool
    id: str | None = None
    id_location: Location | None = None
    title: str | None = None
    level: str | None = None
    source: str | None = None
    date: str | None = None
    question_count: int = 0
    category_counts: tuple[tuple[Category, int], ...] = ()  # in the order the bank has them
    vocabulary_count: int = 0
    paragraph_count: int = 0
    error_count: int = 0
    warning_count: int = 0
    first_error: Diagnostic | None = None

    @classmethod
    def of(cls, result: LoadResult) -> BankSummary:
        """The summary of a full load."""
        errors = result.errors
        first_error = errors[0] if errors else None
        warning_count = len(result.diagnostics) - len(errors)
        bank = result.bank
        if bank is None:
            return cls(
                result.path,
                ok=False,
                error_count=len(errors),
                warning_count=warning_count,
                first_error=first_error,
            )
        per_category = Counter(question.category for question in bank.questions)
        return cls(
            result.path,
            ok=True,
            id=bank.id,
            id_location=result.id_location,
            title=bank.title,
            level=bank.level,
            source=bank.source,
            date=bank.date,
            question_count=len(bank.questions),
            category_counts=tuple((c, per_category[c]) for c in bank.categories),
            vocabulary_count=len(bank.vocabulary),
            paragraph_count=len(bank.article.paragraphs),
            warning_count=warning_count,
        )

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(category for category, _ in self.category_counts)

    def with_errors(self, problems: list[Diagnostic]) -> BankSummary:
        """This summary with ``problems`` found across banks (a shared id): broken, and its
        first error the earliest of all, as a full load would sort them."""
        if not problems:
            return self
        path = self.path
        candidates = [*problems, *([self.first_error] if self.first_error else [])]
        first = min(
            candidates,
            key=lambda d: (d.location.path != path, d.location.line, d.location.column),
        )
        return BankSummary(
            path,
            ok=False,
            error_count=self.error_count + len(problems),
            warning_count=self.warning_count,
            first_error=first,
        )
