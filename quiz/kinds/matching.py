"""Matching: pair each item on the left with its partner on the right.

Bank key: ``pairs``, 2–6 mappings ``{left: …, right: …}`` (lefts distinct, rights distinct).
The session shows the lefts in bank order and the rights shuffled away from the answer.
Response: for each left, the index into ``presented.rights`` paired with it, or None for a
left left unpaired; each right at most once. Credit is the fraction of lefts paired right.
Marks: per left, in ``presented.lefts`` order, whether it was paired right.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import ClassVar

from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode
from quiz.core.model import PresentedQuestion, QuestionBase, Response, Score
from quiz.core.scoring import describe, graded, require_index
from quiz.core.shuffling import shuffled_away
from quiz.core.text import fold_for_search
from quiz.core.wording import shown
from quiz.kinds.base import Built, Kind


@dataclass(frozen=True, slots=True, kw_only=True)
class Matching(QuestionBase):
    KIND: ClassVar[str] = "matching"

    pairs: tuple[tuple[str, str], ...]  # (left, right); the session shuffles the right column

    def present(self, number: int, total: int, rng: random.Random) -> PresentedQuestion:
        """Lefts as written; rights shuffled away from their partners (one shuffle or more)."""
        lefts = tuple(left for left, _ in self.pairs)
        rights = shuffled_away(tuple(right for _, right in self.pairs), rng)
        return PresentedQuestion(self, number, total, lefts=lefts, rights=rights)

    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        name = describe(presented)
        if not isinstance(response, tuple | list) or len(response) != len(presented.lefts):
            raise ValueError(
                f"{name}: expected one right index (or None) per left,"
                f" {len(presented.lefts)} in all, got {response!r}"
            )
        size = len(presented.rights)
        used: set[int] = set()
        marks: list[bool] = []
        for left_index, paired in enumerate(response):
            if paired is None:
                marks.append(False)
                continue
            index = require_index(paired, size, name)
            if index in used:
                raise ValueError(f"{name}: right {index} is paired with more than one left")
            used.add(index)
            marks.append(presented.rights[index] == self.pairs[left_index][1])
        credit = sum(marks) / len(marks) if marks else 1.0
        return Score(verdict=graded(credit), credit=credit, marks=tuple(marks))

    def correct_response(self, presented: PresentedQuestion) -> Response:
        return tuple(presented.rights.index(right) for _, right in self.pairs)


def read(reader: Reader, mapping: MappingNode, what: str) -> Built | None:
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
    return Built(lambda c: Matching(**c, pairs=done))


KIND = Kind(
    Matching,
    keys=("pairs",),
    required=("pairs",),
    read=read,
    author_words="match, koppel, koppelen, combineren, combineer, pairs, paren, verbinden",
)
