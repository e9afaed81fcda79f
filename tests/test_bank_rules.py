"""One small broken bank per top-level and common-question rule of docs/SPEC-bank-format.md,
each expected to give its message at its line and column (see bank_support for the texts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bank_support import HEAD, MC, TF, Case, check, edit, load, top

from quiz.library.loader import load_bank

CASES = [
    # -- top level ----------------------------------------------------------------------------
    Case("top-list", "- id: mini\n- title: x\n", 1, 1, "a bank must be written as 'key: value'"),
    Case(
        "top-text",
        "just some text\n",
        1,
        1,
        "a bank must be written as 'key: value' lines, found text",
    ),
    Case("missing-level", top("level: B1\n", ""), 1, 1, "the bank is missing 'level'"),
    Case("unknown-top", top("title:", "titel:"), 2, 1, "unknown key 'titel'", "'title'"),
    Case("unknown-top-missing", top("title:", "tilte:"), 2, 1, "unknown key 'tilte'", "'title'"),
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
    Case(
        "not-mapping",
        HEAD + "  - just text\n",
        7,
        5,
        "question 1 must be written as 'key: value' lines",
    ),
    Case("missing-prompt", top("    prompt: Klopt het?\n", ""), 7, 5, "is missing 'prompt'"),
    Case("unknown-key", top("prompt:", "promt:"), 10, 5, "unknown key 'promt'", "'prompt'"),
    Case(
        "other-type-key",
        top("    explanation: Ja.\n", "    explanation: Ja.\n    choices: [a, b]\n"),
        14,
        5,
        "'choices' is not used in true_false question 'q1'",
        "it belongs to multiple_choice, multiple_select and cloze questions",
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
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(tmp_path: Path, case: Case) -> None:
    check(tmp_path, case)


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
    # inside the bank's folder: a path out of it is refused before it is looked for
    (sub / "bank.yaml").write_text(HEAD.replace("article.txt", "x/../x/art.txt") + TF, "utf-8")
    result = load_bank(sub / "bank.yaml")
    [d] = result.errors
    assert str(sub / "x" / ".." / "x" / "art.txt") in d.message
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
