"""Which answer widget each question kind gets: the UI's one list of kinds.

The screens never branch on kinds: they ask here for the widget class of a presented question,
and ask that class to word its outcomes (feedback lines, the mistake list). The keys are the
names in :mod:`quiz.kinds.registry`, taken from the question classes so a misspelling cannot
slip in; a test checks that both registries list the same kinds. A kind without a widget is an
error, never a silent fallback to typing.

================  ====================  ===============================================
kind              widget                response
================  ====================  ===============================================
multiple_choice   ChoiceAnswer          index into ``choices``
multiple_select   MultipleSelectAnswer  the ticked indices into ``choices``, in order
true_false        TrueFalseAnswer       True for juist
short_answer      TextAnswer            the typed text
cloze             ClozeTextAnswer       the typed text; with choices (ClozeChoiceAnswer),
                                        the index into ``choices``
ordering          OrderingAnswer        indices into ``items``, in the learner's order
matching          MatchingAnswer        per left, an index into ``rights``
================  ====================  ===============================================
"""

from __future__ import annotations

from quiz.core.session import PresentedQuestion
from quiz.kinds.cloze import Cloze
from quiz.kinds.matching import Matching
from quiz.kinds.multiple_choice import MultipleChoice
from quiz.kinds.multiple_select import MultipleSelect
from quiz.kinds.ordering import Ordering
from quiz.kinds.short_answer import ShortAnswer
from quiz.kinds.true_false import TrueFalse
from quiz.ui.widgets.answer_base import AnswerGiven, AnswerWidget, HelpKeys
from quiz.ui.widgets.answer_choice import ChoiceAnswer, TrueFalseAnswer
from quiz.ui.widgets.answer_cloze import ClozeChoiceAnswer, ClozeTextAnswer
from quiz.ui.widgets.answer_matching import MatchingAnswer
from quiz.ui.widgets.answer_multiple_select import MultipleSelectAnswer
from quiz.ui.widgets.answer_ordering import OrderingAnswer
from quiz.ui.widgets.answer_text import TextAnswer

__all__ = [
    "ANSWER_WIDGETS",
    "AnswerGiven",
    "AnswerWidget",
    "ChoiceAnswer",
    "ClozeChoiceAnswer",
    "ClozeTextAnswer",
    "MatchingAnswer",
    "MultipleSelectAnswer",
    "OrderingAnswer",
    "TextAnswer",
    "TrueFalseAnswer",
    "answer_keys",
    "answer_widget",
    "help_keys",
    "widget_class",
]

#: The answer widget of each kind, by kind name, in the kinds' registry order.
ANSWER_WIDGETS: dict[str, type[AnswerWidget]] = {
    MultipleChoice.KIND: ChoiceAnswer,
    MultipleSelect.KIND: MultipleSelectAnswer,
    TrueFalse.KIND: TrueFalseAnswer,
    ShortAnswer.KIND: TextAnswer,
    Cloze.KIND: ClozeTextAnswer,
    Ordering.KIND: OrderingAnswer,
    Matching.KIND: MatchingAnswer,
}


def widget_class(presented: PresentedQuestion) -> type[AnswerWidget]:
    """The widget class that answers ``presented``; ``LookupError`` for a kind without one."""
    registered = ANSWER_WIDGETS.get(presented.kind)
    if registered is None:
        raise LookupError(
            f"no answer widget for question kind {presented.kind!r}"
            f" (question {presented.question.id!r}); add it to ANSWER_WIDGETS"
        )
    return registered.variant_for(presented)


def answer_widget(presented: PresentedQuestion) -> AnswerWidget:
    """A fresh answer widget for ``presented``."""
    return widget_class(presented)(presented, id="answer")


def _every_widget() -> list[type[AnswerWidget]]:
    return [variant for widget in ANSWER_WIDGETS.values() for variant in widget.variants()]


def help_keys() -> HelpKeys:
    """Every kind's answer keys for the help screen, in registry order, each row once."""
    return tuple(dict.fromkeys(row for widget in _every_widget() for row in widget.HELP_KEYS))


def answer_keys() -> str:
    """Every single key some kind answers with, once each, for the question screen to bind."""
    return "".join(dict.fromkeys(key for widget in _every_widget() for key in widget.ANSWER_KEYS))
