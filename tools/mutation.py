"""`make mutation`: mutmut over the heart of the product, one module group at a time, each with its own tests.

For every group below, a copy of ``desktop/``, ``tests/`` and ``pyproject.toml`` (with that group's ``[tool.mutmut]``
section) is laid in ``build/mutation/<group>/``; mutmut mutates the group's files there (never the work tree), keeps
only the mutants of the named functions, and runs for each mutant only the group's tests that reach the mutated
function. The report lists the surviving mutants (``--show``: with their diffs) and a kill rate per group, where the
mutants that tests/MUTANTS.md lists as equivalent are left out of the count.

    python tools/mutation.py [GROUP ...] [--workers 2] [--show] [--tests-from REV] [--rerun MUTANT ...]

``--tests-from REV`` runs the tests of an older commit against today's code (the "before" figures of MUTANTS.md).
``--rerun MUTANT ...`` tests again only those mutants of the last run, with today's tests (after writing a test for a
survivor): the code is not laid again, so after a change to the mutated code run the whole group.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build" / "mutation"
MUTANTS_MD = REPO / "tests" / "MUTANTS.md"


@dataclass(frozen=True)
class Group:
    name: str
    files: tuple[str, ...]  # what mutmut mutates (globs, relative to the repository)
    functions: tuple[str, ...]  # which of their mutants count (mutmut's names, fnmatch patterns)
    tests: tuple[str, ...]  # the test files or folders that speak for them
    # The tests run on SQLite only unless this is set: on PostgreSQL every mutant would start its own cluster (a
    # session fixture in a forked child; one left running whenever mutmut kills a mutant that timed out).
    postgresql: bool = False


GROUPS = (
    Group(
        "network",
        ("desktop/core/network.py",),
        ("desktop.core.network.*",),
        ("tests/core/test_network.py", "tests/core/test_network_boundaries.py", "tests/gui/test_person_page.py"),
    ),
    Group(
        "search",
        ("desktop/store/search.py", "desktop/store/search_window.py"),
        ("desktop.store.search.*", "desktop.store.search_window.*"),
        (
            "tests/store/test_search.py",
            "tests/store/test_search_window.py",
            "tests/store/test_search_many_matches.py",
            "tests/store/test_search_index_api.py",
            "tests/store/test_search_triggers.py",
            "tests/store/test_bulk.py",
            "tests/core/test_people_list.py",
        ),
    ),
    Group(
        "linkedin",  # the owner and the matching of names and URLs to people
        (
            "desktop/interop/linkedin/owner.py",
            "desktop/interop/linkedin/connections.py",
            "desktop/interop/linkedin/writer.py",
            "desktop/core/bulk_writer.py",
        ),
        (
            "desktop.interop.linkedin.owner.x_find_owner__mutmut_*",
            "desktop.interop.linkedin.owner.xǁOwnerǁis_me__mutmut_*",
            "desktop.interop.linkedin.connections.*",
            "desktop.interop.linkedin.writer.xǁ_Writerǁ_find_person__mutmut_*",
            "desktop.interop.linkedin.writer.xǁ_Writerǁimport_connections__mutmut_*",
            "desktop.interop.linkedin.writer.xǁ_Writerǁ_has_conversations__mutmut_*",
            "desktop.core.bulk_writer.xǁPeopleǁby_unique_name__mutmut_*",
            "desktop.core.bulk_writer.xǁPeopleǁmatch__mutmut_*",
        ),
        (
            "tests/interop/test_linkedin.py",
            "tests/interop/test_linkedin_matching.py",
            "tests/interop/test_linkedin_connections.py",
        ),
    ),
    Group(
        "archive",  # the archive import's matching of companies, people, connections, openings, processes, states
        ("desktop/interop/archive.py",),
        (
            "desktop.interop.archive.xǁ_Importerǁimport_companies__mutmut_*",
            "desktop.interop.archive.xǁ_Importerǁimport_connections__mutmut_*",
            "desktop.interop.archive.xǁ_Importerǁimport_openings__mutmut_*",
            "desktop.interop.archive.xǁ_Importerǁimport_processes__mutmut_*",
            "desktop.interop.archive.xǁ_Importerǁimport_suggestion_states__mutmut_*",
            "desktop.interop.archive.xǁ_Importerǁ_update__mutmut_*",
        ),
        (
            "tests/interop/test_archive.py",
            "tests/interop/test_archive_matching.py",
            "tests/interop/test_archive_fields.py",
            "tests/cli/test_import_json.py",
        ),
    ),
    Group(
        "first-look",  # the People list's statements, and what lets the window paint before the store loads
        ("desktop/core/first_look.py", "desktop/core/people_list.py", "desktop/core/instance.py"),
        (
            "desktop.core.first_look.*",
            "desktop.core.people_list.*",
            "desktop.core.instance.x__fingerprint__mutmut_*",
            "desktop.core.instance.x_mark_clean_exit__mutmut_*",
            "desktop.core.instance.x_left_cleanly__mutmut_*",
        ),
        ("tests/core/test_first_look.py", "tests/core/test_people_list.py", "tests/core/test_startup.py"),
    ),
    Group(
        "reconnect",  # last: the slowest (every rule is reached by most of the rule tests)
        ("desktop/core/reconnect/*.py", "desktop/core/reconnect/rules/*.py"),
        ("desktop.core.reconnect.*",),
        ("tests/core/reconnect", "tests/cli/test_suggest.py"),
    ),
)

_RESULT = re.compile(r"^\s*(\S+): (.+)$")


_TEAM_ONLY = "\n## Reached on a team server only"


def _listed(text: str) -> set[str]:
    return set(re.findall(r"^- `([^`]+__mutmut_\d+)`", text, re.MULTILINE))


def equivalent_mutants() -> set[str]:
    """Mutant names that MUTANTS.md lists as equivalent (lines ``- `name` — why``)."""
    if not MUTANTS_MD.exists():
        return set()
    return _listed(MUTANTS_MD.read_text(encoding="utf-8").split(_TEAM_ONLY)[0])


def team_only_mutants() -> set[str]:
    """Mutant names in PostgreSQL branches (MUTANTS.md's last section): not run, as the groups run on SQLite."""
    if not MUTANTS_MD.exists():
        return set()
    parts = MUTANTS_MD.read_text(encoding="utf-8").split(_TEAM_ONLY)
    return _listed(parts[1]) if len(parts) > 1 else set()


def _lay(group: Group, place: Path, tests_from: str | None) -> None:
    if place.exists():
        shutil.rmtree(place)
    place.mkdir(parents=True)
    shutil.copytree(REPO / "desktop", place / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "resources", place / "resources")  # templates, demo data (desktop/paths.py)
    if tests_from is None:
        shutil.copytree(REPO / "tests", place / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    else:
        with tempfile.TemporaryFile() as archive:
            subprocess.run(["git", "-C", str(REPO), "archive", tests_from, "tests"], stdout=archive, check=True)
            archive.seek(0)
            with tarfile.open(fileobj=archive) as tar:
                tar.extractall(place, filter="data")
    tests = [t for t in group.tests if (place / t).exists()]
    config = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    config += (
        "\n[tool.mutmut]\n"
        'source_paths = ["desktop"]\n'
        'also_copy = ["resources"]\n'
        f"only_mutate = {list(group.files)!r}\n"
        f"pytest_add_cli_args_test_selection = {tests!r}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        "use_git_change_detection = false\n"
    ).replace("'", '"')
    (place / "pyproject.toml").write_text(config, encoding="utf-8")


def _env(group: Group) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if not group.postgresql:
        env["REBOUND_TEST_POSTGRESQL"] = "0"  # tests/conftest.py: the SQLite half only
    return env


def _mutmut(place: Path, *args: str, capture: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "mutmut", *args]
    return subprocess.run(command, cwd=place, env=env, text=True, capture_output=capture, check=False)


def run_group(
    group: Group,
    workers: int,
    show: bool,
    tests_from: str | None,
    budget: float | None = None,
    run: bool = True,
    rerun: tuple[str, ...] = (),
) -> tuple[int, int, int, list[str], int]:
    """Mutate and test one group (``run``: else only report the last run; ``rerun``: test again only the mutants of
    the last run matching these patterns, with today's tests); returns (counted, killed, equivalent, survivors, not
    run)."""
    place = BUILD / (group.name if tests_from is None else f"{group.name}@{tests_from}")
    if rerun:
        chosen = [p for p in rerun if any(fnmatch.fnmatchcase(p.rstrip("*"), f) for f in group.functions)]
        if chosen:
            shutil.rmtree(place / "tests")  # today's tests (mutmut copies them on and finds the new ones itself)
            shutil.copytree(REPO / "tests", place / "tests", ignore=shutil.ignore_patterns("__pycache__"))
            _mutate(group, place, workers, tests_from, budget, tuple(chosen))
    elif run:
        _lay(group, place, tests_from)
        _mutate(group, place, workers, tests_from, budget, group.functions)
    return _report(group, place, show)


def _mutate(
    group: Group, place: Path, workers: int, tests_from: str | None, budget: float | None, patterns: tuple[str, ...]
) -> None:
    print(f"== {group.name}: mutating {', '.join(group.files)}; tests {', '.join(group.tests)}", flush=True)
    with open(place / "mutmut.log", "a", encoding="utf-8") as log:
        run = subprocess.Popen(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(workers), *patterns],
            cwd=place,
            env=_env(group),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            run.wait(timeout=budget * 60 if budget else None)
        except subprocess.TimeoutExpired:  # what was tested so far is kept; the rest is reported as not run
            os.killpg(run.pid, signal.SIGINT)
            try:
                run.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(run.pid, signal.SIGKILL)
                run.wait()
            print(f"   stopped after {budget} minutes (--budget)", flush=True)


def _module(mutant: str) -> str:
    return re.split(r"\.x[_ǁ]", mutant, maxsplit=1)[0]


def _report(group: Group, place: Path, show: bool) -> tuple[int, int, int, list[str], int]:
    listing = _mutmut(place, "results", "--all", "true", capture=True).stdout
    status: dict[str, str] = {}
    for line in listing.splitlines():
        found = _RESULT.match(line)
        if found and any(fnmatch.fnmatchcase(found[1], p) for p in group.functions):
            status[found[1]] = found[2].strip()
    equivalent = equivalent_mutants() & set(status)
    team_only = team_only_mutants() & set(status)
    not_run = [name for name in status if status[name] == "not checked" or name in team_only]
    counted = [
        name
        for name in status
        if name not in equivalent and name not in team_only and status[name] not in ("skipped", "not checked")
    ]
    killed = [name for name in counted if status[name] in ("killed", "timeout", "caught by type check")]
    survivors = sorted(name for name in counted if name not in killed)
    for name in survivors:
        print(f"   survived ({status[name]}): {name}")
        if show:
            print(_mutmut(place, "show", name, capture=True).stdout.rstrip())
    modules = sorted({_module(name) for name in counted})
    for module in modules if len(modules) > 1 else ():
        mine = [name for name in counted if _module(name) == module]
        dead = [name for name in mine if name in killed]
        print(f"   {module}: {len(dead)} of {len(mine)} killed ({100 * len(dead) / len(mine):.1f}%)")
    return len(counted), len(killed), len(equivalent), survivors, len(not_run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("groups", nargs="*", help=f"some of: {', '.join(g.name for g in GROUPS)} (default: all)")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("MUTATION_WORKERS", "2")))
    parser.add_argument("--show", action="store_true", help="print the diff of every surviving mutant")
    parser.add_argument("--budget", type=float, help="minutes per group; the mutants not run by then are counted apart")
    parser.add_argument("--report", action="store_true", help="only report the last run of each group")
    parser.add_argument(
        "--rerun",
        nargs="+",
        default=(),
        metavar="MUTANT",
        help="test again, with today's tests, only these mutants of the last run (names or fnmatch patterns)",
    )
    parser.add_argument("--tests-from", metavar="REV", help="run the tests of this commit (for 'before' figures)")
    args = parser.parse_args(argv)
    chosen = [g for g in GROUPS if not args.groups or g.name in args.groups]
    unknown = set(args.groups) - {g.name for g in GROUPS}
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    rows = []
    for group in chosen:
        counted, killed, equivalent, survivors, not_run = run_group(
            group, args.workers, args.show, args.tests_from, args.budget, not args.report, tuple(args.rerun)
        )
        rows.append((group.name, counted, killed, equivalent, len(survivors), not_run))
    print("\n| module group | mutants tested (non-equivalent) | killed | survived | equivalent | not run | kill rate |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, counted, killed, equivalent, survived, not_run in rows:
        rate = f"{100 * killed / counted:.1f}%" if counted else "-"
        print(f"| {name} | {counted} | {killed} | {survived} | {equivalent} | {not_run} | {rate} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
