"""The keys, per screen, read from the screens' own BINDINGS so the help can never go stale.

The screen the learner came from is listed first. A screen may add keys its widgets handle
(arrow keys in a list, scrolling) through a ``HELP_KEYS`` class attribute, and names itself with
``HELP_TITLE``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from quiz.ui.screens.library import LibraryScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.screens.reading import ReadingScreen
from quiz.ui.screens.results import ResultsScreen

KeyRows = list[tuple[str, str]]

#: The screens whose keys are listed, in this order (the current one is moved to the top).
SCREENS: tuple[type[Screen[Any]], ...] = (
    LibraryScreen,
    ReadingScreen,
    QuestionScreen,
    ResultsScreen,
)

#: Keys that work on every screen (bound on the app, or by Textual itself).
GLOBAL_KEYS: KeyRows = [
    ("F1  ?", "deze help"),
    ("ctrl+p", "opdrachten zoeken (command palette)"),
    ("ctrl+t", "licht of donker thema"),
    ("tab  shift+tab", "naar het volgende / vorige onderdeel"),
    ("ctrl+c  ctrl+q", "het programma stoppen (vraagt eerst als een quiz bezig is)"),
]


class HelpScreen(ModalScreen[None]):
    """A scrollable list of keys: this screen's first, then the others, then the global ones."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "dismiss", "Sluiten"),
    ]

    def __init__(self, current: Screen[Any] | None = None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = "Help · toetsen"
            dialog.border_subtitle = "Esc sluit"
            for title, rows in self.sections():
                yield Static(title, classes="help--heading", markup=False)
                with Grid(classes="help--keys"):
                    for key, description in rows:
                        yield Static(key, classes="help--key", markup=False)
                        yield Static(description, classes="help--description", markup=False)

    def sections(self) -> list[tuple[str, KeyRows]]:
        """(title, rows) per screen, the current screen first and marked as such."""
        current_type = type(self.current) if self.current is not None else None
        sections: list[tuple[str, KeyRows]] = []
        for screen_class in SCREENS:
            title: str = getattr(screen_class, "HELP_TITLE", screen_class.__name__)
            rows = self.key_rows(screen_class)
            if screen_class is current_type:
                sections.insert(0, (f"{title} (dit scherm)", rows))
            else:
                sections.append((title, rows))
        sections.append(("Overal", GLOBAL_KEYS))
        return sections

    def key_rows(self, screen_class: type[Screen[Any]]) -> KeyRows:
        """One row per action the screen binds: all its keys, and the longest explanation any
        of them gives (a tooltip, else the description). Undescribed actions are left out."""
        keys: dict[str, list[str]] = {}
        texts: dict[str, str] = {}
        bindings: list[BindingType] = list(getattr(screen_class, "BINDINGS", []))
        for binding in Binding.make_bindings(bindings):
            text = binding.tooltip or binding.description
            if not text:
                continue
            display = self.app.get_key_display(binding)
            action_keys = keys.setdefault(binding.action, [])
            if display not in action_keys:
                action_keys.append(display)
            if len(text) > len(texts.get(binding.action, "")):
                texts[binding.action] = text
        extra: tuple[tuple[str, str], ...] = getattr(screen_class, "HELP_KEYS", ())
        return [*extra, *(("  ".join(keys[action]), texts[action]) for action in keys)]

    def on_mount(self) -> None:
        self.query_one("#help-dialog").focus()
