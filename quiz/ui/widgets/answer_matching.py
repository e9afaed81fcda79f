"""Matching: for each item on the left, choose its partner from the (shuffled) right column.

Each left item gets a compact :class:`Select` underneath it (Enter or a click opens it, ↑↓ and
Enter pick, typing searches). Lefts and rights can be whole quotes, so a row stacks the left text
above its select rather than squeezing both into one line. After a pick the focus jumps to the
next row still open, and finally to "Bevestig", so the whole question flows with Enter alone.

A partner belongs to one row at a time: picking a partner another row had clears it there. That
keeps the response in the shape the session accepts (each right at most once) without telling
the learner anything about which pairs are right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, cast

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Select, Static

from quiz.core.session import Outcome, PresentedQuestion
from quiz.ui.widgets.answer_base import AnswerWidget


def format_pairs(pairs: Sequence[tuple[str, str]]) -> str:
    """``Hartog → Rusland-correspondent; …``: pairs on one line, for the results screen.

    Lefts and rights may be whole sentences: a pair's closing full stop is left out, so the
    pairs read "… isolement; …", never "… isolement.; …" (an ellipsis stays)."""
    return "; ".join(without_full_stop(f"{left} → {right}") for left, right in pairs)


def without_full_stop(text: str) -> str:
    """``text`` without the one full stop that may end it (but with an ellipsis kept)."""
    text = text.rstrip()
    if text.endswith(".") and not text.endswith(".."):
        return text[:-1].rstrip()
    return text


def correct_pairs(presented: PresentedQuestion) -> list[tuple[str, str]]:
    """Each left with its right partner, in ``presented.lefts`` order."""
    response = presented.question.correct_response(presented)
    if not isinstance(response, tuple | list):
        raise ValueError(f"not a pairing: {response!r}")
    return [
        (left, presented.rights[index] if isinstance(index, int) else "")
        for left, index in zip(presented.lefts, response, strict=True)
    ]


class PartnerSelect(Select[int]):
    """A select whose open list names Escape in Dutch in the Footer ("Lijst sluiten" instead of
    Textual's "Dismiss menu"). The binding has priority so it outranks the list's own, and
    exists only while the list is open: otherwise Escape still reaches the screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close_list", "Lijst sluiten", priority=True),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close_list":
            return self.expanded
        return True

    def action_close_list(self) -> None:
        """Close the list without choosing, back on this select (as Textual's Escape does)."""
        self.expanded = False
        self.focus()


class MatchingAnswer(AnswerWidget):
    """The response has, per left (in ``presented.lefts`` order), the index of its right."""

    DEFAULT_CSS = """
    MatchingAnswer {
        & > .match-row { height: auto; margin-bottom: 1; }
        & > .match-row > .match--left { text-style: bold; }
        & > .match-row > Select { margin-left: 3; width: 1fr; }
        /* The open list covers the rows below it: a frame and its own background set it off. */
        & > .match-row > Select > SelectOverlay {
            border: round $accent !important;  /* compact lists drop their border */
            background: $panel;
        }
        & > #confirm-pairs { margin-top: 0; }
    }
    """

    HINT = "Kies per regel een partner (Enter of klik opent de lijst), dan Bevestig."

    HELP_KEYS = (("Tab", "naar het volgende veld (koppelen, de tekst)"),)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "tab_after_pick", show=False),
    ]

    @classmethod
    def given_text(cls, outcome: Outcome) -> str:
        """``3 van 4 paren goed``, from the session's mark per left."""
        return f"{sum(outcome.marks)} van {len(outcome.marks)} paren goed"

    @classmethod
    def correct_text(cls, outcome: Outcome) -> str:
        return format_pairs(correct_pairs(outcome.presented))

    @classmethod
    def correct_lines(cls, outcome: Outcome) -> list[Content]:
        """``Juiste koppelingen:`` and the pairs one per line."""
        return [
            Content("Juiste koppelingen:"),
            *(
                Content.from_markup("• $left [b]→ $right[/b]", left=left, right=right)
                for left, right in correct_pairs(outcome.presented)
            ),
        ]

    def __init__(
        self, presented: PresentedQuestion, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(presented, id=id, classes=classes)
        self._moved_on_to: Widget | None = None
        """Where the focus went by itself after a pick, until it leaves there."""

    def compose_controls(self) -> ComposeResult:
        # A plain str prompt would be parsed as markup (``[/]`` crashes, ``[@click=…]`` runs an
        # action). Rich Text is literal and, unlike Content, keeps Select's type-to-search.
        options = [(Text(right), index) for index, right in enumerate(self.presented.rights)]
        for row, left in enumerate(self.presented.lefts):
            with Vertical(classes="match-row"):
                yield Static(
                    Content.from_markup("[b]$n.[/b] $left", n=row + 1, left=left),
                    classes="match--left",
                )
                yield PartnerSelect(
                    options, prompt="Kies een partner…", id=f"match-{row}", compact=True
                )
        yield Button("Bevestig koppelingen", id="confirm-pairs", variant="primary")

    @property
    def selects(self) -> list[PartnerSelect]:
        return [cast(PartnerSelect, s) for s in self.query(".match-row > Select")]

    def pairs(self) -> tuple[int | None, ...]:
        """The learner's pairing so far: a right index per left, None where still open."""
        return tuple(None if s.is_blank() else cast(int, s.value) for s in self.selects)

    @on(Select.Changed)
    def _picked(self, event: Select.Changed) -> None:
        event.stop()
        if event.value == Select.NULL:
            return
        for row, other in enumerate(self.selects, start=1):
            if other is not event.select and other.value == event.value:
                other.clear()
                self.notify(
                    f"Die partner hoorde bij regel {row}; kies daar opnieuw.",
                    title="Partner verplaatst",
                    timeout=3,
                )
        self._focus_next_open(after=cast(PartnerSelect, event.select))

    def _focus_next_open(self, *, after: PartnerSelect) -> None:
        """The next row without a partner (wrapping round), else the confirm button."""
        selects = self.selects
        start = selects.index(after)
        following: Widget = self.query_one("#confirm-pairs", Button)
        for select in selects[start + 1 :] + selects[:start]:
            if select.is_blank():
                following = select
                break
        self._moved_on_to = following
        following.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "tab_after_pick":
            return self._moved_on_to is not None and self.screen.focused is self._moved_on_to
        return True

    def action_tab_after_pick(self) -> None:
        """Tab straight after a pick: the focus already went on to the next open row by itself,
        and Tab, pressed by a learner who was still on the row they picked in, means that same
        row. It stays there; from then on Tab moves as usual (it used to skip a row)."""
        self._moved_on_to = None

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if event.widget is self._moved_on_to:
            self._moved_on_to = None

    @on(Button.Pressed, "#confirm-pairs")
    def _confirm(self, event: Button.Pressed) -> None:
        event.stop()
        pairs = self.pairs()
        open_rows = [str(row + 1) for row, right in enumerate(pairs) if right is None]
        if open_rows:
            self.notify(
                f"Kies nog een partner bij regel {', '.join(open_rows)}.",
                title="Nog niet alles gekoppeld",
                timeout=3,
            )
            self.selects[int(open_rows[0]) - 1].focus()
            return
        self.submit(pairs)

    def show_outcome(self, outcome: Outcome) -> None:
        super().show_outcome(outcome)
        self.query_one("#confirm-pairs", Button).display = False
