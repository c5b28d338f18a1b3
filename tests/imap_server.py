"""A real IMAP server on loopback for the mail-sync tests: Debian's Dovecot with a throwaway configuration.

``DovecotServer`` writes a configuration (``dovecot -c``) into a fresh temporary folder — a passwd-file user,
a Maildir, a certificate from a throwaway CA (trustme), implicit TLS only (``ssl = required``: no plain-text
login) on a free loopback port — starts the master process in the foreground, waits until it says it is up
and the port answers with a greeting (no sleeps), and stops it afterwards. Run as root, Dovecot's own login
and internal users (``dovenull``, ``dovecot``, created by the package) serve the logins and ``nobody`` owns
the mail; run as anybody else, everything runs as that user. ``tools/system-deps.sh`` installs the
``dovecot-imapd`` package when it is missing.

Messages reach the mailboxes as they reach a real one: over IMAP (APPEND) by a separate administrator
session. ``flags`` reads what the server holds about each message, so a test can see that a sync changed
nothing there. ``set_uidvalidity`` makes the server start a mailbox's UIDs anew (``doveadm mailbox
update``), as after a server rebuilt its index. ``DroppingProxy`` stands between client and server and
cuts the connection after a number of bytes from the server: a connection lost in the middle of a fetch.
"""

from __future__ import annotations

import imaplib
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
from pathlib import Path

import trustme

USER = "jana@example.com"
PASSWORD = "correct horse battery staple"
SENT_FOLDER = "Versendet"  # the folder marked \\Sent (SPECIAL-USE); a folder "Sent" beside it is not marked
DOVECOT = shutil.which("dovecot", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")
DOVEADM = shutil.which("doveadm", path=os.environ.get("PATH", "") + ":/usr/bin:/usr/sbin")
MISSING = "Dovecot is not installed: `make system-deps` as root installs it (apt-get install dovecot-imapd)"


def _stop_with_parent() -> None:
    """In the server's process, before Dovecot starts: the kernel sends it SIGTERM when the test run that
    started it ends, however it ends (a SIGTERM or SIGKILL leaves no fixture teardown to stop it)."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def message(number: int, *, sender: str = "eva.klein@nordwind.example", to: str = USER,
            subject: str | None = None, body: str = "", date: str | None = None) -> bytes:  # fmt: skip
    """A small plain-text message with its own Message-ID ``<number.test@nordwind.example>``."""
    day = date or f"Mon, {1 + number % 28:02d} Sep 2026 10:{number % 60:02d}:00 +0200"
    text = body or f"Hello Jana,\r\n\r\nthis is message {number}.\r\n\r\nEva"
    return (
        f"From: Eva Klein <{sender}>\r\nTo: {to}\r\nSubject: {subject or f'Message {number}'}\r\n"
        f"Date: {day}\r\nMessage-ID: <{number}.test@nordwind.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    ).encode()


class DovecotServer:
    def __init__(self, users: dict[str, str] | None = None) -> None:
        if DOVECOT is None or DOVEADM is None:
            raise RuntimeError(MISSING)
        self.users = users or {USER: PASSWORD}
        self.ca = trustme.CA()
        self.root = Path(tempfile.mkdtemp(prefix="rebound-dovecot-"))
        self.port = 0  # implicit TLS (what 993 is for a provider)
        self.starttls_port = 0  # plain IMAP that requires STARTTLS before a login (143)
        self.process: subprocess.Popen[bytes] | None = None
        self._drainer: threading.Thread | None = None
        self.log = b""

    # ------------------------------------------------------------ configuration

    def _write(self) -> Path:
        root = self.root
        os.chmod(root, 0o755)  # the login and auth processes run as other users and must reach their sockets
        (root / "run").mkdir(exist_ok=True)
        mail = root / "mail"
        mail.mkdir(exist_ok=True)
        cert = self.ca.issue_cert("127.0.0.1", "localhost")
        cert.private_key_pem.write_to_path(str(root / "key.pem"))
        cert.cert_chain_pems[0].write_to_path(str(root / "cert.pem"))
        self.ca.cert_pem.write_to_path(str(self.ca_path))
        (root / "users").mkdir(exist_ok=True)
        for user, password in self.users.items():
            self._write_user(user, password)
        if os.geteuid() == 0:
            internal, login = "dovecot", "dovenull"
            mail_owner = pwd.getpwnam("nobody")
            mail_user, first_uid = "nobody", 1
            os.chown(mail, mail_owner.pw_uid, mail_owner.pw_gid)
        else:
            me = pwd.getpwuid(os.geteuid())
            internal = login = mail_user = me.pw_name
            first_uid = me.pw_uid
        config = root / "dovecot.conf"
        config.write_text(f"""\
base_dir = {root}/run
state_dir = {root}/run
log_path = /dev/stderr
info_log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = {first_uid}
mail_location = maildir:{mail}/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/users/%u
}}
userdb {{
  driver = static
  args = uid={mail_user} gid={"nogroup" if os.geteuid() == 0 else os.getegid()} home={mail}/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.starttls_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox {SENT_FOLDER} {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Sent {{
    auto = create
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
}}
""")
        return config

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def ca_path(self) -> Path:
        """The CA's certificate (PEM): ``SSL_CERT_FILE`` for a client that should trust this server."""
        return self.root / "ca.pem"

    # ------------------------------------------------------------ life

    def start(self) -> DovecotServer:
        for _attempt in range(5):
            self.port, self.starttls_port = free_port(), free_port()
            config = self._write()
            self.process = subprocess.Popen(
                [str(DOVECOT), "-F", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                preexec_fn=_stop_with_parent,
            )  # fmt: skip
            assert self.process.stderr is not None
            log: list[str] = []
            for raw in self.process.stderr:  # blocks until Dovecot writes a line or exits
                line = raw.decode(errors="replace").rstrip()
                log.append(line)
                if "starting up" in line:
                    break
            else:
                self.process.wait()
                if any("in use" in line for line in log):
                    continue  # another program took the port in the meantime: choose again
                raise RuntimeError("Dovecot did not start:\n" + "\n".join(log))
            self._drainer = threading.Thread(target=self._drain, daemon=True)
            self._drainer.start()
            self._greeting()
            return self
        raise RuntimeError("Dovecot found no free port")

    def _drain(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        for raw in self.process.stderr:
            self.log += raw

    def _greeting(self) -> None:
        with socket.create_connection(("127.0.0.1", self.port), timeout=30) as sock:
            with self.client_context().wrap_socket(sock, server_hostname="127.0.0.1") as tls:
                greeting = tls.recv(1024)
        assert greeting.startswith(b"* OK"), greeting

    def stop(self) -> None:
        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                self.process.wait(timeout=30)
            if self._drainer is not None:
                self._drainer.join(timeout=30)  # the log pipe reached its end
            if self.process.stderr is not None:
                self.process.stderr.close()
        self.process = None

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------ what a test needs

    def add_user(self, password: str = PASSWORD) -> str:
        """A new account with empty mailboxes (one server serves many tests, each with its own user)."""
        user = f"user{len(self.users)}@example.com"
        self.users[user] = password
        self._write_user(user, password)
        return user

    def _write_user(self, user: str, password: str) -> None:
        """One passwd-file per user (Dovecot looks the file up by the user's name: a new one is seen at once);
        test passwords, PLAIN, readable by the auth process (another user)."""
        path = self.root / "users" / user
        path.write_text(f"{user}:{{PLAIN}}{password}::::\n")
        os.chmod(path, 0o644)

    def client_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context

    def admin(self, user: str = USER) -> imaplib.IMAP4_SSL:
        """A logged-in administrator session (the caller logs out)."""
        session = imaplib.IMAP4_SSL("127.0.0.1", self.port, ssl_context=self.client_context(), timeout=30)
        session.login(user, self.users[user])
        return session

    def deliver(self, folder: str, *messages: bytes, seen: bool = False, user: str = USER) -> list[int]:
        """Append ``messages`` to ``folder`` (``\\Seen`` when ``seen``); their UIDs."""
        uids: list[int] = []
        session = self.admin(user)
        try:
            for raw in messages:
                status, data = session.append(_quoted(folder), "(\\Seen)" if seen else None, None, raw)
                assert status == "OK", data
                found = re.search(rb"APPENDUID \d+ (\d+)", data[0] or b"")
                assert found is not None, data
                uids.append(int(found.group(1)))
        finally:
            session.logout()
        return uids

    def flags(self, folder: str, user: str = USER) -> dict[int, set[str]]:
        """UID → the server's flags of every message in ``folder`` (read without changing them)."""
        session = self.admin(user)
        try:
            session.select(_quoted(folder), readonly=True)
            status, data = session.uid("FETCH", "1:*", "(FLAGS)")
            assert status == "OK", data
        finally:
            session.logout()
        found: dict[int, set[str]] = {}
        for line in data:
            if not isinstance(line, bytes):
                continue
            match = re.search(rb"UID (\d+) FLAGS \(([^)]*)\)|FLAGS \(([^)]*)\) UID (\d+)", line)
            if match is None:
                continue
            uid = match.group(1) or match.group(4)
            flags = match.group(2) if match.group(1) else match.group(3)
            found[int(uid)] = set(flags.decode().split()) - {"\\Recent"}  # Recent differs per session
        return found

    def count(self, folder: str, user: str = USER) -> int:
        return len(self.flags(folder, user))

    def uidvalidity(self, folder: str, user: str = USER) -> int:
        done = subprocess.run(
            [
                str(DOVEADM),
                "-c",
                str(self.config),
                "-f",
                "flow",
                "mailbox",
                "status",
                "-u",
                user,
                "uidvalidity",
                folder,
            ],  # fmt: skip
            check=True,
            capture_output=True,
            text=True,
        )
        return int(done.stdout.strip().rpartition("=")[2])

    def set_uidvalidity(self, folder: str, value: int, user: str = USER) -> None:
        """Give ``folder`` a new UIDVALIDITY, as a server does after rebuilding it: the old UIDs mean nothing now."""
        subprocess.run(
            [
                str(DOVEADM),
                "-c",
                str(self.config),
                "mailbox",
                "update",
                "-u",
                user,
                "--uid-validity",
                str(value),
                folder,
            ],  # fmt: skip
            check=True,
            capture_output=True,
        )


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class DroppingProxy:
    """A TCP relay to ``port`` that cuts every connection once the server has sent ``limit`` bytes through it.

    TLS passes through untouched (the client still checks the server's certificate): to the client it is the
    server, gone in the middle of an answer."""

    def __init__(self, port: int, limit: int) -> None:
        self.target = port
        self.limit = limit
        self.cut = threading.Event()  # set once a connection was cut
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(4)
        self.port = int(self.listener.getsockname()[1])
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> DroppingProxy:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pipe, args=(client, server, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, self.limit), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, limit: int | None) -> None:
        passed = 0
        try:
            while True:
                chunk = source.recv(4096)
                if not chunk:
                    break
                if limit is not None and passed + len(chunk) >= limit:
                    target.sendall(chunk[: max(0, limit - passed)])
                    self.cut.set()
                    break
                target.sendall(chunk)
                passed += len(chunk)
        except OSError:
            pass
        finally:
            for end in (source, target):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                end.close()
