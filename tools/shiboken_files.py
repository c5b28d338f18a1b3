"""Shiboken's support package as files with their byte code, for the frozen app (build.spec runs this).

At every start shiboken loads the Python half of its signature support (``shibokensupport``) from a zip
archive embedded in its library and compiles each module from source: 14 modules, about 25 ms before any
window can show. When a folder ``files.dir`` lies beside the ``shiboken6`` package, shiboken imports them
from there as ordinary files instead, byte code included (its own switch ``SBK_EMBED=0`` writes that folder
into the installed package). This writes the same files, each with byte code that is never checked against
its source (nothing is compiled or written at a start), into FOLDER; build.spec puts FOLDER at
``shiboken6/files.dir`` in the frozen app. The installed package is not touched.

    python tools/shiboken_files.py FOLDER

Exits 1, writing nothing, when this PySide6 keeps its support files some other way (the build then fails
here, rather than shipping an app that quietly starts slower).
"""

from __future__ import annotations

import py_compile
import shutil
import sys
import zipfile
from pathlib import Path

SUPPORT = "shibokensupport"


def _sources() -> dict[str, bytes]:
    """The support package's files (their paths inside ``files.dir``) and their text, as shiboken holds them."""
    import PySide6.QtCore  # noqa: F401 - loading a Qt module makes shiboken load its support package

    package = sys.modules.get(SUPPORT)
    archive = getattr(getattr(package, "__loader__", None), "zfile", None)
    if isinstance(archive, zipfile.ZipFile):  # the embedded archive (the usual case)
        return {name: archive.read(name) for name in archive.namelist() if name.endswith(".py")}
    folder = Path(getattr(package, "__file__", "") or "").parent.parent
    if (folder / SUPPORT).is_dir():  # already files: an installation with files.dir
        return {
            path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*.py"))
            if "__pycache__" not in path.parts
        }
    return {}


def write(folder: Path) -> int:
    """Write the support files and their byte code into ``folder`` (made anew); returns how many files."""
    sources = _sources()
    if not any(name.startswith(f"{SUPPORT}/") for name in sources):
        raise SystemExit(f"{SUPPORT} was found neither embedded nor as files: PySide6 changed how it ships it")
    shutil.rmtree(folder, ignore_errors=True)
    for name, text in sorted(sources.items()):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
        cached = path.parent / "__pycache__" / f"{path.stem}.{sys.implementation.cache_tag}.pyc"
        py_compile.compile(str(path), cfile=str(cached), doraise=True,
                           invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)  # fmt: skip
    return len(sources)


def main(arguments: list[str]) -> int:
    if len(arguments) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    count = write(Path(arguments[0]))
    print(f"shiboken's support files: {count} written to {arguments[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
