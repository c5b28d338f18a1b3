"""Build what a user downloads: ``python tools/make_dist.py`` (``make dist`` runs it in .venv).

Writes into ``dist/``:

- ``rebound-<version>-py3-none-any.whl``: the wheel (``pipx install`` it);
- ``Rebound/``: the frozen app, one folder, built by PyInstaller from ``build.spec``;
- ``Rebound-<version>-linux-x86_64.tar.gz``: one folder ``Rebound-<version>/`` holding ``Rebound/``, the
  desktop entry, the icon (SVG and PNG sizes, laid out as an icon theme), the AppStream metainfo,
  ``INSTALL.txt`` and ``install.sh`` (tools/linux/);
- ``dist-report.json``: the version, the folder's and the tarball's sizes and the build's time, checked
  against the budgets (the smoke test, tests/ship/smoke/, reads it).

The desktop entry and the metainfo are validated first (``desktop-file-validate``, ``appstreamcli
validate``), and the metainfo's newest release must be the version of pyproject.toml. Version and
names come from pyproject.toml and build.spec's identifiers; nothing here is written twice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
APP = ROOT / "resources" / "app"
APP_ID = "io.github.rebound.Rebound"
FOLDER_BUDGET_MB = 250.0
TARBALL_BUDGET_MB = 100.0
BUILD_BUDGET_S = 300.0


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def newest_release(metainfo: Path) -> str:
    """The version of the first <release> of the metainfo (AppStream lists the newest first)."""
    release = ElementTree.parse(metainfo).getroot().find("releases/release")
    return "" if release is None else release.get("version", "")


def size_mb(path: Path) -> float:
    """Bytes on disk of a file or a folder (symbolic links counted as links, as in the tarball)."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink()) / 1e6


def run(command: list[str]) -> None:
    print("$", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def validate_metadata(release: str) -> None:
    desktop, metainfo = APP / f"{APP_ID}.desktop", APP / f"{APP_ID}.metainfo.xml"
    run(["desktop-file-validate", str(desktop)])
    run(["appstreamcli", "validate", "--no-net", str(metainfo)])
    if newest_release(metainfo) != release:
        raise SystemExit(
            f"{metainfo.relative_to(ROOT)}: the newest release is {newest_release(metainfo) or 'missing'}, "
            f"pyproject.toml says {release}; add a <release> with its notes"
        )


def build_wheel() -> Path:
    for old in DIST.glob("rebound-*.whl"):
        old.unlink()
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(DIST), str(ROOT)])
    (wheel,) = DIST.glob("rebound-*.whl")
    return wheel


def freeze() -> Path:
    shutil.rmtree(DIST / "Rebound", ignore_errors=True)
    run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(ROOT / "build.spec"),
        ]
    )  # fmt: skip
    return DIST / "Rebound"


def tarball(frozen: Path, release: str) -> Path:
    """The Linux download: the frozen folder with its desktop integration, as one top-level folder."""
    name = f"Rebound-{release}"
    stage = BUILD / "tarball" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(frozen, stage / "Rebound", symlinks=True)
    shutil.copy2(APP / f"{APP_ID}.desktop", stage)
    shutil.copy2(APP / f"{APP_ID}.metainfo.xml", stage)
    for png in sorted((APP / "icons").glob("*/rebound.png")):
        target = stage / "icons" / "hicolor" / png.parent.name / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target)
    scalable = stage / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(APP / "rebound.svg", scalable / f"{APP_ID}.svg")
    install_text = (ROOT / "tools" / "linux" / "INSTALL.txt").read_text(encoding="utf-8")
    (stage / "INSTALL.txt").write_text(install_text.replace("@VERSION@", release), encoding="utf-8")
    shutil.copy2(ROOT / "tools" / "linux" / "install.sh", stage / "install.sh")
    (stage / "install.sh").chmod(0o755)

    target = DIST / f"{name}-linux-x86_64.tar.gz"
    target.unlink(missing_ok=True)
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(stage, arcname=name)
    return target


def main() -> int:
    if sys.platform != "linux":
        print("make_dist.py builds the Linux download; elsewhere run: pyinstaller build.spec", file=sys.stderr)
        return 2
    started = time.monotonic()
    release = version()
    DIST.mkdir(exist_ok=True)
    validate_metadata(release)
    wheel = build_wheel()
    frozen = freeze()
    archive = tarball(frozen, release)
    report = {
        "version": release,
        "wheel": wheel.name,
        "tarball": archive.name,
        "folder_mb": round(size_mb(frozen), 1),
        "tarball_mb": round(size_mb(archive), 1),
        "wheel_mb": round(size_mb(wheel), 2),
        "build_seconds": round(time.monotonic() - started, 1),
        "budgets": {"folder_mb": FOLDER_BUDGET_MB, "tarball_mb": TARBALL_BUDGET_MB, "build_seconds": BUILD_BUDGET_S},
    }
    (DIST / "dist-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(
        f"dist/{wheel.name} ({report['wheel_mb']} MB), dist/Rebound/ ({report['folder_mb']} MB), "
        f"dist/{archive.name} ({report['tarball_mb']} MB), built in {report['build_seconds']} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
