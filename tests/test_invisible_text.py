"""Invisible format characters never get into the model: the loader drops them from bank values
and article lines, so the TUI cannot send a bidi override to the terminal and a quote copied with
a hidden soft hyphen still matches."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from quiz.core.invisible import drop_invisible
from quiz.library.loader import load_bank

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
BASE = (ARTICLES / "dijk.yaml").read_text(encoding="utf-8")
HIDDEN = "\u202e\u200b\u00ad\u2066\ufeff\U000e0041"


def test_every_format_character_is_dropped_and_nothing_else() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    kept = "".join(c for c in everything if unicodedata.category(c) != "Cf")
    assert drop_invisible(everything) == kept


@pytest.mark.parametrize("char", list(HIDDEN))
def test_a_loaded_bank_and_article_hold_no_invisible_character(tmp_path: Path, char: str) -> None:
    article = (ARTICLES / "dijk.txt").read_text(encoding="utf-8")
    words = article.split(" ")
    words[3] = words[3][:2] + char + words[3][2:]  # hidden inside a word, as pasted from the web
    (tmp_path / "dijk.txt").write_text(" ".join(words), encoding="utf-8")
    title = BASE.split("title: ", 1)[1].split("\n", 1)[0]
    bank = BASE.replace(f"title: {title}", f'title: "{char}{title}{char}"')
    (tmp_path / "bank.yaml").write_text(bank, encoding="utf-8")
    result = load_bank(tmp_path / "bank.yaml")
    assert result.bank is not None, [d.format() for d in result.diagnostics]
    texts = [result.bank.title, *(p.text for p in result.bank.article.paragraphs)]
    texts += [q.prompt for q in result.bank.questions]
    assert not any(c in text for text in texts for c in HIDDEN)
    assert result.bank.title == title.strip('"')
