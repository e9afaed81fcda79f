"""Which answer widget a question type gets; the screen asks here and never branches on types.

========================  ===================  =============================================
type                      widget               response
========================  ===================  =============================================
multiple_choice           ChoiceAnswer         index into ``choices``
cloze with choices        ChoiceAnswer         index into ``choices``
cloze without choices     TextAnswer           the typed text
true_false                TrueFalseAnswer      True for juist
short_answer              TextAnswer           the typed text
ordering                  OrderingAnswer       indices into ``items``, in the learner's order
matching                  MatchingAnswer       per left, an index into ``rights``
========================  ===================  =============================================
"""

from __future__ import annotations

from quiz.core.model import QuestionType
from quiz.core.session import PresentedQuestion
from quiz.ui.widgets.answer_base import AnswerGiven, AnswerWidget
from quiz.ui.widgets.answer_choice import ChoiceAnswer, TrueFalseAnswer
from quiz.ui.widgets.answer_matching import MatchingAnswer
from quiz.ui.widgets.answer_ordering import OrderingAnswer
from quiz.ui.widgets.answer_text import TextAnswer

__all__ = [
    "AnswerGiven",
    "AnswerWidget",
    "ChoiceAnswer",
    "MatchingAnswer",
    "OrderingAnswer",
    "TextAnswer",
    "TrueFalseAnswer",
    "answer_widget",
]


def answer_widget(presented: PresentedQuestion) -> AnswerWidget:
    """A fresh answer widget for ``presented``.

    A question is answered by choosing whenever the session presents choices (multiple choice,
    a cloze with choices), so that test is on ``presented.choices`` rather than on the type.
    """
    kind = presented.type
    if kind is QuestionType.TRUE_FALSE:
        return TrueFalseAnswer(presented, id="answer")
    if presented.choices:
        return ChoiceAnswer(presented, id="answer")
    if kind is QuestionType.ORDERING:
        return OrderingAnswer(presented, id="answer")
    if kind is QuestionType.MATCHING:
        return MatchingAnswer(presented, id="answer")
    return TextAnswer(presented, id="answer")
