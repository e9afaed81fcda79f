"""One question as the learner sees it: the prompt, what the question is about, the answer widget.

Built fresh for every question (the screen replaces it), so no state leaks from one question into
the next. What stands between the prompt and the answer (a cloze's sentence with its gap) is the
answer widget's to say (:meth:`AnswerWidget.context`), so this view knows no kinds.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from quiz.core.session import PresentedQuestion
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answers import answer_widget


class QuestionView(Vertical):
    """The prompt, the question's context if any (a cloze sentence), then the answer widget
    (the category and the points are in the status line above)."""

    DEFAULT_CSS = """
    QuestionView {
        height: auto;
        & > #prompt { text-style: bold; margin-bottom: 1; }
        & > #context {
            margin-bottom: 1;
            padding: 0 1;
            border-left: thick $accent;
        }
    }
    """

    def __init__(self, presented: PresentedQuestion, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.presented = presented

    def compose(self) -> ComposeResult:
        yield Static(self.presented.question.prompt, id="prompt", markup=False)
        answer = answer_widget(self.presented)
        context = answer.context()
        if context is not None:
            yield Static(context, id="context")
        yield answer

    @property
    def answer(self) -> AnswerWidget:
        return self.query_one(AnswerWidget)
