"""Invisible format characters, removed from every text a bank or article brings into the app.

Bidi overrides (U+202E …) reorder what a terminal shows ("Trojan source"), zero-width spaces and
soft hyphens hide inside words copied from a web page, and tag characters can carry hidden text.
None of them is ever meant to be shown or matched, so the loader drops them from bank values and
article lines before anything else sees the text: the TUI never sends them to the terminal, and
a quote copied with a hidden soft hyphen still matches the article.
"""

from __future__ import annotations

import re

# Every character of Unicode category Cf ("format"), as of Unicode 14 (Python 3.11's database),
# written out as ranges so importing this module costs nothing. A test checks it against
# ``unicodedata`` so a newer Python cannot silently let one through.
_FORMAT_CHARACTERS = re.compile(
    "["
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "]"
)


def drop_invisible(text: str) -> str:
    """``text`` without format characters (bidi controls, zero-width characters, soft hyphens)."""
    if text.isascii():  # every format character is beyond ASCII: most texts need no search
        return text
    return _FORMAT_CHARACTERS.sub("", text)
