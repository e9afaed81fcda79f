"""The safe YAML reader: text-only scalars, located refusals, and hostile files that must fail
fast with one clear error (run against libyaml and the pure-Python parser alike)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.bank.files import MAX_BANK_BYTES, read_yaml_file
from quiz.bank.yaml import tree as yaml_tree
from quiz.bank.yaml.tree import MappingNode, Mark, ScalarNode, SequenceNode, parse_yaml

P = Path("bank.yaml")

LOADERS = [pytest.param(yaml.SafeLoader, id="python")]
if yaml.__with_libyaml__:
    LOADERS.append(pytest.param(yaml.CSafeLoader, id="libyaml"))


@pytest.fixture(params=LOADERS, autouse=True)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(yaml_tree, "_Loader", request.param)
    yield


def one_error(text: str) -> tuple[int, int, str, str | None]:
    node, diagnostics = parse_yaml(text, P)
    assert node is None
    assert len(diagnostics) == 1, diagnostics
    d = diagnostics[0]
    assert d.is_error
    return d.location.line, d.location.column, d.message, d.hint


def test_scalars_stay_text_as_written() -> None:
    text = "a: no\nb: 2022-02-25\nc: 010\nd: 1.5\ne: 'yes'\nf: on\n"
    node, diagnostics = parse_yaml(text, P)
    assert diagnostics == []
    assert isinstance(node, MappingNode)
    values = {k.value: v.value for k, v in node.items if isinstance(v, ScalarNode)}
    assert values == {"a": "no", "b": "2022-02-25", "c": "010", "d": "1.5", "e": "yes", "f": "on"}


@pytest.mark.parametrize(
    ("value", "missing"),
    [
        ("", True),
        ("~", True),
        ("null", True),
        ("Null", True),
        ("NULL", True),
        ("'~'", False),
        ('"null"', False),
        ("nul", False),
        ("''", False),  # quoted empty text is text; the loader calls it blank
    ],
)
def test_missing_values(value: str, missing: bool) -> None:
    node, _ = parse_yaml(f"key: {value}\n", P)
    assert isinstance(node, MappingNode)
    scalar = node.get("key")
    assert isinstance(scalar, ScalarNode)
    assert scalar.is_missing is missing


def test_tree_keeps_order_and_one_based_marks() -> None:
    text = "first: 1\nlist:\n  - x\n  - {k: v}\nlast: z\n"
    node, _ = parse_yaml(text, P)
    assert isinstance(node, MappingNode)
    assert node.keys() == ["first", "list", "last"]
    key = node.key_node("last")
    assert key is not None and key.start == Mark(5, 1)
    seq = node.get("list")
    assert isinstance(seq, SequenceNode)
    assert seq.items[0] == ScalarNode("x", True, None, Mark(3, 5), Mark(3, 6))
    inner = seq.items[1]
    assert isinstance(inner, MappingNode)
    assert inner.start == Mark(4, 5)
    v = inner.get("k")
    assert isinstance(v, ScalarNode) and v.start == Mark(4, 9)


def test_quoted_scalar_style_is_kept() -> None:
    node, _ = parse_yaml("a: 'x'\nb: \"y\"\nc: |\n  z\n", P)
    assert isinstance(node, MappingNode)
    styles = [v.style for _, v in node.items if isinstance(v, ScalarNode)]
    assert styles == ["'", '"', "|"]


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("a: &x 1\nb: 2\n", 1, 4, "anchor &x is not allowed"),
        ("a: 1\nb: *x\n", 2, 4, "alias *x is not allowed"),
        ("a: !!str 5\n", 1, 4, "tag !!str is not allowed"),
        ("a: !foo x\n", 1, 4, "tag !foo is not allowed"),
        ("a: ! x\n", 1, 4, "tag ! is not allowed"),
        ("a: !!python/object/apply:os.system [ls]\n", 1, 4, "tag !!python/object/apply"),
        ("a:\n  - !!map {b: 1}\n", 2, 5, "tag !!map is not allowed"),
        ("!!seq [1]\n", 1, 1, "tag !!seq is not allowed"),
        ("a: 1\n---\nb: 2\n", 2, 1, "more than one YAML document"),
        ("? [a, b]\n: c\n", 1, 3, "a key must be plain text"),
        ("{[a]: b}\n", 1, 2, "a key must be plain text"),
        ("a: b: c\n", 1, 4, "invalid YAML: this value contains a colon"),
        ('a: "abc\n', 1, 4, "invalid YAML: the quote that starts this value is not closed"),
        ("a: [1, 2\n", 1, 4, "invalid YAML: the '[' here is not closed"),
        ("a: \x07\n", 1, 4, "control character U+0007"),
        ("", 1, 1, "the file is empty"),
        ("# only a comment\n", 1, 1, "the file is empty"),
        ("---\n", 2, 1, "the file is empty"),
    ],
)
def test_refusals_are_located(text: str, line: int, column: int, message: str) -> None:
    got_line, got_column, got_message, _ = one_error(text)
    assert message in got_message
    assert (got_line, got_column) == (line, column)


def test_tab_indentation_gets_a_hint() -> None:
    line, column, _, hint = one_error("a:\n\tb: 1\n")
    assert (line, column) == (2, 1)
    assert hint == "indent with spaces, not tabs"


def test_value_with_colon_gets_a_quoting_hint() -> None:
    *_, hint = one_error("prompt: Wie zegt: nee\n")
    assert hint is not None and "quotes" in hint


@pytest.mark.parametrize(
    ("text", "line", "column", "first"),
    [
        ("a: 1\nb: 2\na: 3\n", 3, 1, 1),
        ("q:\n  - id: x\n    k: 1\n    k: 2\n", 4, 5, 3),
        ("a: {x: 1, x: 2}\n", 1, 11, 1),
        ("'a': 1\na: 2\n", 2, 1, 1),  # quoting does not make another key
    ],
)
def test_duplicate_keys_at_any_depth(text: str, line: int, column: int, first: int) -> None:
    got_line, got_column, message, _ = one_error(text)
    assert (got_line, got_column) == (line, column)
    assert message.startswith("duplicate key") and f"first at line {first}" in message


def test_every_duplicate_key_is_reported() -> None:
    node, diagnostics = parse_yaml("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n", P)
    assert node is None
    assert [(d.location.line, d.location.column) for d in diagnostics] == [(2, 1), (5, 3)]


def test_crlf_line_ends_are_fine() -> None:
    node, diagnostics = parse_yaml("a: 1\r\nb: two words\r\n", P)
    assert diagnostics == []
    assert isinstance(node, MappingNode)
    b = node.get("b")
    assert isinstance(b, ScalarNode) and b.value == "two words" and b.start == Mark(2, 4)


# -- hostile input --------------------------------------------------------------------------


def test_twenty_levels_are_fine_and_twenty_one_are_not() -> None:
    assert parse_yaml("[" * 20 + "]" * 20, P)[1] == []
    line, column, message, _ = one_error("[" * 21 + "]" * 21)
    assert (line, column) == (1, 21)
    assert "nesting deeper than 20" in message


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[" * 5000 + "]" * 5000, id="flow-5000"),
        pytest.param("[" * 5000, id="flow-unclosed"),
        pytest.param("{a: " * 5000 + "}" * 5000, id="flow-mappings"),
        pytest.param("".join(" " * i + f"k{i}:\n" for i in range(5000)), id="block-5000"),
        pytest.param("".join(" " * i + "-\n" for i in range(5000)), id="block-seq-5000"),
    ],
)
def test_deep_nesting_is_one_located_error(text: str) -> None:
    line, column, message, _ = one_error(text)
    assert "nesting deeper than 20" in message
    assert line >= 1 and column >= 1


def test_billion_laughs_fails_at_the_first_anchor() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    line, column, message, _ = one_error("\n".join(lines) + "\n")
    assert (line, column) == (1, 4)
    assert "anchor &a" in message


def test_python_tags_are_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = (
        f"a: !!python/object/apply:os.system ['touch {marker}']\n"
        f"b: !!python/object/apply:pathlib.Path.touch [!!python/object/apply:pathlib.Path"
        f" ['{marker}']]\n"
    )
    bank = tmp_path / "evil.yaml"
    bank.write_text(text, encoding="utf-8")
    node, diagnostics = read_yaml_file(bank)
    assert node is None
    assert [(d.location.line, d.location.column) for d in diagnostics] == [(1, 4)]
    assert not marker.exists()


def test_a_large_valid_file_under_the_limit_loads(tmp_path: Path) -> None:
    bank = tmp_path / "big.yaml"
    bank.write_text("items:\n" + "  - x\n" * 100_000, encoding="utf-8")
    assert bank.stat().st_size < MAX_BANK_BYTES
    node, diagnostics = read_yaml_file(bank)
    assert diagnostics == []
    assert isinstance(node, MappingNode)
    items = node.get("items")
    assert isinstance(items, SequenceNode) and len(items.items) == 100_000


# -- files ----------------------------------------------------------------------------------


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "bank.yaml"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "line", "column", "message"),
    [
        (b"", 1, 1, "the file is empty"),
        (b"   \n\n", 1, 1, "the file is empty"),
        (b"a: 1\nb: caf\xe9\n", 2, 7, "not valid UTF-8 (byte 0xe9)"),
        ("a: 1\nb: é".encode() + b"\xff\n", 2, 5, "not valid UTF-8 (byte 0xff)"),
        (b"a: 1\nb: x\x00y\n", 2, 5, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, 1, "binary file"),
        ("a: 1\n".encode("utf-16"), 1, 1, "saved as UTF-16"),
    ],
)
def test_file_refusals(tmp_path: Path, data: bytes, line: int, column: int, message: str) -> None:
    node, diagnostics = read_yaml_file(write(tmp_path, data))
    assert node is None
    assert len(diagnostics) == 1
    d = diagnostics[0]
    assert message in d.message
    assert (d.location.line, d.location.column) == (line, column)


def test_bom_is_stripped(tmp_path: Path) -> None:
    node, diagnostics = read_yaml_file(write(tmp_path, b"\xef\xbb\xbfid: x\r\n"))
    assert diagnostics == []
    assert isinstance(node, MappingNode) and node.keys() == ["id"]


@pytest.mark.parametrize("size", [MAX_BANK_BYTES + 1, 50 * 1024 * 1024])
def test_oversize_file_is_refused_before_reading(tmp_path: Path, size: int) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: NUL bytes that would be "binary" if ever read
    node, diagnostics = read_yaml_file(path)
    assert node is None
    assert len(diagnostics) == 1
    assert "too large" in diagnostics[0].message
    assert f"{size:,} bytes" in diagnostics[0].message


def test_exactly_the_limit_is_read(tmp_path: Path) -> None:
    body = b"a: " + b"x" * (MAX_BANK_BYTES - 4) + b"\n"
    assert len(body) == MAX_BANK_BYTES
    node, diagnostics = read_yaml_file(write(tmp_path, body))
    assert diagnostics == [] and isinstance(node, MappingNode)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    _, missing = read_yaml_file(tmp_path / "nope.yaml")
    _, folder = read_yaml_file(tmp_path)
    assert "not found" in missing[0].message
    assert "folder" in folder[0].message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_not_read() -> None:
    node, diagnostics = read_yaml_file(Path("/dev/zero"))
    assert node is None
    assert "not a regular file" in diagnostics[0].message


def test_a_restarted_mapping_is_one_mistake_not_one_per_key() -> None:
    node, diagnostics = parse_yaml("id: a\ntitle: b\nid: a\ntitle: b\nlevel: c\n", P)
    assert node is None
    assert len(diagnostics) == 1
    assert (
        diagnostics[0].hint
        == "the keys from here on repeat the keys above; remove one of the copies"
    )


def test_a_value_cut_short_by_a_comment_is_a_warning() -> None:
    node, diagnostics = parse_yaml("a: nummer #1 van de lijst\nb: x  # opmerking\n", P)
    assert isinstance(node, MappingNode)
    (note,) = diagnostics
    assert not note.is_error and (note.location.line, note.location.column) == (1, 11)


_FRAGMENTS = st.sampled_from(
    [
        "",
        " ",
        "  ",
        "    ",
        "-",
        "- ",
        "a:",
        "a: ",
        "b:x",
        "'",
        '"',
        "x",
        "[",
        "]",
        "{",
        "}",
        ",",
        "#",
        " #x",
        "\t",
        ": ",
        "|",
        ">",
        "*",
        "&",
        "!",
        "?",
        "%",
        "@",
        "`",
        "é",
        "“",
        "...",
    ]
)


@given(st.lists(st.lists(_FRAGMENTS, max_size=6).map("".join), max_size=8).map("\n".join))
@settings(max_examples=400, deadline=None)
def test_explaining_any_broken_file_never_fails(text: str) -> None:
    node, diagnostics = parse_yaml(text, P)
    if node is None:
        errors = [d for d in diagnostics if d.is_error]
        assert errors and all(d.location.line >= 1 and d.location.column >= 1 for d in errors)


def test_a_mapping_finds_values_by_key_the_first_when_a_key_repeats() -> None:
    def scalar(value: str, line: int) -> ScalarNode:
        return ScalarNode(value, True, None, Mark(line, 1), Mark(line, 2))

    a1, a2, b = scalar("a", 1), scalar("a", 2), scalar("b", 3)
    mapping = MappingNode(((a1, b), (a2, a1), (b, a2)), Mark(1, 1), Mark(3, 2))
    assert mapping.get("a") is b and mapping.get("b") is a2 and mapping.get("c") is None
    assert mapping.keys() == ["a", "a", "b"]
    assert mapping == MappingNode(mapping.items, Mark(1, 1), Mark(3, 2))
