"""A safe, text-only YAML reader for bank files.

Banks are written by hand and may come from anyone, so this reader trusts nothing: it never
constructs Python objects (no tags, no YAML 1.1 type guessing — every scalar stays the text the
author wrote), refuses anchors and aliases (billion-laughs bombs), and builds the tree from parser
events with an explicit stack, because PyYAML's own composer recurses and a few thousand nested
brackets would crash it. Every refusal is a located :class:`Diagnostic`, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from quiz.domain.diagnostics import Diagnostic, error

try:  # libyaml is much faster; the pure-Python parser gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: Deeper nesting than this is refused; a real bank needs about five levels.
MAX_DEPTH = 20

#: Plain scalars that YAML means as "no value"; we read them as a missing value, never as text.
MISSING_WORDS = frozenset({"", "~", "null", "Null", "NULL"})


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based position, as editors and diagnostics show it."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class ScalarNode:
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

    def get(self, key: str) -> Node | None:
        for k, v in self.items:
            if k.value == key:
                return v
        return None

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
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return "missing value" if node.is_missing else "text"


class _Refused(Exception):
    """Stops the event loop at the first problem that makes the rest of the file meaningless."""

    def __init__(self, mark: Mark, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message
        self.hint = hint


@dataclass(slots=True)
class _Open:
    """A mapping or sequence whose end event has not come yet."""

    is_mapping: bool
    start: Mark
    items: list[Node] = field(default_factory=list)
    pairs: list[tuple[ScalarNode, Node]] = field(default_factory=list)
    key: ScalarNode | None = None  # mapping: key waiting for its value
    skip_value: bool = False  # mapping: the waiting key is a duplicate; drop its value
    seen: dict[str, ScalarNode] = field(default_factory=dict)


class _YamlMark(Protocol):
    line: int
    column: int


def _mark(event_mark: _YamlMark | None) -> Mark:
    if event_mark is None:
        return Mark(1, 1)
    return Mark(event_mark.line + 1, event_mark.column + 1)


_EMPTY_HINT = "a bank is a YAML mapping: id, title, language, …"

_SYNTAX_HINTS = {  # by the start of PyYAML's / libyaml's problem text
    "mapping values are not allowed": "a value that contains ': ' must be put in quotes",
    "found undefined alias": "aliases (*name) are not allowed",
    "found unknown escape character": "in double quotes write a backslash as \\\\, "
    "or use single quotes",
    "found unexpected end of stream": "a quote or bracket is not closed",
}


def _syntax_diagnostic(path: Path, text: str, exc: yaml.YAMLError) -> Diagnostic:
    if isinstance(exc, yaml.MarkedYAMLError):
        where = _mark(exc.problem_mark or exc.context_mark)
        problem = exc.problem or exc.context or "not valid YAML"
        if problem.startswith("exceeded maximum nesting depth"):  # libyaml's own limit (1000)
            return error(path, where.line, where.column, f"nesting deeper than {MAX_DEPTH} levels")
        hint = next((h for p, h in _SYNTAX_HINTS.items() if problem.startswith(p)), None)
        if _char_at(text, where) == "\t":
            hint = "indent with spaces, not tabs"
        elif hint is None and exc.context and exc.problem:
            hint = exc.context
            if exc.context_mark is not None:
                hint += f" at line {exc.context_mark.line + 1}"
        return error(path, where.line, where.column, f"invalid YAML: {problem}", hint)
    if isinstance(exc, yaml.reader.ReaderError):
        line, column = _position_to_mark(text, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character[:1] or " ")
        return error(
            path,
            line,
            column,
            f"invalid YAML: control character U+{char:04X} is not allowed",
            "remove it from the file",
        )
    return error(path, 1, 1, f"invalid YAML: {exc}")


def _char_at(text: str, where: Mark) -> str:
    lines = text.split("\n")
    if where.line > len(lines):
        return ""
    line = lines[where.line - 1]
    return line[where.column - 1] if where.column <= len(line) else ""


def _position_to_mark(text: str, position: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, position) + 1
    return text.count("\n", 0, position) + 1, position - line_start + 1


def parse_yaml(text: str, path: Path) -> tuple[Node | None, list[Diagnostic]]:
    """Build the node tree of one YAML document; ``None`` with diagnostics when it is refused."""
    builder = _TreeBuilder(path)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if builder.feed(event):
                break
    except _Refused as refused:
        builder.problems.append(
            error(path, refused.mark.line, refused.mark.column, refused.message, refused.hint)
        )
        return None, builder.problems
    except yaml.YAMLError as exc:
        builder.problems.append(_syntax_diagnostic(path, text, exc))
        return None, builder.problems
    if builder.root is None:
        return None, [error(path, 1, 1, "the file is empty", _EMPTY_HINT)]
    if builder.problems:
        return None, builder.problems
    return builder.root, []


class _TreeBuilder:
    """Turns the event stream into nodes, refusing what a bank may not contain."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stack: list[_Open] = []
        self.root: Node | None = None
        self.documents = 0
        self.problems: list[Diagnostic] = []  # errors that do not stop reading (duplicate keys)

    def feed(self, event: Event) -> bool:
        """Take one event; True when the stream is over."""
        if isinstance(event, StreamEndEvent):
            return True
        if isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise _Refused(
                    _mark(event.start_mark),
                    "more than one YAML document in the file",
                    "a bank is one document; remove the '---' line",
                )
            return False
        if isinstance(event, AliasEvent):
            raise _Refused(
                _mark(event.start_mark),
                f"alias *{event.anchor} is not allowed",
                "write the value out in full",
            )
        if isinstance(event, NodeEvent):
            self._check_node_event(event)
        if isinstance(event, ScalarEvent):
            start = _mark(event.start_mark)
            if self.root is None and not self.stack and event.value == "" and event.implicit[0]:
                raise _Refused(start, "the file is empty", _EMPTY_HINT)  # e.g. ``---`` alone
            plain = event.style in (None, "")
            node = ScalarNode(
                event.value, plain, None if plain else event.style, start, _mark(event.end_mark)
            )
            self._attach(node)
        elif isinstance(event, MappingStartEvent | SequenceStartEvent):
            self._open(event)
        elif isinstance(event, MappingEndEvent | SequenceEndEvent):
            self._close(event)
        return False

    def _check_node_event(self, event: NodeEvent) -> None:
        where = _mark(event.start_mark)
        if event.anchor is not None:
            raise _Refused(
                where, f"anchor &{event.anchor} is not allowed", "write each value out in full"
            )
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(
                where,
                f"tag {shown} is not allowed",
                "remove it; every value is read as text, quote it if needed",
            )

    def _open(self, event: MappingStartEvent | SequenceStartEvent) -> None:
        start = _mark(event.start_mark)
        top = self.stack[-1] if self.stack else None
        if top is not None and top.is_mapping and top.key is None:
            raise _Refused(start, "a key must be plain text, not a list or mapping")
        if len(self.stack) >= MAX_DEPTH:
            raise _Refused(
                start, f"nesting deeper than {MAX_DEPTH} levels", "a bank needs only a few levels"
            )
        self.stack.append(_Open(isinstance(event, MappingStartEvent), start))

    def _close(self, event: MappingEndEvent | SequenceEndEvent) -> None:
        done = self.stack.pop()
        end = _mark(event.end_mark)
        node: Node
        if done.is_mapping:
            node = MappingNode(tuple(done.pairs), done.start, end)
        else:
            node = SequenceNode(tuple(done.items), done.start, end)
        self._attach(node)

    def _attach(self, node: Node) -> None:
        if not self.stack:
            self.root = node
            return
        top = self.stack[-1]
        if not top.is_mapping:
            top.items.append(node)
            return
        if top.key is None:
            assert isinstance(node, ScalarNode)  # collections as keys are refused in _open
            first = top.seen.get(node.value)
            if first is not None:
                self.problems.append(
                    error(
                        self.path,
                        node.start.line,
                        node.start.column,
                        f"duplicate key '{node.value}' (first at line {first.start.line})",
                        "each key may appear once in a mapping",
                    )
                )
            else:
                top.seen[node.value] = node
            top.key = node
            top.skip_value = first is not None
            return
        if not top.skip_value:
            top.pairs.append((top.key, node))
        top.key = None
        top.skip_value = False
