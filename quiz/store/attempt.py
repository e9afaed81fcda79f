"""A quiz being taken, and kept: every answer is saved the moment it is given.

An :class:`Attempt` is a :class:`QuizSession` together with where it is saved: answering through
it records the answer at once, moving past the last question records the result, and a retry of
its mistakes is a new attempt. It knows its pool (the questions its session was built from) and
its options, so the store can rebuild exactly this session when the learner comes back.

:class:`Attempts` is the store as one run of the app uses it. A store problem never reaches the
quiz as an exception, and never loses an answer the session holds:

- a file that is damaged or not ours is moved aside by the store (``ProgressError.recovered``):
  the problem is reported and the call is retried on the fresh file, where an attempt under way
  starts again with every answer given so far;
- a write that fails in a way that may pass (a full disk, a read-only or locked file:
  ``ProgressError.temporary``) is reported once; what was not written waits in memory, and every
  later answer or finish writes all that waits first, in order, in one transaction. Once that
  works, :class:`SavingResumed` is reported, once. Until then :attr:`Attempts.saves` is False:
  quitting now would lose the waiting answers;
- any other problem (a file from a newer nieuwsquiz, one that cannot be moved aside) is reported
  once and saving stops for the rest of the run: the quiz goes on unsaved.

Problems are reported to the ``report`` callback given to :class:`Attempts`; the UI passes one
that shows a notification. Nothing here knows about screens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from quiz.core.model import Bank, Question
from quiz.core.options import QuizOptions
from quiz.core.session import Outcome, PresentedQuestion, QuizSession, Response, Results
from quiz.errors import ProgressError
from quiz.store.progress import ProgressStore, UnfinishedAttempt, Unsaved, resumed_session

__all__ = ["Attempt", "Attempts", "Report", "SavingResumed"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SavingResumed:
    """Saving works again after a temporary problem: everything that waited is in ``path``."""

    path: Path


#: Called with every store problem, once, as it happens, and when saving works again.
Report = Callable[[ProgressError | SavingResumed], None]


def _ignore(event: ProgressError | SavingResumed) -> None:
    """The default report: an unsaved quiz goes on just the same."""


class Attempts:
    """Where this run's attempts are saved (``store``; None: nowhere), and who hears of problems.

    Every store call goes through :meth:`call`, every write of an attempt through :meth:`save`.
    ``generation`` counts the files the store has started afresh after damage: an attempt saved
    under an older generation is not in the current file and is saved again whole.
    """

    def __init__(self, store: ProgressStore | None = None, *, report: Report = _ignore) -> None:
        self._store = store
        self._report = report
        self.generation = 0
        self._waiting: list[Attempt] = []  # attempts with work not yet written, oldest first
        self._trouble: ProgressError | None = None  # the temporary problem reported, if any

    @property
    def saves(self) -> bool:
        """True while what the learner does is in the file: a store was given, has not failed
        for good, and nothing waits to be written after a temporary problem."""
        return self._store is not None and self._trouble is None and not self._waiting

    def call(self, use: Callable[[ProgressStore], T]) -> T | None:
        """``use(store)``, or None when nothing is saved or the store failed (reported)."""
        for _ in range(2):  # a damaged file is moved aside (recovered): the call is retried once
            store = self._store
            if store is None:
                return None
            try:
                return use(store)
            except ProgressError as problem:
                if problem.recovered:
                    self._report(problem)
                    self.generation += 1
                    continue
                if problem.temporary:
                    if self._trouble is None:  # reported once, until saving works again
                        self._trouble = problem
                        self._report(problem)
                    return None
                self._report(problem)
                self._store = None  # reported once; the quiz goes on unsaved
                return None
        return None

    def save(self, attempt: Attempt) -> None:
        """Write what ``attempt`` has not written yet, after everything still waiting from
        earlier (this attempt's or others'), in order and in one transaction. When that fails
        for now, it all waits for the next save."""
        if self._store is None:
            return
        if attempt not in self._waiting:
            self._waiting.append(attempt)

        def write(store: ProgressStore) -> bool:
            generation = self.generation  # after a file was moved aside: attempts start again
            work = [(waiting, waiting._unsaved(generation)) for waiting in self._waiting]
            ids = store.save([unsaved for _, unsaved in work])
            for (waiting, unsaved), attempt_id in zip(work, ids, strict=True):
                waiting._written(unsaved, attempt_id, generation)
            return True

        if not self.call(write):
            return
        self._waiting.clear()
        trouble, self._trouble = self._trouble, None
        if trouble is not None:
            self._report(SavingResumed(trouble.path))

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
        """Stop offering ``unfinished`` (the learner starts again); its answers are kept. When
        that cannot be written now it is not retried: the attempt is offered again next time."""
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
        self._result: Results | None = None  # once finished: the result to store
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
        """True while what the learner does is being saved: nothing of it waits to be written
        (see :attr:`Attempts.saves`)."""
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
        if self._result is None:
            self._result = results
        if not self._result_saved:  # finishing again retries a result that could not be stored
            self._save()
        return results

    def retry_mistakes(self) -> Attempt:
        """A new attempt over the questions answered wrong or partly, with the same options
        (seed included). Raises ``ValueError`` when there are none."""
        retry = self.session.retry_mistakes()
        pool = [o.presented.question.id for o in self.session.results().mistakes]
        return Attempt(retry, pool, self._attempts)

    def _save(self) -> None:
        """Bring the store up to date with this attempt (see :meth:`Attempts.save`)."""
        self._attempts.save(self)

    def _unsaved(self, generation: int) -> Unsaved:
        """What of this attempt is not in the file of ``generation``: all of it when it was
        never stored or stored in a file since moved aside, else the outcomes not yet stored
        and the result, if finished and not yet stored."""
        again = self._id is None or self._generation != generation
        saved = 0 if again else self._saved
        result = self._result if again or not self._result_saved else None
        return Unsaved(
            None if again else self._id,
            self.session,
            self.pool,
            tuple(self.session.outcomes[saved:]),
            result,
        )

    def _written(self, unsaved: Unsaved, attempt_id: int, generation: int) -> None:
        """``unsaved`` is in the file of ``generation`` now, under ``attempt_id``."""
        if unsaved.attempt_id is None:
            self._saved = 0
        self._id = attempt_id
        self._generation = generation
        self._saved += len(unsaved.outcomes)
        if unsaved.results is not None:
            self._result_saved = True
