"""Ordering: put 3–6 items (events, steps) in the order of the article.

Bank key: ``items``, written in the correct order. The session shows them shuffled, and never
in the correct order (that would show the answer). Response: the learner's order, as indices
into ``presented.items``. Credit counts the item pairs in the right relative order
(:func:`quiz.core.scoring.kendall_credit`), so a nearly right order earns nearly full credit.
Marks: per place in the learner's order, whether the item there is in its correct place.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import ClassVar

from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode
from quiz.core.model import PresentedQuestion, QuestionBase, Response, Score
from quiz.core.scoring import describe, graded, kendall_credit, require_int_tuple
from quiz.core.shuffling import shuffled_away
from quiz.kinds.base import Built, Kind


@dataclass(frozen=True, slots=True, kw_only=True)
class Ordering(QuestionBase):
    KIND: ClassVar[str] = "ordering"

    items: tuple[str, ...]  # in the correct order; the session shuffles them

    def present(self, number: int, total: int, rng: random.Random) -> PresentedQuestion:
        """The items shuffled away from the correct order (one ``rng.shuffle`` or more)."""
        return PresentedQuestion(self, number, total, items=shuffled_away(self.items, rng))

    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        size = len(presented.items)
        name = describe(presented)
        order = require_int_tuple(response, name)
        if sorted(order) != list(range(size)):
            raise ValueError(
                f"{name}: the order must use each item index 0..{size - 1} exactly once,"
                f" got {order!r}"
            )
        correct_place = {item: place for place, item in enumerate(self.items)}
        places = [correct_place[presented.items[i]] for i in order]
        credit = kendall_credit(places)
        marks = tuple(place == at for at, place in enumerate(places))
        return Score(verdict=graded(credit), credit=credit, marks=marks)

    def correct_response(self, presented: PresentedQuestion) -> Response:
        return tuple(presented.items.index(item) for item in self.items)


def read(reader: Reader, mapping: MappingNode, what: str) -> Built | None:
    node = mapping.get("items")
    if node is None:
        return None
    items = reader.text_list(node, f"'items' in {what}", minimum=3, maximum=6, distinct=True)
    if items is None:
        return None
    ordered = tuple(v for v, _ in items)
    return Built(lambda c: Ordering(**c, items=ordered))


KIND = Kind(
    Ordering,
    keys=("items",),
    required=("items",),
    read=read,
    author_words="order, volgorde, sort, sorting, sequence, rangschikken, ordenen",
)
