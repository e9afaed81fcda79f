"""A yes/no question in a modal dialog, e.g. "Stop this quiz? Your answers are lost."

Reusable: the caller pushes it with a callback or awaits ``push_screen_wait`` and gets a bool.
"No" is focused first, so a stray Enter never throws work away.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Click
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmScreen(ModalScreen[bool]):
    """Ask ``question``; dismisses with True for yes, False for no, Escape or a click outside."""

    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
        & > #confirm-dialog {
            width: auto;
            min-width: 40;
            max-width: 70;
            height: auto;
            padding: 1 2;
            border: thick $warning;
            background: $surface;
        }
        #confirm-question { width: auto; max-width: 64; margin-bottom: 1; }
        #confirm-buttons { width: auto; height: auto; }
        #confirm-buttons > Button { margin-right: 2; }
        #confirm-keys { width: auto; margin-top: 1; color: $text-muted; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,y", "answer(True)", "Ja", show=False),
        Binding("n,escape", "answer(False)", "Nee", show=False),
        Binding("left", "focus_button('yes')", show=False),
        Binding("right", "focus_button('no')", show=False),
    ]

    def __init__(self, question: str, yes_label: str = "Ja", no_label: str = "Nee") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes_label
        self.no_label = no_label

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(self.question, id="confirm-question", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(self.yes_label, id="yes", variant="warning")
                yield Button(self.no_label, id="no", variant="primary")
            yield Static(
                Content.from_markup(
                    "[b]j[/b] $yes   [b]n[/b] / [b]Esc[/b] $no",
                    yes=self.yes_label,
                    no=self.no_label,
                ),
                id="confirm-keys",
            )

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    def action_focus_button(self, button_id: str) -> None:
        """Left and right move between the two buttons, as in most dialogs."""
        self.query_one(f"#{button_id}", Button).focus()

    def on_click(self, event: Click) -> None:
        """A click on the dimmed background, outside the dialog, means "no"."""
        if event.widget is self:
            self.dismiss(False)
