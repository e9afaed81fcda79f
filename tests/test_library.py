"""The library: banks from several folders, broken banks listed, duplicate ids, finding by name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quiz.core.model import Category
from quiz.core.paths import QUESTIONS_ENV, bundled_questions_dir, user_questions_dir
from quiz.diagnostics import error
from quiz.errors import BankError, BankNotFoundError
from quiz.library.folders import (
    Library,
    Origin,
    close_matches,
    default_folders,
    load_library,
)
from quiz.library.loader import LoadResult

ARTICLE = """\
Nieuwe brug in Utrecht open
De fietsbrug over het kanaal is zaterdag geopend door wethouder Sanne de Wit.
De brug is 120 meter lang en kostte 14 miljoen euro.
"""

BANK = """\
id: {id}
title: {title}
language: nl
level: B1
article: {article}
questions:
  - id: wie-opent
    category: wie
    type: short_answer
    prompt: Wie opende de brug?
    answer: Sanne de Wit
    evidence: geopend door wethouder Sanne de Wit
    explanation: De wethouder opende de brug.
  - id: wat-lengte
    category: wat
    type: true_false
    prompt: De brug is 120 meter lang.
    answer: juist
    evidence: De brug is 120 meter lang
    explanation: Zo staat het in de tekst.
"""


def write_bank(folder: Path, stem: str, bank_id: str | None = None, title: str = "Brug") -> Path:
    """A valid bank (and its article) in ``folder``, named ``<stem>.yaml``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / f"{stem}.yaml"
    path.write_text(
        BANK.format(id=bank_id or stem, title=title, article=f"{stem}.txt"), encoding="utf-8"
    )
    return path


def write_broken(folder: Path, stem: str) -> Path:
    """A bank whose line 3 has a language the app does not support."""
    path = write_bank(folder, stem)
    path.write_text(path.read_text().replace("language: nl", "language: de"), encoding="utf-8")
    return path


@pytest.fixture
def folders(tmp_path: Path) -> list[tuple[Path, Origin]]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write_bank(bundled, "brug-utrecht", title="Brug in Utrecht")
    write_bank(bundled, "belarus-spagaat")
    write_broken(user, "kapot")
    write_bank(user, "mijn-bank", bank_id="eigen-brug")
    return [(bundled, "bundled"), (user, "user")]


def test_every_bank_is_listed_and_a_broken_one_keeps_its_first_error(
    folders: list[tuple[Path, Origin]],
) -> None:
    library = load_library(folders)
    rows = [(e.id, e.origin, e.ok, e.question_count) for e in library]
    assert rows == [
        ("belarus-spagaat", "bundled", True, 2),
        ("brug-utrecht", "bundled", True, 2),
        ("kapot", "user", False, 0),
        ("eigen-brug", "user", True, 2),
    ]
    assert library.ids == ("belarus-spagaat", "brug-utrecht", "eigen-brug")
    assert [b.title for b in library.banks] == ["Brug", "Brug in Utrecht", "Brug"]
    (broken,) = library.broken
    assert broken.bank is None and broken.title == "kapot" and broken.categories == ()
    first = broken.first_error
    assert first is not None
    assert first.location.path == folders[1][0] / "kapot.yaml"
    assert first.location.line == 3
    assert "language" in first.message
    good = library.find("brug-utrecht")
    assert good.first_error is None
    assert good.categories == (Category.WIE, Category.WAT)
    assert good.title == "Brug in Utrecht"
    assert good.origin == "bundled"


def test_a_later_bank_with_a_taken_id_is_broken_and_names_the_other_file(tmp_path: Path) -> None:
    first = write_bank(tmp_path / "bundled", "brug", bank_id="brug")
    second = write_bank(tmp_path / "user", "ook-brug", bank_id="brug")
    library = load_library([(tmp_path / "bundled", "bundled"), (tmp_path / "user", "user")])
    kept, clash = library.entries
    assert kept.ok and kept.path == first
    assert not clash.ok and clash.bank is None and clash.path == second
    problem = clash.first_error
    assert problem is not None
    assert problem.location.path == second and problem.location.line == 1
    assert "brug" in problem.message and str(first) in problem.message
    assert library.ids == ("brug",)
    assert library.find("brug") is kept
    assert library.find("ook-brug") is clash


def test_a_folder_named_twice_is_read_once(tmp_path: Path) -> None:
    write_bank(tmp_path, "brug")
    library = load_library([(tmp_path, "bundled"), (tmp_path / "." / "", "extra")])
    assert [(e.id, e.origin, e.ok) for e in library] == [("brug", "bundled", True)]
    assert len(library.folders) == 1


def test_missing_folders_are_empty_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nergens" / "questions"
    library = load_library([(missing, "user")])
    assert len(library) == 0
    assert not missing.exists() and not missing.parent.exists()
    with pytest.raises(BankNotFoundError, match=r"no banks found; looked in .*nergens"):
        library.find("iets")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("brug-utrecht", "brug-utrecht"),  # by id
        ("eigen-brug", "eigen-brug"),
        ("mijn-bank", "eigen-brug"),  # by file stem
        ("Brug-Utrecht", "brug-utrecht"),  # case-insensitive as a last resort
        ("kapot", "kapot"),  # a broken bank is found too: the caller shows why
        ("  belarus-spagaat ", "belarus-spagaat"),
    ],
)
def test_find_by_id_or_stem(folders: list[tuple[Path, Origin]], name: str, expected: str) -> None:
    assert load_library(folders).find(name).id == expected


def test_find_by_path_to_a_listed_bank_returns_its_entry(
    folders: list[tuple[Path, Origin]], monkeypatch: pytest.MonkeyPatch
) -> None:
    library = load_library(folders)
    listed = library.find("brug-utrecht")
    assert library.find(str(listed.path)) is listed
    monkeypatch.chdir(folders[0][0])
    assert library.find("brug-utrecht.yaml") is listed
    assert library.find(f".{os.sep}brug-utrecht.yaml") is listed


def test_find_by_path_loads_a_bank_outside_the_library(
    folders: list[tuple[Path, Origin]], tmp_path: Path
) -> None:
    library = load_library(folders)
    elsewhere = write_bank(tmp_path / "los", "losse-bank")
    entry = library.find(str(elsewhere))
    assert (entry.id, entry.origin, entry.ok) == (
        "losse-bank",
        "extra",
        True,
    )
    assert len(library) == 4  # finding does not change the library


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "belarus",
            "unknown bank 'belarus'; did you mean belarus-spagaat? "
            "(available: belarus-spagaat, brug-utrecht, eigen-brug)",
        ),
        (
            "brug",
            "unknown bank 'brug'; did you mean brug-utrecht or eigen-brug? "
            "(available: belarus-spagaat, brug-utrecht, eigen-brug)",
        ),
        (
            "eigen-burg",
            "unknown bank 'eigen-burg'; did you mean eigen-brug? "
            "(available: belarus-spagaat, brug-utrecht, eigen-brug)",
        ),
        ("zzz", "unknown bank 'zzz' (available: belarus-spagaat, brug-utrecht, eigen-brug)"),
    ],
)
def test_unknown_name_lists_close_matches_and_ids(
    folders: list[tuple[Path, Origin]], name: str, message: str
) -> None:
    with pytest.raises(BankNotFoundError) as caught:
        load_library(folders).find(name)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("relative", "message"),
    [
        ("nergens/bank.yaml", "no bank file at "),
        ("user", "is a folder, not a bank file; use --questions"),
    ],
)
def test_unknown_path(
    folders: list[tuple[Path, Origin]], tmp_path: Path, relative: str, message: str
) -> None:
    with pytest.raises(BankNotFoundError, match=message):
        load_library(folders).find(str(tmp_path / relative))


def test_bank_returns_a_loaded_bank_and_raises_for_a_broken_one(
    folders: list[tuple[Path, Origin]],
) -> None:
    library = load_library(folders)
    assert library.bank("mijn-bank").id == "eigen-brug"
    with pytest.raises(BankError, match=r"kapot\.yaml:3:"):
        library.bank("kapot")
    with pytest.raises(BankNotFoundError):
        library.bank("zzz")


def test_loader_and_finder_can_be_injected(tmp_path: Path) -> None:
    """One bank failing in any way is listed, and the others still load."""
    paths = [tmp_path / "a.yaml", tmp_path / "b.yaml"]

    def fake_loader(path: Path) -> LoadResult:
        return LoadResult(path, None, (error(path, 2, 5, "kapot"),))

    library = load_library([(tmp_path, "user")], loader=fake_loader, finder=lambda folder: paths)
    assert [(e.id, e.ok, str(e.first_error)) for e in library] == [
        ("a", False, f"{paths[0]}:2:5: error: kapot"),
        ("b", False, f"{paths[1]}:2:5: error: kapot"),
    ]
    assert library.banks == ()
    assert isinstance(library, Library)


def test_default_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_folders() == [
        (bundled_questions_dir(), "bundled"),
        (user_questions_dir(), "user"),
    ]
    monkeypatch.setenv(QUESTIONS_ENV, str(tmp_path / "env"))
    assert default_folders()[1] == (tmp_path / "env", "user")
    assert default_folders(tmp_path / "cli")[1] == (tmp_path / "cli", "extra")


def test_default_folders_follow_the_test_isolation(user_home: Path) -> None:
    assert user_questions_dir() == user_home / "questions"


def test_the_bundled_banks_all_load() -> None:
    library = load_library(default_folders())
    bundled = [e for e in library if e.origin == "bundled"]
    assert bundled, "the repository ships at least one bank"
    assert all(e.ok for e in bundled), [str(e.first_error) for e in bundled if not e.ok]
    assert not [e for e in library if e.origin == "user"]  # the isolated user folder is empty


@pytest.mark.parametrize(
    ("name", "candidates", "expected"),
    [
        ("belarus", ["belarus-spagaat", "brug"], ["belarus-spagaat"]),
        ("spagaat", ["belarus-spagaat", "brug"], ["belarus-spagaat"]),
        ("burg", ["brug", "belarus-spagaat"], ["brug"]),
        ("x", ["brug"], []),
        ("", ["brug"], []),
    ],
)
def test_close_matches(name: str, candidates: list[str], expected: list[str]) -> None:
    assert close_matches(name, candidates) == expected
