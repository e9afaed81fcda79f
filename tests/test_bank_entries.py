"""One small broken bank per vocabulary rule of docs/SPEC-bank-format.md and per rule about a
bank's questions as a whole, and the variations the rules must accept (see bank_support for the
texts). Each question kind's own rules are tested with the kind, in tests/kinds/."""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_support import HEAD, TF, VOCAB, Case, check, edit, load

from quiz.diagnostics import Severity

CASES = [
    Case(
        "unlinked-body",
        HEAD + TF,
        6,
        1,
        "body paragraphs 3, 4 and 6 have no question",
        severity=Severity.WARNING,
    ),
    # -- vocabulary ---------------------------------------------------------------------------
    Case(
        "word-absent",
        HEAD + TF + VOCAB.replace("word: springplank", "word: plank"),
        15,
        11,
        "the word 'plank' does not occur in its evidence",
    ),
    Case(
        "noun-no-article",
        HEAD + TF + VOCAB.replace("    de_het: de\n", ""),
        15,
        5,
        "is a noun and needs 'de_het: de' or 'de_het: het'",
    ),
    Case(
        "verb-article",
        HEAD + TF + VOCAB.replace("pos: noun", "pos: verb"),
        18,
        5,
        "'de_het' is only for nouns; vocabulary entry 'springplank' is a verb",
    ),
    Case(
        "bad-article",
        HEAD + TF + VOCAB.replace("de_het: de", "de_het: des"),
        18,
        13,
        "'de_het' must be one of de, het",
    ),
    Case("pos", HEAD + TF + VOCAB.replace("pos: noun", "pos: nown"), 17, 10, "'pos'", "'noun'"),
    Case(
        "vocab-evidence-list",
        HEAD + TF + VOCAB.replace("evidence: De", "evidence:\n      - De"),
        21,
        7,
        "must be one quote, not a list",
    ),
    Case(
        "vocab-evidence-typo",
        HEAD + TF + VOCAB.replace("gebruikten", "gebruiken"),
        20,
        15,
        "evidence not found",
    ),
    Case(
        "vocab-lemma-twice",
        HEAD + TF + VOCAB + VOCAB.removeprefix("vocabulary:\n"),
        22,
        12,
        "duplicate id 'v-springplank' (made from the lemma), first used at line 16",
    ),
    Case(
        "vocab-question-id",
        HEAD + TF + VOCAB.replace("  - word:", "  - id: q1\n    word:"),
        15,
        9,
        "duplicate id 'q1', first used at line 7",
    ),
    Case(
        "vocab-missing-gloss",
        HEAD + TF + VOCAB.replace("    gloss: springboard\n", ""),
        15,
        5,
        "vocabulary entry 'springplank' is missing 'gloss'",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("", "", id="as-is"),
        pytest.param("answer: juist", "answer: Onjuist", id="answer-case"),
        pytest.param(
            "evidence: Belarus werd in 1991",
            "evidence: belarus  WERD in\n      1991",
            id="case-and-spaces",
        ),
        pytest.param(
            "evidence: Belarus werd in 1991 een onafhankelijk land",
            "evidence: “Loekasjenko ziet zijn eigen land",
            id="typographic-quote",
        ),
        pytest.param("    answer:", "    points: '3'\n    answer:", id="quoted-points"),
        pytest.param("    answer:", "    paragraph: '8'\n    answer:", id="quoted-paragraph"),
    ],
)
def test_accepted_variations(tmp_path: Path, old: str, new: str) -> None:
    result = load(tmp_path, edit(HEAD + TF, old, new) if old else HEAD + TF)
    assert result.errors == (), [d.format() for d in result.errors]
    assert result.ok


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("springplank", True),
        ("Springplank", True),
        ("als springplank", True),
        ("Russen", True),
        ("plank", False),
        ("springplan", False),
        ("springplanken", False),
    ],
)
def test_vocabulary_word_must_be_whole_words(tmp_path: Path, word: str, ok: bool) -> None:
    result = load(tmp_path, HEAD + TF + VOCAB.replace("word: springplank", f"word: {word}"))
    assert result.ok is ok, [d.format() for d in result.errors]
