"""The nodes of a bank's YAML tree: text scalars, mappings and lists, each with where it stands.

Every value stays the text the author wrote (see :mod:`quiz.bank.yaml.tree`). Positions and
scalars are named tuples rather than frozen dataclasses: a bank of a hundred questions has
thousands of each, and a tuple is built several times faster than a frozen dataclass (whose
``__init__`` sets every field through ``object.__setattr__``) and, holding only text, numbers and
other such tuples, is dropped from the garbage collector's watch — loading a library made the
collector scan every node of every tree again and again. They stay immutable and typed; mappings
and lists, far fewer, keep their dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

#: Plain scalars that YAML means as "no value"; we read them as a missing value, never as text.
MISSING_WORDS = frozenset({"", "~", "null", "Null", "NULL"})


class Mark(NamedTuple):
    """A 1-based position, as editors and diagnostics show it."""

    line: int
    column: int


class ScalarNode(NamedTuple):
    value: str
    plain: bool  # unquoted: only plain scalars can mean "missing"
    style: str | None  # None for plain, else one of ' " | >
    start: Mark
    end: Mark

    @property
    def is_missing(self) -> bool:
        return self.plain and self.value in MISSING_WORDS


@dataclass(frozen=True, slots=True)
class MappingNode:
    items: tuple[tuple[ScalarNode, Node], ...]  # in file order; keys are unique
    start: Mark
    end: Mark
    # The values by key (the first, should a key repeat): a question's keys are looked up some
    # twenty times while it is checked, and a scan of the items each time added up.
    _by_key: dict[str, Node] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {k.value: v for k, v in reversed(self.items)})

    def get(self, key: str) -> Node | None:
        return self._by_key.get(key)

    def key_node(self, key: str) -> ScalarNode | None:
        for k, _ in self.items:
            if k.value == key:
                return k
        return None

    def keys(self) -> list[str]:
        return [k.value for k, _ in self.items]


@dataclass(frozen=True, slots=True)
class SequenceNode:
    items: tuple[Node, ...]
    start: Mark
    end: Mark


Node = ScalarNode | MappingNode | SequenceNode


def node_kind(node: Node) -> str:
    """How a node is named in messages to authors."""
    if isinstance(node, MappingNode):
        return "'key: value' lines"
    if isinstance(node, SequenceNode):
        return "a list"
    return "nothing" if node.is_missing else "text"
