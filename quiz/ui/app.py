"""The Textual application: the screens, the keys that work everywhere, and how to build it.

The app only routes. Screens get what they show when they are made and post a message from
:mod:`quiz.ui.messages` when the learner wants to go somewhere; the app's ``on_*`` handlers
decide which screen comes next, so the flow between screens is decided in one place and no
screen imports another one to show it. Every rule (which questions, in which order, how answers
score, what is saved) lives below the UI: in ``quiz.core``, ``quiz.kinds`` and ``quiz.store``,
whose :class:`~quiz.store.attempt.Attempts` keeps the learner's answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widgets import Input

from quiz.core.model import Bank
from quiz.core.options import QuizOptions
from quiz.core.session import QuizSession
from quiz.errors import EmptySelectionError
from quiz.store.attempt import Attempt, Attempts
from quiz.store.progress import ProgressStore, UnfinishedAttempt
from quiz.ui import notices
from quiz.ui.commands import QuizCommands
from quiz.ui.messages import (
    OpenArticle,
    OpenBank,
    QuizFinished,
    ReloadLibrary,
    RetryMistakes,
    ShowLibrary,
    StartQuiz,
)
from quiz.ui.screens.library import LibraryScreen

# The other screens (and through them the question kinds and the bank validator) are imported
# where they are first shown: the library's first frame waits for none of them.

if TYPE_CHECKING:
    from quiz.library.folders import Library

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
        self.attempts = Attempts(progress, report=partial(notices.progress_problem, self))
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
            from quiz.ui.screens.reading import ReadingScreen

            self.push_screen(ReadingScreen(bank))
        else:
            self.start_quiz(bank)

    # -- where the screens ask to go ---------------------------------------------------------

    def on_open_article(self, message: OpenArticle) -> None:
        """The article on top of the current screen, scrolled to the evidence. From a quiz it
        offers no "start quiz": the learner only goes back."""
        from quiz.ui.screens.reading import ReadingScreen

        self.push_screen(
            ReadingScreen(
                message.bank,
                paragraph=message.paragraph,
                spans=message.spans,
                can_start_quiz=message.can_start_quiz,
            )
        )

    def on_open_bank(self, message: OpenBank) -> None:
        """A bank named by its file (the palette): the library opens it, reading it first."""
        self.show_library()
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.open_bank(message.path, "start_quiz" if message.quiz else "read")

    def on_start_quiz(self, message: StartQuiz) -> None:
        self.start_quiz(message.bank, message.options)

    def on_quiz_finished(self, message: QuizFinished) -> None:
        from quiz.ui.screens.results import ResultsScreen

        # Switched, not pushed: "back" from the results goes to the library, not the quiz.
        self.switch_screen(ResultsScreen(message.attempt))

    def on_retry_mistakes(self, message: RetryMistakes) -> None:
        from quiz.ui.screens.question import QuestionScreen

        self.switch_screen(QuestionScreen(message.attempt.retry_mistakes()))

    def on_show_library(self, message: ShowLibrary) -> None:
        self.show_library()

    async def on_reload_library(self, message: ReloadLibrary) -> None:
        """Read the same folders again (an author fixed a bank) and show the result; the library
        screen checks whatever is new or changed."""
        self.library = self.library.rescan()
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                await screen.show_reloaded(self.library)

    # -- starting a quiz ---------------------------------------------------------------------

    def start_quiz(self, bank: Bank, options: QuizOptions | None = None) -> None:
        """Start a quiz on ``bank`` with this run's options (or ``options``).

        When an earlier quiz on this bank was left unfinished, the learner chooses first:
        go on where they were, or start again. A selection without questions (e.g. a category
        the bank does not ask about) is the learner's choice, not a crash: it becomes an error
        notification.
        """
        from quiz.ui.screens.confirm import ConfirmScreen

        unfinished = self.attempts.unfinished(bank.id)
        if unfinished is None:
            self._start_new(bank, options)
            return

        def decided(resume: bool | None) -> None:
            if resume:
                self._resume(bank, unfinished, options)
            else:
                self.attempts.discard(unfinished)
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
        try:
            attempt = self.attempts.start(bank, options if options is not None else self.options)
        except EmptySelectionError as error:
            notices.cannot_start(self, error)
            return
        self._show(attempt)

    def _resume(self, bank: Bank, left: UnfinishedAttempt, options: QuizOptions | None) -> None:
        attempt = self.attempts.resume(left, bank)
        if attempt is None:
            notices.cannot_resume(self)
            self.attempts.discard(left)
            self._start_new(bank, options)
            return
        self._show(attempt)

    def _show(self, attempt: Attempt) -> None:
        """The attempt's next question, or its results when every question was answered."""
        from quiz.ui.screens.question import QuestionScreen
        from quiz.ui.screens.results import ResultsScreen

        finished = attempt.session.finished
        self.push_screen(ResultsScreen(attempt) if finished else QuestionScreen(attempt))

    def show_library(self) -> None:
        """Go back to the library, closing whatever is on top of it (callers make sure no quiz
        in progress is thrown away; see :attr:`quiz_in_progress`)."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    @property
    def saves_progress(self) -> bool:
        """True while the learner's answers are being saved (for the quit question)."""
        return self.attempts.saves

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
        from quiz.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    # -- actions -----------------------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit (q, ctrl+q, ctrl+c) at once, unless that would throw away a quiz in progress:
        then ask first."""
        from quiz.ui.screens.confirm import ConfirmScreen

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
    """List the library and build the app. No bank is read here unless the cache lacks it and
    ``bank_id`` needs it: the library screen checks the others once it is on screen.

    With ``start`` "read" or "take", ``bank_id`` (an id, file stem or path) is resolved here:
    :class:`BankNotFoundError` for an unknown bank and :class:`BankError` (with every located
    diagnostic) for a broken one are raised before any screen is drawn, so the command line can
    report them as plain errors.
    """
    from quiz.library.folders import default_folders, scan_library

    library = scan_library(default_folders(questions_dir))
    return QuizApp(
        library, options=options, start=start, bank_id=bank_id, progress=ProgressStore.default()
    )


if __name__ == "__main__":
    raise SystemExit(make_app().run() or 0)
