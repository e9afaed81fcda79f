"""Getting a bank file's text safely: refusing what is missing, too large, binary or not UTF-8.

These checks come before YAML parsing so a wrong file (a 50 MB log, a Word document, a file
saved as UTF-16) gets one clear located message instead of a parser error or a long wait.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from quiz.bank.yaml.tree import Node, parse_yaml
from quiz.diagnostics import Diagnostic, error

#: A bank larger than this (1 MiB) is refused before it is read: real banks are a few tens of KiB,
#: and the limit keeps a hostile or mistaken file from costing memory or time.
MAX_BANK_BYTES = 1024 * 1024


def decode_text(data: bytes, path: Path, what: str) -> tuple[str | None, list[Diagnostic]]:
    """UTF-8 text of a file's bytes without a BOM, or a located reason why it is not text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [
            error(path, 1, 1, f"the {what} is saved as UTF-16", "save it as UTF-8 instead")
        ]
    nul = data.find(b"\x00")
    if nul >= 0 and _looks_like_utf16(data):
        return None, [
            error(path, 1, 1, f"the {what} is saved as UTF-16", "save it as UTF-8 instead")
        ]
    if nul >= 0:
        line, column = _byte_position(data, nul)
        return None, [
            error(
                path,
                line,
                column,
                f"binary file: the {what} contains a NUL byte",
                "a bank must be a UTF-8 text file",
            )
        ]
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, exc.start)
        bad = data[exc.start : exc.start + 1]
        hint = "save the file as UTF-8"
        try:
            guess = bad.decode("cp1252")
            data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:  # the usual cause: an editor that saves "ANSI" (Windows-1252) by default
            hint += f" (it seems to be saved as ANSI / Windows-1252, where this byte is '{guess}')"
        return None, [
            error(
                path,
                line,
                column,
                f"the {what} is not valid UTF-8 (byte 0x{bad.hex()})",
                hint,
            )
        ]


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: mostly-ASCII text has a zero in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) >= half * 0.3 and min(even, odd) <= half * 0.05


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of a byte offset (text before it is valid UTF-8)."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    before = data[line_start:offset].decode("utf-8", errors="replace")
    return data.count(b"\n", 0, offset) + 1, len(before) + 1


def read_limited(path: Path, limit: int, what: str) -> tuple[bytes | None, list[Diagnostic]]:
    """The file's bytes, refusing missing, non-regular and over-size files before reading them."""
    try:
        if not path.exists():
            if path.is_symlink():  # a link whose target is gone, or a loop of links
                return None, [
                    error(
                        path,
                        1,
                        1,
                        f"the {what} path is a link that leads to no file: {path}",
                        "its target is missing, or links point to each other in a loop",
                    )
                ]
            return None, [error(path, 1, 1, f"{what} file not found: {path}")]
        if path.is_dir():
            return None, [error(path, 1, 1, f"{what} path is a folder, not a file: {path}")]
        if not path.is_file():  # a pipe or device could block or never end
            return None, [error(path, 1, 1, f"{what} path is not a regular file: {path}")]
        size = path.stat().st_size
        if size > limit:
            return None, [_too_large(path, size, limit, what)]
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # the size may have changed, or not be known (pipes)
    except OSError as exc:
        return None, [error(path, 1, 1, f"cannot read the {what}: {exc.strerror or exc}")]
    if len(data) > limit:
        return None, [_too_large(path, len(data), limit, what)]
    return data, []


def _too_large(path: Path, size: int, limit: int, what: str) -> Diagnostic:
    return error(
        path,
        1,
        1,
        f"the {what} is too large ({size:,} bytes; the limit is {limit // 1024:,} KiB)",
        "split it into several files",
    )


def read_yaml_file(
    path: Path, limit: int = MAX_BANK_BYTES, what: str = "bank"
) -> tuple[Node | None, list[Diagnostic]]:
    """The node tree of a YAML file, or ``None`` and the located reasons it cannot be read."""
    data, problems = read_limited(path, limit, what)
    if data is None:
        return None, problems
    text, problems = decode_text(data, path, what)
    if text is None:
        return None, problems
    return parse_yaml(text, path)
