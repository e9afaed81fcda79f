"""The status line above a question: where the learner is, what kind of question, the score.

One line, so the question itself keeps the room (at 80×24 every row counts). The figures are the
session's (points earned, points possible so far, streak); the screen sets them after every answer
and this widget only shows them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Label

from quiz.ui.widgets.labels import format_points, points_word


class ScoreBar(Horizontal):
    """``Vraag 3 van 45  Wie  2 punten`` on the left, ``Score 7/9  Reeks 3`` on the right."""

    DEFAULT_CSS = """
    ScoreBar {
        height: 1;
        padding: 0 1;
        background: $boost;
        & > Label { width: auto; }
        & > #progress { text-style: bold; }
        & > #category {
            margin-left: 2;
            padding: 0 1;
            background: $primary;
            color: $text;
            text-style: bold;
        }
        & > #worth { margin-left: 1; color: $text-muted; }
        & > #spacer { width: 1fr; }
        & > #streak { margin-left: 2; }
        &.-streak > #streak { color: $text-success; text-style: bold; }
    }
    """

    number: reactive[int] = reactive(1, init=False)
    total: reactive[int] = reactive(1, init=False)
    category: reactive[str] = reactive("", init=False)
    worth: reactive[int] = reactive(1, init=False)
    """What the current question is worth; shown only when it is not the usual 1 point."""
    earned: reactive[float] = reactive(0.0, init=False)
    possible: reactive[int] = reactive(0, init=False)
    streak: reactive[int] = reactive(0, init=False, toggle_class="-streak")

    def compose(self) -> ComposeResult:
        yield Label(self._progress(), id="progress")
        yield Label(self.category, id="category")
        yield Label(self._worth(), id="worth")
        yield Label(id="spacer")
        yield Label(self._score(), id="score")
        yield Label(self._streak(), id="streak")

    def _progress(self) -> str:
        return f"Vraag {self.number} van {self.total}"

    def _worth(self) -> str:
        return "" if self.worth == 1 else f"{format_points(self.worth)} {points_word(self.worth)}"

    def _score(self) -> str:
        return f"Score {format_points(self.earned)}/{self.possible}"

    def _streak(self) -> str:
        return f"Reeks {self.streak}"

    def watch_number(self) -> None:
        self.query_one("#progress", Label).update(self._progress())

    def watch_total(self) -> None:
        self.query_one("#progress", Label).update(self._progress())

    def watch_category(self) -> None:
        self.query_one("#category", Label).update(self.category)

    def watch_worth(self) -> None:
        self.query_one("#worth", Label).update(self._worth())

    def watch_earned(self) -> None:
        self.query_one("#score", Label).update(self._score())

    def watch_possible(self) -> None:
        self.query_one("#score", Label).update(self._score())

    def watch_streak(self) -> None:
        self.query_one("#streak", Label).update(self._streak())
