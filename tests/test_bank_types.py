"""One small broken bank per question-type and vocabulary rule of docs/SPEC-bank-format.md,
and the variations the rules must accept (see bank_support for the texts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_support import CLOZE, HEAD, MC, TF, VOCAB, Case, check, edit, load, top

from quiz.diagnostics import Severity

CASES = [
    # -- per type -----------------------------------------------------------------------------
    Case(
        "tf-other",
        top("answer: juist", "answer: misschien"),
        12,
        13,
        "must be 'juist' or 'onjuist', not 'misschien'",
        "write juist or onjuist",
    ),
    Case(
        "mc-answer",
        edit(HEAD + MC, "answer: Belarus", "answer: belarus"),
        13,
        13,
        "the answer 'belarus' is not one of the choices",
        "the closest choice is 'Belarus'",
    ),
    Case(
        "mc-dup",
        edit(HEAD + MC, "Litouwen]", "Belarus]"),
        12,
        31,
        "duplicate entry 'Belarus' in 'choices'",
        "same as line 12",
    ),
    Case(
        "mc-one",
        edit(HEAD + MC, "[Belarus, Polen, Litouwen]", "[Belarus]"),
        12,
        14,
        "must have 2 to 6 entries, found 1",
    ),
    Case(
        "mc-seven",
        edit(HEAD + MC, "Litouwen]", "Litouwen, a, b, c, d]"),
        12,
        14,
        "must have 2 to 6 entries, found 7",
    ),
    Case(
        "mc-text",
        edit(HEAD + MC, "[Belarus, Polen, Litouwen]", "Belarus"),
        12,
        14,
        "'choices' in multiple_choice question 'q1' must be a list",
    ),
    Case(
        "mc-missing-answer",
        edit(HEAD + MC, "    answer: Belarus\n", ""),
        7,
        5,
        "is missing 'answer'",
    ),
    Case(
        "cloze-no-gap", edit(HEAD + CLOZE, "___", "1991"), 11, 11, "exactly one gap '___', found 0"
    ),
    Case("cloze-two-gaps", edit(HEAD + CLOZE, "een", "___"), 11, 11, "found 2"),
    Case("cloze-long-gap", edit(HEAD + CLOZE, "___", "_____"), 11, 11, "exactly three underscores"),
    Case(
        "cloze-not-found",
        edit(HEAD + CLOZE, '"1991"', '"1992"'),
        11,
        11,
        "the cloze text with the answer filled in is not found",
        "paragraph 8",
    ),
    Case(
        "cloze-choices",
        edit(HEAD + CLOZE, "    explanation", "    choices: [1990, 1992]\n    explanation"),
        12,
        13,
        "not one of the choices",
    ),
    Case(
        "cloze-evidence-elsewhere",
        edit(
            HEAD + CLOZE,
            "    explanation",
            "    evidence: De Russen gebruikten Belarus\n    explanation",
        ),
        12,
        13,
        "the answer '1991' does not occur in the evidence",
        severity=Severity.WARNING,
    ),
    Case(
        "ordering-two",
        edit(HEAD + TF, "true_false", "ordering").replace("answer: juist", "items: [a, b]"),
        12,
        12,
        "must have 3 to 6 entries, found 2",
    ),
    Case(
        "ordering-dup",
        edit(HEAD + TF, "true_false", "ordering").replace("answer: juist", "items: [a, b, A]"),
        12,
        19,
        "duplicate entry 'A'",
    ),
    Case(
        "matching-one",
        edit(HEAD + TF, "true_false", "matching").replace(
            "answer: juist", "pairs:\n      - {left: a, right: b}"
        ),
        13,
        7,
        "must have 2 to 6 pairs, found 1",
    ),
    Case(
        "matching-dup-left",
        edit(HEAD + TF, "true_false", "matching").replace(
            "answer: juist", "pairs:\n      - {left: a, right: b}\n      - {left: a, right: c}"
        ),
        14,
        16,
        "duplicate left 'a'",
        "same as line 13",
    ),
    Case(
        "matching-dup-right",
        edit(HEAD + TF, "true_false", "matching").replace(
            "answer: juist", "pairs:\n      - {left: a, right: b}\n      - {left: c, right: b}"
        ),
        14,
        26,
        "duplicate right 'b'",
    ),
    Case(
        "matching-key",
        edit(HEAD + TF, "true_false", "matching").replace(
            "answer: juist", "pairs:\n      - {left: a, rigth: b}\n      - {left: c, right: d}"
        ),
        13,
        19,
        "unknown key 'rigth'",
        "'right'",
    ),
    Case(
        "short-not-present",
        edit(HEAD + TF, "true_false", "short_answer").replace(
            "answer: juist", "answer: in het jaar 1991"
        ),
        12,
        13,
        "the answer 'in het jaar 1991' does not occur in the evidence paragraph",
        severity=Severity.WARNING,
    ),
    Case(
        "accept-text",
        edit(HEAD + TF, "true_false", "short_answer").replace(
            "answer: juist", "answer: '1991'\n    accept: 1991"
        ),
        13,
        13,
        "'accept'",
    ),
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


@pytest.mark.parametrize("word", ["true", "false", "yes", "no", "ja", "nee", "waar", "on", "y"])
def test_true_false_answer_yaml_booleans(tmp_path: Path, word: str) -> None:
    result = load(tmp_path, edit(HEAD + TF, "answer: juist", f"answer: {word}"))
    [d] = result.errors
    assert (d.location.line, d.location.column) == (12, 13)
    assert f"not '{word}'" in d.message
    assert d.hint is not None and "write juist or onjuist" in d.hint


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
