"""tools/shiboken_files.py: shiboken's support modules written out with byte code, the installed package untouched."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import shiboken6

TOOL = Path(__file__).resolve().parents[2] / "tools" / "shiboken_files.py"
_spec = importlib.util.spec_from_file_location("shiboken_files", TOOL)
assert _spec is not None and _spec.loader is not None
shiboken_files = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shiboken_files)


def test_the_support_modules_are_written_with_byte_code_never_checked_against_their_source(tmp_path: Path) -> None:
    folder = tmp_path / "files.dir"
    (folder / "stale").mkdir(parents=True)  # a folder left by an earlier build is made anew

    count = shiboken_files.write(folder)

    modules = sorted(folder.rglob("*.py"))
    assert count == len(modules) >= 10 and not (folder / "stale").exists()
    assert folder / "shibokensupport" / "signature" / "loader.py" in modules
    for module in modules:
        cached = module.parent / "__pycache__" / f"{module.stem}.{sys.implementation.cache_tag}.pyc"  # beside it
        assert int.from_bytes(cached.read_bytes()[4:8], "little") == 0b01, module  # hash-based, unchecked
    assert not (Path(shiboken6.__file__).parent / "files.dir").exists()  # the installed package is left alone
