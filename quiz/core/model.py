"""The validated model every other layer reads: articles, evidence, questions, banks.

These types are only ever built by the loader after validation, so code that receives a
:class:`Bank` may trust it: every evidence span exists in its article, every multiple-choice
answer is among its choices, and so on. They are frozen so no layer can change what another
layer was shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Category(StrEnum):
    """What a question asks about; the Dutch names are what authors write and users see."""

    WIE = "wie"
    WANNEER = "wanneer"
    WAAR = "waar"
    WAT = "wat"
    WOORDENSCHAT = "woordenschat"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.WIE: "Wie",
    Category.WANNEER: "Wanneer",
    Category.WAAR: "Waar",
    Category.WAT: "Wat",
    Category.WOORDENSCHAT: "Woordenschat",
}


class QuestionType(StrEnum):
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    SHORT_ANSWER = "short_answer"
    CLOZE = "cloze"
    ORDERING = "ordering"
    MATCHING = "matching"


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


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionBase:
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


@dataclass(frozen=True, slots=True, kw_only=True)
class MultipleChoice(QuestionBase):
    choices: tuple[str, ...]
    answer: str  # one of ``choices``


@dataclass(frozen=True, slots=True, kw_only=True)
class TrueFalse(QuestionBase):
    answer: bool  # written ``juist`` / ``onjuist`` in the bank


@dataclass(frozen=True, slots=True, kw_only=True)
class ShortAnswer(QuestionBase):
    answer: str
    accept: tuple[str, ...] = ()  # further answers that count as correct


@dataclass(frozen=True, slots=True, kw_only=True)
class Cloze(QuestionBase):
    """A sentence from the article with one gap, written ``___`` in ``text``."""

    text: str
    answer: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()  # empty: the learner types the gap; else chooses

    GAP = "___"


@dataclass(frozen=True, slots=True, kw_only=True)
class Ordering(QuestionBase):
    items: tuple[str, ...]  # in the correct order; the session shuffles them


@dataclass(frozen=True, slots=True, kw_only=True)
class Matching(QuestionBase):
    pairs: tuple[tuple[str, str], ...]  # (left, right); the session shuffles the right column


Question = MultipleChoice | TrueFalse | ShortAnswer | Cloze | Ordering | Matching

QUESTION_TYPES: dict[QuestionType, type[QuestionBase]] = {
    QuestionType.MULTIPLE_CHOICE: MultipleChoice,
    QuestionType.TRUE_FALSE: TrueFalse,
    QuestionType.SHORT_ANSWER: ShortAnswer,
    QuestionType.CLOZE: Cloze,
    QuestionType.ORDERING: Ordering,
    QuestionType.MATCHING: Matching,
}


def question_type(question: QuestionBase) -> QuestionType:
    for kind, cls in QUESTION_TYPES.items():
        if type(question) is cls:
            return kind
    raise TypeError(f"not a question: {question!r}")


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
