"""Turning one question mapping of a bank into a validated model object, per question type.

Each type has its own keys; a key that belongs to another type is reported as such, because an
author who writes ``choices`` on a true/false question has usually picked the wrong type rather
than misspelt a key. Every check runs even after an earlier one failed, except the checks that
need the failed value, so an author sees all independent mistakes in one run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypedDict

from rapidfuzz import process

from quiz.bank.evidence import EvidenceFinder, Quote
from quiz.bank.schema import Ids, Reader, join_and, shown
from quiz.bank.yaml.tree import MappingNode, Node, ScalarNode
from quiz.core.model import (
    Category,
    Cloze,
    Evidence,
    Matching,
    MultipleChoice,
    Ordering,
    Question,
    QuestionType,
    ShortAnswer,
    TrueFalse,
)
from quiz.core.text import fold_for_search

COMMON_KEYS = (
    "id",
    "category",
    "type",
    "prompt",
    "evidence",
    "paragraph",
    "explanation",
    "points",
)
TYPE_KEYS: dict[str, tuple[str, ...]] = {
    QuestionType.MULTIPLE_CHOICE: ("choices", "answer"),
    QuestionType.TRUE_FALSE: ("answer",),
    QuestionType.SHORT_ANSWER: ("answer", "accept"),
    QuestionType.CLOZE: ("text", "answer", "accept", "choices"),
    QuestionType.ORDERING: ("items",),
    QuestionType.MATCHING: ("pairs",),
}
TYPE_REQUIRED: dict[str, tuple[str, ...]] = {
    QuestionType.MULTIPLE_CHOICE: ("choices", "answer"),
    QuestionType.TRUE_FALSE: ("answer",),
    QuestionType.SHORT_ANSWER: ("answer",),
    QuestionType.CLOZE: ("text", "answer"),
    QuestionType.ORDERING: ("items",),
    QuestionType.MATCHING: ("pairs",),
}
_ALL_TYPE_KEYS = tuple(dict.fromkeys(k for keys in TYPE_KEYS.values() for k in keys))
_TYPES = tuple(t.value for t in QuestionType)
_CATEGORIES = tuple(c.value for c in Category)

TRUE_WORDS = ("juist",)
FALSE_WORDS = ("onjuist",)
# What authors write instead, often because YAML 1.1 taught them that these are booleans.
_BOOLEAN_LOOKALIKES = frozenset(
    {"true", "false", "yes", "no", "y", "n", "on", "off", "ja", "nee", "waar", "onwaar"}
    | {"niet-waar", "wel", "niet", "goed", "fout", "1", "0"}
)
GAP = Cloze.GAP


class CommonFields(TypedDict):
    id: str
    category: Category
    prompt: str
    evidence: tuple[Evidence, ...]
    explanation: str
    points: int


@dataclass(slots=True)
class _Specific:
    """What a type's own keys gave: how to build it, and what its evidence depends on."""

    make: Callable[[CommonFields], Question]
    must_find: Quote | None = None  # cloze: the text with the gap filled in
    answers: list[tuple[str, ScalarNode]] = field(default_factory=list)  # should be in evidence


def build_question(
    reader: Reader, finder: EvidenceFinder, ids: Ids, node: Node, number: int
) -> Question | None:
    """The question, or ``None`` when it has any error (all of them reported)."""
    mapping = reader.mapping(node, f"question {number}")
    if mapping is None:
        return None
    errors_before = reader.error_count
    qid = reader.slug(mapping, "id", f"question {number}")
    qtype = reader.choice(mapping, "type", f"question {number}", _TYPES)
    what = f"question '{qid}'" if qid else f"question {number}"
    if qtype:
        what = f"{qtype} {what}"
    if qid is not None:
        id_node = mapping.get("id")
        assert id_node is not None
        ids.claim(reader, qid, id_node)

    allowed = COMMON_KEYS + (TYPE_KEYS[qtype] if qtype else _ALL_TYPE_KEYS)
    required = ["id", "category", "type", "prompt", "explanation"]
    if qtype != QuestionType.CLOZE:
        required.append("evidence")
    if qtype:
        required.extend(TYPE_REQUIRED[qtype])
    elsewhere = {
        key: "it belongs to "
        + join_and([t for t, keys in TYPE_KEYS.items() if key in keys])
        + " questions"
        for key in _ALL_TYPE_KEYS
        if key not in allowed
    }
    reader.check_keys(mapping, what, allowed, required, elsewhere)

    category = reader.choice(mapping, "category", what, _CATEGORIES)
    prompt = reader.text(mapping, "prompt", what)
    explanation = reader.text(mapping, "explanation", what)
    points_node = mapping.get("points")
    points = 1 if points_node is None else reader.positive_int(points_node, f"'points' in {what}")
    stated = finder.stated_paragraphs(mapping.get("paragraph"), f"'paragraph' in {what}")
    evidence_node = mapping.get("evidence")
    quotes = (
        None if evidence_node is None else finder.quotes(evidence_node, f"'evidence' in {what}")
    )

    specific = _SPECIFIC[qtype](reader, mapping, what) if qtype else None

    evidence: tuple[Evidence, ...] | None = None
    if specific is not None and specific.must_find is not None:
        quotes = _check_filled_text(reader, finder, specific.must_find, quotes, evidence_node)
    if quotes is not None and stated is not None:
        evidence = finder.resolve(quotes, stated)
    if evidence is not None and specific is not None:
        for answer, answer_node in specific.answers:
            if not finder.contains_text(evidence, answer):
                reader.warning(
                    answer_node,
                    f"the answer {shown(answer)} does not occur in the evidence paragraph"
                    f"{'s' if len({e.span.paragraph for e in evidence}) > 1 else ''}",
                    "learners may not be able to find it in the text",
                )

    if (
        reader.error_count > errors_before
        or qid is None
        or category is None
        or prompt is None
        or explanation is None
        or points is None
        or evidence is None
        or specific is None
    ):
        return None
    common = CommonFields(
        id=qid,
        category=Category(category),
        prompt=prompt,
        evidence=evidence,
        explanation=explanation,
        points=points,
    )
    return specific.make(common)


def _check_filled_text(
    reader: Reader,
    finder: EvidenceFinder,
    filled: Quote,
    quotes: list[Quote] | None,
    evidence_node: Node | None,
) -> list[Quote] | None:
    """Cloze: the gap text with its answer must stand in the article; it is the default
    evidence when the author gave none."""
    if finder.article is None:
        return quotes
    if not finder.find(filled.text):
        reader.error(
            filled.node,
            "the cloze text with the answer filled in is not found in the article",
            finder.closest_hint(filled.text),
        )
        return None if evidence_node is None else quotes
    return [filled] if evidence_node is None else quotes


def _answer(reader: Reader, mapping: MappingNode, what: str) -> tuple[str, ScalarNode] | None:
    value = reader.text(mapping, "answer", what)
    node = mapping.get("answer")
    if value is None or not isinstance(node, ScalarNode):
        return None
    return value, node


def _accept(reader: Reader, mapping: MappingNode, what: str) -> tuple[str, ...] | None:
    node = mapping.get("accept")
    if node is None:
        return ()
    items = reader.text_list(node, f"'accept' in {what}", minimum=1)
    return None if items is None else tuple(v for v, _ in items)


def _choices(
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


def _multiple_choice(reader: Reader, mapping: MappingNode, what: str) -> _Specific | None:
    answer = _answer(reader, mapping, what)
    choices = _choices(reader, mapping, what, answer)
    if answer is None or choices is None:
        return None
    return _Specific(lambda c: MultipleChoice(**c, choices=choices, answer=answer[0]))


def _true_false(reader: Reader, mapping: MappingNode, what: str) -> _Specific | None:
    answer = _answer(reader, mapping, what)
    if answer is None:
        return None
    word = answer[0].casefold()
    if word in TRUE_WORDS or word in FALSE_WORDS:
        truth = word in TRUE_WORDS
        return _Specific(lambda c: TrueFalse(**c, answer=truth))
    lookalike = word in _BOOLEAN_LOOKALIKES or word.replace(" ", "-") in _BOOLEAN_LOOKALIKES
    reader.error(
        answer[1],
        f"a true_false answer must be 'juist' or 'onjuist', not {shown(answer[0])}",
        "write juist or onjuist" + ("; yes/no/true/false are not used" if lookalike else ""),
    )
    return None


def _short_answer(reader: Reader, mapping: MappingNode, what: str) -> _Specific | None:
    answer = _answer(reader, mapping, what)
    accept = _accept(reader, mapping, what)
    if answer is None or accept is None:
        return None
    return _Specific(lambda c: ShortAnswer(**c, answer=answer[0], accept=accept), answers=[answer])


def _cloze(reader: Reader, mapping: MappingNode, what: str) -> _Specific | None:
    answer = _answer(reader, mapping, what)
    accept = _accept(reader, mapping, what)
    choices: tuple[str, ...] | None = ()
    if mapping.get("choices") is not None:
        choices = _choices(reader, mapping, what, answer)
    text = reader.text(mapping, "text", what)
    text_node = mapping.get("text")
    if text is not None and isinstance(text_node, ScalarNode):
        gaps = text.count(GAP)
        wrong = next((run for run in re.findall(r"_{2,}", text) if run != GAP), None)
        if wrong is not None:
            reader.error(
                text_node,
                f"the cloze gap must be exactly three underscores '{GAP}', found '{wrong}'",
                f"write the gap as {GAP}",
            )
            text = None
        elif gaps != 1:
            reader.error(
                text_node,
                f"the cloze text must have exactly one gap '{GAP}', found {gaps}",
                _gap_hint(text, gaps),
            )
            text = None
    if answer is None or accept is None or choices is None or text is None:
        return None
    assert isinstance(text_node, ScalarNode)
    filled = Quote(text.replace(GAP, answer[0]), text_node)
    return _Specific(
        lambda c: Cloze(**c, text=text, answer=answer[0], accept=accept, choices=choices),
        must_find=filled,
        answers=[answer],
    )


def _gap_hint(text: str, gaps: int) -> str:
    if gaps > 1:
        return "a cloze question has one gap; make one question per gap"
    lookalike = re.search(r"[\[(]?(?:\.{3,}|…)[\])]?", text)
    if lookalike is not None:
        return f"write the gap as three underscores {GAP}, not '{lookalike[0]}'"
    return f"mark the missing word(s) with three underscores: {GAP}"


def _ordering(reader: Reader, mapping: MappingNode, what: str) -> _Specific | None:
    node = mapping.get("items")
    if node is None:
        return None
    items = reader.text_list(node, f"'items' in {what}", minimum=3, maximum=6, distinct=True)
    if items is None:
        return None
    ordered = tuple(v for v, _ in items)
    return _Specific(lambda c: Ordering(**c, items=ordered))


def _matching(reader: Reader, mapping: MappingNode, what: str) -> _Specific | None:
    node = mapping.get("pairs")
    if node is None:
        return None
    seq = reader.sequence(node, f"'pairs' in {what}")
    if seq is None:
        return None
    pairs: list[tuple[str, str]] = []
    seen: dict[str, dict[str, int]] = {"left": {}, "right": {}}
    ok = True
    for entry in seq.items:
        pair = reader.mapping(entry, f"a pair in {what}")
        if pair is None:
            ok = False
            continue
        reader.check_keys(pair, f"a pair in {what}", ("left", "right"), ("left", "right"))
        left = reader.text(pair, "left", f"a pair in {what}")
        right = reader.text(pair, "right", f"a pair in {what}")
        for side, value in (("left", left), ("right", right)):
            side_node = pair.get(side)
            if value is None or side_node is None:
                continue
            first = seen[side].get(fold_for_search(value))
            if first is not None:
                reader.error(
                    side_node,
                    f"duplicate {side} {shown(value)} in the pairs of {what}",
                    f"same as line {first}",
                )
                ok = False
            seen[side].setdefault(fold_for_search(value), side_node.start.line)
        if left is None or right is None:
            ok = False
            continue
        pairs.append((left, right))
    if not ok:
        return None
    if not 2 <= len(pairs) <= 6:
        reader.error(seq, f"'pairs' in {what} must have 2 to 6 pairs, found {len(pairs)}")
        return None
    done = tuple(pairs)
    return _Specific(lambda c: Matching(**c, pairs=done))


_SPECIFIC: dict[str, Callable[[Reader, MappingNode, str], _Specific | None]] = {
    QuestionType.MULTIPLE_CHOICE: _multiple_choice,
    QuestionType.TRUE_FALSE: _true_false,
    QuestionType.SHORT_ANSWER: _short_answer,
    QuestionType.CLOZE: _cloze,
    QuestionType.ORDERING: _ordering,
    QuestionType.MATCHING: _matching,
}
