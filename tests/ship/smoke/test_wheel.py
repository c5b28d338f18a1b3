"""The wheel is whole: installed into a fresh venv outside the source tree, `rebound` works from its own files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.ship.smoke.conftest import REPO, Built, Session


def test_the_wheel_holds_every_file_of_resources_and_the_schema(built: Built) -> None:
    names = set(zipfile.ZipFile(built.wheel).namelist())
    shipped = {
        f"desktop/resources/{path.relative_to(REPO / 'resources').as_posix()}"
        for path in (REPO / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".ico", ".icns")
    }
    assert len(shipped) > 50
    assert shipped - names == set()
    assert {"desktop/interop/archive.schema.json", "desktop/py.typed", "desktop/resources/demo/demo.json"} <= names


def test_rebound_from_the_wheel_loads_the_demo_and_suggests(wheel_venv: Path, session: Session) -> None:
    env = session.home("wheel-user")
    database = session.scratch / "wheel-user" / "wheel.db"

    version = session.run(wheel_venv, "--version", env=env)
    demo = session.run(wheel_venv, "--db", str(database), "demo", env=env)
    plan = session.run(wheel_venv, "--db", str(database), "suggest", "--json", env=env)

    assert version.out.startswith("Rebound "), version.err
    assert demo.code == 0, demo.err
    assert demo.out.startswith("Demo data loaded: "), demo.out
    assert plan.code == 0, plan.err
    suggestions = json.loads(plan.out)
    assert len(suggestions) >= 5
    assert all(s["person"]["name"] and s["draft"]["body"] for s in suggestions)


def test_the_installed_package_is_the_venvs_not_the_source_tree(wheel_venv: Path, session: Session) -> None:
    python = wheel_venv.parent / "python"
    where = session.run(
        python, "-c", "import desktop.paths as p; print(p.RESOURCES); print(p.DEMO_ARCHIVE.is_file())",
        env=session.home("wheel-user"),
    )  # fmt: skip
    resources, demo_found = where.out.splitlines()
    assert resources.startswith(str(wheel_venv.parent.parent)), resources
    assert resources.endswith("site-packages/desktop/resources")
    assert demo_found == "True"
