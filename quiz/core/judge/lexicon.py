"""Is what the learner typed a slip of the keyboard, or another real word?

Edit distance alone cannot tell: ``onafhankelijk`` is two letters from ``afhankelijk`` and
``Iran`` one from ``Irak``, yet each is a different word the learner chose. So a typo is only
forgiven when the typed word is *not* itself a word the learner could have meant: not a common
Dutch word (wordfreq; a little rarer when a dictionary knows it) unless it is a form of the
expected word (simplemma: same lemma), not the
expected word's ``on-`` opposite, not a month, weekday or number word, and not a name or word the
article or its choices use. Both word lists load on the first typo considered (not at start-up:
they take half a second).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from functools import lru_cache

from rapidfuzz.distance import OSA

from quiz.core.dates import MONTHS, WEEKDAYS
from quiz.core.judge.words import spelled_value
from quiz.core.normalize import fold_for_answers, typo_tolerance
from quiz.core.verdicts import Reason

#: A word at least this frequent in Dutch (Zipf scale: 3 = once per million words) is a word the
#: learner may have meant, so it is never taken for a typo of another.
COMMON_ZIPF = 3.0
#: A word a Dutch dictionary knows (simplemma) is a word the learner may have meant from this
#: lower frequency on: ``aanhankelijk`` (clingy) is not a slip of ``afhankelijk``.
DICTIONARY_ZIPF = 2.5
#: Dutch text is full of English; a word this much more frequent in English that no Dutch
#: dictionary knows (``jar``, ``Putin``) is English, not a Dutch word the learner chose...
ENGLISH_MARGIN = 0.5
#: ... unless Dutch text uses it this often: ``back``, ``king``, ``women`` are words a learner
#: may mean, so never a slip of ``bank``, ``kind``, ``komen``.
ENGLISH_IN_DUTCH_ZIPF = 3.5

#: Prefixes that turn a word into its opposite: on+afhankelijk, in+actief, a+sociaal, …
NEGATING_PREFIXES: tuple[str, ...] = (
    "on",
    "in",
    "im",
    "il",
    "ir",
    "non",
    "niet",
    "a",
    "anti",
    "des",
    "dis",
)

#: Months, their abbreviations and weekdays: one of these is never a typo of another.
CALENDAR_WORDS: frozenset[str] = frozenset(
    {*MONTHS, *WEEKDAYS, "jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept"}
    | {"okt", "nov", "dec"}
)


def refusal(
    typed: str,
    wanted: str,
    names: Collection[str] = frozenset(),
    known: Collection[str] = frozenset(),
) -> Reason | None:
    """Why ``typed`` may not count as a typo of ``wanted`` (folded words), or None when it may.

    ``names`` are the words of other people's names in the bank, ``known`` the other words and
    names of the article and its choices. Cheap checks come first, the word lists last.
    """
    if typed == wanted:
        return None
    if typed in CALENDAR_WORDS:
        return Reason.OTHER_DATE
    if spelled_value(typed) is not None:
        return Reason.OTHER_NUMBER
    if is_opposite(typed, wanted):
        return Reason.OPPOSITE
    if is_form_of(typed, wanted):
        return None
    if typed in names:
        return Reason.OTHER_NAME
    if typed in known or is_common_word(typed):
        return Reason.OTHER_WORD
    return None


def is_opposite(typed: str, wanted: str) -> bool:
    """Whether one word is the other with a negating prefix (allowing a slip in the rest).

    Only one of the two may carry the prefix: ``onafhankelik`` is a slip of ``onafhankelijk``.

    The rest must be a real word on one side, so ``msterdam`` for ``Amsterdam`` stays a typo.
    """
    for prefix in NEGATING_PREFIXES:
        for longer, shorter in ((typed, wanted), (wanted, typed)):
            if not longer.startswith(prefix) or len(longer) - len(prefix) < 4:
                continue
            if shorter.startswith(prefix):
                continue  # both have it: a slip elsewhere (inlichtingendiensen)
            rest = longer[len(prefix) :]
            allowed = max(1, typo_tolerance(len(shorter)))
            if OSA.distance(rest, shorter, score_cutoff=allowed) > allowed:
                continue
            if is_real_word(rest) or is_real_word(shorter):
                return True
    return False


def is_form_of(typed: str, wanted: str) -> bool:
    """Whether ``typed`` is a form of ``wanted``: its lemma, plural or a possessive ``-s``."""
    if typed in (wanted + "s", wanted + "'s") or wanted in (typed + "s", typed + "'s"):
        return True
    return lemma(typed) == lemma(wanted)


def is_real_word(word: str) -> bool:
    """Whether a Dutch dictionary knows ``word`` or Dutch text uses it often."""
    return _known(word) or is_common_word(word)


@lru_cache(maxsize=8192)
def is_common_word(word: str) -> bool:
    """Whether ``word`` is common in Dutch text and not merely English used in it."""
    from wordfreq import zipf_frequency  # lazy: see the module docstring

    dutch = max(zipf_frequency(word, "nl"), _accented_zipf().get(word, 0.0))
    if dutch < COMMON_ZIPF:
        return dutch >= DICTIONARY_ZIPF and _known(word)
    if dutch >= ENGLISH_IN_DUTCH_ZIPF:
        return True
    english = zipf_frequency(word, "en") > dutch + ENGLISH_MARGIN
    return not english or _known(word)


@lru_cache(maxsize=1)
def _accented_zipf() -> dict[str, float]:
    """Zipf frequencies of the Dutch words with accents, by their folded spelling.

    Answers are compared folded (``industriele``), and wordfreq knows ``industriële``: without
    this a common word written with a diaeresis would look rare and pass for a typo.
    """
    from wordfreq import get_frequency_dict  # lazy: see the module docstring

    found: dict[str, float] = {}
    for word, frequency in get_frequency_dict("nl", "best").items():
        if not word.isascii() and frequency > 0:
            folded = fold_for_answers(word)
            found[folded] = max(found.get(folded, 0.0), round(math.log10(frequency) + 9, 2))
    return found


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    """The dictionary form of a Dutch word (``militairen`` → ``militair``)."""
    import simplemma  # lazy: see the module docstring

    return str(simplemma.lemmatize(word, lang="nl")).casefold()


@lru_cache(maxsize=8192)
def _known(word: str) -> bool:
    import simplemma  # lazy: see the module docstring

    return bool(simplemma.is_known(word, lang="nl"))
