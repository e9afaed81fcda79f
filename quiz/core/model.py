"""The validated model every other layer reads: articles, evidence, questions, banks.

These types are only ever built by the loader after validation, so code that receives a
:class:`Bank` may trust it: every evidence span exists in its article, every multiple-choice
answer is among its choices, and so on. They are frozen so no layer can change what another
layer was shown.

Questions are only known here by what they all share (:class:`QuestionBase`): each kind of
question is a subclass in its own module of :mod:`quiz.kinds`, listed in
:mod:`quiz.kinds.registry`. :class:`PresentedQuestion` and :class:`Score` live here too, because
every kind's ``present`` and ``score`` returns them.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import ClassVar

from quiz.core.verdicts import MissingPart, Reason, Verdict


class Category(StrEnum):
    """What a question asks about; the Dutch names are what authors write and users see."""

    WIE = "wie"
    WANNEER = "wanneer"
    WAAR = "waar"
    WAT = "wat"
    WOORDENSCHAT = "woordenschat"


class ParagraphKind(StrEnum):
    TITLE = "title"
    LEAD = "lead"
    SUBHEADING = "subheading"
    PULL_QUOTE = "pull_quote"
    BODY = "body"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One line of the article file; ``number`` counts non-blank lines from 1, as users see it."""

    number: int
    kind: ParagraphKind
    text: str
    line: int  # the line in the article file, for diagnostics (differs when blank lines exist)


@dataclass(frozen=True, slots=True)
class Article:
    path: Path
    paragraphs: tuple[Paragraph, ...]

    @property
    def title(self) -> str:
        return self.paragraphs[0].text if self.paragraphs else ""

    def paragraph(self, number: int) -> Paragraph:
        """The paragraph users know as ``number`` (1-based); IndexError when there is none."""
        if not 1 <= number <= len(self.paragraphs):
            raise IndexError(f"no paragraph {number}")
        return self.paragraphs[number - 1]

    @property
    def body_numbers(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.paragraphs if p.kind is ParagraphKind.BODY)


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of paragraph ``paragraph``'s text: the evidence to highlight."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quote the author copied from the article, and where the loader found it."""

    quote: str
    span: Span


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str
    aliases: tuple[str, ...] = ()


#: What a learner answers with. Each kind documents the shape it takes (an index into the shown
#: choices, True for juist, the typed text, an order, a pairing) and rejects any other.
Response = int | bool | str | tuple[int | None, ...] | tuple[int, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionBase(ABC):
    """What every question has, and what every kind of question must do: be shown, and judge.

    The kinds themselves live in :mod:`quiz.kinds`, one module each, so that all there is to know
    about a kind (its bank keys, its checks, its shuffling, its credit) is in one place. The
    session only calls these methods; nothing below the kinds asks which kind a question is.
    """

    KIND: ClassVar[str] = ""
    """The kind's name, as banks write it under ``type:`` (``multiple_choice``)."""

    id: str
    category: Category
    prompt: str
    evidence: tuple[Evidence, ...]
    explanation: str
    points: int = 1

    @property
    def paragraphs(self) -> tuple[int, ...]:
        """The source paragraphs, in article order, that prove the answer."""
        return tuple(sorted({e.span.paragraph for e in self.evidence}))

    def present(self, number: int, total: int, rng: random.Random) -> PresentedQuestion:
        """The question as one session shows it, as question ``number`` of ``total``.

        A kind that shuffles draws from ``rng`` in a fixed sequence, so that a session's seed
        reproduces every question; this default has nothing to shuffle and draws nothing.
        """
        return PresentedQuestion(self, number, total)

    @abstractmethod
    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        """Judge ``response`` to ``presented``; ``ValueError`` names what is wrong with its shape
        (a front end that sends the wrong shape has a bug, and must not get a silent 0)."""

    @abstractmethod
    def correct_response(self, presented: PresentedQuestion) -> Response:
        """The response that earns full credit for ``presented``. Front ends word the right
        answer from it, in the same terms as the learner's own response."""


#: Any question; the kinds are subclasses, which this layer does not know by name.
Question = QuestionBase


@dataclass(frozen=True, slots=True)
class AnswerContext:
    """What a typed answer is judged against besides the question itself: the bank's people (a
    surname or alias counts) and the article's own texts (a typo that is another word of the
    article is no typo)."""

    people: tuple[Person, ...] = ()
    known: tuple[str, ...] = ()


NO_CONTEXT = AnswerContext()


@dataclass(frozen=True, slots=True)
class PresentedQuestion:
    """A question as one session shows it: what is offered, in the session's shuffled order.

    The fields are the shapes a kind can offer; each kind fills the ones it uses and says which.
    They are plain data, so the progress store can fingerprint what a learner was shown.
    """

    question: QuestionBase
    number: int  # 1-based position in this session
    total: int
    choices: tuple[str, ...] = ()  # to pick from
    items: tuple[str, ...] = ()  # to put in order
    lefts: tuple[str, ...] = ()  # to pair, in bank order
    rights: tuple[str, ...] = ()  # the partners of ``lefts``, shuffled
    # What typed answers are judged with (the bank's people, the article's words); the session
    # sets it. Not part of what was shown, so it takes no part in comparisons.
    context: AnswerContext = field(default=NO_CONTEXT, compare=False)

    @property
    def kind(self) -> str:
        """The question's kind, by the name banks use (``matching``)."""
        return self.question.KIND


@dataclass(frozen=True, slots=True)
class Score:
    """The judgement of one response, as data: no display text, since wording it is the front
    end's business. The session adds points and the streak to make an ``Outcome``."""

    verdict: Verdict
    credit: float  # 0.0 … 1.0
    correction: str | None = None  # for ALMOST: the accepted spelling the answer was nearest
    marks: tuple[bool, ...] = ()  # per part of a kind that has parts: was that part right
    missing: tuple[MissingPart, ...] = ()  # for a PARTIAL typed answer: what it left out
    reason: Reason | None = None  # why a typed answer was not forgiven as a typo, or was


@dataclass(frozen=True, slots=True)
class VocabEntry:
    id: str
    word: str  # as it stands in the article
    lemma: str
    pos: str  # noun, verb, adjective, ... (see docs/authoring.md)
    gloss: str  # English
    evidence: Evidence  # the sentence the word comes from
    de_het: str | None = None  # "de" or "het", nouns only


@dataclass(frozen=True, slots=True)
class Bank:
    id: str
    title: str
    language: str
    level: str
    path: Path
    article: Article
    questions: tuple[Question, ...]
    people: tuple[Person, ...] = ()
    vocabulary: tuple[VocabEntry, ...] = ()
    source: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd, kept as text
    categories: tuple[Category, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.categories:
            seen = {q.category for q in self.questions}
            object.__setattr__(self, "categories", tuple(c for c in Category if c in seen))

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)
