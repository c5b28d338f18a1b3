"""A fixed sample of `make mutation`: named faults planted one at a time into a copy of the code, each of which the
tests that speak for that code must notice (tests/MUTANTS.md).

Each fault is a one-line change of the source text, applied to a copy of ``desktop/`` and ``tests/`` in a temporary
folder; the named test files run there in a child pytest, which must fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# name: (file, the text, what it becomes, the tests that must fail)
FAULTS = {
    "unanswered counts a message sent at the minute of the reply": (
        "desktop/core/reconnect/facts.py", "OR j.at > t.last_in)", "OR j.at >= t.last_in)",
        "tests/core/reconnect/test_spec_boundaries.py",
    ),
    "an excluded person carries an introduction": (
        "desktop/core/network.py", "return pid in people and not people[pid].excluded", "return pid in people",
        "tests/core/test_network_boundaries.py",
    ),
    "the weakest connection listed first": (
        "desktop/core/network.py", "key=lambda a: (-a.strength,", "key=lambda a: (a.strength,",
        "tests/core/test_network_boundaries.py",
    ),
    "the owner not recognised when one side has no URL": (
        "desktop/interop/linkedin/owner.py",
        "        if url_key and self.url_key:",
        "        if url_key or self.url_key:",
        "tests/interop/test_linkedin_matching.py",
    ),
    "two connections of one name not ambiguous": (
        "desktop/interop/linkedin/connections.py", "names[key] = profile_key if key not in names else None",
        "names[key] = profile_key", "tests/interop/test_linkedin_matching.py",
    ),
    "a short window returned instead of falling back": (
        "desktop/store/search.py", "if len(ids) == limit or reach == people - 1:", "if True:",
        "tests/store/test_search_many_matches.py",
    ),
}  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("fault", FAULTS)
def test_the_planted_fault_is_caught(fault: str, tmp_path: Path) -> None:
    file, text, mutated, tests = FAULTS[fault]
    for folder in ("desktop", "tests"):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "*.db"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    source = tmp_path / file
    code = source.read_text(encoding="utf-8")
    assert code.count(text) == 1, f"{file} no longer holds {text!r} exactly once: update the sample"
    source.write_text(code.replace(text, mutated), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", tests],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip

    assert f"{tmp_path}/desktop" in _imported_from(tmp_path, env)  # the child ran the planted copy
    assert result.returncode == 1, f"the fault survived:\n{result.stdout[-2000:]}"
    assert "failed" in result.stdout.splitlines()[-1]


def _imported_from(place: Path, env: dict[str, str]) -> str:
    found = subprocess.run(
        [sys.executable, "-c", "import desktop; print(desktop.__file__)"],
        cwd=place, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return found.stdout
