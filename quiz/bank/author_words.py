"""What authors write instead of the bank format's own words, so a message can name the right one.

Banks use English keys and fixed values (``multiple_choice``, ``woordenschat``, ``noun``), but the
people who write them are Dutch teachers: they write ``vraag:`` for ``prompt:``, ``type: mc`` or
``type: meerkeuze``, ``pos: werkwoord``. A spelling-distance guess does not find those (or finds
a wrong one: ``waarom`` is close to ``waar``), so the usual other words are listed here. These
words are only ever used to suggest a fix; the bank still has to use the real word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

#: Other names for keys, by their folded form; a suggestion is made only where the key is valid.
KEY_SYNONYMS: dict[str, str] = {
    "titel": "title",
    "taal": "language",
    "niveau": "level",
    "artikel": "article",
    "bron": "source",
    "datum": "date",
    "personen": "people",
    "mensen": "people",
    "vragen": "questions",
    "woordenlijst": "vocabulary",
    "woorden": "vocabulary",
    "woordenschat": "vocabulary",
    "naam": "name",
    "rol": "role",
    "functie": "role",
    "bijnamen": "aliases",
    "alias": "aliases",
    "categorie": "category",
    "soort": "type",
    "vraag": "prompt",
    "question": "prompt",
    "opdracht": "prompt",
    "bewijs": "evidence",
    "citaat": "evidence",
    "quote": "evidence",
    "alinea": "paragraph",
    "paragraaf": "paragraph",
    "uitleg": "explanation",
    "toelichting": "explanation",
    "punten": "points",
    "score": "points",
    "keuzes": "choices",
    "opties": "choices",
    "options": "choices",
    "antwoord": "answer",
    "correct": "answer",
    "answers": "accept",
    "ook_goed": "accept",
    "accepteer": "accept",
    "volgorde": "items",
    "onderdelen": "items",
    "paren": "pairs",
    "koppels": "pairs",
    "links": "left",
    "rechts": "right",
    "woord": "word",
    "woordsoort": "pos",
    "part_of_speech": "pos",
    "lidwoord": "de_het",
    "article_word": "de_het",
    "betekenis": "gloss",
    "vertaling": "gloss",
    "translation": "gloss",
    "meaning": "gloss",
}

_POS = {
    "noun": "zelfstandig naamwoord, znw, zn, n, substantief, naamwoord",
    "verb": "werkwoord, ww, v",
    "adjective": "bijvoeglijk naamwoord, bnw, bn, adj",
    "adverb": "bijwoord, bw, adv",
    "preposition": "voorzetsel, vz, prep",
    "conjunction": "voegwoord, vw, conj",
    "pronoun": "voornaamwoord, vnw, pron",
    "numeral": "telwoord, tw, num, number",
    "expression": "uitdrukking, zegswijze, idioom, idiom, phrase, uitdr",
}


def synonym_table(meaning: Mapping[str, str]) -> dict[str, str]:
    """``{"verb": "werkwoord, ww"}`` turned round: each other word (written in its
    :func:`plain_form`) to the value it stands for."""
    return {word.strip(): value for value, words in meaning.items() for word in words.split(",")}


#: Other words for fixed values, by key and then by :func:`plain_form`. The question kinds' other
#: names are not here: each kind lists its own (see :mod:`quiz.kinds.registry`).
VALUE_SYNONYMS: dict[str, dict[str, str]] = {
    "category": synonym_table(
        {
            "wie": "who, persoon, personen",
            "wanneer": "when, tijd, datum",
            "waar": "where, plaats, locatie",
            "wat": "what, waarom, why, hoe, how, hoeveel",
            "woordenschat": "vocabulary, vocab, woorden, woordenlijst, words, woord",
        }
    ),
    "language": synonym_table({"nl": "nederlands, dutch, nl nl, nl be, nld, dut, ned, vlaams"}),
    "pos": synonym_table(_POS),
}


def plain_form(word: str) -> str:
    """Lower case, with runs of spaces, ``_``, ``-`` and ``/`` as one space."""
    return re.sub(r"[\s_\-/]+", " ", word.casefold()).strip()


def meant_value(key: str, value: str, synonyms: Mapping[str, str] | None = None) -> str | None:
    """The fixed value an author most likely meant by ``value`` under ``key``, if listed: in
    ``synonyms`` when given (a :func:`synonym_table`), else in :data:`VALUE_SYNONYMS`."""
    table = VALUE_SYNONYMS.get(key, {}) if synonyms is None else synonyms
    form = plain_form(value)
    return table.get(form) or table.get(form.replace(" ", ""))


def meant_key(key: str) -> str | None:
    """The key an author most likely meant by ``key`` (``vraag`` → ``prompt``), if listed."""
    return KEY_SYNONYMS.get(key.casefold().replace("-", "_").replace(" ", "_"))
