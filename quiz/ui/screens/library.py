"""The first screen: every bank found, ready to read or quiz, and the broken ones explained.

A broken bank stays in the list (marked ✗ with its first located error) so an author sees at
once what to fix; Enter on it shows all its diagnostics. It can never start a quiz.

File names and folders come from the user's disk, so they are shown through ``printable`` (a
control character in a name must not reach the terminal) and only ever as template values or
:class:`Content`, never parsed as markup (a file called ``[b]x.yaml`` is a name, not a tag).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quiz.core.paths import user_questions_dir
from quiz.diagnostics import Diagnostic, printable
from quiz.ui.messages import OpenArticle, ReloadLibrary, StartQuiz
from quiz.ui.widgets.bank_info import BankDetails, category_labels, question_count

if TYPE_CHECKING:
    from quiz.library.folders import Library, LibraryEntry

AUTHORING_DOC = "docs/authoring.md"


def entry_prompt(entry: LibraryEntry) -> Content:
    """Two lines per bank: ✓/✗ and the title, then counts, categories and where it comes from;
    for a broken bank the second line is its first located error."""
    if entry.bank is not None:
        bank = entry.bank
        details = " · ".join(
            part
            for part in (
                question_count(len(bank.questions)),
                category_labels(bank.categories),
                entry.origin_label,
            )
            if part
        )
        return Content.from_markup(
            "[$text-success]✓[/] [b]$title[/b]\n  [dim]$details", title=bank.title, details=details
        )
    first = entry.first_error
    return Content.from_markup(
        "[$text-error]✗[/] [b]$name[/b] [$text-error](kapot)[/]\n  [$text-error]$error",
        name=printable(entry.path.name),
        error=_short_location(first) if first else "kan niet geladen worden",
    )


def _short_location(diagnostic: Diagnostic) -> str:
    """``file:line:col: message`` with just the file's name: the list is narrow, and the
    details panel and the diagnostics dialog give the full path."""
    where = diagnostic.location
    return printable(f"{where.path.name}:{where.line}:{where.column}: {diagnostic.message}")


class DiagnosticsScreen(ModalScreen[None]):
    """Everything wrong with one bank, each message with its file:line:col."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter,q", "dismiss", "Sluiten")]

    def __init__(self, entry: LibraryEntry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="diagnostics-dialog") as dialog:
            dialog.border_title = Content(f"✗ {printable(self.entry.path.name)}")
            dialog.border_subtitle = "Esc sluit"
            yield Static(
                "Deze vragenbank kan niet geladen worden. Verbeter het bestand en druk daarna in "
                "de bibliotheek op r (herladen).",
                classes="diagnostics--intro",
                markup=False,
            )
            for diagnostic in self.entry.diagnostics:
                yield Static(
                    diagnostic.format(),
                    classes=f"diagnostics--item -{diagnostic.severity.value}",
                    markup=False,
                )

    def on_mount(self) -> None:
        self.query_one("#diagnostics-dialog").focus()


class LibraryScreen(Screen[None]):
    """Pick an article; Enter reads it, ``s`` starts its quiz straight away."""

    HELP_TITLE: ClassVar[str] = "Bibliotheek"
    HELP_KEYS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("↑ ↓  Home End", "een artikel kiezen"),
        ("klik", "het artikel openen (of de fouten tonen)"),
    )

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority so Enter reaches the screen before the option list's hidden "select", and the
        # Footer shows what Enter does for the highlighted bank.
        Binding("enter", "read", "Lezen", tooltip="Het artikel lezen", priority=True),
        Binding(
            "enter",
            "problems",
            "Fouten",
            tooltip="Alle fouten in deze vragenbank tonen",
            priority=True,
        ),
        Binding("s", "start_quiz", "Start quiz", tooltip="Meteen de vragen beantwoorden"),
        Binding(
            "r", "reload", "Herladen", tooltip="De vragenbanken opnieuw inlezen (na een wijziging)"
        ),
        Binding("q", "app.quit", "Stoppen", tooltip="Het programma afsluiten"),
    ]

    AUTO_FOCUS = "#library-list"

    #: Wide terminals show the details beside the list instead of below it (see app.tcss).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 (typed by Screen)

    highlighted: reactive[int | None] = reactive(None, bindings=True)
    """Index of the highlighted entry; the Footer's keys depend on whether it is broken."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.sub_title = "Bibliotheek"

    def compose(self) -> ComposeResult:
        yield Header()
        entries = self.library.entries
        if entries:
            options = OptionList(
                *(Option(entry_prompt(entry), id=str(i)) for i, entry in enumerate(entries)),
                id="library-list",
            )
            options.border_title = "Kies een artikel"
            with Container(id="library-body"):
                yield options
                details = BankDetails(id="library-details")
                details.border_title = "Over deze vragenbank"
                yield details
        else:
            yield Static(self.empty_message(), id="library-empty")
        yield Footer()

    def empty_message(self) -> Content:
        return Content.from_markup(
            "[b]Nog geen vragenbanken gevonden.[/b]\n\n"
            "Zet een vragenbank (een [b].yaml[/b]-bestand met het artikel ernaast) in deze map:\n\n"
            "  [$text-accent]$folder[/]\n\n"
            "en druk op [b]r[/b] (herladen). Hoe je een vragenbank schrijft staat in "
            "[b]$doc[/b].",
            folder=printable(str(user_questions_dir())),
            doc=AUTHORING_DOC,
        )

    @property
    def entry(self) -> LibraryEntry | None:
        if self.highlighted is None:
            return None
        return self.library.entries[self.highlighted]

    @on(OptionList.OptionHighlighted, "#library-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.highlighted = event.option_index

    @on(OptionList.OptionSelected, "#library-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """A click (Enter is bound on the screen) opens the bank or shows its problems."""
        self.highlighted = event.option_index
        if self.check_action("read", ()):
            self.action_read()
        else:
            self.action_problems()

    def watch_highlighted(self) -> None:
        for details in self.query(BankDetails):
            details.entry = self.entry

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        entry = self.entry
        if action in ("read", "start_quiz"):
            return entry is not None and entry.bank is not None
        if action == "problems":
            return entry is not None and entry.bank is None
        return True

    def action_read(self) -> None:
        if (entry := self.entry) and entry.bank is not None:
            self.post_message(OpenArticle(entry.bank, can_start_quiz=True))

    def action_start_quiz(self) -> None:
        if (entry := self.entry) and entry.bank is not None:
            self.post_message(StartQuiz(entry.bank))

    def action_reload(self) -> None:
        """Read the bank folders again, so an author sees a fix without restarting."""
        self.post_message(ReloadLibrary())

    async def show_reloaded(self, library: Library) -> None:
        """Show ``library`` (read again), keeping the highlight where it was, and say so."""
        previous = self.highlighted
        self.library = library
        self.highlighted = None
        await self.recompose()
        count = len(self.library.entries)
        if count:
            options = self.query_one("#library-list", OptionList)
            options.highlighted = min(previous or 0, count - 1)
            options.focus()
        broken = len(self.library.broken)
        banks = "1 vragenbank" if count == 1 else f"{count} vragenbanken"
        message = f"{banks} ingelezen" + (f", {broken} kapot" if broken else "")
        self.notify(message, title="Herladen")

    def action_problems(self) -> None:
        if (entry := self.entry) and entry.bank is None:
            self.app.push_screen(DiagnosticsScreen(entry))
