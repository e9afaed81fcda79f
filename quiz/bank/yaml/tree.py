"""A safe, text-only YAML reader for bank files.

Banks are written by hand and may come from anyone, so this reader trusts nothing: it never
constructs Python objects (no tags, no YAML 1.1 type guessing — every scalar stays the text the
author wrote), refuses anchors and aliases (billion-laughs bombs), and builds the tree from parser
events with an explicit stack, because PyYAML's own composer recurses and a few thousand nested
brackets would crash it. Every refusal is a located :class:`Diagnostic`, never an exception.

``yaml.compose`` with the C loader would build a tree faster, but it cannot keep these promises:
its nodes keep no trace of an anchor that is never used, nor tell an explicit ``!!str`` from the
tag it guesses itself, and a syntax error ends it before the duplicate keys above it are known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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

from quiz.bank.yaml.explain import SyntaxProblem, explain
from quiz.bank.yaml.nodes import (
    MISSING_WORDS,
    MappingNode,
    Mark,
    Node,
    ScalarNode,
    SequenceNode,
    node_kind,
)
from quiz.core.wording import shorten
from quiz.diagnostics import Diagnostic, error, warning

try:  # libyaml is much faster; the pure-Python parser gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: Deeper nesting than this is refused; a real bank needs about five levels.
MAX_DEPTH = 20

__all__ = [
    "MAX_DEPTH",
    "MISSING_WORDS",
    "MappingNode",
    "Mark",
    "Node",
    "ScalarNode",
    "SequenceNode",
    "node_kind",
    "parse_yaml",
]


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
    restarted: bool = False  # mapping: its first key came again; later repeats are not news


class _YamlMark(Protocol):
    line: int
    column: int


def _mark(event_mark: _YamlMark | None) -> Mark:
    if event_mark is None:
        return _ORIGIN
    return _new(Mark, (event_mark.line + 1, event_mark.column + 1))


_ORIGIN = Mark(1, 1)
# ``Mark(line, column)`` runs the named tuple's own ``__new__`` in Python; this is the same
# tuple made in C, for the thousands of marks of every bank.
_new = tuple.__new__


_EMPTY_HINT = "a bank is a YAML mapping: id, title, language, …"


def _syntax_diagnostic(path: Path, text: str, exc: yaml.YAMLError) -> Diagnostic:
    if isinstance(exc, yaml.MarkedYAMLError):
        where = _mark(exc.problem_mark or exc.context_mark)
        problem = exc.problem or exc.context or "not valid YAML"
        if problem.startswith("exceeded maximum nesting depth"):  # libyaml's own limit (1000)
            return error(path, where.line, where.column, f"nesting deeper than {MAX_DEPTH} levels")
        context = _mark(exc.context_mark) if exc.context_mark is not None else None
        found = explain(
            text,
            SyntaxProblem(
                problem,
                where.line,
                where.column,
                exc.context or "",
                context.line if context else 0,
                context.column if context else 0,
            ),
        )
        return error(path, found.line, found.column, f"invalid YAML: {found.message}", found.hint)
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


def _position_to_mark(text: str, position: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, position) + 1
    return text.count("\n", 0, position) + 1, position - line_start + 1


def parse_yaml(text: str, path: Path) -> tuple[Node | None, list[Diagnostic]]:
    """Build the node tree of one YAML document; ``None`` with diagnostics when it is refused."""
    builder = _TreeBuilder(path, text)
    loader: _Loader | None = None
    try:
        loader = _Loader(text)
        builder.build(loader.get_event)
    except _Refused as refused:
        builder.problems.append(
            error(path, refused.mark.line, refused.mark.column, refused.message, refused.hint)
        )
        return None, builder.problems
    except yaml.YAMLError as exc:
        builder.problems.append(_syntax_diagnostic(path, text, exc))
        return None, builder.problems
    finally:
        if loader is not None:
            loader.dispose()
    if builder.root is None:
        return None, [error(path, 1, 1, "the file is empty", _EMPTY_HINT)]
    if builder.problems:
        return None, builder.problems + builder.notes
    return builder.root, builder.notes


class _TreeBuilder:
    """Turns the event stream into nodes, refusing what a bank may not contain."""

    def __init__(self, path: Path, text: str = "") -> None:
        self.path = path
        self.lines = text.split("\n")
        # Lines where a value may run into a comment: most values end on a line without '#'.
        self.comment_lines = {n for n, line in enumerate(self.lines, start=1) if "#" in line}
        self.notes: list[Diagnostic] = []  # warnings: the file is usable, but look here
        self.stack: list[_Open] = []
        self.root: Node | None = None
        self.documents = 0
        self.problems: list[Diagnostic] = []  # errors that do not stop reading (duplicate keys)

    def build(self, next_event: Callable[[], Event | None]) -> None:
        """Take events until the stream is over.

        This runs for every value of every bank, so scalars, nine events in ten, are handled
        right here: told apart by exact class (both parsers make these classes, never
        subclasses), built in C, and checked further only when a cheap test says they may need
        it. The other events keep their own methods."""
        stack = self.stack
        comment_lines = self.comment_lines
        control = _CONTROL.search
        while True:
            event = next_event()
            if type(event) is ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    self._check_node_event(event)  # refuses it
                at, to = event.start_mark, event.end_mark
                start = _new(Mark, (at.line + 1, at.column + 1)) if at is not None else _ORIGIN
                end = _new(Mark, (to.line + 1, to.column + 1)) if to is not None else _ORIGIN
                value = event.value
                if not stack and self.root is None and value == "" and event.implicit[0]:
                    raise _Refused(start, "the file is empty", _EMPTY_HINT)  # e.g. ``---`` alone
                style = event.style or None  # plain scalars have style None or ""
                node: ScalarNode = _new(ScalarNode, (value, style is None, style, start, end))
                if control(value) is not None or (
                    style is None and (end.line > start.line or end.line in comment_lines)
                ):
                    self._check_scalar(node)
                if stack:  # the usual places, as in _attach: an item, a new key, a value
                    top = stack[-1]
                    if not top.is_mapping:
                        top.items.append(node)
                        continue
                    if top.key is None:
                        if value not in top.seen:
                            top.seen[value] = node
                            top.key = node
                            continue
                    elif not top.skip_value:
                        top.pairs.append((top.key, node))
                        top.key = None
                        continue
                self._attach(node)  # the root, a repeated key or the value of one
            elif type(event) is MappingStartEvent or type(event) is SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    self._check_node_event(event)  # refuses it
                self._open(event)
            elif type(event) is MappingEndEvent or type(event) is SequenceEndEvent:
                self._close(event)
            elif type(event) is AliasEvent:
                raise _Refused(
                    _mark(event.start_mark),
                    f"alias *{event.anchor} is not allowed",
                    "write the value out in full",
                )
            elif type(event) is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise _Refused(
                        _mark(event.start_mark),
                        "more than one YAML document in the file",
                        "a bank is one document; remove the '---' line",
                    )
            elif type(event) is StreamEndEvent or event is None:
                return

    def _check_scalar(self, node: ScalarNode) -> None:
        """Text that parses but is not what the author meant, or cannot be shown safely."""
        bad = _CONTROL.search(node.value)
        if bad is not None:
            self._problem(
                node.start,
                f"the text contains the control character U+{ord(bad[0]):04X}",
                "remove it: quiz texts cannot contain control characters",
            )
        if not node.plain:
            return
        start, end = node.start, node.end
        if end.line > start.line:
            self._check_run_on(node)
        if end.line in self.comment_lines:
            self._check_glued_comment(end)

    def _check_glued_comment(self, end: Mark) -> None:
        """``value #note``: YAML ends the value at `` #``, which an author may not expect."""
        rest = self._line(end.line)[end.column - 1 :]
        if _GLUED_COMMENT.match(rest):
            self.notes.append(
                warning(
                    self.path,
                    end.line,
                    end.column + rest.index("#"),
                    f"'{shorten(rest.strip(), 30)}' is read as a comment and left out of the value",
                    "' #' starts a comment; put the whole value in quotes to keep it",
                )
            )

    def _check_run_on(self, node: ScalarNode) -> None:
        """A plain value over several lines that swallowed a list item missing its indentation."""
        for number in range(node.start.line + 1, node.end.line + 1):
            line = self._line(number)
            if line.lstrip(" ").startswith("- "):
                self._problem(
                    Mark(number, len(line) - len(line.lstrip(" ")) + 1),
                    f"this '- ' item is read as more text of the value on line {node.start.line}",
                    "check that the key above the list ends with ':' and that the '- ' of all "
                    "items of the list start in the same column",
                )
                break

    def _line(self, number: int) -> str:
        return self.lines[number - 1].rstrip("\r") if 1 <= number <= len(self.lines) else ""

    def _problem(self, at: Mark, message: str, hint: str | None = None) -> None:
        self.problems.append(error(self.path, at.line, at.column, message, hint))

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
        self.stack.append(_Open(type(event) is MappingStartEvent, start))

    def _close(self, event: Event) -> None:
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
            if first is not None and not top.restarted:
                self._duplicate(top, node, first)
            elif first is None:
                top.seen[node.value] = node
            top.key = node
            top.skip_value = first is not None
            return
        if not top.skip_value:
            top.pairs.append((top.key, node))
        top.key = None
        top.skip_value = False

    def _duplicate(self, top: _Open, node: ScalarNode, first: ScalarNode) -> None:
        """A repeated key; when it is the mapping's first key, a new entry most likely starts
        there without its ``- ``, and the repeats that follow are the same mistake."""
        message = f"duplicate key '{node.value}' (first at line {first.start.line})"
        hint = "each key may appear once in a mapping"
        if node.value == next(iter(top.seen)):
            top.restarted = True
            in_list = len(self.stack) >= 2 and not self.stack[-2].is_mapping
            if in_list:
                hint = "if a new entry starts here, begin this line with '- '"
            else:
                hint = "the keys from here on repeat the keys above; remove one of the copies"
        self._problem(node.start, message, hint)


_GLUED_COMMENT = re.compile(r"\s+#\S")


# Characters that move the cursor or switch terminal modes instead of being shown: the control
# characters (Unicode category Cc: U+0000–U+001F and U+007F–U+009F, fixed by Unicode's stability
# policy) except tab and line feed. One search per value, in C, instead of a lookup per character.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
