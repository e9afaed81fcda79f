"""A quiz being taken, and kept: every answer is saved the moment it is given.

An :class:`Attempt` is a :class:`QuizSession` together with where it is saved: answering through
it records the answer at once, moving past the last question records the result, and a retry of
its mistakes is a new attempt. It knows its pool (the questions its session was built from) and
its options, so the store can rebuild exactly this session when the learner comes back.

:class:`Attempts` is the store as one run of the app uses it. A store problem never reaches the
quiz as an exception, and never loses an answer the session holds:

- a damaged file is moved aside by the store (``ProgressError.recovered``): the problem is
  reported and the call is retried on the fresh file, where an attempt under way starts again
  with every answer given so far;
- any other problem is reported once and saving stops for the rest of the run: the quiz goes on
  unsaved (:attr:`Attempts.saves` turns False) instead of failing again at every answer.

Problems are reported to the ``report`` callback given to :class:`Attempts`; the UI passes one
that shows a notification. Nothing here knows about screens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from quiz.core.model import Bank, Question
from quiz.core.options import QuizOptions
from quiz.core.session import Outcome, PresentedQuestion, QuizSession, Response, Results
from quiz.errors import ProgressError
from quiz.store.progress import ProgressStore, UnfinishedAttempt, resumed_session

__all__ = ["Attempt", "Attempts", "Report"]

T = TypeVar("T")

#: Called with every store problem, once, as it happens.
Report = Callable[[ProgressError], None]


def _ignore(problem: ProgressError) -> None:
    """The default report: an unsaved quiz goes on just the same."""


class Attempts:
    """Where this run's attempts are saved (``store``; None: nowhere), and who hears of problems.

    Every store call goes through :meth:`call`. ``generation`` counts the files the store has
    started afresh after damage: an attempt saved under an older generation is not in the current
    file and is saved again (see :meth:`Attempt._save`).
    """

    def __init__(self, store: ProgressStore | None = None, *, report: Report = _ignore) -> None:
        self._store = store
        self._report = report
        self.generation = 0

    @property
    def saves(self) -> bool:
        """True while answers are being saved: a store was given and has not failed."""
        return self._store is not None

    def call(self, use: Callable[[ProgressStore], T]) -> T | None:
        """``use(store)``, or None when nothing is saved or the store failed (reported)."""
        for _ in range(2):  # a damaged file is moved aside (recovered): the call is retried once
            store = self._store
            if store is None:
                return None
            try:
                return use(store)
            except ProgressError as problem:
                self._report(problem)
                if problem.recovered:
                    self.generation += 1
                    continue
                self._store = None  # reported once; the quiz goes on unsaved
                return None
        return None

    # -- starting, resuming ------------------------------------------------------------------

    def start(
        self, bank: Bank, options: QuizOptions, pool: Sequence[Question] | None = None
    ) -> Attempt:
        """A new attempt at ``bank`` over ``pool`` (default: the bank's questions), with
        ``options``. Nothing is stored until the first answer, so a quiz left unanswered leaves
        no trace. Raises :class:`~quiz.errors.EmptySelectionError` when the options select no
        question."""
        questions = tuple(bank.questions if pool is None else pool)
        session = QuizSession(bank, questions, options=options)
        return Attempt(session, [q.id for q in questions], self)

    def unfinished(self, bank_id: str) -> UnfinishedAttempt | None:
        """The attempt at ``bank_id`` the learner left with answers given, to offer to resume."""
        return self.call(lambda store: store.unfinished(bank_id))

    def resume(self, unfinished: UnfinishedAttempt, bank: Bank) -> Attempt | None:
        """The left attempt again, standing at its first unanswered question and recording
        into the same stored attempt. None when the bank changed so that it cannot be rebuilt
        (the stored attempt is left as it is). An attempt whose every question was answered is
        finished at once: its result is recorded."""
        session = resumed_session(unfinished, bank)
        if session is None:
            return None
        pool = unfinished.pool or [q.id for q in bank.questions]  # v1 files: the bank's questions
        attempt = Attempt(session, pool, self, attempt_id=unfinished.attempt_id)
        if session.finished:
            attempt.finish()
        return attempt

    def discard(self, unfinished: UnfinishedAttempt) -> None:
        """Stop offering ``unfinished`` (the learner starts again); its answers are kept."""
        self.call(lambda store: store.discard(unfinished.attempt_id))


class Attempt:
    """One pass through a quiz, saved as it goes: the session, its pool and its stored id.

    Read the quiz's state from :attr:`session`; change it only through :meth:`answer` and
    :meth:`advance`, so every answer is recorded. Without ``attempts`` nothing is saved.
    """

    def __init__(
        self,
        session: QuizSession,
        pool: Sequence[str] | None = None,
        attempts: Attempts | None = None,
        *,
        attempt_id: int | None = None,
    ) -> None:
        self.session = session
        self.pool = tuple(q.id for q in session.bank.questions) if pool is None else tuple(pool)
        """The ids of the questions the session was built from, in order."""
        self._attempts = attempts or Attempts()
        self._id = attempt_id
        self._generation = self._attempts.generation
        self._saved = len(session.outcomes) if attempt_id is not None else 0  # outcomes stored
        self._result_saved = False

    @property
    def id(self) -> int | None:
        """The attempt's id in the store; None until it is first saved (or when not saved)."""
        return self._id

    @property
    def options(self) -> QuizOptions:
        """The options the session was made with, the seed it used included."""
        return self.session.options

    @property
    def saves(self) -> bool:
        """True while what the learner does is being saved."""
        return self._attempts.saves

    def answer(self, response: Response) -> Outcome:
        """Score the current question and record the answer at once. Raises as
        :meth:`QuizSession.answer` does (then nothing is answered and nothing is recorded)."""
        outcome = self.session.answer(response)
        self._save()
        return outcome

    def advance(self) -> PresentedQuestion | None:
        """The next question; after the last one the attempt is finished (:meth:`finish`)."""
        following = self.session.advance()
        if following is None:
            self.finish()
        return following

    def finish(self) -> Results:
        """Record the result (once) and return it. Raises ``RuntimeError`` before the last
        question is answered and passed."""
        if not self.session.finished:
            raise RuntimeError("the quiz is not finished yet")
        results = self.session.results()
        if not self._result_saved:
            self._result_saved = True
            self._save(lambda store, attempt_id: store.finish(attempt_id, results))
        return results

    def retry_mistakes(self) -> Attempt:
        """A new attempt over the questions answered wrong or partly, with the same options
        (seed included). Raises ``ValueError`` when there are none."""
        retry = self.session.retry_mistakes()
        pool = [o.presented.question.id for o in self.session.results().mistakes]
        return Attempt(retry, pool, self._attempts)

    def _save(self, then: Callable[[ProgressStore, int], None] | None = None) -> None:
        """Bring the store up to date: the attempt (started on its first save, or again when the
        file was started afresh), every outcome not yet stored, then ``then``."""

        def write(store: ProgressStore) -> None:
            if self._id is None or self._generation != self._attempts.generation:
                self._generation = self._attempts.generation
                self._id = store.start(self.session, self.pool)
                self._saved = 0
            for outcome in self.session.outcomes[self._saved :]:
                store.record(self._id, outcome)
                self._saved += 1
            if then is not None:
                then(store, self._id)

        self._attempts.call(write)
