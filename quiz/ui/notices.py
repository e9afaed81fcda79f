"""The notifications the app shows when something could not be done, in one place.

Error texts come from the domain (a :class:`~quiz.errors.QuizError` is meant to be shown as it
is) and may quote bank text or file names, so they are never parsed as markup. Store problems are
the exception: a :class:`~quiz.errors.ProgressError` says in English what went wrong, for logs,
and carries it as data, which is worded here in the app's language (:func:`progress_text`).
"""

from __future__ import annotations

from typing import Any, assert_never

from textual.app import App

from quiz.errors import Found, ProgressError, ProgressProblem, QuizError
from quiz.store.attempt import SavingResumed

__all__ = ["SAVED_AGAIN", "cannot_resume", "cannot_start", "progress_problem", "progress_text"]

#: After a temporary problem: everything that waited is written.
SAVED_AGAIN = "Het bewaren lukt weer: al je antwoorden zijn nu bewaard."

_NOT_THIS_TIME = "Je antwoorden worden deze keer niet bewaard."
_WAITING = (
    "Stop je eerder met nieuwsquiz, dan gaan de antwoorden die nog niet bewaard zijn verloren."
)
#: Seconds a store problem stays on screen: it names files, which take a while to read.
_READING_TIME = 15

#: What was found in the progress file's place, as the start of a sentence.
_FOUND = {
    None: "Het voortgangsbestand {path} is beschadigd",
    Found.EMPTY: "Het voortgangsbestand {path} was leeg",
    Found.NOT_SQLITE: (
        "Het bestand {path} is geen voortgangsbestand van nieuwsquiz, of het is onherkenbaar"
        " beschadigd"
    ),
    Found.OTHER_DATABASE: (
        "Het bestand {path} is een database van een ander programma, geen voortgangsbestand van"
        " nieuwsquiz"
    ),
}


def progress_problem(app: App[Any], event: ProgressError | SavingResumed) -> None:
    """What happened to saving, reported by :class:`~quiz.store.attempt.Attempts`: a file that
    was damaged or not ours was moved aside (the quiz saves on in a new one), saving fails for
    now (the answers wait) or for this run, or it works again after failing for now."""
    if isinstance(event, SavingResumed):
        app.notify(SAVED_AGAIN, title="Voortgang bewaard", severity="information", markup=False)
    elif event.recovered:
        app.notify(
            progress_text(event),
            title="Voortgang",
            severity="warning",
            timeout=_READING_TIME,
            markup=False,
        )
    else:
        app.notify(
            progress_text(event),
            title="Voortgang niet bewaard",
            severity="error",
            timeout=_READING_TIME,
            markup=False,
        )


def progress_text(problem: ProgressError) -> str:
    """``problem`` in Dutch for the learner: what happened, to which file, what happens now."""
    path, detail = problem.path, problem.detail
    system = f" (melding van het systeem: {detail})" if detail else ""
    found = _FOUND[problem.found].format(path=path)
    match problem.reason:
        case ProgressProblem.DAMAGED_MOVED | ProgressProblem.FOREIGN_MOVED:
            return (
                f"{found}. Het is niet gewist maar opzij gezet als {problem.moved_to}."
                " Je antwoorden worden vanaf nu in een nieuw bestand bewaard."
            )
        case ProgressProblem.CANNOT_MOVE:
            return (
                f"{found}, en het kon niet opzij gezet worden{system}. Zet het zelf ergens anders"
                f" neer om opnieuw te beginnen. {_NOT_THIS_TIME}"
            )
        case ProgressProblem.NEWER_FORMAT:
            return (
                f"Het voortgangsbestand {path} is gemaakt door een nieuwere versie van"
                " nieuwsquiz. Het blijft zoals het is; werk nieuwsquiz bij om het te gebruiken."
                f" {_NOT_THIS_TIME}"
            )
        case ProgressProblem.NOT_RECORDED:
            return (
                f"Je antwoord hoort bij een poging die niet in {path} staat; is het bestand"
                f" intussen vervangen? {_NOT_THIS_TIME}"
            )
        case ProgressProblem.DISK_FULL:
            return (
                f"De schijf is vol: je antwoorden kunnen nu niet bewaard worden in {path}."
                f" Ze worden bewaard zodra er weer ruimte is. {_WAITING}"
            )
        case ProgressProblem.CANNOT_WRITE:
            return (
                f"Je antwoorden kunnen nu niet bewaard worden in {path}{system}. Ze worden"
                f" bewaard zodra dat weer lukt. {_WAITING}"
            )
        case ProgressProblem.CANNOT_READ:
            return (
                f"Je voortgang in {path} kan nu niet gelezen worden{system}. Je antwoorden"
                " worden bewaard zodra dat weer lukt."
            )
        case _:
            assert_never(problem.reason)


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
