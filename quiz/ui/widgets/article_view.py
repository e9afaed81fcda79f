"""The article as the learner reads it, with the numbers the questions refer to.

Questions and feedback say "alinea 9", so every paragraph shows its number in a gutter. Evidence
is highlighted by character span (the loader already mapped each quote to the original text), and
a highlighted paragraph also gets a ``▶`` marker and a bar so the place is visible without colour.

Drawn with Textual's Line API: one widget for the whole article, which wraps the paragraphs into
lines (:mod:`quiz.ui.widgets.article_lines`) and draws only the rows on screen. A widget per
paragraph took minutes and gigabytes for a long article; this takes the time to wrap the text.
Every look (kinds, number, bars, evidence) is a component class, so it lives in CSS and follows
the theme. Character ranges are styled through named layers of marks
(:mod:`quiz.ui.widgets.article_marks`); the evidence highlight is one layer, and word marks or a
word cursor can be others. Rows and characters map both ways (:meth:`ArticleView.offset_at`,
:meth:`ArticleView.position_of`), for scrolling to a span and for the mouse.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Offset, Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from quiz.core.model import Article, ParagraphKind, Span
from quiz.ui.widgets.article_lines import ArticleLines, cell_of, offset_at_cell
from quiz.ui.widgets.article_marks import Mark, MarkLayers

__all__ = ["KIND_STYLES", "ArticleView", "Mark"]

#: Component class per paragraph kind (see DEFAULT_CSS): the style of the paragraph's text.
KIND_STYLES: dict[ParagraphKind, str] = {
    ParagraphKind.TITLE: "article-view--title",
    ParagraphKind.LEAD: "article-view--lead",
    ParagraphKind.SUBHEADING: "article-view--subheading",
    ParagraphKind.PULL_QUOTE: "article-view--pull-quote",
    ParagraphKind.BODY: "article-view--body",
}
EVIDENCE = "evidence"
"""The layer of marks that :meth:`ArticleView.highlight` sets."""
EVIDENCE_STYLE = "article-view--evidence"

#: At most this many cells of text per line, centred: long lines are hard to read.
MAX_WIDTH = 90
#: Cells for the number and the space after it (more when the numbers are longer).
GUTTER = 5
QUOTE_BAR = "▌"  # a pull quote's bar, then two spaces; the quote also keeps 4 cells free right
HIGHLIGHT_BAR = "█"  # a highlighted paragraph's bar, then one space
MARKER = "▶"  # before the number of a highlighted paragraph
SELECTION = "-selection"
"""A pseudo component class: the screen's selection style, for text selected with the mouse."""


def _before(kinds: Sequence[ParagraphKind]) -> list[int]:
    """Blank rows above each paragraph: one between paragraphs, none below a subheading (it
    belongs to what follows), one above a subheading even at the top."""
    headings = [kind is ParagraphKind.SUBHEADING for kind in kinds]
    return [int(heading or (i > 0 and not headings[i - 1])) for i, heading in enumerate(headings)]


class ArticleView(ScrollView, can_focus=True):
    """The article with visible paragraph numbers; title, lead, subheadings, pull quote apart.

    Focusable so the arrow keys, page keys, space, home and end scroll it; the mouse wheel works
    too, and text selected with the mouse copies as the paragraphs' own text.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *KIND_STYLES.values(),
        EVIDENCE_STYLE,
        "article-view--number",
        "article-view--highlight-number",
        "article-view--highlight-bar",
        "article-view--quote-bar",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "page_down", "Page Down", show=False),
    ]

    DEFAULT_CSS = """
    ArticleView {
        height: 1fr;
        overflow-x: hidden;
        scrollbar-gutter: stable;  /* a scrollbar that comes and goes would rewrap everything */
        & > .article-view--number { color: $text-muted; }
        & > .article-view--title { text-style: bold; color: $text-primary; }
        & > .article-view--lead { text-style: bold; }
        & > .article-view--subheading { text-style: bold underline; color: $text-secondary; }
        & > .article-view--pull-quote { text-style: italic; color: $text-accent; }
        & > .article-view--quote-bar { color: $accent; }
        & > .article-view--highlight-number {
            color: $text-accent; text-style: bold; background: $accent 25%;
        }
        & > .article-view--highlight-bar { color: $accent; }
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
        paragraphs = article.paragraphs
        kinds = [paragraph.kind for paragraph in paragraphs]
        self._lines = ArticleLines(
            [paragraph.text for paragraph in paragraphs],
            _before(kinds),
            after=int(bool(kinds) and kinds[-1] is not ParagraphKind.SUBHEADING),
        )
        quote = ParagraphKind.PULL_QUOTE
        self._quotes = frozenset(i for i, kind in enumerate(kinds) if kind is quote)
        self._gutter = max(GUTTER, len(str(len(paragraphs))) + 2)
        self._marks = MarkLayers(len(paragraphs), EVIDENCE)
        self._highlighted: frozenset[int] = frozenset()  # paragraph indexes with evidence
        self._width = 0  # the content width the lines are wrapped for; 0 before the first layout
        self._pending: Span | tuple[int, bool] | None = None  # a scroll asked before layout
        self._styles: dict[tuple[object, tuple[str, ...]], RichStyle] = {}  # see _style

    # -- layout --------------------------------------------------------------------------------

    def _text_width(self, index: int, width: int) -> int:
        """Cells for paragraph ``index``'s text when the view is ``width`` cells wide."""
        text = min(width, MAX_WIDTH) - self._gutter
        if index in self._highlighted:
            text -= len(HIGHLIGHT_BAR) + 1
        elif index in self._quotes:
            text -= len(QUOTE_BAR) + 2
        return max(1, text - (4 if index in self._quotes else 0))

    def _text_x(self, index: int) -> int:
        """The cell at which paragraph ``index``'s text starts."""
        x = max(0, self._width - MAX_WIDTH) // 2 + self._gutter
        if index in self._highlighted:
            return x + len(HIGHLIGHT_BAR) + 1
        return x + (len(QUOTE_BAR) + 2 if index in self._quotes else 0)

    def _ensure_layout(self) -> bool:
        """Wrap for the current width if it changed; False while the view has no size yet.

        Called before drawing and on resize (whichever comes first after a layout), and by
        everything that needs rows. Keeps the line at the top in view across a rewrap, or
        carries out a scroll that was asked for before there was a size.
        """
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        if width != self._width:
            anchor = self._anchor() if self._width else None
            self._width = width
            others = {i: self._text_width(i, width) for i in self._quotes | self._highlighted}
            self._lines.set_widths(max(1, min(width, MAX_WIDTH) - self._gutter), others)
            self._relaid(anchor)
        return True

    def _relaid(self, anchor: tuple[int, int, int] | None) -> None:
        """After a rewrap: new virtual size, and the scroll that keeps the reader's place."""
        self.virtual_size = Size(self._width, self._lines.height)
        self._scroll_update(self.virtual_size)
        pending, self._pending = self._pending, None
        if isinstance(pending, Span):
            self.scroll_to_span(pending)
        elif pending is not None:
            self.scroll_to_paragraph(pending[0], top=pending[1])
        elif anchor is not None:
            index, offset, above = anchor
            self.scroll_to(y=self._lines.row_of(index, offset) - above, animate=False)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._ensure_layout()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._ensure_layout()
        return super().render_lines(crop)

    # -- drawing -------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def _style(self, classes: tuple[str, ...] = (), marks: tuple[str, ...] = ()) -> RichStyle:
        """The style of cells drawn in component classes ``classes``, with the marks ``marks``
        over them.

        Classes resolve as a child widget's styles would (a background blends over the view's,
        an ``auto`` colour contrasts with it), marks as Content styles do over text, so the
        article looks as it did when every paragraph was a widget with styled text.
        """
        key = (self.get_visual_style(), (*classes, "/", *marks))
        style = self._styles.get(key)
        if style is None:
            visual = self.get_visual_style(*classes)
            for name in marks:
                if name != SELECTION:
                    visual += self.get_visual_style(name, partial=True)
            style = visual.rich_style
            if SELECTION in marks:
                style += self.screen.get_component_rich_style("screen--selection")
            self._styles[key] = style
        return style

    def render_line(self, y: int) -> Strip:
        return self.row_strip(self.scroll_offset.y + y)

    def row_strip(self, row: int) -> Strip:
        """What the view draws on ``row`` of the whole article, on screen or not."""
        base = self._style()
        blank = RichStyle(bgcolor=base.bgcolor)  # as Textual pads, so equal cells merge
        located = self._lines.locate(row)
        if located is None or not self._width:
            return Strip.blank(self._width, blank)
        index, line = located
        highlighted = index in self._highlighted
        gutter = " " * (max(0, self._width - MAX_WIDTH) // 2 + self._gutter)
        segments = [Segment(gutter, blank)]
        if line == 0:  # the number, right-aligned, then a space
            label = f"{MARKER if highlighted else ''}{index + 1}"
            number = ("article-view--number", "article-view--highlight-number")[: 1 + highlighted]
            style = self._style(number)
            pad = RichStyle(bgcolor=style.bgcolor)
            segments[0] = Segment(gutter[: -self._gutter], blank)
            segments += [
                Segment(" " * (self._gutter - 1 - len(label)), pad),
                Segment(label, style),
                Segment(" ", pad),
            ]
        if highlighted:
            segments.append(Segment(HIGHLIGHT_BAR, self._style(("article-view--highlight-bar",))))
            segments.append(Segment(" ", blank))
        elif index in self._quotes:
            segments.append(Segment(QUOTE_BAR, self._style(("article-view--quote-bar",))))
            segments.append(Segment("  ", blank))
        text = self._lines.texts[index]
        kind = KIND_STYLES[self.article.paragraphs[index].kind]
        start, end = self._lines.line(index, line)
        selection = self.text_selection
        span = selection.get_span(index) if selection is not None else None
        selected = [] if span is None else [(span[0], len(text) if span[1] < 0 else span[1])]
        runs = self._marks.runs(index, start, end, [(*s, SELECTION) for s in selected])
        for run_start, run_end, classes in runs:
            offset = RichStyle.from_meta({"offset": (run_start, index)})  # for mouse selection
            style = self._style((kind,), classes) + offset
            segments.append(Segment(text[run_start:run_end], style))
        return Strip([s for s in segments if s.text]).adjust_cell_length(self._width, blank)

    # -- marks and the evidence highlight ------------------------------------------------------

    def set_marks(self, layer: str, marks: Iterable[Mark]) -> None:
        """Draw ``marks`` as layer ``layer``, replacing that layer's earlier marks.

        Marks in paragraphs the article does not have are ignored: a stale mark is no reason to
        crash the reader. Raises KeyError for a style that is not a component class.
        """
        marks = list(marks)
        for mark in marks:
            if mark.style not in self.COMPONENT_CLASSES:
                raise KeyError(f"{mark.style!r} is not one of ArticleView's component classes")
        self._marks.set(layer, marks)
        self.refresh()

    def clear_marks(self, layer: str) -> None:
        self.set_marks(layer, ())

    def highlight(self, spans: Sequence[Span]) -> None:
        """Show exactly ``spans`` as evidence, replacing any earlier highlight.

        Spans in paragraphs the article does not have are ignored: the loader validated them,
        and a stale span is no reason to crash the reader. A highlighted paragraph gets a bar
        and a marker, so its text is rewrapped a little narrower.
        """
        self.set_marks(EVIDENCE, (Mark(s.paragraph, s.start, s.end, EVIDENCE_STYLE) for s in spans))
        highlighted = self._marks.indexes(EVIDENCE)
        changed = highlighted ^ self._highlighted
        self._highlighted = highlighted
        if changed and self._width:
            anchor = self._anchor()
            self._lines.update_widths({i: self._text_width(i, self._width) for i in changed})
            self._relaid(anchor)

    def clear_highlight(self) -> None:
        self.highlight(())

    @property
    def highlighted_paragraphs(self) -> tuple[int, ...]:
        """The numbers of the paragraphs that show evidence now, in article order."""
        return tuple(index + 1 for index in sorted(self._highlighted))

    # -- rows and characters: for scrolling, the mouse, and a word cursor ----------------------

    def paragraph_rows(self, number: int) -> range:
        """The rows (in the whole article) of paragraph ``number``'s lines; IndexError when the
        article has none. Empty until the view has a size."""
        self.article.paragraph(number)
        if not self._ensure_layout():
            return range(0)
        first = self._lines.first_row(number - 1)
        return range(first, first + self._lines.line_count(number - 1))

    def line_of(self, paragraph: int, offset: int) -> int:
        """The row (in the whole article) that shows character ``offset`` of ``paragraph``."""
        self.article.paragraph(paragraph)
        self._ensure_layout()
        return self._lines.row_of(paragraph - 1, offset)

    def position_of(self, paragraph: int, offset: int) -> Offset:
        """The cell (x in the content, y a row of the whole article) of that character."""
        row = self.line_of(paragraph, offset)
        index = paragraph - 1
        start = self._lines.line(index, self._lines.line_at(index, offset))[0]
        x = self._text_x(index) + cell_of(self._lines.graphemes(index), start, offset)
        return Offset(x, row)

    def offset_at(self, x: int, y: int) -> tuple[int, int] | None:
        """(paragraph number, character offset) drawn at cell ``x`` of row ``y`` of the whole
        article (a mouse event's content offset plus ``scroll_offset``); None off the text."""
        if not self._ensure_layout() or (located := self._lines.locate(y)) is None:
            return None
        index, line = located
        start, end = self._lines.line(index, line)
        offset = offset_at_cell(self._lines.graphemes(index), start, end, x - self._text_x(index))
        return None if offset is None else (index + 1, offset)

    def _anchor(self) -> tuple[int, int, int] | None:
        """Where the reader is: (paragraph index, offset, rows above it) of the first line at or
        below the top row, so a rewrap can keep that line where it was."""
        top = self.scroll_offset.y
        for row in range(top, min(top + 3, self._lines.height)):  # at most 2 blank rows first
            if (located := self._lines.locate(row)) is not None:
                return located[0], self._lines.line(*located)[0], row - top
        return None

    # -- scrolling -----------------------------------------------------------------------------

    def scroll_to_paragraph(self, number: int, *, animate: bool = False, top: bool = True) -> None:
        """Bring paragraph ``number`` into view (at the top when ``top``); when it holds
        evidence further down than the screen reaches, bring the evidence into view instead.

        Works straight after mounting too: before the first layout it waits for the size.
        """
        self.article.paragraph(number)
        if not self._ensure_layout():
            self._pending = (number, top)
            return
        index = number - 1
        first = self._lines.first_row(index)
        last = first + self._lines.line_count(index) - 1
        height = self.scrollable_content_region.height
        shown = self.scroll_offset.y
        y = first if top or first < shown else min(first, max(shown, last - height + 1))
        evidence = self._marks.ranges(EVIDENCE, index)
        if evidence and (row := self._lines.row_of(index, evidence[0][0])) >= y + height:
            last_evidence = max(evidence[0][0], evidence[0][1] - 1)
            y = self._span_top(row, self._lines.row_of(index, last_evidence), height)
        self.scroll_to(y=y, animate=animate)

    def scroll_to_span(self, span: Span, *, animate: bool = False) -> None:
        """Bring the lines of ``span`` into view, a third of the way down with the text that
        leads up to it above, unless they are in view already. Works straight after mounting."""
        self.article.paragraph(span.paragraph)
        if not self._ensure_layout():
            self._pending = span
            return
        top = self._lines.row_of(span.paragraph - 1, span.start)
        bottom = self._lines.row_of(span.paragraph - 1, max(span.start, span.end - 1))
        height = self.scrollable_content_region.height
        if not (self.scroll_y <= top and bottom < self.scroll_y + height):
            self.scroll_to(y=self._span_top(top, bottom, height), animate=animate)

    @staticmethod
    def _span_top(top: int, bottom: int, height: int) -> int:
        """The scroll that shows rows ``top``–``bottom`` a third of the way down (all of them
        when they fit, the first when they do not)."""
        return max(0, max(top - height // 3, bottom - height + 1) if bottom - top < height else top)

    # -- selection -----------------------------------------------------------------------------

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text as the paragraphs' own text: lines joined as written, paragraphs
        on lines of their own (selection offsets are (character, paragraph index))."""
        texts = [paragraph.text for paragraph in self.article.paragraphs]
        if not texts:
            return None
        start = selection.start or Offset(0, 0)
        end = selection.end or Offset(len(texts[-1]), len(texts) - 1)
        if start.y == end.y:
            return texts[start.y][start.x : end.x], "\n"
        parts = [texts[start.y][start.x :], *texts[start.y + 1 : end.y], texts[end.y][: end.x]]
        return "\n".join(parts), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()
