"""A quiz in progress: which questions, in which order, what was answered, the score.

(STUB: this file is the contract; the implementation replaces the ``NotImplementedError`` bodies.)

The UI shows ``session.current`` and calls ``session.answer(response)``, then ``session.advance()``.
All rules (matching, credit, streaks, shuffling) live here so the UI holds none of its own.

Responses by type:
- MultipleChoice, and Cloze with choices: ``int`` — index into ``PresentedQuestion.choices``
- TrueFalse: ``bool`` (True = juist)
- ShortAnswer, and Cloze without choices: ``str`` as typed
- Ordering: ``tuple[int, ...]`` — the learner's order, as indices into ``PresentedQuestion.items``
- Matching: ``tuple[int | None, ...]`` — for each left ``i`` (``PresentedQuestion.lefts``), the index
  into ``PresentedQuestion.rights`` the learner paired with it (None: left unpaired)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quiz.domain.matching import Verdict
from quiz.domain.model import Bank, Category, Question, QuestionType

Response = int | bool | str | tuple[int | None, ...] | tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PresentedQuestion:
    """A question as this session shows it: choices / items / rights in their shuffled order."""

    question: Question
    type: QuestionType
    number: int  # 1-based position in this session
    total: int
    choices: tuple[str, ...] = ()  # multiple choice, cloze with choices; TF: ("juist", "onjuist")
    items: tuple[str, ...] = ()  # ordering, shuffled (never already in the right order when n>1)
    lefts: tuple[str, ...] = ()  # matching, in bank order
    rights: tuple[str, ...] = ()  # matching, shuffled


@dataclass(frozen=True, slots=True)
class Outcome:
    presented: PresentedQuestion
    response: Response
    verdict: Verdict
    credit: float  # 0.0 … 1.0
    points_earned: float  # credit * question.points
    points_possible: int
    given: str  # the response, as text to show ("25-2", "Kiev", "b) Eva Hartog", "3 van 4 goed")
    correct_answer: str  # the right answer, as text to show
    correction: str | None  # for ALMOST: the correct spelling to show against ``given``
    streak: int  # streak after this answer


@dataclass(frozen=True, slots=True)
class CategoryScore:
    category: Category
    questions: int
    points_earned: float
    points_possible: int

    @property
    def percent(self) -> float:
        return 100.0 * self.points_earned / self.points_possible if self.points_possible else 0.0


@dataclass(frozen=True, slots=True)
class Results:
    points_earned: float
    points_possible: int
    by_category: tuple[CategoryScore, ...]  # in Category order, only categories present
    mistakes: tuple[Outcome, ...]  # every outcome whose verdict is not CORRECT/ALMOST, in order
    outcomes: tuple[Outcome, ...]
    best_streak: int

    @property
    def percent(self) -> float:
        return 100.0 * self.points_earned / self.points_possible if self.points_possible else 0.0


class QuizSession:
    """One pass through a selection of a bank's questions."""

    def __init__(
        self,
        bank: Bank,
        questions: Sequence[Question] | None = None,
        *,
        categories: Iterable[Category] | None = None,
        limit: int | None = None,
        shuffle: bool = False,
        seed: int | None = None,
    ) -> None:
        """``questions`` defaults to the bank's; ``categories`` filters, ``limit`` cuts after
        filtering and shuffling. ``shuffle`` reorders questions and choices; the same ``seed``
        always gives the same order. Choices of multiple choice are shuffled only with ``shuffle``;
        ordering items and matching rights are always shuffled (seeded) because the bank's order is
        the answer. Raises ``ValueError`` when the selection is empty."""
        raise NotImplementedError

    bank: Bank

    @property
    def total(self) -> int:
        raise NotImplementedError

    @property
    def current(self) -> PresentedQuestion | None:
        """The question to answer or whose feedback is showing; None when finished."""
        raise NotImplementedError

    @property
    def answered_current(self) -> Outcome | None:
        """The outcome of the current question once answered (feedback state), else None."""
        raise NotImplementedError

    def answer(self, response: Response) -> Outcome:
        """Score the current question. Raises ``ValueError`` for a response of the wrong shape
        and ``RuntimeError`` when the current question is already answered or the quiz is over."""
        raise NotImplementedError

    def advance(self) -> PresentedQuestion | None:
        """Move past an answered question; returns the next one or None when finished."""
        raise NotImplementedError

    @property
    def finished(self) -> bool:
        raise NotImplementedError

    @property
    def started(self) -> bool:
        """True once any question was answered (the UI asks before abandoning)."""
        raise NotImplementedError

    @property
    def points_earned(self) -> float:
        raise NotImplementedError

    @property
    def points_possible_so_far(self) -> int:
        raise NotImplementedError

    @property
    def streak(self) -> int:
        raise NotImplementedError

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        raise NotImplementedError

    def results(self) -> Results:
        raise NotImplementedError

    def retry_mistakes(self) -> QuizSession:
        """A new session over the questions answered wrong or partly; same shuffle settings."""
        raise NotImplementedError
