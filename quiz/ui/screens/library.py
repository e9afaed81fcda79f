"""The first screen: every bank found, ready to read or quiz, and the broken ones explained.

A broken bank stays in the list (marked ✗ with its first located error) so an author sees at
once what to fix; Enter on it shows all its diagnostics. It can never start a quiz.

The screen appears at once, whatever the number and size of the banks: it lists every bank file
found with what is known without reading it (the last check's summary, from the cache) and shows
"controleren…" for the others, which a worker then checks one by one in a background thread,
updating their rows as it goes. A bank is read in full only when the learner opens it, also in
the background ("openen…"), so even a bank of 10,000 questions never freezes the list.

File names and folders come from the user's disk, so they are shown through ``printable`` (a
control character in a name must not reach the terminal) and only ever as template values or
:class:`Content`, never parsed as markup (a file called ``[b]x.yaml`` is a name, not a tag).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, ClassVar, Literal, TypeVar

from textual import on, work
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
from quiz.ui.widgets.labels import origin_label

if TYPE_CHECKING:
    from pathlib import Path

    from textual.css.styles import RulesMap

    from quiz.library.folders import Library, LibraryEntry
    from quiz.library.results import LoadResult

AUTHORING_DOC = "docs/authoring.md"
CHECKING = "controleren…"
OPENING = "openen…"
#: Rows drawn with the first frame (more than any terminal shows); the others are added right
#: after it, so a library of hundreds of banks opens as fast as a short one.
FIRST_ROWS = 60

#: What the learner asked of a bank that has to be read first.
Intent = Literal["read", "start_quiz", "problems"]

T = TypeVar("T")


class LibraryRow(Content):
    """A row of the library list, whose height is known without laying it out.

    The list never wraps a row (``text-wrap: nowrap`` in app.tcss), so a row is as high as its
    number of lines. The option list asks every row its height before it draws the first one;
    with hundreds of banks, working that out by laying out each row was a good part of the
    library's first frame. Should the list ever wrap, the ordinary measure applies.
    """

    __slots__ = ()

    def get_height(self, rules: RulesMap, width: int) -> int:
        if rules.get("text_wrap", "wrap") == "nowrap":
            return self.plain.count("\n") + 1
        return super().get_height(rules, width)


def _row(*parts: str | tuple[str, str]) -> LibraryRow:
    content = Content.assemble(*parts)
    return LibraryRow(content.plain, list(content.spans))


def entry_prompt(entry: LibraryEntry, *, opening: bool = False) -> LibraryRow:
    """Two lines per bank: ✓/✗ and the title, then counts, categories and where it comes from;
    for a broken bank the second line is its first located error, for one not checked yet its
    file name and "controleren…". While the bank is being read, "openen…" ends the second line.

    Assembled from styled parts rather than parsed from markup: the same spans, at a twentieth
    of the cost, which counts when the library lists hundreds of banks before its first frame.
    Bank text only ever fills a part, so it is never read as markup."""
    summary = entry.summary
    if summary is None:
        return _row(
            ("·", "dim"),
            " ",
            (printable(entry.path.name), "b"),
            "\n  ",
            (OPENING if opening else CHECKING, "dim"),
        )
    if summary.ok:
        details = " · ".join(
            part
            for part in (
                question_count(summary.question_count),
                category_labels(summary.categories),
                origin_label(entry.origin),
                OPENING if opening else "",
            )
            if part
        )
        return _row(("✓", "$text-success"), " ", (entry.title, "b"), "\n  ", (details, "dim"))
    first = entry.first_error
    return _row(
        ("✗", "$text-error"),
        " ",
        (printable(entry.path.name), "b"),
        " ",
        ("(kapot)", "$text-error"),
        "\n  ",
        (_short_location(first) if first else "kan niet geladen worden", "$text-error"),
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
        self._shown: tuple[LibraryEntry, ...] = library.entries  # what the rows show
        self._opening: int | None = None  # the entry being read to open it
        self._announce = False  # say how the reload went once every bank is checked

    def compose(self) -> ComposeResult:
        yield Header()
        entries = self.library.entries
        self._shown = entries
        if entries:
            options = OptionList(*self._rows(0, FIRST_ROWS), id="library-list")
            options.border_title = "Kies een artikel"
            options.border_subtitle = self._progress()
            with Container(id="library-body"):
                yield options
                details = BankDetails(id="library-details")
                details.border_title = "Over deze vragenbank"
                yield details
        else:
            yield Static(self.empty_message(), id="library-empty")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self._after_first_frame)

    def _after_first_frame(self) -> None:
        """The rest of the rows, then the checks: the list is on screen before any bank is
        read."""
        self._add_remaining_rows()
        self.check_unchecked()

    def _rows(self, start: int, stop: int | None = None) -> list[Option]:
        entries = self.library.entries[start:stop]
        return [
            Option(entry_prompt(entry, opening=index == self._opening), id=str(index))
            for index, entry in enumerate(entries, start)
        ]

    def _add_remaining_rows(self) -> None:
        for options in self.query("#library-list").results(OptionList):
            if options.option_count < len(self.library.entries):
                options.add_options(self._rows(options.option_count))

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
            # A bank not checked yet may be opened: reading it is its check.
            return entry is not None and entry.status != "broken"
        if action == "problems":
            return entry is not None and entry.status == "broken"
        return True

    def action_read(self) -> None:
        if self.highlighted is not None:
            self.open_entry(self.highlighted, "read")

    def action_start_quiz(self) -> None:
        if self.highlighted is not None:
            self.open_entry(self.highlighted, "start_quiz")

    def action_problems(self) -> None:
        if self.highlighted is not None:
            self.open_entry(self.highlighted, "problems")

    def action_reload(self) -> None:
        """Read the bank folders again, so an author sees a fix without restarting."""
        self.post_message(ReloadLibrary())

    # -- opening a bank ----------------------------------------------------------------------

    def open_bank(self, path: Path, intent: Intent) -> None:
        """Open the bank file at ``path`` (the command palette names banks by file)."""
        for index, entry in enumerate(self.library.entries):
            if entry.path == path:
                self.open_entry(index, intent)
                return

    def open_entry(self, index: int, intent: Intent) -> None:
        """Do what the learner asked of entry ``index``: at once when the bank has been read,
        else after reading it in the background. A bank that turns out broken shows why."""
        entry = self.library.entries[index]
        if entry.result is None:
            if self._opening != index:
                previous, self._opening = self._opening, index
                if previous is not None:
                    self._show_row(previous)  # no longer opened: the other one is
                self._show_row(index)
                self._read_then(index, entry.path, intent)
            return
        bank = entry.bank
        if bank is None:
            if intent != "problems":
                self.notify(
                    "Deze vragenbank kan niet geladen worden; hier staat waarom.",
                    title=printable(entry.path.name),
                    severity="warning",
                )
            self.app.push_screen(DiagnosticsScreen(entry))
        elif intent == "read":
            self.post_message(OpenArticle(bank, can_start_quiz=True))
        elif intent == "start_quiz":
            self.post_message(StartQuiz(bank))

    @work(group="open", exclusive=True, description="a bank read to open it")
    async def _read_then(self, index: int, path: Path, intent: Intent) -> None:
        library = self.library
        try:
            result: LoadResult = await in_background(partial(library.load, path))
        finally:
            if self._opening == index:
                self._opening = None
                if library is self.library:
                    self._show_row(index)
        if library is not self.library or not library.update(index, result):
            return
        self._show_changes()
        if self.app.screen is self:  # not when the learner went elsewhere meanwhile
            self.open_entry(index, intent)
        await in_background(library.cache.save)

    # -- checking in the background ----------------------------------------------------------

    def check_unchecked(self) -> None:
        """Check, in a worker, every bank nothing is known about yet, updating the rows."""
        library = self.library
        todo = [(i, library.entries[i].path) for i in library.unchecked_smallest_first()]
        if todo:
            self._check(library, todo)
        elif self._announce:
            self._announce_reload()

    @work(group="check", exclusive=True, description="the banks checked in the background")
    async def _check(self, library: Library, todo: list[tuple[int, Path]]) -> None:
        for done, (index, path) in enumerate(todo, start=1):
            summary = await in_background(partial(library.check, path))
            if library is not self.library:
                return
            if library.update(index, summary):
                self._show_changes()
            if done % 25 == 0:
                await in_background(library.cache.save)
        await in_background(library.cache.save)
        if self._announce:
            self._announce_reload()

    def _progress(self) -> str:
        waiting = len(self.library.unchecked)
        if not waiting:
            return ""
        count = len(self.library)
        return f"{CHECKING} {count - waiting} van {count}"

    def _show_changes(self) -> None:
        """Redraw the rows whose entry changed (a check can also break a later bank that shares
        its id), the details of the highlighted one, and the progress."""
        entries = self.library.entries
        shown, self._shown = self._shown, entries
        lists = self.query("#library-list").results(OptionList)
        options = next(lists, None)
        if options is None:
            return
        rows = options.option_count  # a row not added yet is made from its entry as it is then
        for index, (old, new) in enumerate(zip(shown[:rows], entries, strict=False)):
            if old is not new:
                options.replace_option_prompt_at_index(
                    index, entry_prompt(new, opening=index == self._opening)
                )
        options.border_subtitle = self._progress()
        highlighted = self.highlighted
        if highlighted is not None and shown[highlighted] is not entries[highlighted]:
            self.watch_highlighted()
            self.refresh_bindings()

    def _show_row(self, index: int) -> None:
        for options in self.query("#library-list").results(OptionList):
            if index < options.option_count:
                entry = self.library.entries[index]
                options.replace_option_prompt_at_index(
                    index, entry_prompt(entry, opening=index == self._opening)
                )

    # -- reloading ---------------------------------------------------------------------------

    async def show_reloaded(self, library: Library) -> None:
        """Show ``library`` (read again), keeping the highlight where it was; say how it went
        now, or once the banks that changed are checked."""
        previous = self.highlighted
        self.library = library
        self.highlighted = None
        self._opening = None
        await self.recompose()
        self._add_remaining_rows()
        count = len(self.library.entries)
        if count:
            options = self.query_one("#library-list", OptionList)
            options.highlighted = min(previous or 0, count - 1)
            options.focus()
        self._announce = True
        self.check_unchecked()

    def _announce_reload(self) -> None:
        self._announce = False
        count = len(self.library.entries)
        broken = len(self.library.broken)
        banks = "1 vragenbank" if count == 1 else f"{count} vragenbanken"
        message = f"{banks} ingelezen" + (f", {broken} kapot" if broken else "")
        self.notify(message, title="Herladen")


async def in_background(function: Callable[[], T]) -> T:
    """``function()`` run in a thread of its own, awaited without holding up the app.

    A daemon thread, not Textual's thread workers (the event loop's executor, which the app
    waits for when it exits): quitting while a bank of 10,000 questions is being read must not
    wait for the read to finish. When the awaiting worker is cancelled the thread still runs to
    its end, and its result is dropped.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def deliver(outcome: Callable[[], None]) -> None:
        if not future.done():
            outcome()

    def run() -> None:
        try:
            value = function()
        except BaseException as exc:
            outcome: Callable[[], None] = partial(future.set_exception, exc)
        else:
            outcome = partial(future.set_result, value)
        with contextlib.suppress(RuntimeError):  # the app has exited and its loop is closed
            loop.call_soon_threadsafe(deliver, outcome)

    threading.Thread(target=run, name="nieuwsquiz-library", daemon=True).start()
    return await future
