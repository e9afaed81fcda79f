"""The one place a typed answer is judged: :func:`judge_answer`.

The rules, in the order they apply to each accepted form of the answer:

1. Invisible characters (zero-width spaces, soft hyphens, NUL) are removed before anything else;
   an empty answer or an endless paste is wrong.
2. Equal after folding case, accents, punctuation and a leading article: CORRECT.
3. Both are dates: compared by value (:mod:`quiz.core.dates`); a part the expected date names
   but the answer leaves out (``juli`` for ``juli 1994``) makes it PARTIAL, with the part named.
   A date disagreement is final: ``eind juni`` never passes for ``eind juli``.
4. The expected answer names a person of the bank: any way of writing that person
   (:mod:`quiz.core.judge.names`), and nothing else: ``Jan Zanen`` is almost ``Jan van Zanen``
   even though ``van`` is a function word elsewhere.
5. The expected answer is an enumeration (``Rusland en Oekraïne``): items in any order; some of
   them is PARTIAL, one that is not in the answer is WRONG.
6. Word by word (:mod:`quiz.core.judge.compare`): function words aside, numbers by value, units
   optional, typos only where the typed word is no other real word.

The best outcome over all accepted forms wins; ties go to the form listed first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations

from quiz.core.dates import Agreement, DatePart, compare_dates, parse_dutch_date, required_parts
from quiz.core.judge.compare import Outcome, compare_words, strip_frame
from quiz.core.judge.lexicon import CALENDAR_WORDS, is_common_word
from quiz.core.judge.names import PersonNames, find_person, match_person, person_names
from quiz.core.judge.words import MULTIPLIERS, Token, clean, spelled_value, tokenize, words
from quiz.core.model import Person
from quiz.core.normalize import collapse_quotes, fold_for_answers, normalize
from quiz.core.verdicts import (
    FULL_CREDIT,
    NO_CREDIT,
    RANK,
    Judgement,
    MissingPart,
    Reason,
    Verdict,
)

# No bank answer is this long, so a longer paste cannot be within typo reach of one; refusing it
# early keeps a 10,000-character paste from costing anything.
MAX_ANSWER_CHARS = 1_000
# Enumerations longer than this are matched greedily instead of trying every pairing.
_MAX_PERMUTED_ITEMS = 6

_ITEM_SEPARATORS = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d)|;|&|\+)\s*|\s+(?:en|én|and|plus)\s+", re.IGNORECASE
)
_BOTH = re.compile(r"^\s*zowel\s+(.+?)\s+als\s+(?:ook\s+)?(.+)$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_ASIDES = re.compile(r"[?!()\[\]\"“”„«»]")
_DATE_PARTS = {
    DatePart.PERIOD: MissingPart.PERIOD,
    DatePart.DAY: MissingPart.DAY,
    DatePart.MONTH: MissingPart.MONTH,
    DatePart.YEAR: MissingPart.YEAR,
}


@dataclass(frozen=True, slots=True)
class _Context:
    """What the judge knows besides the answer: the bank's people and the article's words."""

    people: tuple[PersonNames, ...]
    names: frozenset[str]  # every word of every person's name and aliases
    known: frozenset[str]  # words and names of the article and its choices
    passages: tuple[str, ...]  # the same texts as folded words, to find a phrase in


def judge_answer(
    given: str,
    expected: str,
    accept: Sequence[str] = (),
    people: Sequence[Person] = (),
    known: Iterable[str] = (),
) -> Judgement:
    """Judge the typed ``given`` against ``expected`` and the alternatives in ``accept``.

    ``people`` are the bank's people, so a person can be named in any usual way; ``known`` are
    other texts of the article (its names, places, the question's choices) whose words must never
    be taken for typos of the answer. Never raises on any text.
    """
    text = clean(given)
    if len(given.strip()) > MAX_ANSWER_CHARS or not any(ch.isalnum() for ch in text):
        return Judgement(Verdict.WRONG, NO_CREDIT, given, expected, reason=Reason.NO_ANSWER)
    everyone = tuple(person_names(person) for person in people)
    passages, known_words = _read_known(tuple(known))
    context = _Context(
        everyone,
        frozenset(word for names in everyone for word in names.words),
        known_words,
        passages,
    )
    best: tuple[Outcome, str] | None = None
    for candidate, cleaned in _candidates(expected, accept):
        outcome = _judge_one(text, cleaned, context)
        if best is None or _better(outcome, best[0]):
            best = (outcome, candidate)
        if outcome.verdict is Verdict.CORRECT:
            break
    if best is None or best[0].verdict is Verdict.WRONG:
        reason = best[0].reason if best is not None else None
        return Judgement(Verdict.WRONG, NO_CREDIT, given, expected, reason=reason)
    outcome, candidate = best
    if outcome.verdict is Verdict.PARTIAL:
        return Judgement(Verdict.PARTIAL, outcome.credit, given, candidate, missing=outcome.missing)
    correction = (outcome.shown or candidate) if outcome.verdict is Verdict.ALMOST else None
    return Judgement(
        outcome.verdict,
        FULL_CREDIT,
        given,
        candidate,
        correction=correction,
        reason=outcome.reason,
        distance=outcome.distance,
    )


@lru_cache(maxsize=16)
def _read_known(texts: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The known texts as folded words, and their words: read once per article, not per answer."""
    passages = tuple(" ".join(t.text for t in tokenize(text)) for text in texts)
    return passages, frozenset(word for passage in passages for word in passage.split())


def _candidates(expected: str, accept: Sequence[str]) -> list[tuple[str, str]]:
    """(as written, cleaned) for the main answer then the alternatives, once each.

    Ones with nothing to match are dropped. The form as written is what the learner is shown.
    """
    seen: dict[str, str] = {}
    for candidate in (expected, *accept):
        cleaned = clean(candidate)
        if cleaned not in seen and any(ch.isalnum() for ch in cleaned):
            seen[cleaned] = candidate
    return [(candidate, cleaned) for cleaned, candidate in seen.items()]


def _better(outcome: Outcome, than: Outcome) -> bool:
    if RANK[outcome.verdict] != RANK[than.verdict]:
        return RANK[outcome.verdict] > RANK[than.verdict]
    if outcome.credit != than.credit:
        return outcome.credit > than.credit
    if outcome.verdict is Verdict.WRONG:
        return than.reason is None and outcome.reason is not None
    return outcome.distance < than.distance


def _judge_one(text: str, candidate: str, context: _Context, whole: bool = True) -> Outcome:
    """The outcome of ``text`` against one accepted form (rules 2 to 6 of the module)."""
    if normalize(text) == normalize(candidate):
        return Outcome(Verdict.CORRECT, FULL_CREDIT)
    dated = _judge_date(text, candidate, context.known)
    if dated is not None:
        return dated
    outcomes: list[Outcome] = []
    typed = tuple(t.text for t in strip_frame([Token(word) for word in words(text)]))
    person = find_person(candidate, context.people)
    if person is not None:
        found = match_person(typed, person, context.names - person.words, context.known)
        if found.verdict is not Verdict.WRONG:
            return Outcome(
                found.verdict, FULL_CREDIT, found.distance, found.reason, (), found.shown
            )
    items = _items(candidate) if whole and person is None else []
    if len(items) > 1:
        outcomes.append(_judge_items(text, items, context))
    if person is None:
        found_words = compare_words(text, candidate, context.names, context.known, context.passages)
        outcomes.append(found_words)
    else:
        outcomes.append(Outcome(Verdict.WRONG, reason=found.reason))
    best = outcomes[0]
    for outcome in outcomes[1:]:
        if _better(outcome, best):
            best = outcome
    if best.verdict is Verdict.WRONG and best.reason is None:
        own = person.words if person is not None else frozenset()
        if any(word in context.names and word not in own for word in typed):
            return Outcome(Verdict.WRONG, reason=Reason.OTHER_NAME)
    return best


def _judge_date(text: str, candidate: str, known: frozenset[str]) -> Outcome | None:
    """The outcome when both are dates (number words read as digits); None to go on as text.

    The date parser forgives a misspelled month; not when the misspelling is another word
    (``maar`` is not ``maart``), and the expected answer is a date only when spelled right.
    """
    mine = parse_dutch_date(_digits_for_words(text))
    if mine is None:
        return None
    theirs = parse_dutch_date(_digits_for_words(candidate))
    if theirs is None or theirs.approximate:
        return None
    if mine.approximate:
        for word in _LETTERS.findall(_digits_for_words(text)):
            if word not in CALENDAR_WORDS and (word in known or is_common_word(word)):
                return Outcome(Verdict.WRONG, reason=Reason.OTHER_WORD)
    agreement, missing = compare_dates(mine, theirs)
    if agreement is Agreement.SAME:
        return Outcome(Verdict.CORRECT, FULL_CREDIT)
    if agreement is Agreement.NEAR:
        return Outcome(Verdict.ALMOST, FULL_CREDIT, reason=Reason.TYPO)
    if agreement is Agreement.PARTIAL:
        asked = len(required_parts(theirs))
        credit = (asked - len(missing)) / asked
        return Outcome(Verdict.PARTIAL, credit, missing=tuple(_DATE_PARTS[p] for p in missing))
    return Outcome(Verdict.WRONG, reason=Reason.OTHER_DATE)


def _digits_for_words(text: str) -> str:
    """``vijfentwintig februari`` as ``25 februari``, for the date parser; ``?!()`` dropped."""
    folded = _ASIDES.sub(" ", collapse_quotes(fold_for_answers(text)))

    def swap(match: re.Match[str]) -> str:
        word = match[0]
        value = spelled_value(word)
        if value is None or value.denominator != 1 or word in MULTIPLIERS:
            return word
        return str(value.numerator)

    return _LETTERS.sub(swap, folded)


def _items(text: str) -> list[str]:
    """The items of an enumeration: ``Rusland, Belarus en Oekraïne``, ``zowel X als Y``."""
    both = _BOTH.match(text)
    if both:
        text = f"{both[1]}, {both[2]}"
    return [part for part in _ITEM_SEPARATORS.split(text) if any(ch.isalnum() for ch in part)]


def _judge_items(text: str, expected: Sequence[str], context: _Context) -> Outcome:
    """An enumeration in any order: all items right, some of them (PARTIAL), or an extra one."""
    given = _items(text)
    single_words = all(len(item.split()) == 1 for item in expected)
    if len(given) == 1 and len(given[0].split()) == len(expected) and single_words:
        given = given[0].split()  # ``Rusland Oekraïne``: the words are the items
    if len(given) > len(expected):
        return Outcome(Verdict.WRONG, reason=Reason.EXTRA_ITEM)
    table = [
        [_judge_one(mine, theirs, context, whole=False) for theirs in expected] for mine in given
    ]
    pairing = _best_pairing(table, len(expected))
    chosen = [table[i][j] for i, j in enumerate(pairing)]
    wrong = [outcome for outcome in chosen if outcome.verdict is Verdict.WRONG]
    if wrong:
        return Outcome(Verdict.WRONG, reason=wrong[0].reason or Reason.EXTRA_ITEM)
    credit = sum(outcome.credit for outcome in chosen) / len(expected)
    if len(given) < len(expected) or any(o.verdict is Verdict.PARTIAL for o in chosen):
        missing = {part for o in chosen for part in o.missing}
        if len(given) < len(expected):
            missing.add(MissingPart.ITEM)
        ordered = tuple(part for part in MissingPart if part in missing)
        return Outcome(Verdict.PARTIAL, credit, missing=ordered)
    distance = sum(outcome.distance for outcome in chosen)
    if all(outcome.verdict is Verdict.CORRECT for outcome in chosen):
        return Outcome(Verdict.CORRECT, FULL_CREDIT)
    reasons = [o.reason for o in chosen if o.reason is not None]
    return Outcome(Verdict.ALMOST, FULL_CREDIT, max(distance, 1), reasons[0] if reasons else None)


def _best_pairing(table: Sequence[Sequence[Outcome]], columns: int) -> tuple[int, ...]:
    """For each given item, the expected item it is paired with, each used once, best overall."""
    rows = len(table)

    def score(pairing: Sequence[int]) -> tuple[float, int]:
        chosen = [table[i][j] for i, j in enumerate(pairing)]
        return (sum(RANK[o.verdict] + o.credit for o in chosen), -sum(o.distance for o in chosen))

    if columns <= _MAX_PERMUTED_ITEMS:
        return max(permutations(range(columns), rows), key=score)
    free = set(range(columns))
    pairing: list[int] = []
    for row in table:
        pick = max(sorted(free), key=lambda j: (RANK[row[j].verdict], row[j].credit))
        pairing.append(pick)
        free.discard(pick)
    return tuple(pairing)


__all__ = ["MAX_ANSWER_CHARS", "judge_answer"]
