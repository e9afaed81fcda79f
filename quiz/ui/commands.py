"""Command palette (ctrl+p) entries for the main actions, one "read" and one "quiz" per bank.

The palette is the mouse-free way to everything: it reuses the app's own methods, so a command
does exactly what the matching key does.

Titles hold bank text, so they are given to the palette as :class:`Content`: a plain ``str`` (and
``Matcher.highlight``) would be parsed as markup. The help lines only add a bank's id, a slug.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

if TYPE_CHECKING:
    from quiz.ui.app import QuizApp

Command = tuple[str, Callable[[], object], str]


class QuizCommands(Provider):
    """Library, help, theme, and per bank: read the article, start the quiz."""

    @property
    def quiz_app(self) -> QuizApp:
        return cast("QuizApp", self.app)

    def commands(self) -> Iterator[Command]:
        """(title, callback, help) for every command, in the order discovery shows them.

        While a quiz is in progress only help and the theme are offered: a quiz is left through
        its own screen, which asks first. Reading and quizzing start from the library, so the
        screens never pile up.
        """
        app = self.quiz_app
        yield "Help: toetsen", app.show_help, "Welke toetsen werken op welk scherm"
        yield "Licht/donker thema", app.action_toggle_dark, "Wissel tussen licht en donker"
        if app.quiz_in_progress:
            return
        yield "Bibliotheek", app.show_library, "Terug naar de lijst met artikelen"
        for bank in app.library.banks:
            yield (
                f"Lezen: {bank.title}",
                partial(self._from_library, app.open_article, bank, can_start_quiz=True),
                f"Het artikel lezen ({bank.id})",
            )
            yield (
                f"Quiz: {bank.title}",
                partial(self._from_library, app.start_quiz, bank),
                f"De quiz over dit artikel starten ({bank.id})",
            )

    def _from_library(self, open_: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        self.quiz_app.show_library()
        open_(*args, **kwargs)

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
