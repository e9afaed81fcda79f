"""How a bank is described: one summary line everywhere, and a details panel in the library.

Bank text goes into markup only as template values (``$title``), which Textual never parses, and
file names also pass ``printable`` so a control character in a name cannot reach the terminal.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from quiz.core.model import Bank, Category
from quiz.diagnostics import printable

if TYPE_CHECKING:
    from quiz.library.folders import LibraryEntry


def question_count(count: int) -> str:
    return f"{count} vraag" if count == 1 else f"{count} vragen"


def category_labels(categories: tuple[Category, ...]) -> str:
    return ", ".join(category.label for category in categories)


def bank_summary(bank: Bank) -> str:
    """Level, question count, categories, then source and date when the bank gives them."""
    parts = [
        f"Niveau {bank.level}",
        question_count(len(bank.questions)),
        category_labels(bank.categories),
    ]
    parts.extend(part for part in (bank.source, bank.date) if part)
    return " · ".join(part for part in parts if part)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


class BankDetails(Static):
    """What the learner (or author) wants to know about the highlighted bank before opening it.

    Set :attr:`entry`; a broken bank shows why it cannot be opened instead.
    """

    entry: reactive[LibraryEntry | None] = reactive(None)

    def watch_entry(self, entry: LibraryEntry | None) -> None:
        self.set_class(entry is not None and entry.bank is None, "-broken")
        if entry is None:
            self.update("")
        elif entry.bank is None:
            self.update(self._broken(entry))
        else:
            self.update(self._loaded(entry, entry.bank))

    def _loaded(self, entry: LibraryEntry, bank: Bank) -> Content:
        per_category = Counter(question.category for question in bank.questions)
        facts = [
            f"Niveau {bank.level}",
            question_count(len(bank.questions)),
            _plural(len(bank.article.paragraphs), "alinea", "alinea's"),
        ]
        if bank.vocabulary:
            facts.append(_plural(len(bank.vocabulary), "woord", "woorden"))
        source = " · ".join(part for part in (bank.source, bank.date) if part)
        content = Content.from_markup(
            "[b]$title[/b]\n$facts\n$categories\n$source[dim]$file · $origin[/dim]",
            title=bank.title,
            facts=" · ".join(facts),
            categories=" · ".join(f"{c.label} {per_category[c]}" for c in bank.categories),
            source=f"Bron: {source}\n" if source else "",
            file=printable(entry.path.name),
            origin=entry.origin_label,
        )
        if warnings := len(entry.warnings):
            label = _plural(warnings, "waarschuwing", "waarschuwingen")
            content += Content.styled(f"  ⚠ {label}", "$text-warning")
        return content

    def _broken(self, entry: LibraryEntry) -> Content:
        errors = entry.errors
        first = entry.first_error
        return Content.from_markup(
            "[b $text-error]✗ Deze vragenbank kan niet geladen worden[/] ($count).\n"
            "$first\n[dim]Enter: alle meldingen tonen · $origin",
            count=_plural(len(errors), "fout", "fouten"),
            first=first.format() if first else "",
            origin=entry.origin_label,
        )
