"""Fixtures of the smoke test: what `make dist` built, a real Secret Service, a fresh venv holding the wheel.

Every program runs as a user would start it: a child process with its own home folder, started
outside the source tree, offscreen, on a private D-Bus session bus where GNOME Keyring serves the
Secret Service (unlocked with a throwaway password). Nothing of the tests' own keyring stand-ins
(tests/conftest.py) reaches these children: their environment is built here from scratch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]
DIST = REPO / "dist"
REPORT = DIST / "dist-report.json"
SMOKE_REPORT = DIST / "smoke-report.json"
TIMEOUT = 120


@dataclass(frozen=True)
class Built:
    report: dict[str, Any]
    wheel: Path
    folder: Path
    tarball: Path

    @property
    def frozen(self) -> Path:
        return self.folder / "Rebound"


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str
    seconds: float


@dataclass
class Session:
    """The private D-Bus session with the Secret Service; ``run`` starts a program in it."""

    environment: dict[str, str]
    scratch: Path

    def home(self, name: str) -> dict[str, str]:
        """Environment of a user whose home folder is ``scratch/name`` (created)."""
        home = self.scratch / name
        home.mkdir(parents=True, exist_ok=True)
        return {
            **self.environment,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
        }

    def run(self, program: Path | str, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> Ran:
        started = time.perf_counter()
        done = subprocess.run(
            [str(program), *args],
            env=env if env is not None else self.home("user"),
            cwd=cwd or self.scratch,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        return Ran(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)


def record(name: str, value: Any) -> None:
    """Keep a measured figure in dist/smoke-report.json (printed at the end of the run)."""
    figures = json.loads(SMOKE_REPORT.read_text(encoding="utf-8")) if SMOKE_REPORT.exists() else {}
    figures[name] = value
    SMOKE_REPORT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def built() -> Built:
    if not REPORT.is_file():
        pytest.fail(f"{REPORT} is missing: run `make dist` first (or `make smoke`, which does)")
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    SMOKE_REPORT.unlink(missing_ok=True)
    return Built(report, DIST / report["wheel"], DIST / "Rebound", DIST / report["tarball"])


def _base_environment(runtime: Path) -> dict[str, str]:
    """The machine's environment (package index, proxies) without anything of the tests' or the user's session."""
    left_out = ("REBOUND_", "XDG_", "DBUS_", "QT_", "PYTEST", "HOME", "VIRTUAL_ENV", "PYTHON")
    environment = {name: value for name, value in os.environ.items() if not name.startswith(left_out)}
    environment.setdefault("LANG", "C.UTF-8")
    environment.update({"QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)})
    return environment


def _stop(process: subprocess.Popen[Any]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """A D-Bus session bus and GNOME Keyring on it, unlocked; both stopped at the end."""
    scratch = tmp_path_factory.mktemp("smoke")
    runtime = scratch / "runtime"
    runtime.mkdir(mode=0o700)
    environment = _base_environment(runtime)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**environment, "HOME": str(scratch)},
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()  # printed once the bus listens
    environment["DBUS_SESSION_BUS_ADDRESS"] = address
    keyring_home = {**environment, "HOME": str(scratch / "keyring"), "XDG_DATA_HOME": str(scratch / "keyring")}
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=keyring_home,
    )
    assert daemon.stdin is not None and daemon.stdout is not None
    daemon.stdin.write("smoke-test-login-password")
    daemon.stdin.close()
    daemon.stdout.read()  # the daemon closes its output once it has started and unlocked the login keyring
    try:
        assert daemon.poll() is None, daemon.stderr.read() if daemon.stderr else "gnome-keyring-daemon stopped"
        yield Session(environment, scratch)
    finally:
        _stop(daemon)
        _stop(bus)


@pytest.fixture(scope="session")
def wheel_venv(built: Built, session: Session, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv outside the source tree with the wheel (and its dependencies) installed: its ``rebound``."""
    venv = tmp_path_factory.mktemp("wheel") / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(venv)], check=True, timeout=TIMEOUT)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, str(built.wheel)], check=True, timeout=600, cwd=venv.parent, env=session.home("installer"))
    return venv / "bin" / "rebound"


def keyring_secret(session: Session, account: str) -> Ran:
    """Ask the Secret Service (with this test's own keyring module) for Rebound's secret of ``account``."""
    code = (
        "from keyring.backends import SecretService; "
        f"print('found' if SecretService.Keyring().get_password('Rebound', {account!r}) else 'missing')"
    )
    return session.run(sys.executable, "-c", code, env=session.home("checker"))


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the measured figures (sizes, build time, start times) below the test results."""
    if SMOKE_REPORT.is_file():
        terminalreporter.section("smoke test figures (dist/smoke-report.json)")
        for name, value in json.loads(SMOKE_REPORT.read_text(encoding="utf-8")).items():
            terminalreporter.write_line(f"{name}: {value}")
