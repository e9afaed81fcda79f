"""Explaining a YAML syntax error in an author's words, at the line where the slip was made.

The parser says where it got stuck, in its own vocabulary ("did not find expected key while
parsing a block mapping"). Authors do not know that vocabulary, and the slip is often on a line
above the one the parser names: a missing space after a colon, quotes that end before the value
does, a list item without its dash, a line indented one space too far. Each explainer below
recognises one such slip from the source lines around the error; when none does, the parser's
problem is rephrased plainly. Explainers only ever run on a file that already failed to parse,
so a guess can make a message more helpful but never turn a good file into a bad one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from quiz.bank.yaml.lines import GLUED_KEY, KEY, Source, closing_quote, quoted, value_start
from quiz.core.wording import shorten


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    """What the parser reported; lines and columns 1-based (``context_line`` 0 when absent)."""

    problem: str
    line: int
    column: int
    context: str = ""
    context_line: int = 0
    context_column: int = 0


@dataclass(frozen=True, slots=True)
class Explanation:
    line: int
    column: int
    message: str
    hint: str | None = None


def explain(text: str, problem: SyntaxProblem) -> Explanation:
    """The author's slip behind ``problem``, located where it was made."""
    source = Source(text)
    for explainer in _EXPLAINERS:
        found = explainer(source, problem)
        if found is not None:
            return found
    return _rephrase(problem)


def _lines_around(problem: SyntaxProblem) -> list[int]:
    """The problem's line and its context line (usually the start of what was being read)."""
    first = problem.context_line or problem.line
    return sorted({first, problem.line})


def _stuck(problem: SyntaxProblem) -> bool:
    """The parser met a line that fits nowhere (libyaml and PyYAML word it differently)."""
    return problem.problem.startswith(("did not find expected", "expected <block end>"))


def _tab(source: Source, problem: SyntaxProblem) -> Explanation | None:
    first = problem.context_line or problem.line
    for number in range(min(first, problem.line), problem.line + 1):
        line = source.text(number)
        indentation = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indentation:
            return Explanation(
                number,
                indentation.index("\t") + 1,
                "a tab is used to indent this line",
                "indent with spaces, not tabs",
            )
    return None


def _quotes_end_early(source: Source, problem: SyntaxProblem) -> Explanation | None:
    """``prompt: "Ja" zegt hij`` — the quotes close, then more text follows."""
    for number in _lines_around(problem):
        found = value_start(source, number)
        if found is None or found[1][:1] not in ("'", '"'):
            continue
        column, value = found
        end = closing_quote(value)
        if end is None:
            continue
        after = value[end + 1 :].strip()
        if after and not after.startswith("#"):
            whole = value.split(" #")[0].rstrip()
            if value[0] == "'" == whole[-1] and value[end + 1 : end + 2].isalpha():
                return Explanation(
                    number,
                    column + end + 1,
                    "this apostrophe ends the single quotes around the value",
                    f"put the value in double quotes instead: {shorten(quoted(whole[1:-1]))}",
                )
            return Explanation(
                number,
                column + 1,
                "the quotes end before the value does",
                f"a value that starts with a quote must end with it; put the whole value in "
                f"quotes: {shorten(quoted(whole))}",
            )
    return None


def _unclosed_quote(source: Source, problem: SyntaxProblem) -> Explanation | None:
    """``prompt: "Wie is het?`` — the parser reads on, into the lines below, for the end."""
    first = problem.context_line or 1
    for number in range(problem.line, first - 1, -1):
        found = value_start(source, number)
        if found is None or found[1][:1] not in ("'", '"'):
            continue
        column, value = found
        if closing_quote(value) is None:
            mark = value[0]
            return Explanation(
                number,
                column + 1,
                "the quote that starts this value is not closed",
                f"end the value with {mark} on the same line",
            )
    return None


def _glued_colon(source: Source, problem: SyntaxProblem) -> Explanation | None:
    """``prompt:Wie is het?`` — without a space the colon does not separate a key; the
    parser may only notice on the next line, which it reads as more of the same text."""
    for number in [source.previous(problem.line), *_lines_around(problem)]:
        _, content, rest = source.parts(number)
        match = GLUED_KEY.match(rest)
        if match is None or ": " in rest:
            continue
        key = match["key"]
        return Explanation(
            number,
            content + len(key) + 2,
            f"a space is missing after '{key}:'",
            f"write '{key}: {shorten(match['after'])}'",
        )
    return None


def _glued_dash(source: Source, problem: SyntaxProblem) -> Explanation | None:
    """``-id: q1`` — a list item needs a space after its dash."""
    for number in _lines_around(problem):
        indent, content, rest = source.parts(number)
        if content == indent and re.match(r"-[^\s-]", rest):
            return Explanation(
                number,
                indent + 2,
                "a space is missing after '-'",
                "a list item starts with a dash and a space: '- '",
            )
    return None


def _colon_in_value(source: Source, problem: SyntaxProblem) -> Explanation | None:
    """A second ``: `` on a line: either the value contains one, or the line is indented so far
    that it is read as the continuation of the value above it."""
    if not problem.problem.startswith("mapping values are not allowed"):
        return None
    number = problem.line
    _, content, rest = source.parts(number)
    key = KEY.match(rest)
    if key is None:
        return None
    colon = content + len(key["key"])  # 0-based index of this line's first colon
    if problem.column - 1 == colon:
        above = source.previous(number)
        above_key = KEY.match(source.parts(above)[2])
        name = f"'{above_key['key']}:'" if above_key else "the line above"
        return Explanation(
            number,
            content + 1,
            f"this line is indented further than line {above}, so it is read as part of "
            "the text on that line",
            f"start '{key['key']}:' in the same column as {name}",
        )
    value = key["value"] or ""
    return Explanation(
        number,
        content + len(rest) - len(value) + 1,
        "this value contains a colon that would start a new key",
        f"put the whole value in quotes: {key['key']}: {shorten(quoted(value.split(' #')[0]))}",
    )


def _not_a_key(source: Source, problem: SyntaxProblem) -> Explanation | None:
    """A line that is neither ``key: value`` nor ``- item`` where one was expected."""
    if not problem.problem.startswith("could not find expected ':'"):
        return None
    number = problem.context_line or problem.line
    indent, content, rest = source.parts(number)
    if content > indent or KEY.match(rest):
        return None
    above = source.previous(number)
    above_indent, above_content, above_rest = source.parts(above)
    above_key = KEY.match(above_rest)
    if above and source.is_item(above) and above_indent == indent:
        message, hint = "this line is not a list item", "start it with '- ' like the item above"
    elif re.fullmatch(r"[A-Za-z_]+", rest) and source.parts(number + 1)[0] > indent:
        message, hint = f"'{rest}' has no colon", f"write '{rest}:'"
    elif above_key and above_key["value"] and indent <= above_content:
        name = above_key["key"]
        message = "this line has no 'key:'"
        hint = (
            f"if it continues the text of '{name}:' on line {above}, indent it further than "
            f"'{name}:' or join the two lines"
        )
    else:
        message = "this line is neither 'key: value' nor a list item '- …'"
        hint = "add the missing 'key:' or '- ', or join it to the line above"
    return Explanation(number, indent + 1, message, hint)


def _item_without_list(source: Source, problem: SyntaxProblem) -> Explanation | None:
    """``pairs:`` whose first item lost its dash: the second item's dash is the one that fails."""
    number = problem.line
    indent, content, _ = source.parts(number)
    if content == indent or not _stuck(problem):
        return None
    above = source.previous(number)
    deeper: list[int] = []
    while above and source.parts(above)[0] > indent:
        deeper.append(above)
        above = source.previous(above)
    if above and source.parts(above)[0] == indent and not source.is_item(above):
        return Explanation(
            number,
            indent + 1,
            f"a list item cannot follow the 'key:' line {above} in the same column",
            "make all entries there list items ('- ') or all 'key: value' lines",
        )
    if not deeper or (above and source.parts(above)[0] == indent):
        return None
    first = deeper[-1]
    owner = KEY.match(source.parts(above)[2]) if above else None
    if source.is_item(first) or owner is None or owner["value"]:
        return None  # not a key that opens a block: this item is only out of line
    return Explanation(
        number,
        indent + 1,
        f"this list item does not fit the lines above it: line {first} is not a list item",
        f"if line {first} starts the first item of the same list, write '- ' before it, "
        f"in column {indent + 1}",
    )


def _misaligned(source: Source, problem: SyntaxProblem) -> Explanation | None:
    """A line whose indentation matches none of the lines it could belong to."""
    if not _stuck(problem):
        return None
    number = problem.line
    indent, _, _ = source.parts(number)
    columns: set[int] = set()
    dashes: set[int] = set()
    lowest: int | None = None
    above = source.previous(number)
    while above:
        above_indent, above_content, _ = source.parts(above)
        if lowest is None or above_indent < lowest:
            columns.update((above_indent, above_content))
            lowest = above_indent
            if above_content > above_indent:
                dashes.add(above_indent)
        if above_indent == 0:
            break
        above = source.previous(above)
    if not columns:
        return None
    bigger = sorted(c for c in columns if c > indent)
    belongs = f"column {bigger[0] + 1}" if bigger else "the lines above it"
    listed = [str(c + 1) for c in sorted(columns)]
    starts = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " or " + listed[-1]
    if indent not in columns:
        return Explanation(
            number,
            indent + 1,
            "this line does not line up with the lines above it",
            f"it starts in column {indent + 1}, the lines above it in column {starts}; lines "
            "that belong together must start in the same column",
        )
    if indent in dashes and not source.is_item(number):
        return Explanation(
            number,
            indent + 1,
            "this line starts in the column of the '- ' items above it, but is not an item",
            f"if it belongs to the item above, start it in {belongs}, like the lines above it",
        )
    return None


def _open_bracket(source: Source, problem: SyntaxProblem) -> Explanation | None:
    match = re.match(r"(?:did not find )?expected ',' or '([\]}])'", problem.problem)
    if match is None or not problem.context_line:
        return None
    closing = match[1]
    opening = "[" if closing == "]" else "{"
    line = source.text(problem.context_line)
    if closing not in line[problem.context_column - 1 :]:
        return Explanation(
            problem.context_line,
            problem.context_column,
            f"the '{opening}' here is not closed",
            f"end the list with '{closing}' on the same line",
        )
    return Explanation(
        problem.line,
        problem.column,
        f"this entry of the '{opening} … {closing}' list cannot be read",
        "put an entry that contains a comma, a quote or ': ' in quotes",
    )


def _bad_start(source: Source, problem: SyntaxProblem) -> Explanation | None:
    line, column = problem.line, problem.column
    if "alphabetic or numeric character" in problem.problem and problem.context_line:
        line, column = problem.context_line, problem.context_column  # after a lone * or &
    elif "cannot start any token" not in problem.problem:
        return None
    char = source.text(line)[column - 1 : column]
    return Explanation(
        line,
        column,
        f"a value cannot start with '{char}'",
        "put the whole value in quotes",
    )


_EXPLAINERS: tuple[Callable[[Source, SyntaxProblem], Explanation | None], ...] = (
    _tab,
    _quotes_end_early,
    _unclosed_quote,
    _glued_colon,
    _glued_dash,
    _colon_in_value,
    _not_a_key,
    _open_bracket,
    _item_without_list,
    _misaligned,
    _bad_start,
)

# The parser's own words, for the slips no explainer recognised.
_REPHRASED = {
    "mapping values are not allowed": (
        "this ': ' cannot be read here",
        "if it is part of the text, put the whole value in quotes",
    ),
    "did not find expected key": (
        "this line does not fit the lines above it",
        "check its indentation, and the quotes on the lines above",
    ),
    "did not find expected '-' indicator": (
        "this line does not line up with the list above it",
        "check its indentation",
    ),
    "could not find expected ':'": (
        "a line above has no ':' after its key",
        "write 'key: value'",
    ),
    "found unexpected end of stream": (
        "the file ends inside quotes or brackets",
        "a quote or bracket is not closed",
    ),
    "found unknown escape character": (
        "a backslash in double quotes starts an unknown escape",
        "in double quotes write a backslash as \\\\, or use single quotes",
    ),
}


def _rephrase(problem: SyntaxProblem) -> Explanation:
    for start, (message, hint) in _REPHRASED.items():
        if problem.problem.startswith(start):
            return Explanation(problem.line, problem.column, message, hint)
    return Explanation(problem.line, problem.column, problem.problem, None)
