"""What every kind module provides to the registry, and the bank readers several kinds share.

A kind module (``multiple_choice.py`` …) holds its question class and a :class:`Kind` record:
the bank keys it owns, how to read them, and what authors call it. :mod:`quiz.kinds.registry`
lists those records; :mod:`quiz.kinds.reading` reads the fields every question has and hands
the rest to the kind's ``read``. Each ``read`` reports every mistake it finds through the
:class:`Reader` and returns ``None`` when the question cannot be built, never raising.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypedDict

from rapidfuzz import process

from quiz.bank.evidence import Quote
from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode, ScalarNode
from quiz.core.model import Category, Evidence, QuestionBase
from quiz.core.wording import shown


class CommonFields(TypedDict):
    """The fields every question has, read by :mod:`quiz.kinds.reading`."""

    id: str
    category: Category
    prompt: str
    evidence: tuple[Evidence, ...]
    explanation: str
    points: int


@dataclass(slots=True)
class Built:
    """What a kind's own keys gave: how to make the question, and what its evidence depends on."""

    make: Callable[[CommonFields], QuestionBase]
    must_find: Quote | None = None  # text that must stand in the article (cloze: the filled gap)
    not_found: str = "this text is not found in the article"  # the error when it does not
    answers: list[tuple[str, ScalarNode]] = field(default_factory=list)  # should be in evidence


ReadKind = Callable[[Reader, MappingNode, str], Built | None]
"""A kind's reader: ``(reader, question mapping, "multiple_choice question 'q1'")``."""


@dataclass(frozen=True, slots=True)
class Kind:
    """One question kind, as the registry lists it."""

    question: type[QuestionBase]
    keys: tuple[str, ...]  # the keys of its own, besides the common ones
    required: tuple[str, ...]  # those of ``keys`` a question must have
    read: ReadKind
    author_words: str = ""  # what authors call it instead ("mc, meerkeuze"), comma-separated
    needs_evidence: bool = True  # False when the kind finds its evidence itself (cloze)

    @property
    def name(self) -> str:
        """The name banks write under ``type:``."""
        return self.question.KIND


def read_answer(reader: Reader, mapping: MappingNode, what: str) -> tuple[str, ScalarNode] | None:
    """The ``answer`` text with its node (for messages about it), or None."""
    value = reader.text(mapping, "answer", what)
    node = mapping.get("answer")
    if value is None or not isinstance(node, ScalarNode):
        return None
    return value, node


def read_accept(reader: Reader, mapping: MappingNode, what: str) -> tuple[str, ...] | None:
    """The further accepted answers: ``()`` when there is no ``accept``, None when it is bad."""
    node = mapping.get("accept")
    if node is None:
        return ()
    items = reader.text_list(node, f"'accept' in {what}", minimum=1)
    return None if items is None else tuple(v for v, _ in items)


def read_choices(
    reader: Reader, mapping: MappingNode, what: str, answer: tuple[str, ScalarNode] | None
) -> tuple[str, ...] | None:
    """2–6 distinct choices; the answer must be one of them exactly (after trimming)."""
    node = mapping.get("choices")
    if node is None:
        return None
    items = reader.text_list(node, f"'choices' in {what}", minimum=2, maximum=6, distinct=True)
    if items is None:
        return None
    choices = tuple(v for v, _ in items)
    if answer is not None and answer[0] not in choices:
        closest = process.extractOne(answer[0], choices)
        hint = f"the closest choice is '{closest[0]}'" if closest else None
        reader.error(answer[1], f"the answer {shown(answer[0])} is not one of the choices", hint)
        return None
    return choices
