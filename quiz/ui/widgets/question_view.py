"""One question as the learner sees it: its category, the prompt, a cloze sentence, the answer.

Built fresh for every question (the screen replaces it), so no state leaks from one question into
the next. A cloze shows its sentence with the gap drawn as a visible box, never as bare
underscores that a screen reader or a tired eye could miss.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Label, Static

from quiz.domain.model import Cloze
from quiz.domain.session import PresentedQuestion
from quiz.ui.widgets.answer_base import AnswerWidget
from quiz.ui.widgets.answers import answer_widget
from quiz.ui.widgets.labels import format_points, points_word

#: What the gap in a cloze sentence looks like; wide enough to read as "something goes here".
GAP = " … ? … "


def cloze_sentence(text: str) -> Content:
    """The sentence with its ``___`` gap shown as a highlighted box."""
    before, _, after = text.partition(Cloze.GAP)
    return Content.assemble(before, (GAP, "reverse bold"), after)


class QuestionView(Vertical):
    """Category badge and points, the prompt, the cloze sentence if any, then the answer widget."""

    DEFAULT_CSS = """
    QuestionView {
        height: auto;
        & > #question-meta { height: 1; margin-bottom: 1; }
        & > #question-meta > .question--category {
            padding: 0 1;
            background: $primary;
            color: $text;
            text-style: bold;
        }
        & > #question-meta > .question--points { margin-left: 2; color: $text-muted; }
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
        with Horizontal(id="question-meta"):
            yield Label(question.category.label, classes="question--category")
            if question.points != 1:
                yield Label(
                    f"{format_points(question.points)} {points_word(question.points)}",
                    classes="question--points",
                )
        yield Static(question.prompt, id="prompt", markup=False)
        if isinstance(question, Cloze):
            yield Static(cloze_sentence(question.text), id="cloze")
        yield answer_widget(self.presented)

    @property
    def answer(self) -> AnswerWidget:
        return self.query_one(AnswerWidget)
