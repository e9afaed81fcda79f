"""Ticking every right answer in a list of checkboxes: multiple select ("meerdere antwoorden").

The list is an :class:`OptionList` (arrows, Home/End and clicks for free) whose lines start with
a box, ``[x]`` or ``[ ]``, so what is ticked never depends on colour. Space or a click ticks the
highlighted choice or unticks it again. The letters a–h and numbers 1–8 do the same for the
choice they stand for. Like a choice list's letters they are bound on the question screen, so
they work wherever the focus is, and only until the answer is given: the screen's
``check_action`` asks :meth:`MultipleSelectAnswer.accepts_key`, and none of them is ``n``, ``o``
or ``q``. Enter on the list, or the "Bevestigen" button, gives the ticked choices as the answer;
with nothing ticked that is a notice, not an answer.

After answering, the list shows the learner's mistakes and right ticks, each with a symbol and a
word: ``✓ Goed`` (ticked, right), ``✗ Fout`` (ticked, but wrong) and ``✗ Gemist`` (a right answer
left unticked). A wrong choice rightly left unticked stays as it was.
"""

from __future__ import annotations

from string import ascii_lowercase, digits
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, OptionList
from textual.widgets.option_list import Option

from quiz.core.session import Outcome, PresentedQuestion, Response
from quiz.core.verdicts import Verdict
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answer_choice import VERDICT_STYLES, choice_index

#: The bank allows at most eight choices: keys 1–8 and a–h cover them all.
MAX_CHOICES = 8

#: The keys that tick a choice by its position: 1–8 and a–h.
POSITION_KEYS = digits[1 : MAX_CHOICES + 1] + ascii_lowercase[:MAX_CHOICES]

#: The box in front of a choice: ticked or not.
TICKED = "[x]"
UNTICKED = "[ ]"

#: After answering, by (ticked, right): the mark of a choice and the colour that repeats it. A
#: wrong choice left unticked gets none.
MARKS: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("✓ Goed", VERDICT_STYLES[Verdict.CORRECT]),
    (True, False): ("✗ Fout", VERDICT_STYLES[Verdict.WRONG]),
    (False, True): ("✗ Gemist", VERDICT_STYLES[Verdict.WRONG]),
}


def ticked_in(presented: PresentedQuestion, response: Response) -> tuple[int, ...]:
    """The choices ``response`` ticks (indices into ``presented.choices``); ``ValueError`` when it
    is not a tuple of such indices."""
    if not isinstance(response, tuple | list) or not all(
        isinstance(index, int)
        and not isinstance(index, bool)
        and 0 <= index < len(presented.choices)
        for index in response
    ):
        raise ValueError(f"not a set of ticked choices of {presented.choices!r}: {response!r}")
    return tuple(sorted({index for index in response if isinstance(index, int)}))


def right_choices(presented: PresentedQuestion) -> tuple[int, ...]:
    """The choices a learner should tick (indices into ``presented.choices``)."""
    return ticked_in(presented, presented.question.correct_response(presented))


class CheckList(OptionList):
    """The choices with their boxes. Space asks to tick the highlighted one; Enter confirms the
    answer instead of selecting (a click still "selects": the widget ticks the clicked line)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "tick", "Aankruisen", tooltip="De gekozen regel aan- of uitvinken"),
        Binding("enter", "confirm", "Antwoord", tooltip="De aangekruiste antwoorden geven"),
    ]

    class TickRequested(Message):
        """The learner pressed space on line ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Confirmed(Message):
        """The learner pressed Enter on the list: the ticked choices are the answer."""

    def action_tick(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.TickRequested(self.highlighted))

    def action_confirm(self) -> None:
        self.post_message(self.Confirmed())


class MultipleSelectAnswer(AnswerWidget):
    """Any number of ``presented.choices``; the response is the ticked indices, in order."""

    DEFAULT_CSS = """
    MultipleSelectAnswer {
        & > CheckList {
            height: auto;
            max-height: 14;
            border: round $primary 40%;
            &:focus { border: round $primary; }
            & > .option-list--option { padding: 0 1; }
        }
        & > #confirm-ticks { width: auto; min-width: 0; padding: 0 1; }
        /* After the answer there is nothing left to confirm: the verdict moves up. */
        &:disabled > #confirm-ticks { display: none; }
    }
    """

    HELP_KEYS = (
        ("a–h  1–8  spatie", "meerdere antwoorden: aankruisen of uitzetten"),
        ("Enter  Bevestigen", "meerdere antwoorden: de aangekruiste geven"),
    )
    ANSWER_KEYS = POSITION_KEYS

    def __init__(
        self, presented: PresentedQuestion, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(presented, id=id, classes=classes)
        self.ticked: set[int] = set()
        """The choices ticked so far (indices into ``presented.choices``)."""

    # -- wording an outcome ------------------------------------------------------------------

    @classmethod
    def given_text(cls, outcome: Outcome) -> str:
        """``a) Rusland; c) Litouwen``: the ticked choices with the letters the list shows."""
        presented = outcome.presented
        ticked = ticked_in(presented, outcome.response)
        if not ticked:
            return "(geen antwoord)"
        return "; ".join(f"{cls.key_for(i)}) {presented.choices[i]}" for i in ticked)

    @classmethod
    def correct_text(cls, outcome: Outcome) -> str:
        """The right choices' texts, in the order the list shows them."""
        presented = outcome.presented
        return "; ".join(presented.choices[i] for i in right_choices(presented))

    @classmethod
    def correct_lines(cls, outcome: Outcome) -> list[Content]:
        """``Juiste antwoorden: …`` (``Juiste antwoord: …`` when only one choice is right)."""
        if len(right_choices(outcome.presented)) == 1:
            return super().correct_lines(outcome)
        answers = cls.correct_text(outcome)
        return [Content.from_markup("Juiste antwoorden: [b]$answers[/b]", answers=answers)]

    # -- answering ---------------------------------------------------------------------------

    def hint(self) -> str:
        count = len(self.presented.choices)
        last = self.key_for(count - 1)
        return (
            f"Kies alle juiste antwoorden: a–{last}, 1–{count}, spatie of klik;"
            " Enter of Bevestigen."
        )

    def compose_controls(self) -> ComposeResult:
        yield CheckList(
            *(
                Option(self.choice_prompt(index), id=f"check-{index}")
                for index in range(len(self.presented.choices))
            ),
            id="checks",
        )
        yield Button("✓ Bevestigen", id="confirm-ticks", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one(CheckList).highlighted = 0

    @classmethod
    def key_for(cls, index: int) -> str:
        """The letter shown before a choice (and pressed to tick it)."""
        return ascii_lowercase[index]

    def choice_prompt(self, index: int, mark: Content | None = None) -> Content:
        """``[x] b) Belarus``; with a ``mark`` after the letter: ``[x] b) ✓ Goed — Belarus``.

        The mark goes in front of the text, as in a choice list, so a long choice that wraps
        never splits the symbol from its word."""
        box = TICKED if index in self.ticked else UNTICKED
        prompt = Content.from_markup("$box [b]$key)[/b] ", box=box, key=self.key_for(index))
        if mark is not None:
            prompt += mark + " — "
        return prompt + self.presented.choices[index]

    def index_for_key(self, key: str) -> int | None:
        """The choice ``key`` ticks: ``1``–``8`` and ``a``–``h`` by position; None for others."""
        return choice_index(key, MAX_CHOICES)

    def accepts_key(self, key: str) -> bool:
        index = self.index_for_key(key)
        return self.outcome is None and index is not None and index < len(self.presented.choices)

    def answer_key(self, key: str) -> None:
        """Tick (or untick) the choice ``key`` stands for, moving the list's cursor there."""
        index = self.index_for_key(key)
        if index is not None and self.accepts_key(key):
            self.query_one(CheckList).highlighted = index
            self.tick(index)

    def tick(self, index: int) -> None:
        """Tick choice ``index``, or untick it when it was ticked; nothing after the answer."""
        if self.outcome is not None or self.disabled:
            return
        self.ticked ^= {index}
        self.query_one(CheckList).replace_option_prompt_at_index(index, self.choice_prompt(index))

    def response(self) -> tuple[int, ...]:
        """The session's response: the ticked indices, in increasing order."""
        return tuple(sorted(self.ticked))

    @on(CheckList.OptionSelected, "#checks")
    def _clicked(self, event: CheckList.OptionSelected) -> None:
        event.stop()
        self.tick(event.option_index)

    @on(CheckList.TickRequested)
    def _space(self, event: CheckList.TickRequested) -> None:
        event.stop()
        self.tick(event.index)

    @on(CheckList.Confirmed)
    @on(Button.Pressed, "#confirm-ticks")
    def _confirm(self, event: Message) -> None:
        event.stop()
        if self.outcome is not None:
            return
        if not self.ticked:
            self.notify(
                "Kruis eerst een of meer antwoorden aan (letter, cijfer, spatie of klik).",
                title="Nog niets aangekruist",
                timeout=3,
            )
            return
        self.submit(self.response())

    def show_outcome(self, outcome: Outcome) -> None:
        """Mark each ticked choice ✓ Goed or ✗ Fout and each missed right one ✗ Gemist (symbol
        and word, never colour alone); the boxes keep showing what was ticked."""
        super().show_outcome(outcome)
        presented = self.presented
        self.ticked = set(ticked_in(presented, outcome.response))  # also for an earlier answer
        right = set(right_choices(presented))
        checks = self.query_one(CheckList)
        for index in range(len(presented.choices)):
            marked = MARKS.get((index in self.ticked, index in right))
            mark = None if marked is None else Content.styled(marked[0], f"bold {marked[1]}")
            checks.replace_option_prompt_at_index(index, self.choice_prompt(index, mark))
