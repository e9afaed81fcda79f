"""The Textual application: the screens, the keys that work everywhere, and how to build it.

The app only routes: it loads nothing itself beyond asking the domain for the library, and every
rule (which questions, in which order, how answers score) lives below the UI, in ``quiz.core``,
``quiz.kinds`` and ``quiz.store``. Screens call :meth:`QuizApp.start_quiz` and
:meth:`QuizApp.open_article` rather than building each other, so
the flow between screens is decided in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widgets import Input

from quiz.core.model import Bank, Span
from quiz.core.options import QuizOptions
from quiz.core.session import QuizSession
from quiz.errors import EmptySelectionError, ProgressError
from quiz.store.progress import ProgressStore, UnfinishedAttempt
from quiz.ui.commands import QuizCommands
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.screens.help import HelpScreen
from quiz.ui.screens.library import LibraryScreen
from quiz.ui.screens.reading import ReadingScreen

if TYPE_CHECKING:
    from quiz.library.folders import Library
    from quiz.ui.screens.question import QuestionScreen

T = TypeVar("T")

StartAt = Literal["library", "read", "take"]

#: The two themes the theme key switches between; any other theme (command palette) works too.
DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


class QuizApp(App[int]):
    """Library → article → questions → results, with help and the command palette everywhere."""

    TITLE = "Nieuwsquiz"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {QuizCommands}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", key_display="F1"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+t", "toggle_dark", "Licht/donker", show=False),
        # Replaces Textual's ctrl+c, which only shows an English "press ctrl+q" toast. A priority
        # binding, so it also works in dialogs; check_action lets it pass when there is selected
        # text, so ctrl+c still copies (from an input, or text selected with the mouse).
        Binding(
            "ctrl+c",
            "interrupt",
            "Stoppen",
            show=False,
            priority=True,
            tooltip="Het programma afsluiten (vraagt eerst als een quiz bezig is)",
        ),
        # Declared here so Textual does not add its own, whose Footer label is "palette".
        Binding(
            "ctrl+p",
            "command_palette",
            "Opdrachten",
            show=False,
            priority=True,
            tooltip="Alle opdrachten zoeken",
        ),
    ]

    def __init__(
        self,
        library: Library,
        *,
        options: QuizOptions = QuizOptions(),
        start: StartAt = "library",
        bank_id: str | None = None,
        progress: ProgressStore | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.options = options
        self.progress = progress
        self._attempts: dict[QuizSession, int] = {}
        self._start = start
        # Resolved now, so an unknown or broken bank fails before any screen is drawn.
        self._start_bank = library.bank(bank_id) if bank_id and start != "library" else None
        self.theme = DARK_THEME

    def get_default_screen(self) -> Screen[Any]:
        """The library is the bottom of the stack: every "back" ends there."""
        return LibraryScreen(self.library)

    def on_mount(self) -> None:
        bank = self._start_bank
        if bank is None:
            return
        if self._start == "read":
            self.push_screen(ReadingScreen(bank))
        else:
            self.start_quiz(bank)

    # -- what screens ask the app to do ------------------------------------------------------

    def start_quiz(self, bank: Bank, options: QuizOptions | None = None) -> None:
        """Start a quiz on ``bank`` with this run's options (or ``options``).

        When an earlier quiz on this bank was left unfinished, the learner chooses first:
        go on where they were, or start again. A selection without questions (e.g. a category
        the bank does not ask about) is the learner's choice, not a crash: it becomes an error
        notification.
        """
        unfinished = self._saving(lambda store: store.unfinished(bank.id))
        if unfinished is None:
            self._start_new(bank, options)
            return

        def decided(resume: bool | None) -> None:
            if resume:
                self._resume(bank, unfinished, options)
            else:
                self._saving(lambda store: store.discard(unfinished.attempt_id))
                self._start_new(bank, options)

        self.push_screen(
            ConfirmScreen(
                f"Je was al bezig met deze quiz: {unfinished.answered} van {unfinished.total} "
                "vragen beantwoord. Wil je verdergaan waar je was?",
                yes_label="Verdergaan",
                no_label="Opnieuw beginnen",
            ),
            decided,
        )

    def _start_new(self, bank: Bank, options: QuizOptions | None) -> None:
        chosen = options or self.options
        try:
            session = QuizSession(bank, options=chosen)
        except EmptySelectionError as exc:
            self.notify(str(exc), title="Quiz kan niet starten", severity="error", markup=False)
            return
        self._show_quiz(session)

    def _resume(self, bank: Bank, attempt: UnfinishedAttempt, options: QuizOptions | None) -> None:
        session = self._saving(lambda store: store.resume(attempt, bank))
        if session is None:
            self.notify(
                "De vragen zijn veranderd sinds je vorige poging; de quiz begint opnieuw. "
                "Je eerdere antwoorden blijven bewaard.",
                title="Verdergaan lukt niet",
                severity="warning",
                markup=False,
            )
            self._saving(lambda store: store.discard(attempt.attempt_id))
            self._start_new(bank, options)
            return
        self._attempts[session] = attempt.attempt_id
        if session.finished:
            self._finish(session)
            from quiz.ui.screens.results import ResultsScreen

            self.push_screen(ResultsScreen(session))
            return
        self._show_quiz(session)

    def _show_quiz(self, session: QuizSession) -> None:
        from quiz.ui.screens.question import QuestionScreen

        self.push_screen(QuestionScreen(session))

    # -- keeping what the learner did ------------------------------------------------------------

    @property
    def saves_progress(self) -> bool:
        return self.progress is not None

    def _saving(self, write: Callable[[ProgressStore], T]) -> T | None:
        """Run one store call; a store problem is shown once and the quiz goes on unsaved."""
        if self.progress is None:
            return None
        for _ in range(2):  # a damaged file is moved aside (recovered): the call can be retried
            try:
                return write(self.progress)
            except ProgressError as exc:
                if exc.recovered:
                    self.notify(str(exc), title="Voortgang", severity="warning", markup=False)
                    continue
                self.notify(
                    f"{exc} Je antwoorden worden deze keer niet bewaard.",
                    title="Voortgang niet bewaard",
                    severity="error",
                    markup=False,
                )
                self.progress = None
                return None
        return None

    def _attempt(self, session: QuizSession) -> int | None:
        """This session's attempt in the store, started on its first answer (retries included)."""
        if session not in self._attempts:
            attempt = self._saving(lambda store: store.start(session))
            if attempt is None:
                return None
            self._attempts[session] = attempt
        return self._attempts[session]

    def _finish(self, session: QuizSession) -> None:
        attempt = self._attempt(session)
        if attempt is not None:
            self._saving(lambda store: store.finish(attempt, session.results()))

    def on_question_screen_answered(self, message: QuestionScreen.Answered) -> None:
        attempt = self._attempt(message.session)
        if attempt is not None:
            self._saving(lambda store: store.record(attempt, message.outcome))

    def on_question_screen_finished(self, message: QuestionScreen.Finished) -> None:
        self._finish(message.session)

    def open_article(
        self,
        bank: Bank,
        *,
        paragraph: int | None = None,
        spans: Sequence[Span] = (),
        can_start_quiz: bool = False,
    ) -> None:
        """Show the article on top of the current screen, scrolled to the evidence.

        From a quiz (the default) it offers no "start quiz": the learner only goes back.
        """
        self.push_screen(
            ReadingScreen(bank, paragraph=paragraph, spans=spans, can_start_quiz=can_start_quiz)
        )

    def show_library(self) -> None:
        """Go back to the library, closing whatever is on top of it (callers make sure no quiz
        in progress is thrown away; see :attr:`quiz_in_progress`)."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def reload_library(self) -> Library:
        """Read the same folders again (an author fixed a bank) and keep the result."""
        from quiz.library.folders import load_library

        self.library = load_library(self.library.folders, loader=self.library.loader)
        return self.library

    @property
    def quiz_in_progress(self) -> bool:
        """True while a started quiz is unfinished: leaving now would lose answers.

        Any screen holding a ``session`` counts, so the app need not know the quiz screens.
        """
        for screen in self.screen_stack:
            session = getattr(screen, "session", None)
            if isinstance(session, QuizSession) and session.started and not session.finished:
                return True
        return False

    def show_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    # -- actions -----------------------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit (q, ctrl+q, ctrl+c) at once, unless that would throw away a quiz in progress:
        then ask first."""
        if not self.quiz_in_progress:
            self.exit()
        elif not isinstance(self.screen, ConfirmScreen):
            self.push_screen(
                ConfirmScreen(
                    "Wil je stoppen? De quiz is nog niet af; je antwoorden zijn bewaard en je "
                    "kunt later verdergaan."
                    if self.saves_progress
                    else "Wil je stoppen? De quiz is nog niet af en je antwoorden gaan verloren.",
                    yes_label="Stoppen",
                    no_label="Doorgaan",
                ),
                self._quit_if_confirmed,
            )

    def _quit_if_confirmed(self, confirmed: bool | None) -> None:
        if confirmed:
            self.exit()

    async def action_interrupt(self) -> None:
        """Ctrl+C: what a terminal user expects it to do, quit (asking first, as ``q`` does)."""
        await self.action_quit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "interrupt":
            return not self._has_selected_text()
        return True

    def _has_selected_text(self) -> bool:
        """True when ctrl+c has something to copy: text selected in the focused input, or on
        the screen with the mouse. Then ctrl+c copies (Textual's own bindings) and does not quit."""
        screen = self.screen
        focused = screen.focused
        if isinstance(focused, Input) and focused.selected_text:
            return True
        return bool(screen.get_selected_text())

    def action_command_palette(self) -> None:
        """Textual's palette, with a Dutch placeholder in its search field."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(
                CommandPalette(placeholder="Zoek een opdracht…", id="--command-palette")
            )

    def search_themes(self) -> None:
        """Textual's theme picker ("Thema kiezen"), with a Dutch placeholder."""
        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder="Zoek een thema…"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette entries, in Dutch like the rest of the app, and only those a
        learner needs (the keys panel and screenshots are for developers)."""
        yield SystemCommand("Thema kiezen", "Alle kleurenthema's", self.action_change_theme)
        yield SystemCommand("Stoppen", "Het programma afsluiten", self.action_quit)

    def action_help(self) -> None:
        self.show_help()

    def action_toggle_dark(self) -> None:
        """Switch between the light and the dark theme (any other theme counts as dark)."""
        self.theme = DARK_THEME if self.theme == LIGHT_THEME else LIGHT_THEME


def make_app(
    *,
    questions_dir: Path | None = None,
    options: QuizOptions = QuizOptions(),
    start: StartAt = "library",
    bank_id: str | None = None,
) -> QuizApp:
    """Load the library and build the app.

    With ``start`` "read" or "take", ``bank_id`` (an id, file stem or path) is resolved here:
    :class:`BankNotFoundError` for an unknown bank and :class:`BankError` (with every located
    diagnostic) for a broken one are raised before any screen is drawn, so the command line can
    report them as plain errors.
    """
    from quiz.library.folders import default_folders, load_library

    library = load_library(default_folders(questions_dir))
    return QuizApp(
        library, options=options, start=start, bank_id=bank_id, progress=ProgressStore.default()
    )


if __name__ == "__main__":
    raise SystemExit(make_app().run() or 0)
