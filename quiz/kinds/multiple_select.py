"""Multiple select ("meerdere antwoorden"): tick every right answer among 3–8 choices.

Bank keys: ``choices`` (3–8 distinct texts) and ``answers`` (the right ones: one or more distinct
texts, each exactly one of the choices). At least one choice must be wrong, or ticking all of
them would always be right. The session shows the choices shuffled, as for multiple choice.

Response: the indices into ``presented.choices`` the learner ticked, in increasing order, each
once; ``()`` when nothing was ticked. Credit is (right picks − wrong picks) / right answers, never
below 0, so ticking everything earns nothing unless most choices are right, and a wrong tick
costs as much as a right one earns. Marks: per choice, in ``presented.choices`` order, whether
the learner's decision on it was right (a right answer ticked, a wrong one left alone).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import ClassVar

from rapidfuzz import process

from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode
from quiz.core.model import PresentedQuestion, QuestionBase, Response, Score
from quiz.core.scoring import describe, graded, require_int_tuple
from quiz.core.shuffling import shuffled
from quiz.core.wording import shown
from quiz.kinds.base import Built, Kind

MIN_CHOICES = 3
MAX_CHOICES = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class MultipleSelect(QuestionBase):
    KIND: ClassVar[str] = "multiple_select"

    choices: tuple[str, ...]
    answers: tuple[str, ...]  # the right ones, each one of ``choices``; never all of them

    def present(self, number: int, total: int, rng: random.Random) -> PresentedQuestion:
        """The choices shuffled (one ``rng.shuffle``)."""
        return PresentedQuestion(self, number, total, choices=shuffled(self.choices, rng))

    def score(self, presented: PresentedQuestion, response: Response) -> Score:
        name = describe(presented)
        picks = require_int_tuple(response, name)
        size = len(presented.choices)
        for index in picks:
            if not 0 <= index < size:
                raise ValueError(f"{name}: choice index {index} out of range 0..{size - 1}")
        if list(picks) != sorted(set(picks)):
            raise ValueError(
                f"{name}: the ticked choices must be indices in increasing order, each once,"
                f" got {picks!r}"
            )
        right = set(self.answers)
        right_picks = sum(1 for index in picks if presented.choices[index] in right)
        wrong_picks = len(picks) - right_picks
        credit = max(0, right_picks - wrong_picks) / len(self.answers)
        marks = tuple(
            (index in picks) == (choice in right) for index, choice in enumerate(presented.choices)
        )
        return Score(verdict=graded(credit), credit=credit, marks=marks)

    def correct_response(self, presented: PresentedQuestion) -> Response:
        right = set(self.answers)
        return tuple(index for index, choice in enumerate(presented.choices) if choice in right)


def read(reader: Reader, mapping: MappingNode, what: str) -> Built | None:
    choices_node = mapping.get("choices")
    choices_read = (
        None
        if choices_node is None
        else reader.text_list(
            choices_node,
            f"'choices' in {what}",
            minimum=MIN_CHOICES,
            maximum=MAX_CHOICES,
            distinct=True,
        )
    )
    answers_node = mapping.get("answers")
    answers_read = (
        None
        if answers_node is None
        else reader.text_list(answers_node, f"'answers' in {what}", minimum=1, distinct=True)
    )
    if choices_read is None or answers_read is None:
        return None
    assert answers_node is not None
    choices = tuple(value for value, _ in choices_read)
    answers = tuple(value for value, _ in answers_read)
    ok = True
    for answer, node in answers_read:
        if answer not in choices:
            closest = process.extractOne(answer, choices)
            hint = f"the closest choice is '{closest[0]}'" if closest else None
            reader.error(node, f"the answer {shown(answer)} is not one of the choices", hint)
            ok = False
    if ok and set(answers) == set(choices):
        reader.error(
            answers_node,
            f"every choice of {what} is one of its answers: the question gives itself away",
            "add at least one choice that is wrong",
        )
        ok = False
    if not ok:
        return None
    return Built(lambda c: MultipleSelect(**c, choices=choices, answers=answers))


KIND = Kind(
    MultipleSelect,
    keys=("choices", "answers"),
    required=("choices", "answers"),
    read=read,
    author_words=(
        "meerdere antwoorden, meerdere, meer antwoorden, meerdere juist, multi select, multiselect,"
        " multiple select, multiple answers, select all, select multiple, checkbox, checkboxes,"
        " aankruisen, aanvinken, kruis aan, vink aan"
    ),
)
