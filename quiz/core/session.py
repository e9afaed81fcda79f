"""A quiz in progress: which questions, in which order, what was answered, the score.

The UI shows ``session.current`` and calls ``session.answer(response)``, then ``session.advance()``.
All rules (matching, credit, streaks, shuffling) live here and in the question kinds, so the UI
holds none of its own.

Which response each kind takes, and how it is shown and scored, is the kind's business (its
module in :mod:`quiz.kinds`); this module only calls ``question.present`` and ``question.score``,
so it never needs to know which kinds exist.

Every shuffle draws from one ``random.Random(seed)``, in a fixed sequence (question order first,
then each question's choices/items/rights in session order), so a seed reproduces a whole session.
A session always has a seed: when none is given a fresh one is drawn and kept in ``session.seed``
so the UI can show it and the learner can repeat the same quiz.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from quiz.core.model import (
    AnswerContext,
    Bank,
    Category,
    PresentedQuestion,
    Question,
    Response,
    Score,
)
from quiz.core.options import QuizOptions
from quiz.core.scoring import percent
from quiz.core.verdicts import MissingPart, Reason, Verdict
from quiz.errors import EmptySelectionError

__all__ = [
    "CategoryScore",
    "Outcome",
    "PresentedQuestion",
    "QuizOptions",
    "QuizSession",
    "Response",
    "Results",
]

#: Fresh seeds are drawn below this, so a seed stays short enough to read off and type back.
SEED_RANGE = 1_000_000

_KEEPS_STREAK = (Verdict.CORRECT, Verdict.ALMOST)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One answered question, as data: front ends word the response and the right answer
    themselves (from ``response`` and ``presented.question.correct_response``)."""

    presented: PresentedQuestion
    response: Response
    verdict: Verdict
    credit: float  # 0.0 … 1.0
    points_earned: float  # credit * question.points
    points_possible: int
    correction: str | None  # for ALMOST: the accepted spelling the response was nearest
    marks: tuple[bool, ...]  # per part, for kinds with parts (see the kind): was it right
    streak: int  # streak after this answer
    missing: tuple[MissingPart, ...] = ()  # for a PARTIAL typed answer: what it left out
    reason: Reason | None = None  # why a typed answer was (not) forgiven as a slip

    @classmethod
    def of(
        cls, presented: PresentedQuestion, response: Response, judged: Score, *, streak: int
    ) -> Outcome:
        """The outcome of ``response`` to ``presented`` as ``judged``: its score in points."""
        points = presented.question.points
        return cls(
            presented=presented,
            response=response,
            verdict=judged.verdict,
            credit=judged.credit,
            points_earned=judged.credit * points,
            points_possible=points,
            correction=judged.correction,
            marks=judged.marks,
            streak=streak,
            missing=judged.missing,
            reason=judged.reason,
        )


@dataclass(frozen=True, slots=True)
class CategoryScore:
    category: Category
    questions: int
    points_earned: float
    points_possible: int

    @property
    def percent(self) -> float:
        return percent(self.points_earned, self.points_possible)


@dataclass(frozen=True, slots=True)
class Results:
    points_earned: float
    points_possible: int
    by_category: tuple[CategoryScore, ...]  # in Category order, only categories present
    # Every outcome not fully right, in order: wrong, partly right, and spelling slips (ALMOST),
    # since a slip is practised too (it keeps the streak, but comes back in a retry).
    mistakes: tuple[Outcome, ...]
    outcomes: tuple[Outcome, ...]
    best_streak: int

    @property
    def percent(self) -> float:
        return percent(self.points_earned, self.points_possible)


class QuizSession:
    """One pass through a selection of a bank's questions."""

    bank: Bank

    def __init__(
        self,
        bank: Bank,
        questions: Sequence[Question] | None = None,
        *,
        options: QuizOptions | None = None,
        categories: Iterable[Category] | None = None,
        limit: int | None = None,
        shuffle: bool = False,
        seed: int | None = None,
    ) -> None:
        """``questions`` (the pool) defaults to the bank's; ``options`` say which of them, in
        which order (``categories``, ``limit``, ``shuffle`` and ``seed`` may be given instead, as
        a shorthand for the same options). ``categories`` filters, ``limit`` cuts after filtering
        and shuffling. ``shuffle`` reorders the questions; the same ``seed`` always gives the
        same order. Choices, ordering items and matching rights are always shuffled (seeded):
        authors tend to write the right choice first, and the bank's order of items and pairs is
        the answer itself. Raises :class:`EmptySelectionError` when the selection is empty."""
        if options is None:
            chosen = None if categories is None else tuple(categories)
            options = QuizOptions(categories=chosen, limit=limit, shuffle=shuffle, seed=seed)
        elif (categories, limit, shuffle, seed) != (None, None, False, None):
            raise TypeError("pass either options or categories/limit/shuffle/seed, not both")
        self.bank = bank
        fresh = secrets.randbelow(SEED_RANGE) if options.seed is None else options.seed
        self.seed: int = fresh
        self.options = options.with_seed(fresh)  # the seed actually used, to repeat the session
        wanted = None if options.categories is None else frozenset(options.categories)
        rng = random.Random(self.seed)
        pool = list(bank.questions if questions is None else questions)
        if wanted is not None:
            pool = [q for q in pool if q.category in wanted]
        if options.shuffle:
            rng.shuffle(pool)
        if options.limit is not None:
            pool = pool[: options.limit]
        if not pool:
            raise EmptySelectionError(_empty_selection_message(bank, self.options.categories))
        context = answer_context(bank)
        self._presented = tuple(
            replace(q.present(number, len(pool), rng), context=context)
            for number, q in enumerate(pool, start=1)
        )
        self._index = 0
        self._outcomes: list[Outcome] = []
        self._streak = 0
        self._best_streak = 0

    @property
    def total(self) -> int:
        return len(self._presented)

    @property
    def questions(self) -> tuple[Question, ...]:
        """The selected questions in session order."""
        return tuple(p.question for p in self._presented)

    @property
    def presented(self) -> tuple[PresentedQuestion, ...]:
        """Every question as it is (or will be) shown, in session order."""
        return self._presented

    @property
    def current(self) -> PresentedQuestion | None:
        """The question to answer or whose feedback is showing; None when finished."""
        return None if self.finished else self._presented[self._index]

    @property
    def answered_current(self) -> Outcome | None:
        """The outcome of the current question once answered (feedback state), else None."""
        if not self.finished and len(self._outcomes) > self._index:
            return self._outcomes[self._index]
        return None

    def answer(self, response: Response) -> Outcome:
        """Score the current question. Raises ``ValueError`` for a response of the wrong shape
        and ``RuntimeError`` when the current question is already answered or the quiz is over."""
        presented = self.current
        if presented is None:
            raise RuntimeError("the quiz is finished; there is no question to answer")
        if self.answered_current is not None:
            raise RuntimeError(
                f"question {presented.number} is already answered; call advance() first"
            )
        # Raises ValueError before any state changes.
        judged = presented.question.score(presented, response)
        if judged.verdict in _KEEPS_STREAK:
            self._streak += 1
            self._best_streak = max(self._best_streak, self._streak)
        else:
            self._streak = 0
        outcome = Outcome.of(presented, response, judged, streak=self._streak)
        self._outcomes.append(outcome)
        return outcome

    def advance(self) -> PresentedQuestion | None:
        """Move past an answered question; returns the next one or None when finished.
        Raises ``RuntimeError`` when the current question is not answered yet or the quiz is
        already over, so a double key press cannot skip a question unseen."""
        if self.finished:
            raise RuntimeError("the quiz is finished; there is nothing to advance to")
        if self.answered_current is None:
            raise RuntimeError(f"answer question {self._index + 1} before moving on")
        self._index += 1
        return self.current

    @property
    def finished(self) -> bool:
        return self._index >= len(self._presented)

    @property
    def started(self) -> bool:
        """True once any question was answered (the UI asks before abandoning)."""
        return bool(self._outcomes)

    @property
    def points_earned(self) -> float:
        return sum(o.points_earned for o in self._outcomes)

    @property
    def points_possible_so_far(self) -> int:
        return sum(o.points_possible for o in self._outcomes)

    @property
    def points_possible(self) -> int:
        """The points the whole selection is worth, answered or not."""
        return sum(p.question.points for p in self._presented)

    @property
    def streak(self) -> int:
        return self._streak

    @property
    def best_streak(self) -> int:
        return self._best_streak

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return tuple(self._outcomes)

    def results(self) -> Results:
        """The score so far; once finished, of the whole session. Callable at any time so an
        abandoned quiz can still show what was answered."""
        outcomes = tuple(self._outcomes)
        by_category = []
        for category in Category:
            mine = [o for o in outcomes if o.presented.question.category is category]
            if mine:
                by_category.append(
                    CategoryScore(
                        category=category,
                        questions=len(mine),
                        points_earned=sum(o.points_earned for o in mine),
                        points_possible=sum(o.points_possible for o in mine),
                    )
                )
        return Results(
            points_earned=self.points_earned,
            points_possible=self.points_possible_so_far,
            by_category=tuple(by_category),
            mistakes=tuple(o for o in outcomes if o.verdict is not Verdict.CORRECT),
            outcomes=outcomes,
            best_streak=self._best_streak,
        )

    def retry_mistakes(self) -> QuizSession:
        """A new session over the questions answered wrong or partly; same shuffle settings.

        It uses the same options, seed included, so a retry is as repeatable as the session it
        comes from. Raises ``ValueError`` when nothing was answered wrong or partly."""
        mistakes = [o.presented.question for o in self.results().mistakes]
        if not mistakes:
            raise ValueError("there are no mistakes to retry")
        return QuizSession(self.bank, mistakes, options=self.options)


def answer_context(bank: Bank) -> AnswerContext:
    """What typed answers to ``bank`` are judged with: its people, and its article's texts (so
    a slip that is another word of the article is not forgiven)."""
    return AnswerContext(people=bank.people, known=tuple(p.text for p in bank.article.paragraphs))


def _empty_selection_message(bank: Bank, categories: tuple[Category, ...] | None) -> str:
    if categories is None:
        return f"bank {bank.id!r} has no questions to ask"
    names = ", ".join(c.value for c in categories) or "(none)"
    return f"bank {bank.id!r} has no questions in the chosen categories: {names}"
