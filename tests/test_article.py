"""Paragraph numbering, classification and quote finding on the real article and on edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.domain.article import MAX_ARTICLE_BYTES, find_quote, parse_article, read_article
from quiz.domain.model import ParagraphKind

ROOT = Path(__file__).resolve().parent.parent
FIRST_ARTICLE = ROOT / "questions" / "000_dac0a1bfa62107c7.txt"

T, L, S, P, B = (
    ParagraphKind.TITLE,
    ParagraphKind.LEAD,
    ParagraphKind.SUBHEADING,
    ParagraphKind.PULL_QUOTE,
    ParagraphKind.BODY,
)


def test_first_article_paragraphs_are_numbered_and_classified() -> None:
    article, problems = read_article(FIRST_ARTICLE)
    assert problems == []
    assert article is not None
    kinds = [p.kind for p in article.paragraphs]
    assert kinds == [T, L, B, B, S, B, B, S, B, B, B, P, S, B, B, S, B, B]
    assert [p.number for p in article.paragraphs] == list(range(1, 19))
    assert article.paragraph(5).text == "Springplank voor Poetin"
    assert article.body_numbers == (3, 4, 6, 7, 9, 10, 11, 14, 15, 17, 18)
    assert article.title.startswith("Poetins Belarussische handlanger in spagaat")


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    return path


def test_crlf_bom_blank_lines_and_trailing_spaces_are_tolerated(tmp_path: Path) -> None:
    text = (
        "\ufeffTitel van het stuk  \r\n\r\nDe lead staat hier.\r\n"
        "   \r\nTussenkop\r\nEen zin.\t\r\n"
    )
    article, problems = read_article(write(tmp_path, text.encode("utf-8")))
    assert problems == []
    assert article is not None
    assert [(p.number, p.kind, p.text, p.line) for p in article.paragraphs] == [
        (1, T, "Titel van het stuk", 1),
        (2, L, "De lead staat hier.", 3),
        (3, S, "Tussenkop", 5),
        (4, B, "Een zin.", 6),
    ]


@pytest.mark.parametrize(
    ("data", "line", "column", "words"),
    [
        (b"", 1, 1, "empty"),
        (b"\n  \n\n", 1, 1, "empty"),
        (b"Titel\nlead\x00binary", 2, 5, "binary"),
        (b"Titel\nOek\xe9ra\xefne\n", 2, 4, "UTF-8"),
        ("Titel\n".encode("utf-16"), 1, 1, "UTF-16"),
    ],
)
def test_unreadable_articles_give_one_located_error(
    tmp_path: Path, data: bytes, line: int, column: int, words: str
) -> None:
    article, problems = read_article(write(tmp_path, data))
    assert article is None
    assert len(problems) == 1
    assert (problems[0].location.line, problems[0].location.column) == (line, column)
    assert words in problems[0].message


def test_missing_and_oversized_articles(tmp_path: Path) -> None:
    article, problems = read_article(tmp_path / "nope.txt")
    assert article is None and "not found" in problems[0].message
    big = write(tmp_path, b"x" * (MAX_ARTICLE_BYTES + 1))
    article, problems = read_article(big)
    assert article is None and "limit" in problems[0].message


def test_pull_quote_needs_a_repeat_elsewhere() -> None:
    text = (
        "Titel\n"
        "Een lead die iets zegt.\n"
        '"Dit is een citaat dat nergens anders staat."\n'
        'Hij zei: "Wij willen vrede en rust in het land." Daarna ging hij weg.\n'
        '"Wij willen vrede in het land."\n'
    )
    article = parse_article(text, Path("a.txt"))
    assert [p.kind for p in article.paragraphs] == [T, L, B, B, P]


def test_find_quote_forgives_quotes_dashes_case_and_spacing() -> None:
    article, _ = read_article(FIRST_ARTICLE)
    assert article is not None
    quote = "“poetin  is absoluut FIT, hij is fitter dan ooit."
    spans = find_quote(article, quote)
    assert len(spans) == 1
    span = spans[0]
    assert span.paragraph == 10
    original = article.paragraph(10).text[span.start : span.end]
    assert original == '"Poetin is absoluut fit, hij is fitter dan ooit.'
    dash = find_quote(article, "Sovjet-staten - met hemzelf")
    assert [s.paragraph for s in dash] == [9]
    assert article.paragraph(9).text[dash[0].start : dash[0].end] == "Sovjet-staten – met hemzelf"


def test_find_quote_returns_every_paragraph_and_nothing_for_empty() -> None:
    article, _ = read_article(FIRST_ARTICLE)
    assert article is not None
    assert {
        s.paragraph for s in find_quote(article, "Poetin wil Loekasjenko compleet domineren")
    } == {
        2,
        11,
    }
    assert find_quote(article, "   ") == []
    assert find_quote(article, "Amsterdamse grachten") == []
