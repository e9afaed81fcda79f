"""Paragraph numbering, classification and quote finding on the real article and on edge cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.bank.article import MAX_ARTICLE_BYTES, find_quote, parse_article, read_article
from quiz.core.model import ParagraphKind

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


ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("dijk.txt", [T, L, B, S, B, B, S, B, B, P, S, B, B]),
        # typographic quotes; pull quotes in ‘…’ and as “…” – Name
        ("bibliotheek.txt", [T, L, B, B, S, B, B, P, B, S, B, P, B, B]),
        ("trein.txt", [T, L, B, B, B, B, B, B]),  # no subheadings, no pull quote
        # BOM, CRLF, a blank line between paragraphs, question subheadings, list-like lines
        ("energietoeslag.txt", [T, L, B, S, B, S, B, B, B, B, B, S, B, B, B]),
    ],
)
def test_other_real_article_shapes_are_classified(name: str, kinds: list[ParagraphKind]) -> None:
    article, problems = read_article(ARTICLES / name)
    assert problems == []
    assert article is not None
    assert [p.kind for p in article.paragraphs] == kinds


def test_the_crlf_fixture_really_has_a_bom_crlf_and_blank_lines() -> None:
    data = (ARTICLES / "energietoeslag.txt").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n\r\n" in data
    article, _ = read_article(ARTICLES / "energietoeslag.txt")
    assert article is not None
    assert article.title == "Energietoeslag komt terug voor 1,5 miljoen huishoudens"
    assert article.paragraph(12).text == "Wat nu?" and article.paragraph(12).line == 23


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (["Wat nu?", "Een lange alinea die erop volgt."], S),
        (["Wie krijgt het?", "Je komt in aanmerking als:"], S),
        (["Wat betekent dit nu precies voor al die gezinnen?", "Een alinea."], B),  # too long
        (["Waarom? Omdat het moet?", "Een alinea."], B),  # two sentences
        (['"Wat nu?"', "Een alinea."], B),  # someone said it
        (["Hoe kan dat?", "En waarom nu?"], B),  # a run of questions is the text's own
    ],
)
def test_short_question_lines_head_what_follows(lines: list[str], kind: ParagraphKind) -> None:
    text = "Titel\nDe lead van het stuk.\nEen alinea.\n" + "\n".join(lines) + "\nSlot.\n"
    article = parse_article(text, Path("a.txt"))
    assert article.paragraph(4).kind is kind


def test_a_question_is_never_the_lead_or_the_last_line() -> None:
    article = parse_article("Titel\nWat nu?\nEen alinea.\nEn nu?\n", Path("a.txt"))
    assert [p.kind for p in article.paragraphs] == [T, L, B, B]


@pytest.mark.parametrize(
    "pull",
    [
        "“Een bus is beter dan niets” – Fatima El Amrani",
        '"Een bus is beter dan niets" - El Amrani',
        "‘Een bus is beter dan niets.’ — El Amrani",
        '"Een bus is beter dan niets" (El Amrani)',
    ],
)
def test_pull_quote_may_carry_an_attribution(pull: str) -> None:
    text = f"Titel\nLead.\nZe zegt: “Een bus is beter dan niets, echt waar.”\n{pull}\n"
    assert parse_article(text, Path("a.txt")).paragraph(4).kind is P


def test_a_long_tail_after_a_quote_is_no_attribution() -> None:
    text = (
        "Titel\nLead.\nZe zegt: “Een bus is beter dan niets.”\n"
        "“Een bus is beter dan niets” - zegt ze over de bus en nog veel meer\n"
    )
    assert parse_article(text, Path("a.txt")).paragraph(4).kind is B


def test_of_two_identical_quote_lines_only_the_later_is_the_pull_quote() -> None:
    text = 'Titel\nLead.\n"Het resultaat mag er zijn."\nMeer tekst.\n"Het resultaat mag er zijn."\n'
    kinds = [p.kind for p in parse_article(text, Path("a.txt")).paragraphs]
    assert kinds == [T, L, B, B, P]


def test_only_line_feeds_end_a_paragraph() -> None:
    text = "Titel\nEen lead\u2028die doorloopt.\nTekst\fmet een paginawissel.\n"
    article = parse_article(text, Path("a.txt"))
    assert [p.text for p in article.paragraphs] == [
        "Titel",
        "Een lead die doorloopt.",
        "Tekst met een paginawissel.",
    ]


@pytest.mark.parametrize(
    ("data", "line", "column", "words"),
    [
        ("Titel\nLead.\n".encode("utf-16-le"), 1, 1, "UTF-16"),  # without a byte-order mark
        (b"Titel\nLead \x1b[2Jhier.\n", 2, 6, "control character U+001B"),
        (b"Titel\nOekra\xefne\n", 2, 6, "Windows-1252"),
    ],
)
def test_more_unreadable_articles(
    tmp_path: Path, data: bytes, line: int, column: int, words: str
) -> None:
    article, problems = read_article(write(tmp_path, data))
    assert article is None and len(problems) == 1
    problem = problems[0]
    assert (problem.location.line, problem.location.column) == (line, column)
    assert words in problem.format()


def test_article_folder_and_link_loop(tmp_path: Path) -> None:
    _, folder = read_article(tmp_path)
    assert "folder" in folder[0].message
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    _, looped = read_article(loop)
    assert "link that leads to no file" in looped[0].message
