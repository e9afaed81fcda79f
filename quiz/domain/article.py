"""Reading an article file into numbered, classified paragraphs, and finding quotes in it.

An article arrives as published: one paragraph per line, with a title, a lead, body paragraphs,
short subheadings and perhaps a pull quote that repeats a quote from the body. The numbers given
here are the ones learners see and questions link to, so they count non-blank lines only: a
stray blank line in the file must not shift every link after it.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from quiz.domain.diagnostics import Diagnostic, error
from quiz.domain.model import Article, Paragraph, ParagraphKind, Span
from quiz.domain.text import find_all, fold

#: Articles are plain text; anything larger is certainly not one (and is refused before reading).
MAX_ARTICLE_BYTES = 1024 * 1024

# A subheading is a short line that does not end like a sentence.
_SUBHEADING_MAX_WORDS = 8
_SENTENCE_END = tuple(".!?:;…'\"’”»)")
_OPENING_QUOTES = "'\"‘‚“„«"
_CLOSING_QUOTES = "'\"’”»"
# Share of a pull quote's words that must occur in one other paragraph for it to count as a repeat.
_PULL_QUOTE_OVERLAP = 0.75
_WORD = re.compile(r"\w+")


def read_article(path: Path) -> tuple[Article | None, list[Diagnostic]]:
    """Load ``path``; on any problem return ``None`` and located errors, never raise."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None, [error(path, 1, 1, "article file not found", "check the file name")]
    except OSError as exc:
        return None, [error(path, 1, 1, f"cannot read article: {exc.strerror or exc}")]
    if not path.is_file():
        return None, [error(path, 1, 1, "article path is not a file")]
    if size > MAX_ARTICLE_BYTES:
        return None, [
            error(
                path,
                1,
                1,
                f"article is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,}",
                "an article is plain text of a few pages",
            )
        ]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [error(path, 1, 1, f"cannot read article: {exc.strerror or exc}")]
    text, problem = decode_text(data, path)
    if problem is not None:
        return None, [problem]
    article = parse_article(text, path)
    if not article.paragraphs:
        return None, [error(path, 1, 1, "article is empty", "write one paragraph per line")]
    return article, []


def decode_text(data: bytes, path: Path) -> tuple[str, Diagnostic | None]:
    """UTF-8 (with or without BOM) or a located error; binary files are named as such."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", error(path, 1, 1, "this file is UTF-16 text", "save it as UTF-8")
    nul = data.find(b"\x00")
    if nul != -1:
        line, column = _position(data, nul)
        return "", error(
            path,
            line,
            column,
            "this is a binary file, not text",
            "save it as plain UTF-8 text",
        )
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        return "", error(
            path,
            line,
            column,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            "save the file as UTF-8",
        )


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def parse_article(text: str, path: Path) -> Article:
    """Number the non-blank lines and tell title, lead, subheadings, pull quotes and body apart."""
    lines: list[tuple[int, str]] = []
    for line_number, raw in enumerate(text.splitlines(), start=1):
        cleaned = unicodedata.normalize("NFC", raw).strip()
        if cleaned:
            lines.append((line_number, cleaned))
    texts = [t for _, t in lines]
    paragraphs = tuple(
        Paragraph(number, _classify(number, texts), line_text, line_number)
        for number, (line_number, line_text) in enumerate(lines, start=1)
    )
    return Article(path=path, paragraphs=paragraphs)


def _classify(number: int, texts: list[str]) -> ParagraphKind:
    text = texts[number - 1]
    if number == 1:
        return ParagraphKind.TITLE
    if _looks_like_subheading(text):
        return ParagraphKind.SUBHEADING
    if _is_pull_quote(number, texts):
        return ParagraphKind.PULL_QUOTE
    if number == 2:
        return ParagraphKind.LEAD
    return ParagraphKind.BODY


def _looks_like_subheading(text: str) -> bool:
    return len(text.split()) <= _SUBHEADING_MAX_WORDS and not text.endswith(_SENTENCE_END)


def _is_pull_quote(number: int, texts: list[str]) -> bool:
    """A line that is one quotation only, whose words stand together in another paragraph."""
    text = texts[number - 1]
    if not _is_one_quotation(text):
        return False
    words = _WORD.findall(fold(text))
    if not words:
        return False
    for other_number, other in enumerate(texts, start=1):
        if other_number in (number, 1):
            continue
        other_words = set(_WORD.findall(fold(other)))
        shared = sum(1 for w in words if w in other_words)
        if shared / len(words) >= _PULL_QUOTE_OVERLAP:
            return True
    return False


def _is_one_quotation(text: str) -> bool:
    stripped = text.rstrip(".!?…")
    if len(stripped) < 3 or stripped[0] not in _OPENING_QUOTES:
        return False
    if stripped[-1] not in _CLOSING_QUOTES:
        return False
    inner = stripped[1:-1]
    # A second quotation inside ("a", zegt X: "b") means text outside quotes: not a pull quote.
    return not any(q in inner for q in '"“”„«»')


def find_quote(article: Article, quote: str) -> list[Span]:
    """Every place ``quote`` occurs (compared folded: case, quotes, dashes, whitespace)."""
    spans: list[Span] = []
    for paragraph in article.paragraphs:
        for start, end in find_all(paragraph.text, quote):
            spans.append(Span(paragraph.number, start, end))
    return spans
