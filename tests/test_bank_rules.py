"""One small broken bank per rule of docs/SPEC-bank-format.md, each expected to give its message
at its line and column. The banks are written next to a copy of the mini article
(tests/fixtures/mini/article.txt: 8 paragraphs; body paragraphs are 3, 4, 6 and 8; 7 is a pull
quote repeating part of 6)."""

from __future__ import annotations

import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from quiz.domain.bank_loader import LoadResult, load_bank
from quiz.domain.diagnostics import Severity

FIXTURES = Path(__file__).parent / "fixtures" / "mini"

HEAD = """\
id: mini
title: Mini
language: nl
level: B1
article: article.txt
questions:
"""  # ``questions:`` is line 6; the first question starts on line 7, its keys in column 5

TF = """\
  - id: q1
    category: wat
    type: true_false
    prompt: Klopt het?
    evidence: Belarus werd in 1991 een onafhankelijk land
    answer: juist
    explanation: Ja.
"""  # lines 7-13

MC = """\
  - id: q1
    category: wat
    type: multiple_choice
    prompt: Waar?
    evidence: De Russen gebruikten Belarus als springplank
    choices: [Belarus, Polen, Litouwen]
    answer: Belarus
    explanation: Ja.
"""  # lines 7-14

CLOZE = """\
  - id: q1
    category: wanneer
    type: cloze
    prompt: Vul in.
    text: Belarus werd in ___ een onafhankelijk land
    answer: "1991"
    explanation: Ja.
"""  # lines 7-13

VOCAB = """\
vocabulary:
  - word: springplank
    lemma: springplank
    pos: noun
    de_het: de
    gloss: springboard
    evidence: De Russen gebruikten Belarus als springplank
"""  # after HEAD + TF: lines 14-20


def load(tmp_path: Path, text: str) -> LoadResult:
    shutil.copy(FIXTURES / "article.txt", tmp_path / "article.txt")
    bank = tmp_path / "bank.yaml"
    bank.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_bank(bank)


def edit(base: str, old: str, new: str) -> str:
    assert old in base, old
    return base.replace(old, new, 1)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    line: int
    column: int
    message: str
    hint: str | None = None
    severity: Severity = Severity.ERROR


def top(old: str, new: str) -> str:
    return edit(HEAD + TF, old, new)


CASES = [
    # -- top level ----------------------------------------------------------------------------
    Case("top-list", "- id: mini\n- title: x\n", 1, 1, "a bank must be a mapping of keys"),
    Case("top-text", "just some text\n", 1, 1, "a bank must be a mapping of keys, found text"),
    Case("missing-level", top("level: B1\n", ""), 1, 1, "the bank is missing 'level'"),
    Case("unknown-top", top("title:", "titel:"), 2, 1, "unknown key 'titel'", "'title'"),
    Case("unknown-top-missing", top("title:", "titel:"), 1, 1, "the bank is missing 'title'"),
    Case("language", top("language: nl", "language: en"), 3, 11, "'language' must be one of nl"),
    Case("level", top("level: B1", "level: b1"), 4, 8, "'level' must be one of A1", "'B1'"),
    Case("bank-slug", top("id: mini", "id: Mini Bank"), 1, 5, "must be a slug", "'mini-bank'"),
    Case("title-empty", top("title: Mini", "title: ''"), 2, 8, "'title' in the bank has no value"),
    Case("date-unreal", top("level: B1\n", "level: B1\ndate: 2022-02-30\n"), 5, 7, "real date"),
    Case("date-format", top("level: B1\n", "level: B1\ndate: 25-02-2022\n"), 5, 7, "yyyy-mm-dd"),
    Case("article-missing", top("article.txt", "nope.txt"), 5, 10, "article file not found"),
    Case("questions-empty", HEAD.replace("questions:", "questions: []"), 6, 12, "is empty"),
    Case("questions-text", HEAD.replace("questions:", "questions: x"), 6, 12, "must be a list"),
    Case(
        "person-twice",
        top(
            "questions:",
            "people:\n  - {name: Kemper, role: a}\n  - {name: Kemper, role: b}\nquestions:",
        ),
        8,
        12,
        "person 'Kemper' is listed twice (first at line 7)",
    ),
    Case(
        "person-no-role",
        top("questions:", "people:\n  - name: Kemper\nquestions:"),
        7,
        5,
        "person 1 is missing 'role'",
    ),
    Case(
        "person-aliases",
        top("questions:", "people:\n  - {name: Kemper, role: a, aliases: K}\nquestions:"),
        7,
        38,
        "'aliases' of person 1 must be a list",
    ),
    # -- common question keys -----------------------------------------------------------------
    Case("not-mapping", HEAD + "  - just text\n", 7, 5, "question 1 must be a mapping"),
    Case("missing-prompt", top("    prompt: Klopt het?\n", ""), 7, 5, "is missing 'prompt'"),
    Case("unknown-key", top("prompt:", "promt:"), 10, 5, "unknown key 'promt'", "'prompt'"),
    Case(
        "other-type-key",
        top("    explanation: Ja.\n", "    explanation: Ja.\n    choices: [a, b]\n"),
        14,
        5,
        "'choices' is not used in true_false question 'q1'",
        "it belongs to multiple_choice and cloze questions",
    ),
    Case("type", top("true_false", "truefalse"), 9, 11, "'type' must be one of", "'true_false'"),
    Case("category", top("category: wat", "category: wiee"), 8, 15, "'category'", "'wie'"),
    Case("id-slug", top("id: q1", "id: Q 1"), 7, 9, "must be a slug", "'q-1'"),
    Case("id-twice", HEAD + TF + TF, 14, 9, "duplicate id 'q1', first used at line 7"),
    Case(
        "prompt-list",
        top("prompt: Klopt het?", "prompt: [a]"),
        10,
        13,
        "must be text, found a list",
    ),
    Case("prompt-null", top("prompt: Klopt het?", "prompt: ~"), 10, 13, "'prompt' in true_false"),
    Case(
        "points-word",
        top("    answer:", "    points: many\n    answer:"),
        12,
        13,
        "'points' in true_false question 'q1' must be a whole number, found 'many'",
    ),
    Case(
        "points-zero", top("    answer:", "    points: 0\n    answer:"), 12, 13, "must be 1 or more"
    ),
    Case("points-frac", top("    answer:", "    points: 1.5\n    answer:"), 12, 13, "whole number"),
    Case(
        "points-huge",
        top("    answer:", f"    points: {'9' * 5000}\n    answer:"),
        12,
        13,
        "whole number",
    ),
    Case(
        "paragraph-range",
        top("    answer:", "    paragraph: 99\n    answer:"),
        12,
        16,
        "paragraph 99 does not exist",
        "the article has 8 paragraphs",
    ),
    Case(
        "paragraph-word",
        top("    answer:", "    paragraph: acht\n    answer:"),
        12,
        16,
        "whole number",
    ),
    Case(
        "paragraph-wrong",
        top("    answer:", "    paragraph: 4\n    answer:"),
        12,
        16,
        "is in paragraph 8, not 4",
    ),
    Case(
        "paragraph-extra",
        top("    answer:", "    paragraph: [8, 4]\n    answer:"),
        12,
        20,
        "paragraph 4 is given but no evidence is found there",
    ),
    Case(
        "evidence-typo",
        top("in 1991 een", "in 1991 eenn"),
        11,
        15,
        "evidence not found in the article",
        "the closest text is in paragraph 8",
    ),
    Case(
        "evidence-unknown",
        top("Belarus werd in 1991 een onafhankelijk land", "Xyzzy"),
        11,
        15,
        "evidence not found in the article",
        "copy the words exactly",
    ),
    Case(
        "evidence-ambiguous",
        top("Belarus werd in 1991 een onafhankelijk land", "Belarus"),
        11,
        15,
        "is found in paragraphs 3, 4 and 8",
        "add 'paragraph:'",
    ),
    Case(
        "evidence-mapping",
        top("evidence: Belarus werd", "evidence: {a: b}\n    x: Belarus werd"),
        11,
        15,
        "'evidence' in true_false question 'q1' must be text",
    ),
    Case(
        "evidence-empty-list",
        top("evidence: Belarus werd in 1991 een onafhankelijk land", "evidence: []"),
        11,
        15,
        "is an empty list",
    ),
    Case(
        "no-evidence",
        top("    evidence: Belarus werd in 1991 een onafhankelijk land\n", ""),
        7,
        5,
        "is missing 'evidence'",
    ),
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
    result = load(tmp_path, case.text)
    found = [
        d
        for d in result.diagnostics
        if case.message in d.message
        and d.severity is case.severity
        and d.location.path == tmp_path / "bank.yaml"
    ]
    assert found, "\n".join(d.format() for d in result.diagnostics)
    d = found[0]
    assert (d.location.line, d.location.column) == (case.line, case.column), d.format()
    if case.hint is not None:
        assert d.hint is not None and case.hint in d.hint, d.format()
    if case.severity is Severity.ERROR:
        assert result.bank is None and not result.ok
    assert "internal error" not in " ".join(x.message for x in result.diagnostics)


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


def test_article_problems_are_reported_in_the_article(tmp_path: Path) -> None:
    result = load(tmp_path, HEAD + TF)
    (tmp_path / "article.txt").write_bytes(b"Titel\nkapot \xff\n")
    result = load_bank(tmp_path / "bank.yaml")
    assert not result.ok
    [d] = result.errors
    assert d.location.path == tmp_path / "article.txt"
    assert (d.location.line, d.location.column) == (2, 7)


def test_missing_article_names_the_resolved_path(tmp_path: Path) -> None:
    sub = tmp_path / "banks"
    sub.mkdir()
    (sub / "bank.yaml").write_text(HEAD.replace("article.txt", "../x/art.txt") + TF, "utf-8")
    result = load_bank(sub / "bank.yaml")
    [d] = result.errors
    assert str(sub / ".." / "x" / "art.txt") in d.message
    assert (d.location.line, d.location.column) == (5, 10)


def test_all_problems_are_reported_in_one_pass(tmp_path: Path) -> None:
    text = edit(HEAD + TF + MC.replace("id: q1", "id: q2"), "answer: juist", "answer: yes")
    text = edit(text, "answer: Belarus", "answer: Polen!")
    text = edit(text, "level: B1", "level: Z9")
    result = load(tmp_path, text)
    lines = [d.location.line for d in result.errors]
    assert lines == [4, 12, 20]
    assert lines == sorted(lines)


def test_checks_that_need_a_failed_value_are_skipped(tmp_path: Path) -> None:
    # With the article missing, evidence cannot be checked: only the article error is reported.
    result = load(
        tmp_path,
        edit(HEAD + TF, "article.txt", "missing.txt").replace(
            "Belarus werd in 1991", "Niet in het artikel"
        ),
    )
    assert [d.message.split(":")[0] for d in result.errors] == ["article file not found"]
