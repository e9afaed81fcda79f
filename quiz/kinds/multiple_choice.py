"""Multiple choice: pick the one right answer from 2–6 choices.

Bank keys: ``choices`` (2–6 distinct texts) and ``answer`` (one of them, exactly). The session
shows the choices shuffled, since authors tend to write the right one first and a learner who
notices "it is always a)" stops reading them. Response: the index into ``presented.choices``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import ClassVar

from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode
from quiz.core.model import PresentedQuestion, QuestionBase, Response, Score
from quiz.core.scoring import score_choice
from quiz.core.shuffling import shuffled
from quiz.kinds.base import Built, Kind, read_answer, read_choices


@dataclass(frozen=True, slots=True, kw_only=True)
class MultipleChoice(QuestionBase):
    KIND: ClassVar[str] = "multiple_choice"

    choices: tuple[str, ...]
    answer: str  # one of ``choices``

    def present(self, number: int, total: int, rng: random.Random) -> PresentedQuestion:
        """The choices shuffled (one ``rng.shuffle``)."""
        return PresentedQuestion(self, number, total, choices=shuffled(self.choices, rng))

    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        return score_choice(presented, response, self.answer)

    def correct_response(self, presented: PresentedQuestion) -> Response:
        return presented.choices.index(self.answer)


def read(reader: Reader, mapping: MappingNode, what: str) -> Built | None:
    answer = read_answer(reader, mapping, what)
    choices = read_choices(reader, mapping, what, answer)
    if answer is None or choices is None:
        return None
    return Built(lambda c: MultipleChoice(**c, choices=choices, answer=answer[0]))


KIND = Kind(
    MultipleChoice,
    keys=("choices", "answer"),
    required=("choices", "answer"),
    read=read,
    author_words="mc, multiplechoice, meerkeuze, meerkeuzevraag, keuze, choice",
)
