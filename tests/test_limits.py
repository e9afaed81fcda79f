"""The documented limits (README, docs/authoring.md): a bank and an article of at most 1 MiB each,
an article of at most 20,000 paragraphs, a bank of at most 10,000 questions. Beyond a limit the
file gets one clear, located error; within it, it loads. The over-size inputs are generated here,
in temporary folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bank_support import FIXTURES, HEAD, TF, edit, load

from quiz.bank import article as article_module
from quiz.bank.article import MAX_ARTICLE_BYTES, MAX_PARAGRAPHS, read_article
from quiz.bank.files import MAX_BANK_BYTES
from quiz.library import loader
from quiz.library.loader import MAX_QUESTIONS, load_bank


def test_the_limits_are_the_documented_ones() -> None:
    assert MAX_BANK_BYTES == MAX_ARTICLE_BYTES == 1024 * 1024
    assert MAX_PARAGRAPHS == 20_000
    assert MAX_QUESTIONS == 10_000
    root = Path(__file__).resolve().parent.parent
    for doc in (root / "README.md", root / "docs" / "authoring.md"):
        text = " ".join(doc.read_text(encoding="utf-8").split())  # lines rewrap
        assert "1 MiB" in text and "20,000 paragraphs" in text and "10,000 questions" in text


def test_an_article_over_the_paragraph_limit_is_one_located_error(tmp_path: Path) -> None:
    path = tmp_path / "lang.txt"
    # A blank line and a whitespace-only line count for nothing, as in the reading view.
    lines = ["Titel", "", "   "] + [f"Alinea {n}." for n in range(2, MAX_PARAGRAPHS + 2)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size < MAX_ARTICLE_BYTES  # refused for its paragraphs, not its size
    article, problems = read_article(path)
    assert article is None
    [problem] = problems
    assert problem.is_error
    assert problem.location.path == path
    assert (problem.location.line, problem.location.column) == (MAX_PARAGRAPHS + 3, 1)
    assert f"more than {MAX_PARAGRAPHS:,} paragraphs" in problem.message
    assert f"paragraph {MAX_PARAGRAPHS + 1:,} starts on line {MAX_PARAGRAPHS + 3:,}" in (
        problem.message
    )


@pytest.mark.parametrize(("paragraphs", "accepted"), [(3, True), (4, False)])
def test_the_paragraph_limit_counts_paragraphs_not_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paragraphs: int, accepted: bool
) -> None:
    monkeypatch.setattr(article_module, "MAX_PARAGRAPHS", 3)
    path = tmp_path / "kort.txt"
    body = "\n\n".join(["Titel", "De inleiding.", "Een alinea.", "Nog een alinea."][:paragraphs])
    path.write_text(body + "\n\n\n", encoding="utf-8")
    article, problems = read_article(path)
    if accepted:
        assert article is not None and len(article.paragraphs) == 3 and not problems
    else:
        assert article is None
        [problem] = problems
        assert problem.location.line == 7 and "more than 3 paragraphs" in problem.message


def test_a_bank_whose_article_is_over_the_limit_names_both(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "article.txt", tmp_path / "article.txt")
    with (tmp_path / "article.txt").open("a", encoding="utf-8") as handle:
        handle.write("Meer.\n" * MAX_PARAGRAPHS)
    bank = tmp_path / "bank.yaml"
    bank.write_text(HEAD + TF, encoding="utf-8")
    result = load_bank(bank)
    assert result.bank is None
    [problem] = result.errors
    assert problem.location.path == tmp_path / "article.txt"
    assert "paragraphs" in problem.message
    assert problem.hint is not None and f"{bank}:5:" in problem.hint  # the bank that uses it


def test_a_bank_over_the_question_limit_is_one_located_error(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "article.txt", tmp_path / "article.txt")
    bank = tmp_path / "bank.yaml"
    # Not checked one by one: past the limit the bank gets one error, not 10,001 reports.
    bank.write_text(HEAD + "  - {}\n" * (MAX_QUESTIONS + 1), encoding="utf-8")
    assert bank.stat().st_size < MAX_BANK_BYTES
    result = load_bank(bank)
    assert result.bank is None
    [problem] = result.errors
    assert problem.location.path == bank
    # HEAD's "questions:" is line 6, so question n is on line 6 + n.
    assert (problem.location.line, problem.location.column) == (6 + MAX_QUESTIONS + 1, 5)
    assert f"at most {MAX_QUESTIONS:,} questions" in problem.message
    assert f"has {MAX_QUESTIONS + 1:,}" in problem.message
    assert problem.hint == "split the questions over several banks"


@pytest.mark.parametrize(("count", "accepted"), [(2, True), (3, False)])
def test_a_bank_at_the_question_limit_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, accepted: bool
) -> None:
    monkeypatch.setattr(loader, "MAX_QUESTIONS", 2)
    questions = "".join(edit(TF, "id: q1", f"id: q{n}") for n in range(1, count + 1))
    result = load(tmp_path, HEAD + questions)
    if accepted:
        assert result.bank is not None and len(result.bank.questions) == 2
    else:
        assert result.bank is None
        [problem] = result.errors
        assert "at most 2 questions" in problem.message
        assert problem.location.line == 6 + 2 * 7 + 1  # the third question's first line
