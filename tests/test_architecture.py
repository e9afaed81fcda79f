"""The one-way data flow, enforced: nothing outside the UI package may depend on Textual.

Domain code (model, loading, validation, matching, scoring, sessions) must stay plain Python so
it can be tested, reused by other front ends and run by ``quiz validate`` without paying for a
TUI import. The static check reads every module's imports; the dynamic one imports the whole
non-UI package in a fresh interpreter and looks at what got loaded.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quiz"
UI = PACKAGE / "ui"
CLI = PACKAGE / "cli"


def non_ui_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if UI not in p.parents)


def imported_names(path: Path) -> set[str]:
    """Top-level imports only: a lazy import inside a function is how the CLI opens the TUI."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def all_imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def domain_modules() -> list[Path]:
    """Everything below the UI and the command line (which opens the UI lazily)."""
    return [p for p in non_ui_modules() if CLI not in p.parents and p.name != "__main__.py"]


def test_there_are_domain_modules_to_check() -> None:
    packages = {p.parent.name for p in domain_modules()}
    assert {"core", "bank", "kinds", "library", "store"} <= packages


@pytest.mark.parametrize("path", non_ui_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_textual_or_ui_import_outside_ui(path: Path) -> None:
    bad = {
        n for n in imported_names(path) if n.split(".")[0] == "textual" or n.startswith("quiz.ui")
    }
    assert not bad, f"{path} imports {sorted(bad)} at module level"


@pytest.mark.parametrize(
    "path",
    domain_modules(),
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_domain_never_imports_textual_or_ui_even_lazily(path: Path) -> None:
    bad = {
        n
        for n in all_imported_names(path)
        if n.split(".")[0] == "textual" or n.startswith("quiz.ui")
    }
    assert not bad, f"{path} imports {sorted(bad)}"


def test_importing_everything_but_the_ui_loads_no_textual() -> None:
    modules = [
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in non_ui_modules()
        if p.name != "__main__.py"  # importing it runs the command
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold() -> None:
    """The import-linter contracts in pyproject.toml: layers, no Textual below the UI, and no
    import circle anywhere in the package (lazy imports inside functions count too)."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports;"
            " sys.exit(lint_imports(no_cache=True, no_logo=True))",
        ],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def kind_modules() -> set[str]:
    """The modules of the question kinds, as the registry lists them."""
    from quiz.kinds import registry

    return {kind.question.__module__ for kind in registry.KINDS}


def test_the_kinds_are_listed_in_one_place() -> None:
    """Adding a kind touches its own modules and the registries, nothing else: only the kinds'
    registry imports the kind modules in the domain (and no kind imports another); in the UI
    only the answer widgets do."""
    kinds = kind_modules()
    assert len(kinds) == 7
    registry = PACKAGE / "kinds" / "registry.py"
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        imported = {n for n in all_imported_names(path) if n in kinds}
        imported |= {
            f"quiz.kinds.{alias}"
            for alias in _from_kinds_imports(path)
            if f"quiz.kinds.{alias}" in kinds
        }
        imported.discard(module)
        if path == registry or (PACKAGE / "ui" / "widgets") in path.parents:
            continue
        assert not imported, f"{path.relative_to(PACKAGE)} imports {sorted(imported)}"


def _from_kinds_imports(path: Path) -> set[str]:
    """Names imported by ``from quiz.kinds import …`` (a module imported that way)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "quiz.kinds":
            names.update(alias.name for alias in node.names)
    return names
