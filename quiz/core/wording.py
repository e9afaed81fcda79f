"""How author-facing messages put words together: one of each helper, so every message quotes,
shortens, counts and lists alike. (Learners' words are Dutch and live in the UI; these are the
English of the validator and the command line, for authors.)"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: How much of a value a message echoes: enough to recognise it, never a flood.
SHOWN_CHARS = 40


def shorten(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with ``…`` when longer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def shown(value: str, limit: int = SHOWN_CHARS) -> str:
    """A value echoed in a message: quoted, and cut short so a runaway value cannot flood it."""
    return f"'{shorten(value, limit)}'"


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 error``, ``3 errors`` (``many`` for irregular plurals)."""
    return f"{count} {word}" if count == 1 else f"{count} {many or word + 's'}"


def join_and(items: Sequence[object]) -> str:
    """``3``, ``3 and 4``, ``3, 4 and 7``: how lists read in messages."""
    return _join(items, "and")


def join_or(items: Sequence[object]) -> str:
    """``a``, ``a or b``, ``a, b or c``."""
    return _join(items, "or")


def _join(items: Sequence[object], last: str) -> str:
    words = [str(i) for i in items]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def closest(word: str, options: Iterable[str]) -> str | None:
    """The option ``word`` most likely misspells (case aside), if one is close enough."""
    import difflib  # here, not at the top: the command line imports this module at start-up

    by_fold = {o.casefold(): o for o in options}
    close = difflib.get_close_matches(word.casefold(), list(by_fold), n=1, cutoff=0.6)
    return by_fold[close[0]] if close else None


def did_you_mean(word: str, options: Iterable[str]) -> str | None:
    """A hint naming the closest known word, if any is close enough to be a likely typo."""
    close = closest(word, options)
    return f"did you mean '{close}'?" if close else None
