"""The notifications the app shows when something could not be done, in one place.

Error texts come from the domain (a :class:`~quiz.errors.QuizError` is meant to be shown as it
is) and may quote bank text or file names, so they are never parsed as markup.
"""

from __future__ import annotations

from typing import Any

from textual.app import App

from quiz.errors import ProgressError, QuizError

__all__ = ["cannot_resume", "cannot_start", "progress_problem"]


def progress_problem(app: App[Any], problem: ProgressError) -> None:
    """A store problem, reported by :class:`~quiz.store.attempt.Attempts`: a damaged file that
    was moved aside (the quiz saves on in a new one), or saving that stopped for this run."""
    if problem.recovered:
        app.notify(str(problem), title="Voortgang", severity="warning", markup=False)
        return
    app.notify(
        f"{problem} Je antwoorden worden deze keer niet bewaard.",
        title="Voortgang niet bewaard",
        severity="error",
        markup=False,
    )


def cannot_start(app: App[Any], error: QuizError) -> None:
    """The chosen options leave no question to ask (e.g. a category the bank lacks)."""
    app.notify(str(error), title="Quiz kan niet starten", severity="error", markup=False)


def cannot_resume(app: App[Any]) -> None:
    """The bank changed since the left attempt: it starts again (the old answers are kept)."""
    app.notify(
        "De vragen zijn veranderd sinds je vorige poging; de quiz begint opnieuw. "
        "Je eerdere antwoorden blijven bewaard.",
        title="Verdergaan lukt niet",
        severity="warning",
        markup=False,
    )
