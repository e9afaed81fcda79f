"""The line above a question: where the learner is, the running score and the streak.

The figures are the session's (points earned, points possible so far, streak); the screen sets
them after every answer and this widget only shows them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Label

from quiz.ui.widgets.labels import format_points


class ScoreBar(Horizontal):
    """``Vraag 3 van 45`` on the left, ``Score 7/9 · Reeks 3`` on the right."""

    DEFAULT_CSS = """
    ScoreBar {
        height: 1;
        padding: 0 1;
        background: $boost;
        & > #progress { width: 1fr; text-style: bold; }
        & > #score { width: auto; }
        & > #streak { width: auto; margin-left: 2; }
        &.-streak > #streak { color: $text-success; text-style: bold; }
    }
    """

    number: reactive[int] = reactive(1, init=False)
    total: reactive[int] = reactive(1, init=False)
    earned: reactive[float] = reactive(0.0, init=False)
    possible: reactive[int] = reactive(0, init=False)
    streak: reactive[int] = reactive(0, init=False, toggle_class="-streak")

    def compose(self) -> ComposeResult:
        yield Label(self._progress(), id="progress")
        yield Label(self._score(), id="score")
        yield Label(self._streak(), id="streak")

    def _progress(self) -> str:
        return f"Vraag {self.number} van {self.total}"

    def _score(self) -> str:
        return f"Score {format_points(self.earned)}/{self.possible}"

    def _streak(self) -> str:
        return f"Reeks {self.streak}"

    def watch_number(self) -> None:
        self.query_one("#progress", Label).update(self._progress())

    def watch_total(self) -> None:
        self.query_one("#progress", Label).update(self._progress())

    def watch_earned(self) -> None:
        self.query_one("#score", Label).update(self._score())

    def watch_possible(self) -> None:
        self.query_one("#score", Label).update(self._score())

    def watch_streak(self) -> None:
        self.query_one("#streak", Label).update(self._streak())
