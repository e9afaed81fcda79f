"""What a judgement says: the verdict, the credit and what the learner should be shown.

The judge never writes a sentence for the learner. It says *what* happened (a typo, a foreign
spelling of a name, a missing year, a different number) in enums, and the UI words it, so the
same judgement can serve the quiz, vocabulary cards, and a future English interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    CORRECT = "correct"
    ALMOST = "almost"  # accepted, but with a typo: show the correct spelling
    PARTIAL = "partial"  # right as far as it goes, some credit (a date without its year, …)
    WRONG = "wrong"


class MissingPart(StrEnum):
    """What a PARTIAL answer left out, for the UI to name ("het jaar ontbreekt")."""

    PERIOD = "period"  # begin / half / eind of the month or year
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    ITEM = "item"  # one or more items of an enumeration


class Reason(StrEnum):
    """Why an answer is ALMOST or WRONG, when there is something more to say than "wrong".

    ``OTHER_*`` and ``OPPOSITE`` mean the learner typed another real word, so it was deliberately
    not forgiven as a typo: the UI can say "that is another word, not a slip".
    """

    TYPO = "typo"  # ALMOST: a slip of the keyboard
    TRANSLITERATION = "transliteration"  # ALMOST: Lukashenko for Loekasjenko
    NAME_FORM = "name_form"  # ALMOST: Zanen for Van Zanen (the particle belongs to the surname)
    OPPOSITE = "opposite"  # onafhankelijk for afhankelijk
    OTHER_WORD = "other_word"  # a common Dutch word or a word of the article
    OTHER_NAME = "other_name"  # another person of the bank
    OTHER_NUMBER = "other_number"  # negentien for negentig, 1993 for 1994
    OTHER_DATE = "other_date"  # juni for juli
    EXTRA_ITEM = "extra_item"  # an enumeration with an item that is not in the answer
    NO_ANSWER = "no_answer"  # nothing to judge: empty, punctuation only, or an endless paste


#: The order in which outcomes are preferred when several accepted forms could apply.
RANK: dict[Verdict, int] = {
    Verdict.CORRECT: 3,
    Verdict.ALMOST: 2,
    Verdict.PARTIAL: 1,
    Verdict.WRONG: 0,
}

#: Credit for each verdict; PARTIAL carries its own, between these.
FULL_CREDIT = 1.0
NO_CREDIT = 0.0


@dataclass(frozen=True, slots=True)
class Judgement:
    """The judgement of one typed answer.

    ``matched`` is the accepted form (the bank's answer or one of its ``accept``) the answer was
    judged against: the one it matched, or the main answer when it matched none. ``correction``
    is set for ALMOST: the spelling to show against what was typed, in the article's spelling
    (``Loekasjenko`` for ``Lukashenko``). ``missing`` is set for PARTIAL. ``distance`` counts the
    typos forgiven (a transliteration or name form counts as one).
    """

    verdict: Verdict
    credit: float
    given: str  # as typed
    matched: str
    correction: str | None = None
    missing: tuple[MissingPart, ...] = ()
    reason: Reason | None = None
    distance: int = 0

    @property
    def accepted(self) -> bool:
        """Whether the answer counts as right (a typo included)."""
        return self.verdict in (Verdict.CORRECT, Verdict.ALMOST)
