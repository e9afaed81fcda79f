"""``quiz validate`` and the command-line guard: output format, summary and exit codes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quiz import __version__
from quiz.cli import main
from quiz.library.loader import LoadResult

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "fixtures" / "mini"
DIAGNOSTIC = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (error|warning): .+$")


@pytest.fixture
def banks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with a good bank, a bank with one error and one warning, and the article."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(MINI / "article.txt", tmp_path)
    shutil.copy(MINI / "good.yaml", tmp_path / "a-good.yaml")
    text = (MINI / "good.yaml").read_text(encoding="utf-8")
    text = text.replace("id: mini", "id: other")
    text = text.replace("answer: juist", "answer: yes")  # error, line 38
    text = text.replace("answer: 25 februari", "answer: 26 februari")  # warning, line 21
    (tmp_path / "b-bad.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_good_bank_exits_zero(banks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", "a-good.yaml")
    assert (code, out, err) == (0, ["1 bank checked: 1 ok"], "")


def test_folder_reports_each_problem_and_a_summary(
    banks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "validate", ".")
    assert code == 1
    assert out[-1] == "2 banks checked: 1 ok, 1 with errors (1 error, 1 warning)"
    assert out[:-1] == [
        "b-bad.yaml:21:13: warning: the answer '26 februari' does not occur in the evidence "
        "paragraph (learners may not be able to find it in the text)",
        "b-bad.yaml:38:13: error: a true_false answer must be 'juist' or 'onjuist', not 'yes' "
        "(write juist or onjuist; yes/no/true/false are not used)",
    ]
    assert all(DIAGNOSTIC.match(line) for line in out[:-1])


def test_paths_outside_the_working_folder_stay_as_given(
    banks: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = banks / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out, _ = run(capsys, "validate", str(banks / "b-bad.yaml"))
    assert code == 1
    assert out[0].startswith(f"{banks / 'b-bad.yaml'}:21:13: warning:")


def test_one_broken_bank_does_not_stop_the_others(
    banks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (banks / "0-binary.yaml").write_bytes(b"\x00\x01")
    (banks / "1-list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", ".")
    assert code == 1
    assert (
        out[0] == "0-binary.yaml:1:1: error: binary file: the bank contains a NUL byte "
        "(a bank must be a UTF-8 text file)"
    )
    assert out[1].startswith("1-list.yaml:1:1: error: a bank must be written as 'key: value'")
    assert out[-1] == "4 banks checked: 1 ok, 3 with errors (3 errors, 1 warning)"


def test_missing_file_is_a_located_error(banks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", "nope.yaml", "a-good.yaml")
    assert code == 1
    assert out == [
        "nope.yaml:1:1: error: bank file not found: nope.yaml",
        "2 banks checked: 1 ok, 1 with errors (1 error)",
    ]


def test_folder_without_banks(banks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (banks / "empty").mkdir()
    code, out, err = run(capsys, "validate", "empty")
    assert code == 1
    assert err == "quiz: error: empty: no bank files (*.yaml, *.yml) here\n"
    assert out == ["0 banks checked: 0 ok"]


def test_duplicate_bank_ids_across_files(banks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(banks / "a-good.yaml", banks / "c-copy.yaml")
    code, out, _ = run(capsys, "validate", "a-good.yaml", "c-copy.yaml")
    assert code == 1
    assert out[0].startswith("c-copy.yaml:2:5: error: bank id 'mini' is also used by")
    assert out[-1] == "2 banks checked: 1 ok, 1 with errors (1 error)"


def test_default_is_the_bundled_banks(
    banks: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = banks / "bundled"
    bundled.mkdir()
    shutil.copy(banks / "a-good.yaml", bundled)
    shutil.copy(banks / "article.txt", bundled)
    monkeypatch.setattr("quiz.core.paths.bundled_questions_dir", lambda: bundled)
    assert run(capsys, "validate")[:2] == (0, ["1 bank checked: 1 ok"])


@pytest.mark.parametrize(
    ("argv", "code"),
    [(["validate", "--bogus"], 2), (["frobnicate"], 2), (["--nope"], 2), (["validate", "-h"], 0)],
)
def test_usage(argv: list[str], code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == code
    out, err = capsys.readouterr()
    assert "usage: quiz" in (err if code else out)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"quiz {__version__}\n"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("take", "read", "validate"):
        assert command in out


def test_unexpected_error_is_one_line_not_a_traceback(
    banks: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> LoadResult:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("quiz.library.loader.load_bank", broken)
    code, _, err = run(capsys, "validate", "a-good.yaml")
    assert code == 1
    assert err == "quiz: internal error: RuntimeError: disk on fire\n"
    assert "Traceback" not in err


def test_interrupt_exits_130_quietly(
    banks: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(path: Path) -> LoadResult:
        raise KeyboardInterrupt

    monkeypatch.setattr("quiz.library.loader.load_bank", interrupted)
    code, _, err = run(capsys, "validate", "a-good.yaml")
    assert (code, err) == (130, "")


def test_python_dash_m_quiz_validate(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-m", "quiz", "validate", str(MINI / "good.yaml"), "nope.yaml"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "nope.yaml:1:1: error: bank file not found: nope.yaml",
        "2 banks checked: 1 ok, 1 with errors (1 error)",
    ]
    assert done.stderr == ""
