"""One question as the learner sees it: the prompt, a cloze sentence, the answer widget.

Built fresh for every question (the screen replaces it), so no state leaks from one question into
the next. A cloze shows its sentence with the gap drawn as a visible box, never as bare
underscores that a screen reader or a tired eye could miss.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quiz.core.model import Cloze
from quiz.core.session import PresentedQuestion
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answers import answer_widget

#: What the gap in a cloze sentence looks like; wide enough to read as "something goes here".
GAP = " … ? … "


def cloze_sentence(text: str) -> Content:
    """The sentence with its ``___`` gap shown as a highlighted box."""
    before, _, after = text.partition(Cloze.GAP)
    return Content.assemble(before, (GAP, "reverse bold"), after)


class QuestionView(Vertical):
    """The prompt, the cloze sentence if any, then the answer widget (the category and the
    points are in the status line above)."""

    DEFAULT_CSS = """
    QuestionView {
        height: auto;
        & > #prompt { text-style: bold; margin-bottom: 1; }
        & > #cloze {
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
        question = self.presented.question
        yield Static(question.prompt, id="prompt", markup=False)
        if isinstance(question, Cloze):
            yield Static(cloze_sentence(question.text), id="cloze")
        yield answer_widget(self.presented)

    @property
    def answer(self) -> AnswerWidget:
        return self.query_one(AnswerWidget)
