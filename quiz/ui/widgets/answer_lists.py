"""The lists learners answer in (choices, an order): lines with a hanging indent, and a height
that fits them without a scrollbar of their own.

A list line has ``b) `` or ``3. `` in front, and its text wraps under itself rather than under
the letter.

Textual wraps an option's text back to the left edge, so a long choice read::

    b) Tienduizenden Belarussen protesteren tegen de
    verkiezingszege van Loekasjenko.

:class:`HangingIndent` wraps the text at the width it is drawn, every time, so it also holds
after a resize::

    b) Tienduizenden Belarussen protesteren tegen de
       verkiezingszege van Loekasjenko.

It reads as its plain text (``str()``), like the Content it replaces.

:class:`AnswerOptionList` is an OptionList as tall as its lines (up to its ``max-height``).
Textual measures an auto height at the list's full width but lays the lines out at the width
left beside a vertical scrollbar when one is shown; once a scrollbar had appeared (during a first
layout, say), a line that wrapped one more time beside it kept it there, and a three-item list
at 80×24 scrolled inside a pane with room to spare.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList

#: Below this many cells for the text, indenting costs more than it helps: plain wrapping.
NARROWEST_TEXT = 12


class HangingIndent(Visual):
    """``head`` (the letter or number, drawn as is) followed by ``body``, whose wrapped lines
    start under its first character."""

    def __init__(self, head: Content, body: Content) -> None:
        self.head = head
        self.body = body
        self._laid_out: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.head.plain + self.body.plain

    @property
    def plain(self) -> str:
        return str(self)

    def lines(self, width: int) -> Content:
        """The whole text for ``width`` cells, the body's continuation lines indented."""
        if self._laid_out is not None and self._laid_out[0] == width:
            return self._laid_out[1]
        indent = self.head.cell_length
        if width - indent < NARROWEST_TEXT:
            laid_out = self.head + self.body
        else:
            first, *rest = self.body.wrap(width - indent) or [Content("")]
            margin = Content(" " * indent)
            laid_out = Content("\n").join([self.head + first, *(margin + line for line in rest)])
        self._laid_out = (width, laid_out)
        return laid_out

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.lines(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.head.cell_length + self.body.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.head.cell_length + self.body.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.lines(width).get_height(rules, width)


class AnswerOptionList(OptionList):
    """An option list whose auto height is measured at the width its lines are drawn."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.show_vertical_scrollbar:
            # Drawn beside the scrollbar: measure there, so that when all lines fit the
            # scrollbar goes, and with it the extra wrapping it caused.
            width -= self.styles.scrollbar_size_vertical
        return super().get_content_height(container, viewport, width)
