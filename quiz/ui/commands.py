"""Command palette (ctrl+p) entries for the main actions, one "read" and one "quiz" per bank.

The palette is the mouse-free way to everything: a command runs the app's own action or posts the
same message a screen would (:mod:`quiz.ui.messages`), so it does exactly what the matching key
does. It knows the app only as a :class:`PaletteHost`: what to offer, never how to do it.

Titles hold bank text, so they are given to the palette as :class:`Content`: a plain ``str`` (and
``Matcher.highlight``) would be parsed as markup. The help lines only add a bank's id, a slug.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.message import Message

from quiz.ui.messages import OpenBank, ShowLibrary

if TYPE_CHECKING:
    from quiz.library.folders import Library

Command = tuple[str, Callable[[], object], str]


class PaletteHost(Protocol):
    """What the palette reads from the app to choose its commands."""

    @property
    def library(self) -> Library: ...

    @property
    def quiz_in_progress(self) -> bool: ...


class QuizCommands(Provider):
    """Library, help, theme, and per bank: read the article, start the quiz."""

    @property
    def host(self) -> PaletteHost:
        return cast(PaletteHost, self.app)

    def commands(self) -> Iterator[Command]:
        """(title, callback, help) for every command, in the order discovery shows them.

        While a quiz is in progress only help and the theme are offered: a quiz is left through
        its own screen, which asks first. Reading and quizzing start from the library, so the
        screens never pile up.
        """
        run = self.app.run_action
        yield "Help: toetsen", partial(run, "help"), "Welke toetsen werken op welk scherm"
        yield "Licht/donker thema", partial(run, "toggle_dark"), "Wissel tussen licht en donker"
        if self.host.quiz_in_progress:
            return
        yield "Bibliotheek", partial(self._post, ShowLibrary()), "Terug naar de lijst met artikelen"
        for entry in self.host.library.entries:
            if entry.status == "broken":
                continue
            # A bank not checked yet is offered by its file name (its id stands in for now).
            yield (
                f"Lezen: {entry.title}",
                partial(self._from_library, OpenBank(entry.path)),
                f"Het artikel lezen ({entry.id})",
            )
            yield (
                f"Quiz: {entry.title}",
                partial(self._from_library, OpenBank(entry.path, quiz=True)),
                f"De quiz over dit artikel starten ({entry.id})",
            )

    def _post(self, message: Message) -> None:
        self.app.post_message(message)

    def _from_library(self, message: Message) -> None:
        """Back to the library first, then ``message`` (the app handles them in this order)."""
        self.app.post_message(ShowLibrary())
        self.app.post_message(message)

    async def discover(self) -> Hits:
        for title, callback, help_text in self.commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self.commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlight(matcher, title), callback, text=title, help=help_text)


def highlight(matcher: Matcher, title: str) -> Content:
    """``title`` with the letters the query matched picked out, as ``Matcher.highlight`` does,
    but taking the title literally instead of as markup."""
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
