"""Finding a bank's evidence quotes in its article, and saying helpfully when they are not there.

Evidence is what makes a question fair: the learner is shown the paragraph that proves the
answer. So every quote must be found, the paragraph it is found in must be the one the author
meant, and a quote that occurs in several places must be pinned down. When a quote is not
found the author almost always made a small copying mistake, so we point at the closest text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from quiz.bank.article import QuoteSearch
from quiz.bank.schema import Reader
from quiz.bank.yaml.tree import Node, ScalarNode, SequenceNode
from quiz.core.model import Article, Evidence, ParagraphKind, Span
from quiz.core.text import fold_for_search, fold_paragraph
from quiz.core.wording import join_and, plural, shorten

#: Below this similarity (0–100) the "closest text" would be a guess, not a help.
_CLOSEST_MIN_SCORE = 60
#: Fuzzy searches are the only costly check; a hopeless bank gets this many, the rest a short error.
_MAX_FUZZY_SEARCHES = 50
_SNIPPET_CHARS = 70
# Where one paragraph may end and the next begin inside a quote copied across both.
_SENTENCE_GAP = re.compile(r"(?<=[.!?…:\"'”’])\s+")


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    node: ScalarNode


@dataclass(frozen=True, slots=True)
class StatedParagraph:
    number: int
    node: ScalarNode


class EvidenceFinder:
    """Resolves quotes against one article; with no article (it failed to load) it checks shapes
    only, since the article's own errors already explain why nothing can be found."""

    def __init__(self, reader: Reader, article: Article | None) -> None:
        self.reader = reader
        self.article = article
        self._fuzzy_left = _MAX_FUZZY_SEARCHES
        self._found: dict[str, list[Span]] = {}  # banks often quote the same sentence twice
        self._search = QuoteSearch(article) if article is not None else None

    def _folded_text(self, article: Article, number: int) -> str:
        return fold_paragraph(article.paragraph(number).text)

    def find(self, quote: str) -> list[Span]:
        """Every place ``quote`` stands in the article ([] without an article)."""
        if self._search is None:
            return []
        spans = self._found.get(quote)
        if spans is None:
            spans = self._found[quote] = self._search.find(quote)
        return spans

    def quotes(self, node: Node, what: str) -> list[Quote] | None:
        """One quote or a list of quotes, as written; ``None`` if any is unusable."""
        entries = node.items if isinstance(node, SequenceNode) else (node,)
        if isinstance(node, SequenceNode) and not node.items:
            self.reader.error(node, f"{what} is an empty list", "quote the article")
            return None
        quotes: list[Quote] = []
        for entry in entries:
            text = self.reader.text_value(entry, what)
            if text is None:
                return None
            assert isinstance(entry, ScalarNode)
            quotes.append(Quote(text, entry))
        return quotes

    def stated_paragraphs(self, node: Node | None, what: str) -> list[StatedParagraph] | None:
        """The ``paragraph:`` numbers ([] when absent); ``None`` when any is invalid."""
        if node is None or (isinstance(node, ScalarNode) and node.is_missing):
            return []
        entries = node.items if isinstance(node, SequenceNode) else (node,)
        stated: list[StatedParagraph] = []
        ok = True
        for entry in entries:
            number = self.reader.positive_int(entry, what)
            if number is None:
                ok = False
                continue
            assert isinstance(entry, ScalarNode)
            if self.article is not None and number > len(self.article.paragraphs):
                self.reader.error(
                    entry,
                    f"paragraph {number} does not exist",
                    f"the article has {plural(len(self.article.paragraphs), 'paragraph')}",
                )
                ok = False
                continue
            stated.append(StatedParagraph(number, entry))
        return stated if ok else None

    def resolve(
        self, quotes: list[Quote], stated: list[StatedParagraph]
    ) -> tuple[Evidence, ...] | None:
        """Where each quote is; errors for quotes not found, misplaced or ambiguous."""
        if self.article is None:
            return None
        found: list[Evidence] = []
        for quote in quotes:
            span = self._place(self.article, quote, stated)
            if span is not None:
                found.append(Evidence(quote.text, span))
        if len(found) != len(quotes):
            return None
        used = {e.span.paragraph for e in found}
        for paragraph in stated:
            if paragraph.number not in used:
                self.reader.error(
                    paragraph.node,
                    f"paragraph {paragraph.number} is given but no evidence is found there",
                    f"the evidence is in paragraph {join_and(sorted(used))}",
                )
                return None
        return tuple(found)

    def _place(self, article: Article, quote: Quote, stated: list[StatedParagraph]) -> Span | None:
        spans = self.find(quote.text)
        if not spans:
            self.reader.error(
                quote.node,
                f"evidence not found in the article: {_short(quote.text)}",
                self.spanning_hint(quote.text) or self.closest_hint(quote.text),
            )
            return None
        where = _distinct(s.paragraph for s in spans)
        if stated:
            numbers = {p.number for p in stated}
            chosen = [s for s in spans if s.paragraph in numbers]
            if chosen:
                return chosen[0]
            self.reader.error(
                stated[0].node,
                f"evidence {_short(quote.text)} is in paragraph {join_and(where)}, "
                f"not {join_and([p.number for p in stated])}",
                "correct 'paragraph:' or the quote",
            )
            return None
        if len(where) == 1:
            return spans[0]
        body = [n for n in where if article.paragraph(n).kind is ParagraphKind.BODY]
        if len(body) == 1:
            return next(s for s in spans if s.paragraph == body[0])
        self.reader.error(
            quote.node,
            f"evidence {_short(quote.text)} is found in paragraphs {join_and(where)}",
            "add 'paragraph:' to say which one is meant",
        )
        return None

    def spanning_hint(self, text: str) -> str | None:
        """Names the two paragraphs a quote was copied across, if that is what happened."""
        if self.article is None or self._fuzzy_left <= 0:
            return None
        self._fuzzy_left -= 1  # a search per sentence: a hopeless bank gets a few only
        for gap in _SENTENCE_GAP.finditer(text):
            left, right = text[: gap.start()], text[gap.end() :]
            before, after = self.find(left), self.find(right)
            if before and after and before[0].paragraph != after[0].paragraph:
                first, second = sorted((before[0].paragraph, after[0].paragraph))
                return (
                    f"the quote runs over paragraphs {first} and {second}, but evidence comes "
                    "from one paragraph: write it as a list of two quotes, one '- ' line each"
                )
        return None

    def closest_hint(self, text: str) -> str:
        """Names the paragraph (and passage) most like ``text``, the likely source of a typo."""
        default = "copy the words exactly from the article"
        if self.article is None or self._fuzzy_left <= 0:
            return default
        self._fuzzy_left -= 1
        target = fold_for_search(text)
        best_score, best_number = 0.0, 0
        for paragraph in self.article.paragraphs:
            score = fuzz.partial_ratio(target, self._folded_text(self.article, paragraph.number))
            if score > best_score:
                best_score, best_number = score, paragraph.number
        if best_score < _CLOSEST_MIN_SCORE:
            return default
        paragraph_text = self.article.paragraph(best_number).text
        if len(text) >= len(paragraph_text):
            return f"the closest text is paragraph {best_number}"
        alignment = fuzz.partial_ratio_alignment(text, paragraph_text)
        passage = ""
        if alignment is not None:
            passage = _whole_words(paragraph_text, alignment.dest_start, alignment.dest_end)
        if not passage:
            return f"the closest text is in paragraph {best_number}"
        return f"the closest text is in paragraph {best_number}: {_short(passage)}"

    def contains_text(self, evidence: tuple[Evidence, ...], answer: str) -> bool:
        """Whether ``answer`` (folded) appears in any paragraph the evidence comes from."""
        article = self.article
        if article is None:
            return True
        target = fold_for_search(answer)
        return any(
            target in self._folded_text(article, n) for n in {e.span.paragraph for e in evidence}
        )

    def unlinked_body(self, linked: set[int]) -> list[int]:
        if self.article is None:
            return []
        return [n for n in self.article.body_numbers if n not in linked]


def contains_word(text: str, word: str) -> bool:
    """``word`` (possibly several words) stands in ``text`` as whole words, ignoring case."""
    target = fold_for_search(word)
    if not target:
        return False
    pattern = r"(?<!\w)" + re.escape(target) + r"(?!\w)"
    return re.search(pattern, fold_for_search(text)) is not None


def _distinct(numbers: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(numbers))


def _whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened so it neither starts nor ends in the middle of a word."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip()


def _short(text: str) -> str:
    return f'"{shorten(text, _SNIPPET_CHARS)}"'
