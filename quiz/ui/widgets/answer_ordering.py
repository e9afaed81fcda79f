"""Putting items in order: pick one, move it up or down, confirm.

The list is an :class:`OptionList` (arrows, Home/End and clicks pick an item for free). Moving is
bound to several keys because terminals differ in which modified arrows they pass through:
ctrl+↑/↓, shift+↑/↓ and the plain letters ``u`` / ``d`` (omhoog / omlaag). For the mouse there are
▲ and ▼ buttons, which do not take focus so the keys keep working on the list after a click.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Button

from quiz.core.session import Outcome, PresentedQuestion, Response
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answer_lists import AnswerOptionList, HangingIndent
from quiz.ui.widgets.labels import verdict_label


def format_order(items: Sequence[str]) -> str:
    """``1. … → 2. …``: an order on one line, for the results screen."""
    return " → ".join(f"{n}. {item}" for n, item in enumerate(items, start=1))


def items_in(presented: PresentedQuestion, response: Response) -> list[str]:
    """The items in the order ``response`` puts them (indices into ``presented.items``)."""
    if not isinstance(response, tuple | list):
        raise ValueError(f"not an order of items: {response!r}")
    return [presented.items[index] for index in response if isinstance(index, int)]


class OrderList(AnswerOptionList):
    """The items in the learner's current order. Enter confirms the order instead of selecting:
    a click only picks the item to move (OptionList's click "selects", which is ignored here)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "confirm", "Antwoord", tooltip="Deze volgorde als antwoord geven"),
    ]

    class Confirmed(Message):
        """The learner pressed Enter on the list: this order is the answer."""

    def action_confirm(self) -> None:
        self.post_message(self.Confirmed())


class MoveButton(Button, can_focus=False):
    """▲ / ▼ for the mouse; unfocusable so a click leaves the keyboard on the list."""


class OrderingAnswer(AnswerWidget):
    """The response is the learner's order, as indices into ``presented.items``."""

    DEFAULT_CSS = """
    OrderingAnswer {
        & > OrderList {
            height: auto;
            max-height: 14;
            border: round $primary 40%;
            &:focus { border: round $primary; }
            & > .option-list--option { padding: 0 1; }
        }
        & > #order-buttons { height: 1; }
        /* After the answer there is nothing left to move: the row goes, the verdict moves up. */
        &:disabled > #order-buttons { display: none; }
        & > #order-buttons > Button { width: auto; min-width: 0; margin-right: 2; padding: 0 1; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u,ctrl+up,shift+up", "move(-1)", "Omhoog", tooltip="Het gekozen item omhoog"),
        Binding("d,ctrl+down,shift+down", "move(1)", "Omlaag", tooltip="Het gekozen item omlaag"),
    ]

    HINT = "Kies een regel (↑↓, klik), verplaats hem (u/d, ▲▼), Enter bevestigt."

    HELP_KEYS = (
        ("↑ ↓  Enter", "door de antwoorden gaan / antwoord geven"),
        ("u d  ctrl+↑ ↓  ▲ ▼", "volgorde: het gekozen item omhoog / omlaag"),
    )

    @classmethod
    def given_text(cls, outcome: Outcome) -> str:
        return format_order(items_in(outcome.presented, outcome.response))

    @classmethod
    def correct_text(cls, outcome: Outcome) -> str:
        return format_order(cls._correct_items(outcome))

    @classmethod
    def given_lines(cls, outcome: Outcome) -> list[Content]:
        """None: the learner's order is still visible in the list; repeating it adds nothing."""
        return []

    @classmethod
    def correct_lines(cls, outcome: Outcome) -> list[Content]:
        """``Juiste volgorde:`` and the items one per line, numbered."""
        return [
            Content("Juiste volgorde:"),
            *(
                Content.from_markup("[b]$n.[/b] $item", n=n, item=item)
                for n, item in enumerate(cls._correct_items(outcome), start=1)
            ),
        ]

    @classmethod
    def _correct_items(cls, outcome: Outcome) -> list[str]:
        presented = outcome.presented
        return items_in(presented, presented.question.correct_response(presented))

    def __init__(
        self, presented: PresentedQuestion, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(presented, id=id, classes=classes)
        self.order: list[int] = list(range(len(self.presented.items)))
        """Indices into ``presented.items``, top to bottom, as the learner has put them."""

    def compose_controls(self) -> ComposeResult:
        yield OrderList(*(self._prompt(place) for place in range(len(self.order))), id="order")
        with Horizontal(id="order-buttons"):
            yield MoveButton("▲ Omhoog", id="move-up", compact=True)
            yield MoveButton("▼ Omlaag", id="move-down", compact=True)
            yield Button("✓ Bevestig", id="confirm-order", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one(OrderList).highlighted = 0

    def _prompt(self, place: int) -> HangingIndent:
        """``3. Vertrek naar Tbilisi``, a long item going on under its text."""
        number = Content.from_markup("[b]$n.[/b] ", n=place + 1)
        return HangingIndent(number, Content(self.presented.items[self.order[place]]))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "move":
            return self.outcome is None
        return True

    def action_move(self, step: int) -> None:
        """Swap the picked item with its neighbour; the pick follows the item."""
        items = self.query_one(OrderList)
        place = items.highlighted
        if place is None:
            return
        target = place + step
        if not 0 <= target < len(self.order):
            return
        self.order[place], self.order[target] = self.order[target], self.order[place]
        items.replace_option_prompt_at_index(place, self._prompt(place))
        items.replace_option_prompt_at_index(target, self._prompt(target))
        items.highlighted = target

    @on(MoveButton.Pressed, "#move-up")
    def _up(self) -> None:
        self.action_move(-1)

    @on(MoveButton.Pressed, "#move-down")
    def _down(self) -> None:
        self.action_move(1)

    @on(OrderList.OptionSelected, "#order")
    def _picked(self, event: OrderList.OptionSelected) -> None:
        """A click picks the item (the highlight already moved); it does not answer."""
        event.stop()

    @on(OrderList.Confirmed)
    @on(Button.Pressed, "#confirm-order")
    def _confirm(self, event: Message) -> None:
        event.stop()
        self.submit(tuple(self.order))

    def show_outcome(self, outcome: Outcome) -> None:
        super().show_outcome(outcome)
        self.query_one(OrderList).border_subtitle = verdict_label(outcome.verdict)
