"""A bank may only make the app read an article inside the bank's own folder.

Made in a temporary folder: an absolute path, ``..`` out of the folder, a sibling folder, a link
that points out, a FIFO and an article that is itself broken. Each gives one located error at the
``article:`` value (or, for the article's own faults, names the bank that uses it), and nothing
from the outside file is read or quoted.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from quiz.library.loader import LoadResult, load_bank

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
BASE = (ARTICLES / "dijk.yaml").read_text(encoding="utf-8")
SECRET = "root:x:0:0:geheim"


def bank_with_article(folder: Path, article: str) -> LoadResult:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ARTICLES / "dijk.txt", folder / "dijk.txt")
    bank = folder / "bank.yaml"
    bank.write_text(BASE.replace("article: dijk.txt", f"article: {article}"), encoding="utf-8")
    return load_bank(bank)


def the_error(result: LoadResult) -> str:
    errors = [d for d in result.diagnostics if d.is_error]
    assert not result.ok and len(errors) == 1, [d.format() for d in result.diagnostics]
    assert (errors[0].location.line, errors[0].location.column) == (5, 10)
    return errors[0].format()


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    outside = tmp_path / "other-folder" / "secret.txt"
    outside.parent.mkdir()
    outside.write_text(f"Titel\n\n{SECRET} is een geheime regel met genoeg woorden erin.\n")
    return outside


@pytest.mark.parametrize(
    "article",
    ["{secret}", "../other-folder/secret.txt", "../../other-folder/secret.txt", "/etc/passwd"],
)
def test_an_article_outside_the_folder_is_refused_unread(
    tmp_path: Path, secret: Path, article: str
) -> None:
    result = bank_with_article(tmp_path / "banks", article.format(secret=secret))
    text = the_error(result)
    assert "must be a file in the bank's folder" in text
    assert SECRET not in text and "root:x" not in text


def test_a_link_that_points_out_of_the_folder_is_refused(tmp_path: Path, secret: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "link.txt").symlink_to(secret)
    assert "must be a file in the bank's folder" in the_error(bank_with_article(folder, "link.txt"))


def test_a_link_inside_the_folder_is_fine(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "sub").mkdir()
    shutil.copy(ARTICLES / "dijk.txt", folder / "sub" / "echt.txt")
    (folder / "link.txt").symlink_to(folder / "sub" / "echt.txt")
    result = bank_with_article(folder, "link.txt")
    assert result.ok, [d.format() for d in result.diagnostics]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    assert "not a regular file" in the_error(bank_with_article(folder, "pipe.txt"))


def test_an_article_s_own_error_names_the_bank(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "leeg.txt").write_bytes("Titel\n".encode("utf-16"))
    result = bank_with_article(folder, "leeg.txt")
    [problem] = [d for d in result.diagnostics if d.is_error]
    assert problem.location.path == folder / "leeg.txt"
    assert "UTF-16" in problem.message
    assert f"the article of {folder / 'bank.yaml'}:5:10" in problem.format()
