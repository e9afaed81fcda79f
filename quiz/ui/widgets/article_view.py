"""The article as the learner reads it, with the numbers the questions refer to.

Questions and feedback say "alinea 9", so every paragraph shows its number in a gutter. Evidence
is highlighted by character span (the loader already mapped each quote to the original text), and
a highlighted paragraph also gets a ``▶`` marker so the place is visible without colour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from quiz.core.model import Article, Paragraph, ParagraphKind, Span

#: CSS class per paragraph kind; the names are part of this widget's contract (tests, app.tcss).
KIND_CLASSES: dict[ParagraphKind, str] = {
    ParagraphKind.TITLE: "-title",
    ParagraphKind.LEAD: "-lead",
    ParagraphKind.SUBHEADING: "-subheading",
    ParagraphKind.PULL_QUOTE: "-pull-quote",
    ParagraphKind.BODY: "-body",
}

#: Style of evidence text: resolved at render time from ArticleView's component class, so it
#: follows the theme and lives in CSS rather than in code.
EVIDENCE_STYLE = ".article-view--evidence"

Ranges = tuple[tuple[int, int], ...]


class ParagraphView(Horizontal):
    """One paragraph: its number in a gutter, then its text, wrapped beside the gutter."""

    DEFAULT_CSS = """
    ParagraphView {
        height: auto;
        & > .paragraph--number { width: 5; padding-right: 1; text-align: right; }
        & > .paragraph--text { width: 1fr; }
    }
    """

    ranges: reactive[Ranges] = reactive((), init=False)
    """Character ranges of this paragraph's text to show as evidence (set by ArticleView)."""

    def __init__(self, paragraph: Paragraph, ranges: Ranges = ()) -> None:
        super().__init__(id=f"p-{paragraph.number}", classes=KIND_CLASSES[paragraph.kind])
        self.paragraph = paragraph
        self.set_reactive(ParagraphView.ranges, ranges)
        self.set_class(bool(ranges), "-highlighted")
        self._number_label = Static(self._number(), classes="paragraph--number")
        self._text_label = Static(self._text(), classes="paragraph--text")

    def compose(self) -> ComposeResult:
        yield self._number_label
        yield self._text_label

    def watch_ranges(self, ranges: Ranges) -> None:
        self.set_class(bool(ranges), "-highlighted")
        self._number_label.update(self._number())
        self._text_label.update(self._text())

    def _number(self) -> Content:
        marker = "▶" if self.ranges else ""
        return Content(f"{marker}{self.paragraph.number}")

    def _text(self) -> Content:
        content = Content(self.paragraph.text)
        for start, end in self.ranges:
            content = content.stylize(EVIDENCE_STYLE, start, end)
        return content


class ArticleView(VerticalScroll, can_focus=True):
    """The article with visible paragraph numbers; title, lead, subheadings, pull quote apart.

    Focusable so the arrow keys, page keys, home and end scroll it; the mouse wheel works too.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-view--evidence"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "page_down", "Page Down", show=False),
    ]

    DEFAULT_CSS = """
    ArticleView {
        height: 1fr;
        align-horizontal: center;
        & > ParagraphView { max-width: 90; }
        & > .article-view--evidence { text-style: bold underline; background: $accent 35%; }
    }
    """

    def __init__(
        self,
        article: Article,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article = article
        self._ranges: dict[int, Ranges] = {}

    def compose(self) -> ComposeResult:
        for paragraph in self.article.paragraphs:
            yield ParagraphView(paragraph, self._ranges.get(paragraph.number, ()))

    def paragraph_view(self, number: int) -> ParagraphView:
        """The widget showing paragraph ``number``; NoMatches when the article has none."""
        return self.query_one(f"#p-{number}", ParagraphView)

    def highlight(self, spans: Sequence[Span]) -> None:
        """Show exactly ``spans`` as evidence, replacing any earlier highlight.

        Spans in paragraphs the article does not have are ignored: the loader validated them,
        and a stale span is no reason to crash the reader.
        """
        by_paragraph: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
        for span in spans:
            by_paragraph[span.paragraph].append((span.start, span.end))
        self._ranges = {number: tuple(sorted(ranges)) for number, ranges in by_paragraph.items()}
        for view in self.query(ParagraphView):
            view.ranges = self._ranges.get(view.paragraph.number, ())

    def clear_highlight(self) -> None:
        self.highlight(())

    @property
    def highlighted_paragraphs(self) -> tuple[int, ...]:
        """The numbers of the paragraphs that show evidence now, in article order."""
        numbers = range(1, len(self.article.paragraphs) + 1)
        return tuple(n for n in numbers if self._ranges.get(n))

    def scroll_to_paragraph(self, number: int, *, animate: bool = False, top: bool = True) -> None:
        """Bring paragraph ``number`` into view (at the top when ``top``).

        Deferred until after the next refresh, so it also works straight after mounting, before
        the paragraphs have been laid out.
        """
        view = self.paragraph_view(number)
        self.call_after_refresh(self.scroll_to_widget, view, animate=animate, top=top)
