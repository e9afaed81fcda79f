"""People of the bank, recognised in every way a Dutch reader writes a name.

A learner who answers ``Poetin`` for ``Vladimir Poetin``, ``Hartog, Eva``, ``E. Hartog`` or
``Van Zanen`` for ``Jan van Zanen`` has named the right person; so has one who writes
``Lukashenko``, the English spelling of the article's ``Loekasjenko`` (shown as "almost", with the
article's spelling). The bank's ``people`` list says who the names belong to; without it a name is
just text and no part of it is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import chain

from rapidfuzz.distance import OSA

from quiz.core.judge.lexicon import refusal
from quiz.core.judge.words import words
from quiz.core.model import Person
from quiz.core.normalize import typo_tolerance
from quiz.core.verdicts import RANK, Reason, Verdict

#: Words that join a surname in Dutch and neighbouring languages: ``van``, ``de``, ``von der``…
PARTICLES = frozenset(
    {
        *("van", "de", "der", "den", "ter", "ten", "te", "het", "t", "in", "op", "aan"),
        *("von", "zu", "vom", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "el"),
        *("al", "bin", "ibn"),
    }
)

#: Titles and forms of address before a name: ``president Poetin``, ``de heer Kemper``.
TITLES = frozenset(
    {
        *("de", "het", "heer", "mevrouw", "meneer", "mevr", "mw", "dhr", "hr", "mr", "dr", "drs"),
        *("ir", "ing", "prof", "professor", "president", "premier", "minister", "burgemeester"),
        *("kanselier", "koning", "koningin", "prins", "prinses", "paus", "generaal", "leider"),
        *("staatshoofd", "correspondent", "hoogleraar", "dictator"),
    }
)

# Words of a sentence around a name that say nothing about who: ``Loekasjenko is de president``.
_SENTENCE_WORDS = frozenset(
    {"de", "het", "een", "van", "is", "was", "heet", "heette", "hij", "zij", "ze", "dat", "die"}
    | {"dit", "deze", "wordt", "werd", "door", "volgens"}
    | TITLES
)

# Spellings of the same sound in the ways Russian, Ukrainian and Belarusian names are written in
# Dutch, English and German (Loekasjenko / Lukashenko, Zelenski / Zelensky, Wladimir / Vladimir,
# Aleksandr / Alexander): both sides are reduced to one skeleton before comparing.
_SKELETON: tuple[tuple[str, str], ...] = (
    ("tsj", "ch"),
    ("tch", "ch"),
    ("sj", "sh"),
    ("zj", "zh"),
    ("kh", "ch"),
    ("oe", "u"),
    ("x", "ks"),
    ("w", "v"),
    ("ij", "i"),
    ("y", "i"),
    ("j", "i"),
    ("ph", "f"),
)
_FINAL_ER = re.compile(r"er$")
_DOUBLED = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class NameForm:
    """One way to write a person: folded words, the article's spelling of it, and its verdict."""

    words: tuple[str, ...]
    shown: str
    verdict: Verdict  # CORRECT, or ALMOST for a form that drops the particle (``Zanen``)


@dataclass(frozen=True, slots=True)
class PersonNames:
    """Every accepted form of one person's name, and the words that make it up."""

    person: Person
    forms: tuple[NameForm, ...]
    words: frozenset[str]
    role_words: frozenset[str] = frozenset()

    def identifies(self, folded: tuple[str, ...]) -> bool:
        """Whether an answer written as ``folded`` names this person exactly."""
        return any(f.words == folded and f.verdict is Verdict.CORRECT for f in self.forms)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How a typed answer names a person: verdict, typos, why, and the spelling to show."""

    verdict: Verdict
    distance: int = 0
    reason: Reason | None = None
    shown: str | None = None


NO_MATCH = NameMatch(Verdict.WRONG)


def person_names(person: Person) -> PersonNames:
    """The forms of ``person``'s name: full, surname, ``Surname, First``, initials, aliases."""
    parts = [(part, tuple(words(part))) for part in person.name.split()]
    parts = [(part, folded) for part, folded in parts if folded]
    first, particles, core = _split_name(parts)
    f = tuple(chain.from_iterable(w for _, w in first))
    p = tuple(chain.from_iterable(w for _, w in particles))
    c = tuple(chain.from_iterable(w for _, w in core))
    surname = " ".join(part for part, _ in (*particles, *core))
    surname = surname[:1].upper() + surname[1:]
    ok, almost = Verdict.CORRECT, Verdict.ALMOST
    forms: list[NameForm] = [NameForm(f + p + c, person.name, ok), NameForm(p + c, surname, ok)]
    if f:
        forms += [NameForm(p + c + f, surname, ok), NameForm(c + f + p, surname, ok)]
        for k in range(1, len(f) + 1):
            initials = tuple(word[0] for word in f[:k])
            joined = ("".join(initials),) if k > 1 else ()
            for letters in (initials, joined) if joined else (initials,):
                forms += [
                    NameForm(letters + p + c, surname, ok),
                    NameForm(p + c + letters, surname, ok),
                    NameForm(c + letters + p, surname, ok),
                ]
            if k < len(f):
                forms.append(NameForm(f[:k] + p + c, person.name, ok))
    if p:
        forms += [NameForm(c, surname, almost), NameForm(f + c, person.name, almost)]
        forms += [NameForm(c + f, surname, almost)] if f else []
    for alias in person.aliases:
        folded = tuple(words(alias))
        if folded:
            forms.append(NameForm(folded, alias, ok))
    unique = {form.words: form for form in reversed(forms) if form.words}
    every = frozenset(chain.from_iterable(form.words for form in unique.values()))
    return PersonNames(
        person,
        tuple(reversed(unique.values())),
        frozenset(w for w in every if len(w) > 1 and w not in PARTICLES),
        frozenset(words(person.role)),
    )


def _split_name(
    parts: Sequence[tuple[str, tuple[str, ...]]],
) -> tuple[list[tuple[str, tuple[str, ...]]], ...]:
    """(first names, particles, surname): ``Jan | van | Zanen``, ``Eva | | Hartog``."""
    if len(parts) < 2:
        return [], [], list(parts)
    for start in range(1, len(parts) - 1):
        if parts[start][1][0] in PARTICLES:
            end = start
            while end < len(parts) - 1 and parts[end][1][0] in PARTICLES:
                end += 1
            return list(parts[:start]), list(parts[start:end]), list(parts[end:])
    return list(parts[:-1]), [], list(parts[-1:])


def find_person(candidate: str, people: Sequence[PersonNames]) -> PersonNames | None:
    """The one bank person ``candidate`` (an accepted answer) names exactly, if any."""
    folded = tuple(words(candidate))
    found = [names for names in people if names.identifies(folded)]
    return found[0] if len(found) == 1 else None


def match_person(
    typed: Sequence[str],
    names: PersonNames,
    others: Collection[str],
    known: Collection[str],
) -> NameMatch:
    """How the folded words ``typed`` name the person ``names``; WRONG when they do not.

    ``others`` are the words of the other people's names: typing one of those is naming someone
    else, never a typo or a transliteration.
    """
    typed = list(typed)
    best = _best_form(typed, names, others, known)
    if best.verdict is Verdict.CORRECT:
        return best  # ``De Gaulle`` before its ``de`` is taken for an article
    # ``de heer Kemper``, ``generaal De Gaulle``: each run of titles in front is tried away.
    untitled = [typed[i:] for i in range(1, len(typed)) if all(w in TITLES for w in typed[:i])]
    # ``Loekasjenko is de president``, ``van Zelenski``: words of the question around the name.
    # Only the person's own role, a copula and function words may be set aside.
    aside = names.role_words | _SENTENCE_WORDS
    bare = [word for word in typed if word not in aside]
    for shorter in (*untitled, bare):
        if shorter and shorter != typed:
            found = _best_form(shorter, names, others, known)
            if RANK[found.verdict] > RANK[best.verdict]:
                best = found
    return best


def _best_form(
    typed: Sequence[str], names: PersonNames, others: Collection[str], known: Collection[str]
) -> NameMatch:
    best = NO_MATCH
    for form in names.forms:
        if len(form.words) != len(typed):
            continue
        found = _match_form(typed, form, others, known)
        if RANK[found.verdict] > RANK[best.verdict] or (
            found.verdict is best.verdict and found.distance < best.distance
        ):
            best = found
        elif best.verdict is Verdict.WRONG and best.reason is None:
            best = found  # a wrong one that says why
    return best


def _match_form(
    typed: Sequence[str], form: NameForm, others: Collection[str], known: Collection[str]
) -> NameMatch:
    distance = 0
    reason: Reason | None = Reason.NAME_FORM if form.verdict is Verdict.ALMOST else None
    for mine, theirs in zip(typed, form.words, strict=True):
        if mine == theirs:
            continue
        if len(theirs) == 1 or len(mine) == 1:  # an initial is right or wrong
            return NO_MATCH
        step = name_variant(mine, theirs, others, known)
        if isinstance(step, Reason) or step is None:
            return NameMatch(Verdict.WRONG, reason=step)
        distance += step[0]
        if reason is None or step[1] is Reason.TRANSLITERATION:
            reason = step[1]
    if distance == 0 and form.verdict is Verdict.CORRECT:
        return NameMatch(Verdict.CORRECT)
    return NameMatch(Verdict.ALMOST, max(distance, 1), reason, form.shown)


def name_variant(
    typed: str, wanted: str, others: Collection[str], known: Collection[str]
) -> tuple[int, Reason] | Reason | None:
    """(typos, why) when ``typed`` is a spelling of the name word ``wanted``; else why not.

    A transliteration (same skeleton, ``Putin``/``Poetin``) is forgiven even when the spelling is
    common text (English names are); a plain typo only when it is no other real word. The result
    is a :class:`Reason` when ``typed`` is another name or word, None when it is just too far.
    """
    mine, theirs = skeleton(typed), skeleton(wanted)
    if mine == theirs:
        return 1, Reason.TRANSLITERATION  # even when another person is called Alexander
    if typed in others:
        return Reason.OTHER_NAME
    allowed = typo_tolerance(len(wanted))
    distance: int = OSA.distance(typed, wanted, score_cutoff=allowed)
    via: int = OSA.distance(mine, theirs, score_cutoff=allowed)
    if min(distance, via) > allowed:
        return None
    why = refusal(typed, wanted, others, known)
    if why is not None:
        return why
    if distance <= allowed:
        return distance, Reason.TYPO
    return via + 1, Reason.TRANSLITERATION


def skeleton(word: str) -> str:
    """``word`` with transliteration differences erased: ``loekasjenko`` → ``lukashenko``."""
    for spelling, sound in _SKELETON:
        word = word.replace(spelling, sound)
    return _DOUBLED.sub(r"\1", _FINAL_ER.sub("r", word))
