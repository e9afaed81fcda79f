"""Choosing one answer from a list: multiple choice, cloze with choices, and juist/onjuist.

A plain :class:`OptionList` gives arrows, Enter and clicks for free; the letter and number keys are
bindings of the answer widget around it, so pressing ``b`` or ``2`` answers straight away.
"""

from __future__ import annotations

from string import ascii_lowercase
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quiz.domain.session import Outcome, Response
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.labels import verdict_label

#: The bank allows at most six choices: keys 1–6 and a–f cover them all.
MAX_CHOICES = 6


class ChoiceList(OptionList):
    """An option list whose Enter shows in the Footer as "Antwoord" (OptionList hides it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Antwoord", tooltip="Het gekozen antwoord geven"),
    ]


class ChoiceAnswer(AnswerWidget):
    """One of ``presented.choices``; the response is its index."""

    DEFAULT_CSS = """
    ChoiceAnswer > ChoiceList {
        height: auto;
        max-height: 14;
        border: round $primary 40%;
        &:focus { border: round $primary; }
        & > .option-list--option { padding: 0 1; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(str(n + 1), f"choose({n})", show=False) for n in range(MAX_CHOICES)),
        *(Binding(ascii_lowercase[n], f"choose({n})", show=False) for n in range(MAX_CHOICES)),
    ]

    chosen: int | None = None
    """The index the learner answered with (set once, when answering)."""

    def hint(self) -> str:
        count = len(self.presented.choices)
        last = self.key_for(count - 1)
        return f"Kies met a–{last} of 1–{count}, met ↑↓ en Enter, of klik op een antwoord."

    def compose_controls(self) -> ComposeResult:
        yield ChoiceList(
            *(
                Option(self.choice_prompt(index, text), id=f"choice-{index}")
                for index, text in enumerate(self.presented.choices)
            ),
            id="choices",
        )

    def on_mount(self) -> None:
        self.query_one(ChoiceList).highlighted = 0

    def key_for(self, index: int) -> str:
        """The letter shown before a choice (and pressed to choose it)."""
        return ascii_lowercase[index]

    def choice_prompt(self, index: int, text: str) -> Content:
        return Content.from_markup("[b]$key)[/b] $text", key=self.key_for(index), text=text)

    def response_for(self, index: int) -> Response:
        """The session's response for choice ``index``: the index itself."""
        return index

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose":
            (index,) = parameters
            return isinstance(index, int) and index < len(self.presented.choices)
        return True

    def action_choose(self, index: int) -> None:
        self.query_one(ChoiceList).highlighted = index
        self._answer_with(index)

    @on(OptionList.OptionSelected, "#choices")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._answer_with(event.option_index)

    def _answer_with(self, index: int) -> None:
        if self.outcome is None:
            self.chosen = index
            self.submit(self.response_for(index))

    def show_outcome(self, outcome: Outcome) -> None:
        """Mark the chosen answer with the verdict, so the list itself shows what happened."""
        super().show_outcome(outcome)
        choices = self.query_one(ChoiceList)
        index = self.chosen
        if index is None:
            return
        choices.highlighted = index
        text = self.presented.choices[index]
        choices.replace_option_prompt_at_index(
            index,
            Content.from_markup(
                "$prompt  [b]$verdict[/b]",
                prompt=self.choice_prompt(index, text),
                verdict=verdict_label(outcome.verdict),
            ),
        )


class TrueFalseAnswer(ChoiceAnswer):
    """Juist or onjuist: the letters are ``j`` and ``o`` (a/b and 1/2 work too)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "choose(0)", show=False),
        Binding("o", "choose(1)", show=False),
    ]

    def hint(self) -> str:
        return "Druk j (juist) of o (onjuist), kies met ↑↓ en Enter, of klik."

    def key_for(self, index: int) -> str:
        return "jo"[index] if index < 2 else super().key_for(index)

    def response_for(self, index: int) -> Response:
        """True for juist: the session presents true/false as ``("juist", "onjuist")``."""
        return index == 0
