"""One question as the learner sees it: the prompt, what the question is about, the answer widget.

The view stays for the whole quiz: :meth:`QuestionView.show` puts the next question in it, updating
the prompt and the context in place and replacing only the answer widget, which is made fresh for
every question so no state leaks from one question into the next. What stands between the prompt
and the answer (a cloze's sentence with its gap) is the answer widget's to say
(:meth:`AnswerWidget.context`), so this view knows no kinds.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual._styles_cache import StylesCache
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.dom import DOMNode
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
        self._prompt_line = Static(id="prompt", markup=False)
        self._sentence = Static(id="context")
        self._answer = answer_widget(presented)
        self._fill(presented, self._answer)

    def compose(self) -> ComposeResult:
        yield self._prompt_line
        yield self._sentence
        yield self._answer

    @property
    def answer(self) -> AnswerWidget:
        """The answer widget of the question shown now."""
        return self._answer

    async def show(self, presented: PresentedQuestion) -> AnswerWidget:
        """Show ``presented`` instead of the current question; returns its new answer widget
        (mounted, so it can take the focus)."""
        answer = answer_widget(presented)
        self.presented = presented
        self._fill(presented, answer)
        previous, self._answer = self._answer, answer
        holders = previous.ancestors
        await previous.remove()
        forget_removed(holders)
        await self.mount(answer)
        return answer

    def _fill(self, presented: PresentedQuestion, answer: AnswerWidget) -> None:
        self._prompt_line.update(presented.question.prompt)
        context = answer.context()
        self._sentence.display = context is not None
        self._sentence.update("" if context is None else context)


def forget_removed(ancestors: Iterable[DOMNode]) -> None:
    """Let go of a removed answer widget where Textual 8.2.8 keeps it after removal. Each
    holds some widgets of every earlier question (a few MiB over a quiz) until 1024 newer
    entries push them out:

    - ``query_one`` caches its answers per node, keyed by the DOM's count of changes, so
      entries from earlier questions stay: any ``query_one`` on the screen or an ancestor (a
      test's, a benchmark's, a future screen's) kept the answer widget it found. The caches of
      the removed widget's ``ancestors`` are emptied.
    - ``StylesCache.get_inner_outer`` is an instance method under ``functools.lru_cache``, so
      it keeps the styles cache of every widget that drew, with the lines that widget last
      rendered.

    Both only save a little work, done again on the next query or draw.
    """
    for node in ancestors:
        node._query_one_cache.clear()
    StylesCache.get_inner_outer.cache_clear()
