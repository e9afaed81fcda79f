"""Banks that are not what they claim, or that try to reach the terminal showing their report:
each gives one located message in plain words, and nothing from the file is printed raw."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quiz.bank.files import MAX_BANK_BYTES
from quiz.cli import main
from quiz.diagnostics import error, printable
from quiz.library.loader import LoadResult, load_bank

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
BASE = (ARTICLES / "dijk.yaml").read_text(encoding="utf-8")


def load_bytes(tmp_path: Path, data: bytes) -> LoadResult:
    shutil.copy(ARTICLES / "dijk.txt", tmp_path / "dijk.txt")
    bank = tmp_path / "bank.yaml"
    bank.write_bytes(data)
    return load_bank(bank)


def only_error(result: LoadResult) -> tuple[int, int, str]:
    assert not result.ok and len(result.diagnostics) == 1, result.diagnostics
    d = result.diagnostics[0]
    return d.location.line, d.location.column, d.format()


@pytest.mark.parametrize(
    ("data", "line", "column", "words"),
    [
        (BASE.encode("utf-16"), 1, 1, "saved as UTF-16"),
        (BASE.encode("utf-16-le"), 1, 1, "saved as UTF-16"),  # no byte-order mark
        (BASE.encode("utf-16-be"), 1, 1, "saved as UTF-16"),
        (
            BASE.replace("source: Verzonnen", "source: Oekraïne").encode("cp1252"),
            6,
            14,
            "Windows-1252, where this byte is 'ï'",
        ),
        (b"Dit is mijn quiz over de dijk\n", 1, 1, "found text 'Dit is mijn quiz over de dijk'"),
        (b"- id: a\n- id: b\n", 1, 1, "a bank must be written as 'key: value' lines"),
        (BASE.encode() + b"#" * MAX_BANK_BYTES, 1, 1, "too large"),
    ],
)
def test_files_that_are_no_bank(
    tmp_path: Path, data: bytes, line: int, column: int, words: str
) -> None:
    got_line, got_column, text = only_error(load_bytes(tmp_path, data))
    assert words in text
    assert (got_line, got_column) == (line, column)


def test_a_link_loop_is_named_as_such(tmp_path: Path) -> None:
    bank = tmp_path / "a.yaml"
    bank.symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(bank)
    *_, text = only_error(load_bank(bank))
    assert "link that leads to no file" in text and "loop" in text


def test_a_folder_named_like_a_bank(tmp_path: Path) -> None:
    folder = tmp_path / "x.yaml"
    folder.mkdir()
    *_, text = only_error(load_bank(folder))
    assert "folder, not a file" in text


def test_control_characters_in_values_are_refused(tmp_path: Path) -> None:
    osc52 = BASE.replace("source: Verzonnen", 'source: "\\e]52;c;ZXZpbA==\\a"')
    line, column, text = only_error(load_bytes(tmp_path, osc52.encode()))
    assert (line, column) == (6, 9) and "control character U+001B" in text


def test_markup_in_values_is_just_text(tmp_path: Path) -> None:
    marked = BASE.replace(
        "    prompt: Wie is Mieke Bosman?", '    prompt: "[bold red]Wie[/] is [/]?"'
    )
    result = load_bytes(tmp_path, marked.encode())
    assert result.bank is not None
    assert result.bank.questions[0].prompt == "[bold red]Wie[/] is [/]?"


def test_printable_escapes_control_and_direction_characters() -> None:
    assert printable("a\x1b[2Jb\u202ec\x07") == "a\\x1b[2Jb\\u202ec\\x07"
    shown = error(Path("\x1b[31mx.yaml"), 1, 1, "bad \x9b value").format()
    assert "\x1b" not in shown and "\x9b" not in shown
    assert shown.startswith("\\x1b[31mx.yaml:1:1: error: bad \\x9b value")


def test_validate_never_prints_a_control_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "\x1b[2Jbank.yaml").write_text("x\n", encoding="utf-8")
    folder = tmp_path / "\x1b]0;title\x07"
    folder.mkdir()
    code = main(["validate", ".", "\x1b[2Jbank.yaml", str(folder.name), "\x1b[31mgone.yaml"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "\\x1b[2Jbank.yaml:1:1: error:" in out
