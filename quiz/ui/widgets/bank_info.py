"""How a bank is described: one summary line everywhere, and a details panel in the library.

Bank text goes into markup only as template values (``$title``), which Textual never parses, and
file names also pass ``printable`` so a control character in a name cannot reach the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from quiz.core.model import Bank, Category
from quiz.diagnostics import printable
from quiz.ui.widgets.labels import category_label, origin_label

if TYPE_CHECKING:
    from quiz.library.folders import LibraryEntry
    from quiz.library.summary import BankSummary


def question_count(count: int) -> str:
    return f"{count} vraag" if count == 1 else f"{count} vragen"


def category_labels(categories: tuple[Category, ...]) -> str:
    return ", ".join(category_label(category) for category in categories)


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
        summary = entry.summary if entry is not None else None
        self.set_class(summary is not None and not summary.ok, "-broken")
        if entry is None:
            self.update("")
        elif summary is None:
            self.update(self._unchecked(entry))
        elif not summary.ok:
            self.update(self._broken(entry, summary))
        else:
            self.update(self._loaded(entry, summary))

    def _loaded(self, entry: LibraryEntry, summary: BankSummary) -> Content:
        facts = [
            f"Niveau {summary.level}",
            question_count(summary.question_count),
            _plural(summary.paragraph_count, "alinea", "alinea's"),
        ]
        if summary.vocabulary_count:
            facts.append(_plural(summary.vocabulary_count, "woord", "woorden"))
        source = " · ".join(part for part in (summary.source, summary.date) if part)
        content = Content.from_markup(
            "[b]$title[/b]\n$facts\n$categories\n$source[dim]$file · $origin[/dim]",
            title=entry.title,
            facts=" · ".join(facts),
            categories=" · ".join(f"{category_label(c)} {n}" for c, n in summary.category_counts),
            source=f"Bron: {source}\n" if source else "",
            file=printable(entry.path.name),
            origin=origin_label(entry.origin),
        )
        if warnings := summary.warning_count:
            label = _plural(warnings, "waarschuwing", "waarschuwingen")
            content += Content.styled(f"  ⚠ {label}", "$text-warning")
        return content

    def _broken(self, entry: LibraryEntry, summary: BankSummary) -> Content:
        first = summary.first_error
        return Content.from_markup(
            "[b $text-error]✗ Deze vragenbank kan niet geladen worden[/] ($count).\n"
            "$first\n[dim]Enter: alle meldingen tonen · $origin",
            count=_plural(summary.error_count, "fout", "fouten"),
            first=first.format() if first else "",
            origin=origin_label(entry.origin),
        )

    def _unchecked(self, entry: LibraryEntry) -> Content:
        return Content.from_markup(
            "[b]$file[/b]\nDeze vragenbank wordt nog gecontroleerd…\n"
            "[dim]Enter: nu openen · $origin",
            file=printable(entry.path.name),
            origin=origin_label(entry.origin),
        )
