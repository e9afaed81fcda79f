"""The question kinds, by the name banks write under ``type:``: the one list of them.

Everything else that needs to know the kinds asks here (the bank reader for their keys, the
checks and the names authors use instead), or asks a question itself (the session calls its
``present`` and ``score``). Adding a kind is a module in this package with its question class
and its :class:`~quiz.kinds.base.Kind`, and one line in :data:`KINDS`; the order of
:data:`KINDS` is the order messages list the kinds in.
"""

from __future__ import annotations

from functools import cache

from quiz.bank.author_words import synonym_table
from quiz.core.model import QuestionBase
from quiz.kinds import (
    cloze,
    matching,
    multiple_choice,
    multiple_select,
    ordering,
    short_answer,
    true_false,
)
from quiz.kinds.base import Kind

KINDS: tuple[Kind, ...] = (
    multiple_choice.KIND,
    multiple_select.KIND,
    true_false.KIND,
    short_answer.KIND,
    cloze.KIND,
    ordering.KIND,
    matching.KIND,
)

_BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
assert len(_BY_NAME) == len(KINDS), "two kinds share a name"


def names() -> tuple[str, ...]:
    """Every kind's name, in registry order."""
    return tuple(_BY_NAME)


def kind(name: str) -> Kind:
    """The kind banks call ``name``; ``KeyError`` naming the known kinds otherwise."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no question kind {name!r}; known: {', '.join(_BY_NAME)}") from None


def kind_of(question: QuestionBase) -> Kind:
    """The kind ``question`` is, by its class's ``KIND``."""
    return kind(question.KIND)


@cache
def author_synonyms() -> dict[str, str]:
    """What authors write for a kind's name (``mc``, ``meerkeuze``), by plain form, so a
    wrong ``type:`` is answered with the kind they meant."""
    return synonym_table({k.name: k.author_words for k in KINDS if k.author_words})


def owners(key: str) -> list[str]:
    """The kinds that have ``key`` as a key of their own, in registry order."""
    return [k.name for k in KINDS if key in k.keys]


def all_keys() -> tuple[str, ...]:
    """Every kind's own keys, once each, in registry order."""
    return tuple(dict.fromkeys(key for k in KINDS for key in k.keys))
