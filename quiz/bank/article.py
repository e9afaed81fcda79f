"""Reading an article file into numbered, classified paragraphs, and finding quotes in it.

An article arrives as published: one paragraph per line, with a title, a lead, body paragraphs,
short subheadings and perhaps a pull quote that repeats a quote from the body. The numbers given
here are the ones learners see and questions link to, so they count non-blank lines only: a
stray blank line in the file must not shift every link after it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

from quiz.bank.files import decode_text, read_limited
from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import MappingNode
from quiz.core.invisible import drop_invisible
from quiz.core.model import Article, Paragraph, ParagraphKind, Span
from quiz.core.text import fold_for_search, folded_with_map
from quiz.core.wording import shown
from quiz.diagnostics import Diagnostic, error

#: Articles are plain text; anything larger is certainly not one (and is refused before reading).
MAX_ARTICLE_BYTES = 1024 * 1024
#: The most paragraphs (non-blank lines) an article may have: a long newspaper article has a few
#: hundred. Within the byte limit a file could hold half a million one-letter lines, which no
#: reading view or quote search should have to take on.
MAX_PARAGRAPHS = 20_000

# A subheading is a short line that does not end like a sentence.
_SUBHEADING_MAX_WORDS = 8
_SENTENCE_END = tuple(".!?:;…'\"’”»)")
_OPENING_QUOTES = "'\"‘‚“„«"
_CLOSING_QUOTES = "'\"’”»"
_DOUBLE_QUOTES = '"“”„«»'
# A question heading is shorter than a subheading: longer questions are sentences of the text.
_QUESTION_HEADING_MAX_WORDS = 6
_SENTENCE_INSIDE = re.compile(r"[.!?;:…]\s")
# ``"…" – Kemper`` or ``"…" (Kemper)``: a name of at most five words after the quotation.
_ATTRIBUTION = re.compile(
    r"^(?P<quote>.*?[.!?…]?['\"’”»][.!?…]?)\s*(?:[-–—]\s*(?P<who>[^\W\d_][\w.'’ -]{0,60})"
    r"|\((?P<who2>[^()]{1,60})\))$"
)
# Share of a pull quote's words that must occur in one other paragraph for it to count as a repeat.
_PULL_QUOTE_OVERLAP = 0.75
_WORD = re.compile(r"\w+")
_SOFT_BREAKS = str.maketrans(dict.fromkeys("\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))
# Control characters other than tab and line breaks: they move a terminal's cursor, never text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def read_article(path: Path) -> tuple[Article | None, list[Diagnostic]]:
    """Load ``path``; on any problem return ``None`` and located errors, never raise."""
    data, problems = read_limited(path, MAX_ARTICLE_BYTES, "article")
    if data is None:
        return None, problems
    text, problems = decode_text(data, path, "article")
    if text is None:
        return None, problems
    too_many = _paragraph_over_limit(text)
    if too_many is not None:
        return None, [
            error(
                path,
                too_many,
                1,
                f"the article has more than {MAX_PARAGRAPHS:,} paragraphs "
                f"(paragraph {MAX_PARAGRAPHS + 1:,} starts on line {too_many:,})",
                "an article has one paragraph per line; split it into several articles",
            )
        ]
    article = parse_article(text, path)
    if not article.paragraphs:
        return None, [error(path, 1, 1, "article is empty", "write one paragraph per line")]
    control = _CONTROL.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        column = control.start() - text.rfind("\n", 0, control.start())
        return None, [
            error(
                path,
                line,
                column,
                f"the article contains the control character U+{ord(control[0]):04X}",
                "remove it: an article is plain text",
            )
        ]
    return article, []


def bank_article(
    reader: Reader, top: MappingNode, bank_path: Path
) -> tuple[Article | None, Path | None]:
    """The bank's article, read only when it is a regular file inside the bank's own folder,
    and the file the bank names (even when it is missing, or refused): whoever remembers what
    a check found must look at that file again to know whether the answer still holds.

    A bank is someone else's file: ``article: /etc/passwd``, ``../../secret.txt`` or a link out of
    the folder must not make the app read (and show, or quote in a hint) a file the bank's author
    had no business pointing at. So the name is resolved, links included, and must stay inside.
    """
    name = reader.text(top, "article", "the bank")
    node = top.get("article")
    if name is None or node is None:
        return None, None
    folder = bank_path.parent
    article_path = folder / name
    try:
        inside = article_path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop of links
        inside = True  # reported below as a link that leads to no file
    if Path(name).is_absolute() or not inside:
        reader.error(
            node,
            f"the article must be a file in the bank's folder, but {shown(name)} is outside it",
            f"put the article next to the bank ({folder}) and give its file name",
        )
        return None, article_path
    if article_path.is_dir():
        reader.error(
            node,
            f"the article path is a folder, not a file: {article_path}",
            "give the article's file name, e.g. 'artikel.txt'",
        )
        return None, article_path
    if article_path.exists() and not article_path.is_file():
        reader.error(
            node,
            f"the article is not a regular file: {article_path}",
            "a pipe or device cannot be an article; give a text file",
        )
        return None, article_path
    if not article_path.exists():
        reader.error(
            node,
            f"article file not found: {article_path}",
            "the name is relative to the bank's folder",
        )
        return None, article_path
    article, problems = read_article(article_path)
    at = f"{bank_path}:{node.start.line}:{node.start.column}"
    reader.add(_referred_from(problems, at))
    if article is None and not any(d.is_error for d in problems):
        reader.error(node, f"the article {article_path} could not be read")
    return article, article_path


def _referred_from(problems: list[Diagnostic], at: str) -> list[Diagnostic]:
    """An article's own errors name the bank that uses it, so an author knows which bank broke."""
    used_by = f"the article of {at}"
    return [replace(d, hint=f"{d.hint}; {used_by}" if d.hint else used_by) for d in problems]


def _paragraph_over_limit(text: str) -> int | None:
    """The line of the first paragraph past :data:`MAX_PARAGRAPHS`, or None within the limit.

    Counted before the article is parsed, the way :func:`parse_article` counts (non-blank lines
    between line feeds), so an over-long file costs one pass over its lines and nothing more."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.count("\n") < MAX_PARAGRAPHS:
        return None  # fewer lines than the limit: nothing to count
    count = 0
    for line_number, raw in enumerate(text.split("\n"), start=1):
        if raw.translate(_SOFT_BREAKS).strip():
            count += 1
            if count > MAX_PARAGRAPHS:
                return line_number
    return None


def parse_article(text: str, path: Path) -> Article:
    """Number the non-blank lines and tell title, lead, subheadings, pull quotes and body apart."""
    lines: list[tuple[int, str]] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for line_number, raw in enumerate(text.split("\n"), start=1):
        # Only a line feed ends a paragraph, as in every editor; a page break or Unicode line
        # separator pasted from elsewhere is a space inside the paragraph.
        # Invisible format characters (bidi overrides, zero-width spaces, soft hyphens) would
        # reach the terminal raw and break quote matching: they go before anything else.
        raw = drop_invisible(raw.translate(_SOFT_BREAKS))
        cleaned = unicodedata.normalize("NFC", raw).strip()
        if cleaned:
            lines.append((line_number, cleaned))
    texts = [t for _, t in lines]
    quotes = [_quotation(t) for t in texts]
    words = [
        _WORD.findall(fold_for_search(q if q is not None else t))
        for t, q in zip(texts, quotes, strict=True)
    ]
    paragraphs = tuple(
        Paragraph(number, _classify(number, texts, quotes, words), line_text, line_number)
        for number, (line_number, line_text) in enumerate(lines, start=1)
    )
    return Article(path=path, paragraphs=paragraphs)


def _classify(
    number: int, texts: list[str], quotes: list[str | None], words: list[list[str]]
) -> ParagraphKind:
    text = texts[number - 1]
    if number == 1:
        return ParagraphKind.TITLE
    if _looks_like_subheading(text) or _is_question_heading(number, texts):
        return ParagraphKind.SUBHEADING
    if quotes[number - 1] is not None and _is_pull_quote(number, quotes, words):
        return ParagraphKind.PULL_QUOTE
    if number == 2:
        return ParagraphKind.LEAD
    return ParagraphKind.BODY


def _looks_like_subheading(text: str) -> bool:
    return len(text.split()) <= _SUBHEADING_MAX_WORDS and not text.endswith(_SENTENCE_END)


def _is_question_heading(number: int, texts: list[str]) -> bool:
    """``Wat nu?``, ``Wie krijgt het?``: a short one-sentence question heading the paragraph
    after it. Never the lead (right after the title) and never the last line, which heads
    nothing; a quoted question is something someone said, and a run of questions is the
    text asking them, not a heading."""
    text = texts[number - 1]
    if number in (2, len(texts)) or not text.endswith("?"):
        return False
    if len(text.split()) > _QUESTION_HEADING_MAX_WORDS or _SENTENCE_INSIDE.search(text):
        return False
    if any(q in text for q in _DOUBLE_QUOTES) or text[0] in _OPENING_QUOTES:
        return False
    return not texts[number].endswith("?")  # questions in a row are the text's own


def _is_pull_quote(number: int, quotes: list[str | None], words: list[list[str]]) -> bool:
    """A line that is one quotation only (perhaps with ``– Name`` after it), whose words stand
    together in another paragraph. Of two such lines repeating each other, the longer (or,
    when equal, the earlier) is the quote itself and the other its pull quote."""
    own = words[number - 1]
    if not own:
        return False
    for other_number, other in enumerate(words, start=1):
        if other_number in (number, 1):
            continue
        if quotes[other_number - 1] is not None and (len(other), -other_number) < (
            len(own),
            -number,
        ):
            continue  # that line is the repeat, not the source
        known = set(other)
        shared = sum(1 for w in own if w in known)
        if shared / len(own) >= _PULL_QUOTE_OVERLAP:
            return True
    return False


def _quotation(text: str) -> str | None:
    """The quotation a line consists of, without an attribution after it; None if the line
    is more than one quotation."""
    attributed = _ATTRIBUTION.match(text)
    if attributed is not None and len((attributed["who"] or attributed["who2"]).split()) <= 5:
        text = attributed["quote"]
    stripped = text.rstrip(".!?…")
    if len(stripped) < 3 or stripped[0] not in _OPENING_QUOTES:
        return None
    if stripped[-1] not in _CLOSING_QUOTES:
        return None
    inner = stripped[1:-1]
    # A second quotation inside ("a", zegt X: "b") means text outside quotes: not a pull quote.
    if any(q in inner for q in _DOUBLE_QUOTES):
        return None
    return text


def find_quote(article: Article, quote: str) -> list[Span]:
    """Every place ``quote`` occurs (compared folded: case, quotes, dashes, whitespace)."""
    return QuoteSearch(article).find(quote)


class QuoteSearch:
    """One article ready for many quote searches: all its paragraphs folded into one text.

    A bank quotes its article a hundred times or more; searching each folded paragraph in turn
    cost a call per paragraph per quote. Joined by line feeds, which folding never leaves in a
    paragraph or a quote (it turns all whitespace into spaces), the paragraphs are searched at
    once, and a match can never run from one paragraph into the next.
    """

    def __init__(self, article: Article) -> None:
        self._numbers = [p.number for p in article.paragraphs]
        self._maps: list[list[int]] = []
        self._starts: list[int] = []  # where each paragraph starts in the joined text
        texts: list[str] = []
        offset = 0
        for paragraph in article.paragraphs:
            folded, index = folded_with_map(paragraph.text)
            texts.append(folded)
            self._maps.append(index)
            self._starts.append(offset)
            offset += len(folded) + 1
        self._text = "\n".join(texts)

    def find(self, quote: str) -> list[Span]:
        """Every place ``quote`` occurs, in paragraph order; occurrences do not overlap."""
        target = fold_for_search(quote)
        spans: list[Span] = []
        if not target:
            return spans
        text, starts, size = self._text, self._starts, len(target)
        at = text.find(target)
        while at != -1:
            which = bisect_right(starts, at) - 1
            index, local = self._maps[which], at - starts[which]
            spans.append(Span(self._numbers[which], index[local], index[local + size - 1] + 1))
            at = text.find(target, at + size)
        return spans
