"""The library cache: a bank is listed from what its last check found while neither the bank nor
its article changed, is checked again when either did, and a cache that cannot be trusted is
ignored (and rebuilt), never an error. Every cache here lives in a temporary folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_library import write_bank, write_broken

from quiz.cli import main
from quiz.errors import BankError
from quiz.library import cache as cache_module
from quiz.library.cache import CACHE_ENV, CACHE_FILE, LibraryCache, user_cache_dir
from quiz.library.folders import Library, Origin, scan_library
from quiz.library.loader import LoadResult, load_bank
from quiz.library.summary import BankSummary


class CountingLoader:
    """``load_bank``, counting the files it reads."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def __call__(self, path: Path) -> LoadResult:
        self.paths.append(path)
        return load_bank(path)


@pytest.fixture
def folders(tmp_path: Path) -> list[tuple[Path, Origin]]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write_bank(bundled, "brug-utrecht", title="Brug in Utrecht")
    write_broken(user, "kapot")
    write_bank(user, "mijn-bank", bank_id="eigen-brug")
    return [(bundled, "bundled"), (user, "user")]


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / CACHE_FILE


#: A well-formed summary record, to spoil one field at a time.
OK_SUMMARY = {
    "ok": True,
    "id": "brug-utrecht",
    "id_at": [1, 5],
    "title": "Brug",
    "level": "B1",
    "source": None,
    "date": None,
    "questions": 2,
    "categories": [["wie", 1], ["wat", 1]],
    "vocabulary": 0,
    "paragraphs": 3,
    "errors": 0,
    "warnings": 0,
    "first_error": None,
}


def scan(folders: list[tuple[Path, Origin]], cache_file: Path, loader: CountingLoader) -> Library:
    """A fresh scan, as a new start of the app would make (its own cache object)."""
    return scan_library(folders, loader=loader, cache=LibraryCache(cache_file))


def warm(folders: list[tuple[Path, Origin]], cache_file: Path) -> None:
    """Check every bank once, as the library screen's worker does, so the cache knows them."""
    scan(folders, cache_file, CountingLoader()).check_all()


def listing(library: Library) -> list[tuple[str, str, bool, int]]:
    return [(e.id, e.status, e.checked, e.question_count) for e in library]


def touch(path: Path, text: str | None = None) -> None:
    """Change ``path`` as an editor would: new text (or the same), and a later mtime."""
    info = path.stat()
    if text is not None:
        path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))


def test_a_cold_scan_reads_no_bank_and_lists_every_file(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    loader = CountingLoader()
    library = scan(folders, cache_file, loader)
    assert loader.paths == []
    assert [(e.path.name, e.status) for e in library] == [
        ("brug-utrecht.yaml", "unchecked"),
        ("kapot.yaml", "unchecked"),
        ("mijn-bank.yaml", "unchecked"),
    ]
    assert library.unchecked == (0, 1, 2)
    assert not cache_file.exists()  # nothing is written before anything is checked


def test_a_warm_scan_lists_from_the_cache_without_loading(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    warm(folders, cache_file)
    assert cache_file.exists()
    loader = CountingLoader()
    library = scan(folders, cache_file, loader)
    assert loader.paths == []  # load_bank was not called for a cache hit
    assert listing(library) == [
        ("brug-utrecht", "ok", True, 2),
        ("kapot", "broken", True, 0),
        ("eigen-brug", "ok", True, 2),
    ]
    assert library.unchecked == ()
    good = library.entries[0]
    assert good.bank is None and good.result is None  # listed, not held
    assert good.title == "Brug in Utrecht" and good.origin == "bundled"
    summary = good.summary
    assert summary is not None
    assert summary == BankSummary.of(load_bank(good.path))  # exactly what a full check finds


def test_a_cached_broken_bank_keeps_its_first_located_error(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    full = load_bank(folders[1][0] / "kapot.yaml")
    warm(folders, cache_file)
    broken = scan(folders, cache_file, CountingLoader()).entries[1]
    assert broken.status == "broken" and broken.title == "kapot"
    assert broken.first_error == full.errors[0]
    assert str(broken.first_error).startswith(f"{folders[1][0] / 'kapot.yaml'}:3:")
    assert broken.summary is not None and broken.summary.error_count == len(full.errors)


@pytest.mark.parametrize("change", ["bank text", "bank mtime", "article text", "article mtime"])
def test_a_changed_bank_or_article_is_checked_again(
    folders: list[tuple[Path, Origin]], cache_file: Path, change: str
) -> None:
    warm(folders, cache_file)
    bank = folders[0][0] / "brug-utrecht.yaml"
    what, how = change.split()
    path = bank if what == "bank" else bank.with_suffix(".txt")
    if how == "text":  # a fix that changes the size; a broken bank here, to see it re-checked
        touch(path, path.read_text(encoding="utf-8").replace("Brug", "Brug!", 1) + "\n")
    else:  # the same size, only a new mtime: still checked again
        touch(path)
    loader = CountingLoader()
    library = scan(folders, cache_file, loader)
    assert library.unchecked == (0,)
    library.check_all()
    assert loader.paths == [bank]
    assert scan(folders, cache_file, CountingLoader()).unchecked == ()  # remembered again


def test_an_article_that_appears_makes_its_bank_be_checked_again(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    article = folders[0][0] / "brug-utrecht.txt"
    text = article.read_text(encoding="utf-8")
    article.unlink()
    warm(folders, cache_file)
    library = scan(folders, cache_file, CountingLoader())
    assert library.entries[0].status == "broken"  # "article file not found", from the cache
    article.write_text(text, encoding="utf-8")
    library = scan(folders, cache_file, CountingLoader())
    assert library.unchecked == (0,)
    library.check_all()
    assert library.entries[0].status == "ok"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff not json",
        b'{"format": "nieuwsquiz-library-cache", "ver',  # a write cut short
        b"[1, 2, 3]",
        b'{"format": "nieuwsquiz-library-cache", "version": 999, "banks": {}}',
        b'{"format": "iets anders", "version": 1, "banks": {}}',
        b"[" * 100_000,
    ],
    ids=["empty", "binary", "cut-short", "a-list", "newer-version", "other-format", "deep"],
)
def test_a_corrupt_cache_is_ignored_and_rebuilt(
    folders: list[tuple[Path, Origin]], cache_file: Path, content: bytes
) -> None:
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(content)
    library = scan(folders, cache_file, CountingLoader())
    assert library.unchecked == (0, 1, 2)
    library.check_all()
    assert listing(scan(folders, cache_file, CountingLoader()))[0] == (
        "brug-utrecht",
        "ok",
        True,
        2,
    )
    assert json.loads(cache_file.read_bytes())["format"] == "nieuwsquiz-library-cache"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("summary", "niets"),
        ("summary", {"ok": True}),
        ("summary", {**OK_SUMMARY, "id": None}),  # an ok bank without its id
        ("summary", {**OK_SUMMARY, "first_error": {"file": None}}),
        ("bank", "groot"),
        ("bank", [1.5, 2]),
        ("article", 7),
        ("article_stamp", [True, 1]),
    ],
)
def test_a_record_that_does_not_decode_is_a_miss(
    folders: list[tuple[Path, Origin]], cache_file: Path, key: str, value: object
) -> None:
    warm(folders, cache_file)
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    bank = str((folders[0][0] / "brug-utrecht.yaml").resolve())
    data["banks"][bank][key] = value
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    library = scan(folders, cache_file, CountingLoader())
    assert library.unchecked == (0,)  # the others still come from the cache


def test_the_spoilt_records_above_start_from_a_good_one(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    warm(folders, cache_file)
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    bank = str((folders[0][0] / "brug-utrecht.yaml").resolve())
    data["banks"][bank]["summary"] = OK_SUMMARY
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    library = scan(folders, cache_file, CountingLoader())
    assert library.unchecked == ()
    assert library.entries[0].title == "Brug" and library.entries[0].question_count == 2


def test_a_summary_with_wrong_fields_is_a_miss(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    warm(folders, cache_file)
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    for record in data["banks"].values():
        record["summary"]["categories"] = [["geen-categorie", 1]]
        record["summary"]["questions"] = -1
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    assert scan(folders, cache_file, CountingLoader()).unchecked == (0, 1, 2)


def test_a_cache_that_cannot_be_written_is_no_error(
    folders: list[tuple[Path, Origin]], tmp_path: Path
) -> None:
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map", encoding="utf-8")
    library = scan(folders, blocker / CACHE_FILE, CountingLoader())
    library.check_all()  # saving fails quietly
    assert [e.status for e in library] == ["ok", "broken", "ok"]
    assert blocker.read_text(encoding="utf-8") == "geen map"


def test_saving_leaves_no_temporary_files_and_merges_with_another_app(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    one = scan(folders[:1], cache_file, CountingLoader())
    other = scan(folders[1:], cache_file, CountingLoader())  # read the (empty) cache first
    one.check_all()
    other.check_all()  # written after one: keeps one's records
    assert sorted(p.name for p in cache_file.parent.iterdir()) == [CACHE_FILE]
    assert scan(folders, cache_file, CountingLoader()).unchecked == ()


def test_records_of_removed_banks_are_dropped(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    warm(folders, cache_file)
    (folders[1][0] / "kapot.yaml").unlink()
    write_bank(folders[1][0], "nieuw")
    scan(folders, cache_file, CountingLoader()).check_all()
    names = sorted(Path(k).name for k in json.loads(cache_file.read_bytes())["banks"])
    assert names == ["brug-utrecht.yaml", "mijn-bank.yaml", "nieuw.yaml"]


def test_shared_ids_are_found_from_the_cache_too(tmp_path: Path, cache_file: Path) -> None:
    first = write_bank(tmp_path / "bundled", "brug", bank_id="brug")
    second = write_bank(tmp_path / "user", "ook-brug", bank_id="brug")
    folders: list[tuple[Path, Origin]] = [
        (tmp_path / "bundled", "bundled"),
        (tmp_path / "user", "user"),
    ]
    warm(folders, cache_file)
    loader = CountingLoader()
    library = scan(folders, cache_file, loader)
    kept, clash = library.entries
    assert loader.paths == []
    assert kept.ok and not clash.ok and clash.status == "broken"
    problem = clash.first_error
    assert problem is not None
    assert problem.location.path == second and problem.location.line == 1
    assert f"bank id 'brug' is also used by {first}" in problem.message
    assert library.ids == ("brug",)
    # Read in full (to show every diagnostic), the clash is still there.
    assert any("also used by" in d.message for d in library.read(1).diagnostics)


def test_a_shared_id_shows_once_the_earlier_bank_is_checked(
    tmp_path: Path, cache_file: Path
) -> None:
    write_bank(tmp_path / "a", "brug", bank_id="brug")
    write_bank(tmp_path / "b", "ook-brug", bank_id="brug")
    folders: list[tuple[Path, Origin]] = [(tmp_path / "a", "bundled"), (tmp_path / "b", "user")]
    library = scan(folders, cache_file, CountingLoader())
    library.update(1, library.check(library.entries[1].path))
    assert library.entries[1].status == "ok"  # nothing earlier is known to have its id yet
    library.update(0, library.check(library.entries[0].path))
    assert [e.status for e in library] == ["ok", "broken"]


def test_a_bank_is_found_by_id_from_the_cache_and_read_once(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    warm(folders, cache_file)
    loader = CountingLoader()
    library = scan(folders, cache_file, loader)
    assert library.find("eigen-brug").path.name == "mijn-bank.yaml"
    assert loader.paths == []
    bank = library.bank("eigen-brug")  # verified by reading it
    assert bank.id == "eigen-brug" and [p.name for p in loader.paths] == ["mijn-bank.yaml"]
    assert library.entries[2].bank is bank  # kept: opening it again reads nothing
    assert library.bank("eigen-brug") is bank and len(loader.paths) == 1
    with pytest.raises(BankError, match=r"kapot\.yaml:3:"):
        library.bank("kapot")


def test_a_cold_find_checks_the_banks_it_needs(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    loader = CountingLoader()
    library = scan(folders, cache_file, loader)
    assert library.find("brug-utrecht").id == "brug-utrecht"  # the id of a bank not checked
    assert [p.name for p in loader.paths] == ["brug-utrecht.yaml"]  # the first: enough
    assert library.unchecked == (1, 2)
    assert library.bank("eigen-brug").title == "Brug"
    assert library.unchecked == ()
    assert scan(folders, cache_file, CountingLoader()).unchecked == ()  # and remembered


def test_a_cached_bank_that_changed_since_is_read_as_it_is_now(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    warm(folders, cache_file)
    library = scan(folders, cache_file, CountingLoader())
    assert library.entries[0].ok
    bank = folders[0][0] / "brug-utrecht.yaml"
    touch(bank, bank.read_text(encoding="utf-8").replace("language: nl", "language: de"))
    entry = library.read(0)  # opened after the edit: the full read decides
    assert entry.status == "broken" and entry.bank is None


def test_the_cache_folder_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, user_home: Path, tmp_path: Path
) -> None:
    assert user_cache_dir() == user_home / "cache"  # the test isolation (tests/conftest.py)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "elders"))
    assert LibraryCache.default().path == tmp_path / "elders" / CACHE_FILE
    monkeypatch.delenv(CACHE_ENV)
    assert user_cache_dir().name == "nieuwsquiz"  # platformdirs' user cache folder


def test_a_bank_listed_through_another_path_shows_its_own_path(
    folders: list[tuple[Path, Origin]], cache_file: Path, tmp_path: Path
) -> None:
    warm(folders, cache_file)
    link = tmp_path / "link"
    link.symlink_to(folders[1][0], target_is_directory=True)
    library = scan([(link, "extra")], cache_file, CountingLoader())
    broken = library.entries[0]
    assert broken.status == "broken" and broken.first_error is not None
    assert broken.first_error.location.path == link / "kapot.yaml"


def test_validate_checks_in_full_and_leaves_the_cache_alone(
    folders: list[tuple[Path, Origin]], user_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(folders[0][0]), str(folders[1][0])]) == 1
    out = capsys.readouterr().out
    assert "kapot.yaml:3:" in out and "3 banks checked: 2 ok, 1 with errors" in out
    assert not (user_home / "cache").exists()


def test_a_link_to_a_listed_bank_is_listed_once(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    (folders[1][0] / "ook-utrecht.yaml").symlink_to(folders[0][0] / "brug-utrecht.yaml")
    library = scan(folders, cache_file, CountingLoader())
    assert [e.path.name for e in library] == ["brug-utrecht.yaml", "kapot.yaml", "mijn-bank.yaml"]


def test_banks_are_checked_smallest_first(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    big = folders[0][0] / "brug-utrecht.yaml"
    big.write_text(big.read_text(encoding="utf-8") + "# " + "x" * 5_000 + "\n", encoding="utf-8")
    library = scan(folders, cache_file, CountingLoader())
    assert library.unchecked == (0, 1, 2)
    assert library.unchecked_smallest_first()[-1] == 0


def test_a_check_that_ends_after_the_bank_was_read_keeps_the_bank(
    folders: list[tuple[Path, Origin]], cache_file: Path
) -> None:
    library = scan(folders, cache_file, CountingLoader())
    path = library.entries[0].path
    summary = library.check(path)  # a background check, still running when…
    bank = library.read(0).bank  # …the learner opens the bank
    assert not library.update(0, summary)
    assert bank is not None and library.entries[0].bank is bank


def test_checks_by_other_code_are_not_trusted(
    folders: list[tuple[Path, Origin]], cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new version, or an edited rule or question kind, may judge a bank differently."""
    warm(folders, cache_file)
    assert scan(folders, cache_file, CountingLoader()).unchecked == ()
    monkeypatch.setattr(cache_module, "checker_fingerprint", lambda: "andere code")
    assert scan(folders, cache_file, CountingLoader()).unchecked == (0, 1, 2)


def test_the_checker_fingerprint_follows_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "quiz"
    (package / "kinds").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    rule = package / "kinds" / "regel.py"
    rule.write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache_module.quiz, "__file__", str(package / "__init__.py"))

    def fingerprint() -> str:
        cache_module.checker_fingerprint.cache_clear()
        return cache_module.checker_fingerprint()

    before = fingerprint()
    assert fingerprint() == before
    (package / "kinds" / "notes.txt").write_text("geen code", encoding="utf-8")
    assert fingerprint() == before  # only modules count
    touch(rule, "A = 2\n")
    assert fingerprint() != before
    cache_module.checker_fingerprint.cache_clear()
