"""What the benchmark rows share: a terminal to watch (tmux), bare Textual apps as floors, medians.

Why tmux and not only Pilot: Pilot skips the terminal driver, the escape-sequence output and the
real event loop timing, so it cannot tell how long a user waits. In tmux the app runs as a user
runs it, at 120×40, and the harness reads what is *on screen* by polling the pane (the method of
``/work/shared/tools/tui_latency.py`` and ``tui_time.py``, the harnesses the product is judged
with). Polling costs a few ms per look, so every tmux figure is shown against a floor measured the
same way in the same run: a bare Textual app doing the least the row could do.

Everything has a deadline: a wait that runs out returns None and the row reports "timeout after
N s"; a benchmark never hangs.
"""

from __future__ import annotations

import itertools
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType

WIDTH, HEIGHT = 120, 40

#: A bare app that shows "Vraag" and a Footer: the floor for "start until the first screen".
BARE_START = """\
from textual.app import App
from textual.widgets import Footer, Static


class Bare(App):
    def compose(self):
        yield Static("Vraag")
        yield Footer()


Bare().run()
"""

#: A bare app that changes one Static on a key: the floor for "key press until feedback".
#: "a" shows "Fout <n>" (the verdict), "n" goes on to "Vraag <n+1>" (the next question).
BARE_KEYS = """\
from textual.app import App
from textual.widgets import Footer, Static


class Bare(App):
    n = 1

    def compose(self):
        yield Static("Vraag 1", id="s")
        yield Footer()

    def on_key(self, event):
        if event.key == "a":
            self.query_one("#s", Static).update(f"Fout {self.n}")
        elif event.key == "n":
            self.n += 1
            self.query_one("#s", Static).update(f"Vraag {self.n}")


Bare().run()
"""

_sessions = itertools.count()


def python_script(source: str, folder: Path, name: str) -> list[str]:
    """``source`` written to ``folder/name``, as a command for this interpreter."""
    path = folder / name
    path.write_text(source, encoding="utf-8")
    return [sys.executable, str(path)]


def quiz_command(*args: str) -> list[str]:
    """The ``quiz`` command of this interpreter's environment (what a user types), or
    ``python -m quiz`` when the console script is not installed next to it."""
    script = Path(sys.executable).with_name("quiz")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "quiz", *args]


def flat(text: str) -> str:
    """Screen text with every run of whitespace made one space, to find phrases in it."""
    return re.sub(r"\s+", " ", text)


class Terminal:
    """One tmux server (its own socket, so parallel runs never meet) running one command in a
    120×40 pane. Use as a context manager: the server is killed on the way out, whatever
    happened. ``started`` is when the command was launched (``perf_counter``)."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str] | None = None) -> None:
        self.socket = f"nqbench{os.getpid()}x{next(_sessions)}"
        assignments = [f"{key}={value}" for key, value in (env or {}).items()]
        # "env" passes the variables whatever the tmux server's own environment; "sleep" keeps
        # the pane (and its last screen, for the error report) if the command ends early.
        self.shell = f"env {shlex.join([*assignments, *command])}; sleep 600"
        self.started = 0.0
        self._socket_path = ""

    def __enter__(self) -> Terminal:
        self.started = time.perf_counter()
        self._tmux("new-session", "-d", "-x", str(WIDTH), "-y", str(HEIGHT), "-s", "q", self.shell)
        self._socket_path = self._tmux("display-message", "-p", "#{socket_path}").strip()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._tmux("kill-server")
        if self._socket_path:  # tmux leaves the socket file behind; one per run adds up
            Path(self._socket_path).unlink(missing_ok=True)

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return result.stdout

    def screen(self, styles: bool = False) -> str:
        """The text on screen; with ``styles`` also the colours (a moved highlight shows)."""
        return self._tmux("capture-pane", "-p", *(["-e"] if styles else []), "-t", "q")

    def send(self, *keys: str) -> None:
        """Press ``keys`` (tmux key names: "Enter", "Down", "End", or literal letters)."""
        self._tmux("send-keys", "-t", "q", *keys)

    def press_and_settle(self, key: str, timeout: float = 3.0) -> bool:
        """Press ``key`` and wait until the screen (colours included) shows a change, then a
        moment more: for the untimed keys that prepare an answer (an open list must be drawn
        before the next key goes to it). False when nothing changed within ``timeout``."""
        before = self.screen(styles=True)
        self.send(key)
        changed = self.wait_for(lambda _: self.screen(styles=True) != before, timeout)
        time.sleep(0.05)
        return changed is not None

    def wait_for(
        self, test: Callable[[str], bool], timeout: float, step: float = 0.005
    ) -> float | None:
        """Seconds until ``test(screen)`` holds, counted from now; None after ``timeout``."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if test(self.screen()):
                return time.perf_counter() - start
            time.sleep(step)
        return None

    def wait_for_text(self, text: str, timeout: float) -> float | None:
        """Seconds from launch until ``text`` is on screen (wrapped lines joined); None if not
        within ``timeout`` of launch."""
        wanted = flat(text)
        left = timeout - (time.perf_counter() - self.started)
        if self.wait_for(lambda s: wanted in flat(s), max(left, 0.0), step=0.01) is None:
            return None
        return time.perf_counter() - self.started

    def app_rss_kib(self) -> int | None:
        """VmRSS of the program in the pane (the shell's child that is not ``sleep``), from
        /proc; None when it cannot be found (not Linux, or the program has ended)."""
        try:
            shell = int(self._tmux("display-message", "-p", "-t", "q", "#{pane_pid}").strip())
            children = Path(f"/proc/{shell}/task/{shell}/children").read_text().split()
            for child in children:
                if Path(f"/proc/{child}/comm").read_text().strip() == "sleep":
                    continue
                for line in Path(f"/proc/{child}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except (OSError, ValueError):
            return None
        return None

    def last_lines(self, count: int = 6) -> str:
        """The last non-empty lines on screen, for telling why a wait ran out."""
        lines = [line.rstrip() for line in self.screen().splitlines() if line.strip()]
        return "\n".join(lines[-count:])


def time_to_text(
    command: Sequence[str], text: str, timeout: float, env: Mapping[str, str] | None = None
) -> float | None:
    """Seconds from starting ``command`` in a fresh terminal until ``text`` is on screen."""
    with Terminal(command, env) as terminal:
        seconds = terminal.wait_for_text(text, timeout)
        if seconds is None:
            note(f"  no {text!r} within {timeout:.0f} s; screen ends:\n{terminal.last_lines()}")
        return seconds


def repeat(runs: int, measure: Callable[[], float | None]) -> list[float] | None:
    """``runs`` measurements, or None as soon as one fails (a timeout is not worth repeating:
    each would cost the whole timeout again)."""
    values: list[float] = []
    for _ in range(runs):
        value = measure()
        if value is None:
            return None
        values.append(value)
    return values


def median(values: Sequence[float] | None) -> float | None:
    return statistics.median(values) if values else None


def run_seconds(
    command: Sequence[str], timeout: float, env: Mapping[str, str] | None = None
) -> float | None:
    """Wall-clock seconds of a command run to its end (output discarded); None on timeout or
    a non-zero exit (a failing command's time means nothing)."""
    start = time.perf_counter()
    try:
        result = subprocess.run(
            list(command),
            capture_output=True,
            timeout=timeout,
            env={**os.environ, **(env or {})},
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        tail = result.stderr.decode(errors="replace").strip().splitlines()[-3:]
        note(f"  {shlex.join(command)[:80]} exited {result.returncode}: {' / '.join(tail)}")
        return None
    return seconds


def note(message: str) -> None:
    """Progress and problems go to stderr, so stdout stays the table of results."""
    print(message, file=sys.stderr, flush=True)


def scratch() -> tempfile.TemporaryDirectory[str]:
    """A folder for generated banks, bare apps and progress files, removed afterwards."""
    return tempfile.TemporaryDirectory(prefix="nieuwsquiz-bench-")
