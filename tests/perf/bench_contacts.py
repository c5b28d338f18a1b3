"""Contacts import: a 10,000-card vCard file (vCard 2.1, 3.0 and 4.0 mixed, a photo in one card of ten) into an
empty database in ≤ 3 s with a peak RSS ≤ 300 MB, as ``rebound import vcard`` in fresh processes.

    .venv/bin/python -m tests.perf.bench_contacts [--repeat 5]

The file is generated deterministically from one seed and cached under ``.bench/``: 2.1 cards as Outlook and
Android write them (quoted-printable names and notes with soft line breaks, CHARSET, bare types, a base64 photo
whose lines are not folded), 3.0 cards as Apple writes them (grouped items, ``http\\://`` URLs, a folded photo),
4.0 cards (tel: and mailto: URIs, PREF). Each figure is the median and the max of ``--repeat`` fresh processes
(the whole command: interpreter start, a new database, the import) with the process's peak RSS (``wait4``'s
``ru_maxrss``). Every run is checked: the database must then hold all 10,000 people.
"""

from __future__ import annotations

import argparse
import base64
import os
import quopri
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.perf.common import ROOT, Result, bench_main, bench_parser, child_environment, log, median
from tests.perf.dataset import FIRST_NAMES, LAST_NAMES, TITLES

BENCH = "contacts"
CARDS = 10_000
PHOTO_SHARE = 0.1
PHOTO_BYTES = 24_000  # a contact photo as phones keep them (a 32 kB base64 value)
BUDGET_S = 3.0
BUDGET_MB = 300.0
GENERATOR_VERSION = 1
SEED = 20261206


def _qp(text: str, charset: str) -> list[str]:
    """Quoted-printable of ``text`` in lines of at most 76 characters, soft breaks (``=``) between them."""
    parts = (
        quopri.encodestring(part.encode(charset)).decode("ascii").replace("=\n", "") for part in text.split("\r\n")
    )
    encoded = "=0D=0A".join(parts)  # a line break within the value
    lines, start = [], 0
    while start < len(encoded):
        end = min(start + 74, len(encoded))
        while "=" in encoded[max(start, end - 2) : end] and end < len(encoded):
            end -= 1  # never split an =XX
        lines.append(encoded[start:end])
        start = end
    return [line + "=" for line in lines[:-1]] + lines[-1:]


def _photo(rng: random.Random) -> str:
    return base64.b64encode(rng.randbytes(PHOTO_BYTES)).decode("ascii")


def build_cards(count: int = CARDS) -> bytes:
    """The same bytes for the same count, on every machine."""
    rng = random.Random(SEED)
    out: list[str] = []
    for index in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        company = f"{rng.choice(LAST_NAMES)} {rng.choice(('GmbH', 'AG', 'Labs', 'Inc.', 'Partners'))}"
        title = rng.choice(TITLES)
        mail = f"{first.lower().replace(' ', '.')}.{index}@mail.example"
        note = f"Met at the fair, {rng.choice(('Köln', 'Lyon', 'Malmö', 'Zürich'))}; follow up in spring, {index}."
        photo = _photo(rng) if rng.random() < PHOTO_SHARE else None
        version = ("2.1", "3.0", "4.0")[index % 3]
        if version == "2.1":
            lines = ["BEGIN:VCARD", "VERSION:2.1"]
            name = _qp(f"{last};{first};;;", "utf-8")
            lines.append("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + name[0])
            lines += name[1:]
            lines += [f"FN;CHARSET=UTF-8:{first} {last}", f"ORG:{company}", f"TITLE:{title}",
                      f"TEL;WORK;VOICE:+49 30 {index:07d}", f"TEL;CELL:+49 171 {index:07d}",
                      f"EMAIL;PREF;INTERNET:{mail}"]  # fmt: skip
            body = _qp(note + "\r\n" + note, "utf-8")
            lines.append("NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + body[0])
            lines += body[1:]
            if photo:
                lines.append("PHOTO;ENCODING=BASE64;JPEG:")
                lines += [photo[i : i + 76] for i in range(0, len(photo), 76)] + [""]
        elif version == "3.0":
            lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{first} {last}", f"ORG:{company};",
                     f"TITLE:{title}\\, EMEA", f"item1.EMAIL;type=INTERNET;type=pref:{mail}",
                     "item1.X-ABLabel:_$!<Work>!$_",
                     f"TEL;type=CELL;type=VOICE;type=pref:+1 206 555 {index:04d}",
                     f"item2.URL:http\\://www.linkedin.com/in/{first.lower().replace(' ', '-')}-{index:x}",
                     "item2.X-ABLabel:LinkedIn", "NOTE:" + note.replace(",", "\\,").replace(";", "\\;"),
                     "CATEGORIES:Fair,Spring"]  # fmt: skip
            if photo:
                lines.append("PHOTO;ENCODING=b;TYPE=JPEG:" + photo[:48])
                lines += [" " + photo[i : i + 74] for i in range(48, len(photo), 74)]
        else:
            lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{first} {last}", f"N:{last};{first};;;", f"ORG:{company}",
                     f"TITLE:{title}", f"EMAIL;PREF=1:mailto:{mail}", f"TEL;VALUE=uri;TYPE=cell:tel:+33-6-{index:08d}",
                     f"ADR;TYPE=work:;;{index} Rue de Rivoli;Paris;;75001;France"]  # fmt: skip
            if photo:
                lines.append("PHOTO:data:image/jpeg;base64," + photo[:40])
                lines += [" " + photo[i : i + 74] for i in range(40, len(photo), 74)]
        lines.append("END:VCARD")
        out.append("\r\n".join(lines) + "\r\n")
    return "".join(out).encode("utf-8")


def cached_cards() -> Path:
    folder = ROOT / ".bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"contacts-{CARDS}-g{GENERATOR_VERSION}.vcf"
    if not path.exists():
        log("contacts: generating the synthetic vCard file…")
        path.write_bytes(build_cards())
    return path


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one child process (its failure an error)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if code != 0:
        raise RuntimeError(f"{' '.join(command[-3:])}: exit {code}: {error.strip()[-300:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run(args: argparse.Namespace) -> list[Result]:
    cards = cached_cards()
    log(f"contacts: {cards.name}, {cards.stat().st_size / 1e6:.0f} MB, {CARDS:,} cards")
    seconds: list[float] = []
    cpu: list[float] = []
    peaks: list[float] = []
    floor: list[float] = []
    with tempfile.TemporaryDirectory(prefix="rebound-bench-") as folder:
        home = Path(folder)
        env = child_environment(home)
        env["REBOUND_NO_ENCRYPTION"] = "1"
        empty = home / "one.vcf"
        empty.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Floor\r\nEND:VCARD\r\n", encoding="utf-8")
        for number in range(args.repeat):
            database = home / f"contacts-{number}.db"
            rebound = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main())", "--db"]
            # the floor, interleaved: the same command's start and a new database, with an empty vCard file
            floor.append(_run([*rebound, str(home / f"floor-{number}.db"), "import", "vcard", str(empty)], env)[0])
            took, spent, peak = _run([*rebound, str(database), "import", "vcard", str(cards)], env)
            with sqlite3.connect(database) as check:
                people = check.execute("SELECT count(*) FROM person").fetchone()[0]
            if people != CARDS:
                reason = f"incomplete: {people:,} people; expected {CARDS:,}"
                return [Result.failed(BENCH, "10,000 cards, empty db", "s", BUDGET_S, reason)]
            seconds.append(took)
            cpu.append(spent)
            peaks.append(peak)
            log(
                f"contacts: run #{number + 1}: {took:.2f} s ({spent:.2f} s CPU), {peak:.0f} MB; floor {floor[-1]:.2f} s"
            )
    note = (
        f"median {median(seconds):.2f} s, max {max(seconds):.2f} s; peak RSS median {median(peaks):.0f} MB, "
        f"max {max(peaks):.0f} MB ({len(seconds)} fresh processes, the whole command); CPU median {median(cpu):.2f} s"
    )
    return [
        Result.measured(BENCH, "vCard, 10,000 cards (2.1/3.0/4.0, 10% photos), empty db", median(seconds), "s",
                        BUDGET_S, note),
        Result.measured(BENCH, "vCard, 10,000 cards, peak RSS", max(peaks), "MB", BUDGET_MB, note),
        Result.measured(BENCH, "  floor: the command with one card, new db", median(floor), "s", None,
                        "interpreter start, migrations, one card: what every import pays"),
        Result.measured(BENCH, "  the 10,000 cards beyond the floor", median(seconds) - median(floor), "s"),
    ]  # fmt: skip


def parser() -> argparse.ArgumentParser:
    p = bench_parser(__doc__.splitlines()[0] if __doc__ else "")
    p.add_argument("--repeat", type=int, default=5, help="fresh processes (default 5)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main("Contacts import (10,000 vCards)", parser(), run, argv)


if __name__ == "__main__":
    raise SystemExit(main())
