"""What a package shows a user before the app starts: one version everywhere, a valid menu entry and metainfo."""

from __future__ import annotations

import json
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from configparser import ConfigParser
from importlib.resources import files
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.config import APP_ID
from desktop.paths import DEMO_ARCHIVE, RESOURCES

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "resources" / "app"
DESKTOP_ENTRY = APP / "io.github.rebound.Rebound.desktop"
METAINFO = APP / "io.github.rebound.Rebound.metainfo.xml"
PYPROJECT_VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_version_shown_is_the_one_in_pyproject(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"Rebound {PYPROJECT_VERSION}\n"


def test_an_exported_archive_names_the_version_that_wrote_it(tmp_path: Path, db_path: Path) -> None:
    target = tmp_path / "backup.json"
    assert main(["--db", str(db_path), "export", "json", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["generator"] == f"Rebound {PYPROJECT_VERSION}"
    assert main(["--db", str(tmp_path / "other.db"), "import", "json", str(target)]) == 0  # read back as valid


def test_the_metainfo_lists_this_version_as_the_newest_release() -> None:
    releases = ElementTree.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo has no <release>"
    assert releases[0].get("version") == PYPROJECT_VERSION
    assert releases[0].find("description") is not None, "a release without notes"


def test_the_menu_entry_the_metainfo_and_the_app_share_one_id() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP_ENTRY, encoding="utf-8")
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID == "io.github.rebound.Rebound"
    assert root.findtext("launchable") == DESKTOP_ENTRY.name == f"{APP_ID}.desktop"
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Entry"]["Exec"] == "Rebound"  # install.sh puts the installed path here


def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP_ENTRY)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_the_metainfo_is_valid() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout


def test_the_app_reads_its_files_from_the_package_data() -> None:
    assert RESOURCES == Path(str(files("desktop.resources")))
    assert DEMO_ARCHIVE.is_file()
    assert (RESOURCES / "templates" / "de" / "check_in.j2").is_file()
    assert (RESOURCES / "app" / "rebound.svg").is_file()


def test_every_icon_size_is_a_png_of_that_size() -> None:
    sizes = sorted(int(folder.name.split("x")[0]) for folder in (APP / "icons").iterdir())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        header = (APP / "icons" / f"{size}x{size}" / "rebound.png").read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")) == (size, size)
