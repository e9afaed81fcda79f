"""Typing the answer: short answers and cloze sentences without choices.

An empty Enter is almost always a slip, not an answer, so it only brings a gentle reminder; the
session never sees it (and never counts it wrong). A typo the session forgave is shown against
the spelling that counts, so the learner learns it.
"""

from __future__ import annotations

import contextlib
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.dom import NoScreen
from textual.widgets import Input

from quiz.core.session import Outcome
from quiz.core.verdicts import MissingPart, Reason, Verdict
from quiz.diagnostics import printable
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.labels import verdict_label

#: How an empty typed answer is quoted back (the widget never sends one, but a stored one may).
NO_ANSWER = "(geen antwoord)"


#: What a partly right answer left out, as the feedback names it ("Er ontbreekt: het jaar").
MISSING_PARTS: dict[MissingPart, str] = {
    MissingPart.PERIOD: "begin, half of eind",
    MissingPart.DAY: "de dag",
    MissingPart.MONTH: "de maand",
    MissingPart.YEAR: "het jaar",
    MissingPart.ITEM: "een deel van de opsomming",
}

#: Why a wrong answer was not forgiven as a typo: the learner typed another real word.
NOT_A_SLIP: dict[Reason | None, str] = {
    Reason.OPPOSITE: "Dat is het tegendeel, geen tikfout.",
    Reason.OTHER_WORD: "Dat is een ander woord, geen tikfout.",
    Reason.OTHER_NAME: "Dat is een andere naam, geen tikfout.",
    Reason.OTHER_NUMBER: "Dat is een ander getal, geen tikfout.",
    Reason.OTHER_DATE: "Dat is een andere datum, geen tikfout.",
}


def join_words(words: list[str]) -> str:
    """``a``, ``a en b``, ``a, b en c``."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} en {words[-1]}"


class AnswerInput(Input):
    """An input whose Enter shows in the Footer as "Antwoord" (Input hides it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Antwoord", tooltip="Het getypte antwoord controleren"),
    ]

    def on_unmount(self) -> None:
        """Works around a leak in Textual 8.2.8: an Input subscribes to its screen's
        ``text_selection_started_signal`` with a callback that holds the Input, and the signal
        lets go of removed widgets only when it is published (a text selection with the mouse),
        so every typed question of a quiz stayed alive with its widgets."""
        with contextlib.suppress(NoScreen):
            self.screen.text_selection_started_signal.unsubscribe(self)


class TextAnswer(AnswerWidget):
    """A typed answer; the response is the text as typed (the session normalises it)."""

    DEFAULT_CSS = """
    TextAnswer > AnswerInput { width: 1fr; max-width: 60; }
    """

    HINT = "Typ je antwoord en druk op Enter."

    @classmethod
    def given_text(cls, outcome: Outcome) -> str:
        """The text as typed, trimmed."""
        return str(outcome.response).strip() or NO_ANSWER

    @classmethod
    def correct_text(cls, outcome: Outcome) -> str:
        """The bank's answer (not one of its accepted alternatives)."""
        return str(outcome.presented.question.correct_response(outcome.presented))

    @classmethod
    def given_lines(cls, outcome: Outcome) -> list[Content]:
        """A forgiven typo: ``Je schreef: … — juist gespeld: …``; else as for any answer."""
        if outcome.verdict is Verdict.ALMOST and outcome.correction is not None:
            return [
                Content.from_markup(
                    "Je schreef: [b]$given[/b] — juist gespeld: [b]$correct[/b]",
                    given=printable(cls.given_text(outcome)),
                    correct=outcome.correction,
                )
            ]
        return super().given_lines(outcome)

    @classmethod
    def correct_lines(cls, outcome: Outcome) -> list[Content]:
        """The right answer, and why the answer was not (fully) right when the judge says:
        which part is missing, or that the typed word is another word, not a slip."""
        lines = super().correct_lines(outcome)
        if outcome.missing:
            missing = join_words([MISSING_PARTS[part] for part in outcome.missing])
            lines.append(Content.from_markup("[dim]Er ontbreekt:[/dim] $missing", missing=missing))
        elif outcome.verdict is Verdict.WRONG and outcome.reason in NOT_A_SLIP:
            lines.append(Content(NOT_A_SLIP[outcome.reason]))
        return lines

    def compose_controls(self) -> ComposeResult:
        yield AnswerInput(placeholder="Typ hier je antwoord…", id="answer-input")

    @on(Input.Submitted, "#answer-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.notify(
                "Typ eerst een antwoord; Enter controleert het.",
                title="Nog geen antwoord",
                timeout=3,
            )
            return
        self.submit(event.value)

    def show_outcome(self, outcome: Outcome) -> None:
        """Keep the typed text visible and put the verdict beside it in the border."""
        super().show_outcome(outcome)
        self.query_one(AnswerInput).border_subtitle = verdict_label(outcome.verdict)
