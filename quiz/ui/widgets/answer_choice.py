"""Choosing one answer from a list: multiple choice, cloze with choices, and juist/onjuist.

A plain :class:`OptionList` gives arrows, Enter and clicks for free. The letter and number keys
are bound on the question screen, so they answer wherever the focus is (say, in the article after
a click there); the screen asks this widget which key means which choice (:meth:`accepts_key`).

After answering, the list itself shows what happened: the learner's pick gets its verdict and,
after a wrong pick, the right choice is marked too, each with a symbol and a word.
"""

from __future__ import annotations

from string import ascii_lowercase, digits
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quiz.core.session import Outcome, PresentedQuestion, Response
from quiz.core.verdicts import Verdict
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answer_lists import AnswerOptionList, HangingIndent
from quiz.ui.widgets.labels import verdict_label

#: The bank allows at most six choices: keys 1–6 and a–f cover them all.
MAX_CHOICES = 6


def choice_index(key: str, most: int) -> int | None:
    """The choice a single key stands for, by position: ``1``… and ``a``… up to ``most``
    choices; None for any other key. Every choice list reads its keys this way."""
    if len(key) == 1 and key in digits and key != "0":
        return int(key) - 1
    if len(key) == 1 and key in ascii_lowercase[:most]:
        return ascii_lowercase.index(key)
    return None


#: The keys that pick a choice by its position: 1–6 and a–f.
POSITION_KEYS = digits[1 : MAX_CHOICES + 1] + ascii_lowercase[:MAX_CHOICES]

#: How the right choice is marked after a wrong pick (the pick itself reads "✗ Fout").
RIGHT_CHOICE = "✓ juiste antwoord"

#: The colour that repeats a verdict's symbol and word in the list.
VERDICT_STYLES: dict[Verdict, str] = {
    Verdict.CORRECT: "$text-success",
    Verdict.ALMOST: "$text-success",
    Verdict.PARTIAL: "$text-warning",
    Verdict.WRONG: "$text-error",
}


class ChoiceList(AnswerOptionList):
    """An option list whose Enter shows in the Footer as "Antwoord" (OptionList hides it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Antwoord", tooltip="Het gekozen antwoord geven"),
    ]


class ChoiceAnswer(AnswerWidget):
    """One of ``presented.choices``; the response is its index. Answers multiple choice, and a
    cloze with choices through :class:`ClozeChoiceAnswer`."""

    DEFAULT_CSS = """
    ChoiceAnswer > ChoiceList {
        height: auto;
        max-height: 14;
        border: round $primary 40%;
        &:focus { border: round $primary; }
        & > .option-list--option { padding: 0 1; }
    }
    """

    HELP_KEYS = (("a–f  1–6  klik", "een antwoord kiezen (meerkeuze, invulzin met keuzes)"),)
    ANSWER_KEYS = POSITION_KEYS

    chosen: int | None = None
    """The index the learner answered with (set once, when answering)."""

    @classmethod
    def choice_index(cls, presented: PresentedQuestion, response: Response) -> int | None:
        """The choice ``response`` stands for (its index), or None when it stands for none."""
        if isinstance(response, bool) or not isinstance(response, int):
            return None
        return response if 0 <= response < len(presented.choices) else None

    @classmethod
    def _choice(cls, presented: PresentedQuestion, response: Response) -> int:
        index = cls.choice_index(presented, response)
        if index is None:
            raise ValueError(f"{response!r} is not one of the choices {presented.choices!r}")
        return index

    @classmethod
    def given_text(cls, outcome: Outcome) -> str:
        """``b) Eva Hartog``: the chosen option, with the letter the list shows."""
        index = cls._choice(outcome.presented, outcome.response)
        return f"{cls.key_for(index)}) {outcome.presented.choices[index]}"

    @classmethod
    def correct_text(cls, outcome: Outcome) -> str:
        """The right choice's text."""
        presented = outcome.presented
        index = cls._choice(presented, presented.question.correct_response(presented))
        return presented.choices[index]

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

    @classmethod
    def key_for(cls, index: int) -> str:
        """The letter shown before a choice (and pressed to choose it)."""
        return ascii_lowercase[index]

    def choice_prompt(self, index: int, text: str, mark: Content | None = None) -> HangingIndent:
        """``b) Eva Hartog``; with a ``mark`` after the letter: ``b) ✓ Goed — Eva Hartog``.

        The mark goes in front of the text, not after it, so a long choice that wraps can never
        split the symbol from its word (Textual breaks lines at any space). A choice that wraps
        goes on under its text, not under its letter (:class:`HangingIndent`)."""
        key = Content.from_markup("[b]$key)[/b] ", key=self.key_for(index))
        body = Content(text) if mark is None else mark + " — " + text
        return HangingIndent(key, body)

    def response_for(self, index: int) -> Response:
        """The session's response for choice ``index``: the index itself."""
        return index

    def index_for_key(self, key: str) -> int | None:
        """The choice ``key`` picks: ``1``–``6`` and ``a``–``f`` by position; None for others."""
        return choice_index(key, MAX_CHOICES)

    def accepts_key(self, key: str) -> bool:
        index = self.index_for_key(key)
        return self.outcome is None and index is not None and index < len(self.presented.choices)

    def answer_key(self, key: str) -> None:
        index = self.index_for_key(key)
        if index is not None and self.accepts_key(key):
            self.choose(index)

    def choose(self, index: int) -> None:
        """Answer with choice ``index``, moving the list's cursor there first."""
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
        """Mark the learner's pick with the verdict and, if it was wrong, the right choice with
        "✓ juiste antwoord", so the list itself shows what happened (symbol and word, never
        colour alone). The right choice is the one the question's correct response picks."""
        super().show_outcome(outcome)
        choices = self.query_one(ChoiceList)
        presented = self.presented
        index = self.chosen
        if index is None:  # the screen shows an answer given earlier
            index = self.choice_index(presented, outcome.response)
        right = self.choice_index(presented, presented.question.correct_response(presented))
        if index is not None:
            choices.highlighted = index
            self._mark(index, verdict_label(outcome.verdict), VERDICT_STYLES[outcome.verdict])
        if right is not None and right != index:
            self._mark(right, RIGHT_CHOICE, VERDICT_STYLES[Verdict.CORRECT])

    def _mark(self, index: int, label: str, style: str) -> None:
        mark = Content.styled(label, f"bold {style}")
        prompt = self.choice_prompt(index, self.presented.choices[index], mark)
        self.query_one(ChoiceList).replace_option_prompt_at_index(index, prompt)


class TrueFalseAnswer(ChoiceAnswer):
    """Juist or onjuist: the letters are ``j`` and ``o`` (a/b and 1/2 work too)."""

    HELP_KEYS = (("j  o", "juist / onjuist"),)
    ANSWER_KEYS = POSITION_KEYS + "jo"

    @classmethod
    def choice_index(cls, presented: PresentedQuestion, response: Response) -> int | None:
        """True is juist (the first choice), False onjuist; an index stands for itself."""
        if isinstance(response, bool):
            return 0 if response else 1
        return super().choice_index(presented, response)

    @classmethod
    def given_text(cls, outcome: Outcome) -> str:
        """``juist`` or ``onjuist``, without a letter."""
        return outcome.presented.choices[cls._choice(outcome.presented, outcome.response)]

    def index_for_key(self, key: str) -> int | None:
        if key in ("j", "o"):
            return "jo".index(key)
        return super().index_for_key(key)

    def hint(self) -> str:
        return "Druk j (juist) of o (onjuist), kies met ↑↓ en Enter, of klik."

    @classmethod
    def key_for(cls, index: int) -> str:
        return "jo"[index] if index < 2 else super().key_for(index)

    def response_for(self, index: int) -> Response:
        """True for juist: the session presents true/false as ``("juist", "onjuist")``."""
        return index == 0
