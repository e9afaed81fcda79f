"""Reading typed values out of a bank's YAML tree, reporting every mistake where it was made.

The loader must tell an author about *all* the problems in a bank at once, so nothing here
raises: each reader returns ``None`` when the value is unusable and records why, and callers
skip the checks that depended on it. Every value in the tree is text (see ``yaml_tree``); the
few numbers a bank holds are parsed here, by rules authors can read in the spec.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from quiz.bank.author_words import meant_key, meant_value
from quiz.bank.yaml.tree import MappingNode, Mark, Node, ScalarNode, SequenceNode, node_kind
from quiz.core.invisible import drop_invisible
from quiz.core.text import fold_for_search
from quiz.core.wording import closest, did_you_mean, shorten, shown
from quiz.diagnostics import Diagnostic, error, warning

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DIGITS = re.compile(r"^[0-9]{1,6}$")  # more digits would be a mistake (and slow to convert)

Located = Mark | ScalarNode | MappingNode | SequenceNode


class Reader:
    """Collects the diagnostics of one bank file while reading values from its tree."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.diagnostics: list[Diagnostic] = []
        self._errors = 0  # counted as they come: callers ask after every question

    @property
    def error_count(self) -> int:
        return self._errors

    def add(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Diagnostics found elsewhere (the YAML reader, the article) that belong to this bank."""
        for diagnostic in diagnostics:
            self.diagnostics.append(diagnostic)
            self._errors += diagnostic.is_error

    def error(self, at: Located, message: str, hint: str | None = None) -> None:
        mark = at if isinstance(at, Mark) else at.start
        self.add([error(self.path, mark.line, mark.column, message, hint)])

    def warning(self, at: Located, message: str, hint: str | None = None) -> None:
        mark = at if isinstance(at, Mark) else at.start
        self.diagnostics.append(warning(self.path, mark.line, mark.column, message, hint))

    # -- shapes ------------------------------------------------------------------------------

    def mapping(self, node: Node, what: str, hint: str | None = None) -> MappingNode | None:
        if isinstance(node, MappingNode):
            return node
        if isinstance(node, ScalarNode) and node.is_missing:
            self.error(node, f"{what} is empty", "write its 'key: value' lines, or remove the '-'")
            return None
        found = node_kind(node)
        if isinstance(node, ScalarNode):
            found += f" {shown(node.value)}"
        self.error(node, f"{what} must be written as 'key: value' lines, found {found}", hint)
        return None

    def sequence(self, node: Node, what: str) -> SequenceNode | None:
        if isinstance(node, SequenceNode):
            return node
        hint = "write one '- ' line per entry"
        if isinstance(node, ScalarNode) and "," in node.value:
            hint = f"write a list in brackets, [{shorten(node.value)}], or {hint[6:]}"
        elif isinstance(node, ScalarNode) and not node.is_missing:
            hint = f"write it in brackets, [{shown(node.value)[1:-1]}], or {hint[6:]}"
        self.error(node, f"{what} must be a list, found {node_kind(node)}", hint)
        return None

    def check_keys(
        self,
        mapping: MappingNode,
        what: str,
        allowed: Sequence[str],
        required: Iterable[str] = (),
        elsewhere: Mapping[str, str] | None = None,
    ) -> None:
        """Unknown keys (with a likely-meant key) and missing required keys of one mapping.

        ``elsewhere`` names, for keys that are valid in some other context, where they belong,
        so ``choices`` on a true/false question is explained rather than merely rejected.
        """
        meant_for: set[str] = set()  # missing keys explained by a misspelt one
        present = set(mapping.keys())
        for key, _ in mapping.items:
            if key.value in allowed:
                continue
            if elsewhere and key.value in elsewhere:
                self.error(key, f"'{key.value}' is not used in {what}", elsewhere[key.value])
                continue
            meant = meant_key(key.value)
            if meant not in allowed:
                meant = closest(key.value, allowed)
            hint = None
            if meant is not None:
                hint = f"did you mean '{meant}'?"
                if meant_key(key.value) == meant:
                    hint = f"keys are written in English: did you mean '{meant}'?"
                if meant not in present:
                    meant_for.add(meant)
            self.error(key, f"unknown key '{key.value}' in {what}", hint)
        for key_name in required:
            if key_name not in present and key_name not in meant_for:
                self.error(mapping, f"{what} is missing '{key_name}'")

    # -- values ------------------------------------------------------------------------------

    def text_value(self, node: Node, what: str) -> str | None:
        """The stripped text of a scalar; an error for collections, missing or blank values."""
        if isinstance(node, ScalarNode):
            text = drop_invisible(node.value).strip()
            if node.is_missing or not text:
                self.error(node, f"{what} has no value")
                return None
            return text
        hint = "if the text contains ': ', put the whole text in quotes"
        if isinstance(node, MappingNode) and len(node.items) == 1:
            key, value = node.items[0]
            if isinstance(value, ScalarNode) and value.is_missing and not value.value:
                hint = (
                    "a text that ends with ':' is read as a key; put it in quotes: "
                    f'"{shorten(key.value)}:"'
                )
        if isinstance(node, SequenceNode):
            hint = "give one text, without '- ' or [ ]"
            only = node.items[0] if len(node.items) == 1 else None
            if isinstance(only, ScalarNode) and not only.is_missing:
                hint = f"write it without '- ' or [ ]: {shown(only.value)}"
        self.error(node, f"{what} must be text, found {node_kind(node)}", hint)
        return None

    def text(self, mapping: MappingNode, key: str, what: str) -> str | None:
        """A text value under ``key``; ``None`` silently when the key is absent (reported by
        :meth:`check_keys` when required)."""
        node = mapping.get(key)
        if node is None:
            return None
        return self.text_value(node, f"'{key}' in {what}")

    def optional_text(self, mapping: MappingNode, key: str, what: str) -> str | None:
        node = mapping.get(key)
        if node is None or (isinstance(node, ScalarNode) and node.is_missing):
            return None
        return self.text_value(node, f"'{key}' in {what}")

    def choice(
        self,
        mapping: MappingNode,
        key: str,
        what: str,
        options: Sequence[str],
        synonyms: Mapping[str, str] | None = None,
    ) -> str | None:
        """One of a fixed set of words (type, category, level …), with a likely-meant word:
        from ``synonyms`` when given (what authors write instead, by plain form), else from
        :mod:`quiz.bank.author_words`."""
        value = self.text(mapping, key, what)
        if value is None:
            return None
        if value in options:
            return value
        node = mapping.get(key)
        assert node is not None
        meant = meant_value(key, value, synonyms)
        self.error(
            node,
            f"'{key}' must be one of {', '.join(options)}; found {shown(value)}",
            f"write '{meant}'" if meant in options else did_you_mean(value, options),
        )
        return None

    def slug(self, mapping: MappingNode, key: str, what: str) -> str | None:
        value = self.text(mapping, key, what)
        if value is None:
            return None
        if SLUG.match(value):
            return value
        node = mapping.get(key)
        assert node is not None
        self.error(
            node,
            f"'{key}' must be a slug (lower-case letters, digits and '-'); found {shown(value)}",
            f"for example '{slugify(value) or 'q1'}'",
        )
        return None

    def positive_int(self, node: Node, what: str) -> int | None:
        """A whole number >= 1 written as digits; YAML never converted it, so we do."""
        text = self.text_value(node, what)
        if text is None:
            return None
        if not _DIGITS.match(text):
            self.error(node, f"{what} must be a whole number, found {shown(text)}", "write e.g. 2")
            return None
        number = int(text)
        if number < 1:
            self.error(node, f"{what} must be 1 or more, found {number}")
            return None
        return number

    def text_list(
        self,
        node: Node,
        what: str,
        *,
        minimum: int = 0,
        maximum: int | None = None,
        distinct: bool = False,
    ) -> list[tuple[str, ScalarNode]] | None:
        """A list of texts with its nodes; ``None`` when any entry or the length is wrong."""
        seq = self.sequence(node, what)
        if seq is None:
            return None
        items: list[tuple[str, ScalarNode]] = []
        ok = True
        seen: dict[str, ScalarNode] = {}
        for entry in seq.items:
            value = self.text_value(entry, f"an entry of {what}")
            if value is None:
                ok = False
                continue
            assert isinstance(entry, ScalarNode)
            key = fold_for_search(value)
            if distinct and key in seen:
                self.error(
                    entry,
                    f"duplicate entry {shown(value)} in {what}",
                    f"same as line {seen[key].start.line}",
                )
                ok = False
            seen.setdefault(key, entry)
            items.append((value, entry))
        if not ok:
            return None
        # An entry that lost its "- " is joined to the one above it: nearly always a slip.
        joined = next(((v, e) for v, e in items if e.plain and e.end.line > e.start.line), None)
        joined_hint = None
        if joined is not None:
            line = joined[1].start.line
            joined_hint = (
                f"the entry on line {line} runs on to line {line + 1} and is read as one entry; "
                f"if line {line + 1} is an entry of its own, start it with '- '"
            )
        if len(seq.items) < minimum or (maximum is not None and len(seq.items) > maximum):
            self.error(
                seq,
                f"{what} must have {_count_range(minimum, maximum)}, found {len(seq.items)}",
                joined_hint,
            )
            return None
        if joined is not None:
            self.warning(
                joined[1],
                f"this entry of {what} runs over several lines: {shown(joined[0])}",
                joined_hint,
            )
        return items


def _count_range(minimum: int, maximum: int | None) -> str:
    if maximum is None:
        return f"at least {minimum}"
    return f"{minimum} to {maximum} entries"


def slugify(text: str) -> str:
    """A slug made from free text (``Op de hoogte`` → ``op-de-hoogte``); may be empty."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


class Ids:
    """The id space questions and vocabulary share; a repeat is named with the first's line."""

    def __init__(self) -> None:
        self._first: dict[str, int] = {}

    def claim(self, reader: Reader, value: str, node: Located, derived_from: str = "") -> bool:
        mark = node if isinstance(node, Mark) else node.start
        first = self._first.get(value)
        if first is None:
            self._first[value] = mark.line
            return True
        origin = f" (made from {derived_from})" if derived_from else ""
        reader.error(
            node,
            f"duplicate id {shown(value)}{origin}, first used at line {first}",
            "give each question and vocabulary entry its own id",
        )
        return False
