"""Textual's Footer, rebuilt only when what it shows has changed.

Textual's :class:`~textual.widgets.Footer` throws its keys away and builds them again after every
``refresh_bindings``: a reactive declared with ``bindings=True`` changing, every focus change, a
screen resuming. On the question screen one answer did that about five times (outcome set, answer
widget disabled, focus moved to "Volgende vraag"), and every rebuild restyles and lays out the
Footer again while the learner waits for the verdict. This Footer collects the requests of one
refresh into one look at the bindings and rebuilds only when the keys it would show differ.

It also works around a leak in Textual 8.2.8: ``Footer.compose`` binds every ``FooterKey`` to
``Footer.compact`` with ``data_bind``, which adds a watcher to the Footer that holds the key.
Textual drops the watchers of removed widgets only when ``compact`` changes, which it never
does, so every key the Footer ever built (a handful per answer, 78 answers a quiz) stayed alive.
After each rebuild the watchers of keys that are gone are dropped here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget
from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.screen import Screen

#: What the Footer shows of one key: key, its label, description, action, enabled, tooltip.
ShownKey = tuple[str, str, str, str, bool, str]


class QuizFooter(Footer):
    """A :class:`~textual.widgets.Footer` that rebuilds once per change of what it shows."""

    def __init__(self, *, id: str | None = None, compact: bool = False) -> None:
        super().__init__(id=id, compact=compact)
        self._shown: tuple[ShownKey, ...] | None = None
        self._update_pending = False
        self.rebuilds = 0
        """How often the keys were built (for tests: one state change, one rebuild)."""

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._update_pending:
            self._update_pending = True
            self.call_after_refresh(self._update_keys)

    def shown_keys(self) -> tuple[ShownKey, ...]:
        """The keys the Footer would show now, in order."""
        app = self.app
        return tuple(
            (
                key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                enabled,
                tooltip,
            )
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show
        )

    async def _update_keys(self) -> None:
        self._update_pending = False
        if not self.is_attached:
            return
        shown = self.shown_keys()
        if shown == self._shown:
            return
        self._shown = shown
        self.rebuilds += 1
        await self.recompose()
        self._drop_watchers_of_removed_keys()

    def _drop_watchers_of_removed_keys(self) -> None:
        watchers: dict[str, list[tuple[object, object]]] = getattr(self, "__watchers", {})
        for callbacks in watchers.values():
            callbacks[:] = [
                (owner, callback)
                for owner, callback in callbacks
                if not isinstance(owner, Widget) or owner.is_attached
            ]
