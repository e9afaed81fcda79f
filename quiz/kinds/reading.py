"""Turning one question mapping of a bank into a validated model object.

This module reads what every question has (id, category, prompt, evidence, explanation, points)
and asks the question's kind, found in :mod:`quiz.kinds.registry` by its ``type``, for the rest.
Each kind has its own keys; a key that belongs to another kind is reported as such, because an
author who writes ``choices`` on a true/false question has usually picked the wrong type rather
than misspelt a key. Every check runs even after an earlier one failed, except the checks that
need the failed value, so an author sees all independent mistakes in one run.
"""

from __future__ import annotations

from quiz.bank.evidence import EvidenceFinder, Quote
from quiz.bank.schema import Ids, Reader
from quiz.bank.yaml.tree import Node
from quiz.core.model import Category, Evidence, Question
from quiz.core.wording import join_and, shown
from quiz.kinds import registry
from quiz.kinds.base import Built, CommonFields

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
_CATEGORIES = tuple(c.value for c in Category)


def build_question(
    reader: Reader, finder: EvidenceFinder, ids: Ids, node: Node, number: int
) -> Question | None:
    """The question, or ``None`` when it has any error (all of them reported)."""
    mapping = reader.mapping(node, f"question {number}")
    if mapping is None:
        return None
    errors_before = reader.error_count
    qid = reader.slug(mapping, "id", f"question {number}")
    qtype = reader.choice(
        mapping, "type", f"question {number}", registry.names(), registry.author_synonyms()
    )
    what = f"question '{qid}'" if qid else f"question {number}"
    if qtype:
        what = f"{qtype} {what}"
    if qid is not None:
        id_node = mapping.get("id")
        assert id_node is not None
        ids.claim(reader, qid, id_node)

    kind = registry.kind(qtype) if qtype else None
    allowed = COMMON_KEYS + (kind.keys if kind else registry.all_keys())
    required = ["id", "category", "type", "prompt", "explanation"]
    if kind is None or kind.needs_evidence:
        required.append("evidence")
    if kind:
        required.extend(kind.required)
    elsewhere = {
        key: "it belongs to " + join_and(registry.owners(key)) + " questions"
        for key in registry.all_keys()
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

    specific = kind.read(reader, mapping, what) if kind else None

    evidence: tuple[Evidence, ...] | None = None
    if specific is not None and specific.must_find is not None:
        quotes = _check_must_find(reader, finder, specific, quotes, evidence_node)
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


def _check_must_find(
    reader: Reader,
    finder: EvidenceFinder,
    built: Built,
    quotes: list[Quote] | None,
    evidence_node: Node | None,
) -> list[Quote] | None:
    """A text the kind says must stand in the article (a cloze's sentence with its answer in
    the gap); it is the evidence when the author gave none."""
    filled = built.must_find
    assert filled is not None
    if finder.article is None:
        return quotes
    if not finder.find(filled.text):
        reader.error(filled.node, built.not_found, finder.closest_hint(filled.text))
        return None if evidence_node is None else quotes
    return [filled] if evidence_node is None else quotes
