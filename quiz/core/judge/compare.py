"""Comparing two answers word by word: what must agree, what may differ, what is a typo.

A learner answers in their own words around the answer: ``in Moskou``, ``het is Minsk``,
``uit het noorden`` for ``vanuit het noorden``, ``70`` for ``ruim 70 jaar``. Articles, neutral
prepositions, sentence frames and softeners carry nothing the question asks, so both sides lose
them; numbers must agree by value, a unit may be left out when the number is right, and every
remaining word must be the same word or a forgivable slip (:mod:`quiz.core.judge.lexicon`).
Words that flip the meaning (``niet``, ``geen``, ``voor``/``na``, ``naar`` against ``vanuit``)
are never dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from rapidfuzz.distance import OSA

from quiz.core.judge.lexicon import is_form_of, is_opposite, refusal
from quiz.core.judge.words import Token, tokenize
from quiz.core.normalize import typo_tolerance
from quiz.core.verdicts import MissingPart, Reason, Verdict

ARTICLES = frozenset({"de", "het", "een", "t", "n"})
#: Prepositions that only say "at", "from" or "to": dropped, but two of different kinds clash
#: (``in het noorden`` is not ``vanuit het noorden``). ``van``/``aan`` clash with nothing.
PREPOSITIONS: dict[str, str] = {
    "in": "at",
    "op": "at",
    "te": "at",
    "bij": "at",
    "om": "at",
    "binnen": "at",
    "uit": "from",
    "vanuit": "from",
    "vandaan": "from",
    "naar": "to",
    "richting": "to",
    "van": "of",
    "aan": "of",
    "als": "of",  # als springplank
}
#: Softeners and particles that colour a phrase without changing what it names.
FILLERS = frozenset(
    {
        *("ook", "wel", "toch", "namelijk", "eigenlijk", "gewoon"),
        *("zeer", "erg", "echt", "helemaal", "volledig", "compleet", "totaal", "steeds"),
        *("ontzettend", "enorm", "uiterst", "nogal", "enkele"),
    }
)
_FRAME_SUBJECTS = frozenset({"het", "dat", "dit", "hij", "zij", "ze", "er", "die", "deze"})
_FRAME_VERBS = frozenset(
    {"is", "was", "zijn", "waren", "heet", "heette", "heten", "wordt", "werd", "worden", "werden"}
)
#: Words before a number that say how exact it is. Leaving one out is fine, and so is adding one
#: to a bare number (the article may say ``ruim 70 jaar`` where the bank says ``70 jaar``); but
#: one that contradicts the expected answer's is wrong (``bijna 70`` is not ``ruim 70``).
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("ruim",): "over",
    ("meer", "dan"): "over",
    ("ruimschoots",): "over",
    ("bijna",): "under",
    ("minder", "dan"): "under",
    ("nog", "geen"): "under",
    ("krap",): "under",
    ("nauwelijks",): "under",
    ("ongeveer",): "about",
    ("circa",): "about",
    ("ca",): "about",
    ("zon",): "about",  # zo'n
    ("rond",): "about",
    ("rondom",): "about",
    ("omstreeks",): "about",
    ("zowat",): "about",
    ("pakweg",): "about",
    ("plusminus",): "about",
}
#: Spellings of the same unit after a number.
UNITS: dict[str, str] = {
    "percent": "procent",
    "pct": "procent",
    "jr": "jaar",
    "u": "uur",
    "h": "uur",
    "km": "kilometer",
    "min": "minuten",
}
#: What kind of thing a name is, said before it: ``de stad Kiev``, ``het land Belarus``. Typed
#: before another word and absent from the expected answer, it is set aside.
CATEGORY_NOUNS = frozenset(
    {"stad", "hoofdstad", "land", "dorp", "provincie", "regio", "gemeente", "rivier", "staat"}
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A verdict before it becomes a :class:`~quiz.core.verdicts.Judgement`."""

    verdict: Verdict
    credit: float = 0.0
    distance: int = 0
    reason: Reason | None = None
    missing: tuple[MissingPart, ...] = ()
    shown: str | None = None  # the spelling to show for ALMOST, when not the accepted form


WRONG = Outcome(Verdict.WRONG)


@dataclass(slots=True)
class Content:
    """The words of an answer that must match, with what was set aside to check separately."""

    tokens: list[Token] = field(default_factory=list)
    directions: set[str] = field(default_factory=set)
    qualifiers: set[str] = field(default_factory=set)
    qualified: list[tuple[str, str]] = field(default_factory=list)  # (kind, number): over, 70
    ones: int = 0  # ``een`` dropped as an article; may be the number one


def content(tokens: Sequence[Token], een_is_one: bool = False) -> Content:
    """The content of an answer: articles, neutral prepositions, frames and fillers set aside."""
    found = Content()
    items = strip_frame(list(tokens))
    i = 0
    while i < len(items):
        token = items[i]
        qualifier = _qualifier_at(items, i)
        if qualifier is not None:
            found.qualifiers.add(qualifier[0])
            found.qualified.append((qualifier[0], _digits_of(items[i + qualifier[1]])))
            i += qualifier[1]
            continue
        if token.value is None and token.text == "een" and een_is_one:
            found.tokens.append(Token("1", Fraction(1), spelled=True))
        elif token.value is None and token.text in ARTICLES:
            found.ones += token.text == "een"
        elif token.value is None and token.text in PREPOSITIONS:
            found.directions.add(PREPOSITIONS[token.text])
        elif token.value is not None or token.text not in FILLERS:
            found.tokens.append(token)
        i += 1
    found.directions.discard("of")
    return found


def strip_frame(tokens: list[Token]) -> list[Token]:
    """``het is Minsk`` as ``Minsk``: a leading subject and copula frame the answer."""
    if len(tokens) > 2 and tokens[0].text in _FRAME_SUBJECTS and tokens[1].text in _FRAME_VERBS:
        return tokens[2:]
    return tokens


def _digits_of(token: Token) -> str:
    value = token.value
    if value is not None and value.denominator == 1:
        return str(value.numerator)
    return token.text


def _qualifier_at(items: Sequence[Token], i: int) -> tuple[str, int] | None:
    for phrase, kind in QUALIFIERS.items():
        end = i + len(phrase)
        if (
            end < len(items)
            and items[end].is_number
            and tuple(t.text for t in items[i:end]) == phrase
        ):
            return kind, len(phrase)
    return None


def compare_words(
    given: str,
    expected: str,
    names: Collection[str],
    known: Collection[str],
    passages: Sequence[str] = (),
) -> Outcome:
    """How the typed ``given`` matches the accepted answer ``expected``, as words and numbers.

    ``passages`` are the article's texts as folded words, where a qualifier the learner adds to
    a number (``ruim 70``) can be found to be the article's own.
    """
    raw_given, raw_expected = tokenize(given), tokenize(expected)
    mine, theirs = content(raw_given), content(raw_expected)
    if not mine.tokens or not theirs.tokens:
        return WRONG
    if mine.directions and theirs.directions and not mine.directions & theirs.directions:
        return WRONG
    mine, theirs = _settle_ones(raw_given, raw_expected, mine, theirs)
    if Counter(_values(mine.tokens)) != Counter(_values(theirs.tokens)):
        return Outcome(Verdict.WRONG, reason=Reason.OTHER_NUMBER)
    if not _qualifiers_agree(mine, theirs, passages):
        return Outcome(Verdict.WRONG, reason=Reason.OTHER_WORD)
    units = _drop_units(mine.tokens, theirs.tokens, names, known)
    if isinstance(units, Outcome):
        return units
    typed, wanted, unit_typos = units
    typed = [
        word
        for i, word in enumerate(typed)
        if not (word in CATEGORY_NOUNS and i + 1 < len(typed) and word not in wanted)
    ]
    if typed == wanted:
        return _accepted(unit_typos)
    found = _word_typos(typed, wanted, names, known)
    if found.verdict is Verdict.WRONG and len(typed) != len(wanted):
        # Compound written apart or together (``SovjetUnie``), or a slip in a dropped word
        # (``Universiteit vn Amsterdam``): compare every word, nothing set aside.
        joined = _joined_typos(typed, wanted, names, known)
        if isinstance(joined, int):
            return _accepted(unit_typos + joined + 1)
        if joined is not None:
            return Outcome(Verdict.WRONG, reason=joined)
        every = [t.text for t in raw_given], [t.text for t in raw_expected]
        if len(every[0]) == len(every[1]):
            found = _word_typos(*every, names, known, dropped=True)
    if found.verdict is Verdict.WRONG:
        if found.reason is None and is_opposite("".join(typed), "".join(wanted)):
            return Outcome(Verdict.WRONG, reason=Reason.OPPOSITE)  # on afhankelijk
        return found
    return _accepted(found.distance + unit_typos)


def _joined_typos(
    typed: Sequence[str], wanted: Sequence[str], names: Collection[str], known: Collection[str]
) -> int | Reason | None:
    """Typos of a compound written apart or together (``inlichting diensten``), or why not.

    Only when no typed word is already one of the expected words: ``Kiev x`` is ``Kiev`` with
    something added, not a compound.
    """
    if set(typed) & set(wanted):
        return None
    mine, theirs = "".join(typed), "".join(wanted)
    if mine == theirs:
        return 0
    allowed = typo_tolerance(len(theirs))
    distance: int = OSA.distance(mine, theirs, score_cutoff=allowed)
    if distance > allowed:
        return None
    why = refusal(mine, theirs, names, known)
    return distance if why is None else why


def _accepted(distance: int) -> Outcome:
    if distance == 0:
        return Outcome(Verdict.CORRECT, 1.0)
    return Outcome(Verdict.ALMOST, 1.0, distance, Reason.TYPO)


def _values(tokens: Sequence[Token]) -> list[Fraction]:
    return [t.value for t in tokens if t.value is not None]


def _qualifiers_agree(mine: Content, theirs: Content, passages: Sequence[str]) -> bool:
    """Whether the words that say how exact a number is agree.

    Leaving one out is fine, and so is adding "about". Adding "more than" or "less than" is
    only fine when the expected answer says the same, or when the expected answer has none and
    the article says so of that number (``ruim 70 jaar`` where the bank wrote ``70 jaar``;
    ``minder dan drie uur`` for the article's ``nog geen drie uur``): otherwise ``meer dan drie
    uur`` would pass for it.
    """
    added = mine.qualifiers - {"about"} - theirs.qualifiers
    if not added:
        return True
    if theirs.qualifiers:
        return False
    return all(
        kind == "about" or _article_says(kind, number, passages) for kind, number in mine.qualified
    )


def _article_says(kind: str, number: str, passages: Sequence[str]) -> bool:
    said = [" ".join((*phrase, number)) for phrase, their in QUALIFIERS.items() if their == kind]
    return any(f" {s} " in f" {passage} " for s in said for passage in passages)


def _settle_ones(
    raw_given: Sequence[Token], raw_expected: Sequence[Token], mine: Content, theirs: Content
) -> tuple[Content, Content]:
    """``een jaar`` for ``1 jaar``: an ``een`` is the number one when the other side needs one."""
    one = Fraction(1)
    ones_wanted = _values(theirs.tokens).count(one) - _values(mine.tokens).count(one)
    if ones_wanted > 0 and mine.ones:
        return content(raw_given, een_is_one=True), theirs
    if ones_wanted < 0 and theirs.ones:
        return mine, content(raw_expected, een_is_one=True)
    return mine, theirs


def _drop_units(
    mine: list[Token], theirs: list[Token], names: Collection[str], known: Collection[str]
) -> tuple[list[str], list[str], int] | Outcome:
    """The words left when each number's unit is checked and set aside (numbers agree already).

    The unit is the word after a number. When both answers give one for the same number they
    must agree (``70 jaar`` is not ``70 procent``); when one leaves it out the number decides.
    """
    mine_units, theirs_units = _units(mine), _units(theirs)
    skip_mine: set[int] = set()
    skip_theirs: set[int] = set()
    typos = 0
    for value, places in theirs_units.items():
        for (at_theirs, unit_theirs), (at_mine, unit_mine) in zip(
            places, mine_units.get(value, []), strict=False
        ):
            if unit_theirs is not None and unit_mine is not None:
                step = _unit_distance(unit_mine, unit_theirs, names, known)
                if step is None:
                    return Outcome(Verdict.WRONG, reason=Reason.OTHER_WORD)
                typos += step
            if unit_theirs is not None:
                skip_theirs.add(at_theirs)
            if unit_mine is not None:
                skip_mine.add(at_mine)
    typed = [t.text for i, t in enumerate(mine) if t.value is None and i not in skip_mine]
    wanted = [t.text for i, t in enumerate(theirs) if t.value is None and i not in skip_theirs]
    return typed, wanted, typos


def _units(tokens: Sequence[Token]) -> dict[Fraction, list[tuple[int, str | None]]]:
    """For each number value, in order: (index of its unit word, the unit), or (-1, None)."""
    found: dict[Fraction, list[tuple[int, str | None]]] = {}
    for i, token in enumerate(tokens):
        if token.value is None:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        unit = after.text if after is not None and after.value is None else None
        found.setdefault(token.value, []).append((i + 1, unit) if unit else (-1, None))
    return found


def _unit_distance(
    typed: str, wanted: str, names: Collection[str], known: Collection[str]
) -> int | None:
    typed, wanted = UNITS.get(typed, typed), UNITS.get(wanted, wanted)
    if typed == wanted or is_form_of(typed, wanted):
        return 0
    found = _word_typos([typed], [wanted], names, known)
    return found.distance if found.verdict is not Verdict.WRONG else None


def _word_typos(
    typed: Sequence[str],
    wanted: Sequence[str],
    names: Collection[str],
    known: Collection[str],
    dropped: bool = False,
) -> Outcome:
    """Word-by-word typos, within the allowance of the expected words' letters.

    Each typed word must be the expected word or a slip that is no other real word. With
    ``dropped`` (all words compared), a slip in an article or preposition is not checked
    against the word lists: ``vn`` for ``van`` changes nothing the question asks.
    """
    if len(typed) != len(wanted):
        return WRONG
    budget = typo_tolerance(sum(len(w) for w in wanted if not w.isdigit()))
    total = 0
    for mine, theirs in zip(typed, wanted, strict=True):
        if mine == theirs:
            continue
        if mine.isdigit() or theirs.isdigit():
            return Outcome(Verdict.WRONG, reason=Reason.OTHER_NUMBER)
        allowed = max(1, typo_tolerance(len(theirs))) if len(wanted) > 1 else budget
        distance: int = OSA.distance(mine, theirs, score_cutoff=allowed)
        if distance > allowed:
            opposite = is_opposite(mine, theirs)
            return Outcome(Verdict.WRONG, reason=Reason.OPPOSITE) if opposite else WRONG
        minor = dropped and _is_minor(theirs) and not _is_minor(mine)
        why = None if minor else refusal(mine, theirs, names, known)
        if why is not None:
            return Outcome(Verdict.WRONG, reason=why)
        total += distance
    if total > budget:
        return WRONG
    return Outcome(Verdict.ALMOST, 1.0, total, Reason.TYPO)


def _is_minor(word: str) -> bool:
    return word in ARTICLES or word in PREPOSITIONS or word in FILLERS
