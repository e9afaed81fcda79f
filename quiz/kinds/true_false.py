"""Juist/onjuist: is a statement about the article right?

Bank key: ``answer``, written ``juist`` or ``onjuist``; YAML-style booleans (``yes``, ``true``,
``ja`` …) are refused with a hint, because the bank format never reads text as a boolean.
The session offers the two answers as the bank writes them, ``("juist", "onjuist")``, in that
order, without shuffling. Response: ``True`` for juist, or the index into those two choices.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import ClassVar

from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode
from quiz.core.model import PresentedQuestion, QuestionBase, Response, Score
from quiz.core.scoring import require_index
from quiz.core.verdicts import Verdict
from quiz.core.wording import shown
from quiz.kinds.base import Built, Kind, read_answer

TRUE_WORDS = ("juist",)
FALSE_WORDS = ("onjuist",)
#: What the session offers, in this order: the bank's own words for true and false.
CHOICES = (TRUE_WORDS[0], FALSE_WORDS[0])
# What authors write instead, often because YAML 1.1 taught them that these are booleans.
_BOOLEAN_LOOKALIKES = frozenset(
    {"true", "false", "yes", "no", "y", "n", "on", "off", "ja", "nee", "waar", "onwaar"}
    | {"niet-waar", "wel", "niet", "goed", "fout", "1", "0"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class TrueFalse(QuestionBase):
    KIND: ClassVar[str] = "true_false"

    answer: bool  # written ``juist`` / ``onjuist`` in the bank

    def present(self, number: int, total: int, rng: random.Random) -> PresentedQuestion:
        """Always juist then onjuist; nothing is drawn from ``rng``."""
        return PresentedQuestion(self, number, total, choices=CHOICES)

    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        if isinstance(response, bool):
            said = response
        else:
            # A front end may render the two choices like any other list and send the index.
            index = require_index(response, len(CHOICES), f"question {self.id!r}")
            said = index == 0
        right = said == self.answer
        return Score(
            verdict=Verdict.CORRECT if right else Verdict.WRONG, credit=1.0 if right else 0.0
        )

    def correct_response(self, presented: PresentedQuestion) -> Response:
        return self.answer


def read(reader: Reader, mapping: MappingNode, what: str) -> Built | None:
    answer = read_answer(reader, mapping, what)
    if answer is None:
        return None
    word = answer[0].casefold()
    if word in TRUE_WORDS or word in FALSE_WORDS:
        truth = word in TRUE_WORDS
        return Built(lambda c: TrueFalse(**c, answer=truth))
    lookalike = word in _BOOLEAN_LOOKALIKES or word.replace(" ", "-") in _BOOLEAN_LOOKALIKES
    reader.error(
        answer[1],
        f"a true_false answer must be 'juist' or 'onjuist', not {shown(answer[0])}",
        "write juist or onjuist" + ("; yes/no/true/false are not used" if lookalike else ""),
    )
    return None


KIND = Kind(
    TrueFalse,
    keys=("answer",),
    required=("answer",),
    read=read,
    author_words=("tf, truefalse, juist onjuist, waar onwaar, goed fout, ja nee, yes no, boolean"),
)
