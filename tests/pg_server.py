"""A throwaway PostgreSQL cluster for the tests: ``initdb`` in a temporary folder, a free loopback port, stopped at
the end of the session. Nothing here talks to a server it did not start.

initdb and postgres refuse to run as root; as root the cluster belongs to ``nobody`` (``runuser``). The
superuser of the cluster logs in over TCP with a password (scram-sha-256), so a wrong password is a real refusal.
When the server's programs are missing, ``find_bin`` returns None and the PostgreSQL half is reported as not run.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg

SUPERUSER = "rebound_admin"
NOT_RUN_HINT = "sudo apt-get install postgresql postgresql-contrib"


def find_bin() -> Path | None:
    """The folder of initdb/pg_ctl/postgres of the newest installed PostgreSQL, or None."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "postgres").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    if found and shutil.which("postgres"):
        return Path(found).resolve().parent
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    """A running cluster: where it listens and how its superuser logs in."""

    bin: Path
    folder: Path
    port: int
    password: str
    owner: str | None  # the system user running it (None: ourselves)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.url(database), autocommit=True)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.owner is not None:
            command = ["runuser", "-u", self.owner, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, cwd=self.folder)

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off -c max_connections=60"
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o", options, "start")
        if done.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start: {done.stderr.strip()} {self.log_tail()}")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def log_tail(self) -> str:
        log = self.folder / "log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else ""

    def create_database(self, name: str) -> str:
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> Server:
    """initdb a cluster in a new temporary folder and start it on a free loopback port."""
    bin_folder = find_bin()
    if bin_folder is None:
        raise FileNotFoundError(NOT_RUN_HINT)
    owner = "nobody" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="rebound-pg-"))
    password = secrets.token_hex(16)
    (folder / "pw").write_text(password)
    if owner is not None:
        entry = pwd.getpwnam(owner)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        os.chown(folder / "pw", entry.pw_uid, entry.pw_gid)
    os.chmod(folder, 0o700)
    server = Server(bin=bin_folder, folder=folder, port=_free_port(), password=password, owner=owner)
    made = server._run(
        "initdb", "-D", str(server.data), "-U", SUPERUSER, f"--pwfile={folder / 'pw'}", "--auth-local=trust",
        "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
    )  # fmt: skip
    (folder / "pw").unlink()
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {made.stderr.strip()}")
    server.start()
    return server


def remove_server(server: Server) -> None:
    server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)
