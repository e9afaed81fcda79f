"""A cloze: the sentence with its gap above the answer, then typing, or choosing when the
question has choices.

The gap is drawn as a visible box, never as bare underscores that a screen reader or a tired eye
could miss. The two ways of answering are the text and choice widgets; the cloze versions add
only the sentence (:meth:`~quiz.ui.widgets.answer_base.AnswerWidget.context`).
"""

from __future__ import annotations

from textual.content import Content

from quiz.core.session import PresentedQuestion
from quiz.kinds.cloze import Cloze
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answer_choice import ChoiceAnswer
from quiz.ui.widgets.answer_text import TextAnswer

#: What the gap in a cloze sentence looks like; wide enough to read as "something goes here".
GAP = " … ? … "


def cloze_sentence(question: Cloze) -> Content:
    """The sentence with its gap shown as a highlighted box."""
    before, after = question.around_gap
    return Content.assemble(before, (GAP, "reverse bold"), after)


def _sentence(presented: PresentedQuestion) -> Content:
    question = presented.question
    if not isinstance(question, Cloze):
        raise TypeError(f"a cloze widget got a {presented.kind} question")
    return cloze_sentence(question)


class ClozeTextAnswer(TextAnswer):
    """A cloze without choices: type what fills the gap. The kind's registered widget: a cloze
    with choices gets :class:`ClozeChoiceAnswer` instead (:meth:`variant_for`)."""

    @classmethod
    def variant_for(cls, presented: PresentedQuestion) -> type[AnswerWidget]:
        return ClozeChoiceAnswer if presented.choices else cls

    @classmethod
    def variants(cls) -> tuple[type[AnswerWidget], ...]:
        return (cls, ClozeChoiceAnswer)

    def context(self) -> Content:
        return _sentence(self.presented)


class ClozeChoiceAnswer(ChoiceAnswer):
    """A cloze with choices: pick what fills the gap."""

    def context(self) -> Content:
        return _sentence(self.presented)
