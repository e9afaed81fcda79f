"""Cloze: a sentence from the article with one gap, to type or to choose.

Bank keys: ``text`` (the sentence, its gap written ``___``), ``answer``, optionally ``accept``
and ``choices`` (2–6; then the learner chooses instead of typing). The sentence with the gap
filled in must stand in the article, and it is the evidence when the author gave none.
Presented and scored like multiple choice when it has choices (shuffled; response: the index
into ``presented.choices``), else like a short answer (nothing shuffled; response: the text).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import ClassVar

from quiz.bank.evidence import Quote
from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode, ScalarNode
from quiz.core.model import PresentedQuestion, QuestionBase, Response, Score
from quiz.core.scoring import score_choice, score_typed
from quiz.core.shuffling import shuffled
from quiz.kinds.base import Built, Kind, read_accept, read_answer, read_choices

#: How a bank writes the gap in a cloze text.
GAP = "___"


@dataclass(frozen=True, slots=True, kw_only=True)
class Cloze(QuestionBase):
    """A sentence from the article with one gap, written ``___`` in ``text``."""

    KIND: ClassVar[str] = "cloze"

    text: str
    answer: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()  # empty: the learner types the gap; else chooses

    @property
    def around_gap(self) -> tuple[str, str]:
        """The sentence before and after its gap, for a front end to draw the gap its way."""
        before, _, after = self.text.partition(GAP)
        return before, after

    def present(self, number: int, total: int, rng: random.Random) -> PresentedQuestion:
        """With choices: shuffled (one ``rng.shuffle``). Typed: nothing is drawn."""
        if not self.choices:
            return PresentedQuestion(self, number, total)
        return PresentedQuestion(self, number, total, choices=shuffled(self.choices, rng))

    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        if self.choices:
            return score_choice(presented, response, self.answer)
        return score_typed(presented, response, self.answer, self.accept)

    def correct_response(self, presented: PresentedQuestion) -> Response:
        return presented.choices.index(self.answer) if self.choices else self.answer


def read(reader: Reader, mapping: MappingNode, what: str) -> Built | None:
    answer = read_answer(reader, mapping, what)
    accept = read_accept(reader, mapping, what)
    choices: tuple[str, ...] | None = ()
    if mapping.get("choices") is not None:
        choices = read_choices(reader, mapping, what, answer)
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
    return Built(
        lambda c: Cloze(**c, text=text, answer=answer[0], accept=accept, choices=choices),
        must_find=filled,
        not_found="the cloze text with the answer filled in is not found in the article",
        answers=[answer],
    )


def _gap_hint(text: str, gaps: int) -> str:
    if gaps > 1:
        return "a cloze question has one gap; make one question per gap"
    lookalike = re.search(r"[\[(]?(?:\.{3,}|…)[\])]?", text)
    if lookalike is not None:
        return f"write the gap as three underscores {GAP}, not '{lookalike[0]}'"
    return f"mark the missing word(s) with three underscores: {GAP}"


KIND = Kind(
    Cloze,
    keys=("text", "answer", "accept", "choices"),
    required=("text", "answer"),
    read=read,
    author_words=(
        "invul, invullen, invulvraag, gatentekst, fill in, fill in the blank, gap, gap fill"
    ),
    needs_evidence=False,
)
