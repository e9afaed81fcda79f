"""Shared by the bank rule tests: tiny bank texts with known line numbers, and the check that a
rule gave its message at its place. The banks are written next to a copy of the mini article
(tests/fixtures/mini/article.txt: 8 paragraphs; body paragraphs are 3, 4, 6 and 8; 7 is a pull
quote repeating part of 6)."""

from __future__ import annotations

import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

from quiz.diagnostics import Severity
from quiz.library.loader import LoadResult, load_bank

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


def check(tmp_path: Path, case: Case) -> None:
    """The case's message is reported at its line and column (and with its hint)."""
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
