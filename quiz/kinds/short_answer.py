"""Short answer: type a word or a few words.

Bank keys: ``answer`` and optionally ``accept`` (further answers that count as right). How a
typed answer is matched (case, accents, typos, dates) is :mod:`quiz.core.judging`'s; a forgiven
typo earns full credit with the right spelling as the correction. Nothing is shuffled.
Response: the text as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode
from quiz.core.model import PresentedQuestion, QuestionBase, Response, Score
from quiz.core.scoring import score_typed
from quiz.kinds.base import Built, Kind, read_accept, read_answer


@dataclass(frozen=True, slots=True, kw_only=True)
class ShortAnswer(QuestionBase):
    KIND: ClassVar[str] = "short_answer"

    answer: str
    accept: tuple[str, ...] = ()  # further answers that count as correct

    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        return score_typed(presented, response, self.answer, self.accept)

    def correct_response(self, presented: PresentedQuestion) -> Response:
        return self.answer


def read(reader: Reader, mapping: MappingNode, what: str) -> Built | None:
    answer = read_answer(reader, mapping, what)
    accept = read_accept(reader, mapping, what)
    if answer is None or accept is None:
        return None
    return Built(lambda c: ShortAnswer(**c, answer=answer[0], accept=accept), answers=[answer])


KIND = Kind(
    ShortAnswer,
    keys=("answer", "accept"),
    required=("answer",),
    read=read,
    author_words="short, open, open vraag, kort antwoord, open question, tekst, text",
)
