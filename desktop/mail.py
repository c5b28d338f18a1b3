"""Sending a drafted message through the user's own SMTP account, and recording it when it went out.

Host, port, security, user and sender address are settings (``smtp.json`` in the user's
config folder); the password lives only in the OS keyring (``desktop.secrets``). STARTTLS
(port 587) or implicit TLS (465) with certificate checks; an unencrypted connection is
allowed only to this computer (a local bridge such as Proton Mail Bridge on 127.0.0.1).

``send_to_person`` sends to the person's e-mail address and, only when the server accepted
the message, records it (kind email, direction out, channel email — through
``actions.mark_done`` when it answers a suggestion). A failure raises ``MailError`` whose
``reason`` says what went wrong — ``authentication``, ``tls``, ``refused``, ``timeout``,
``connection``, ``recipient``, ``rejected``, ``password``, ``settings`` — and nothing is
recorded. Every network wait is bounded by the settings' ``timeout``. Blocking: the app
calls it from a worker.
"""

from __future__ import annotations

import ipaddress
import json
import os
import smtplib
import socket
import ssl
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path
from typing import Any, Literal

import platformdirs

from desktop import secrets
from desktop.config import APP_NAME
from desktop.core.changes import Changes
from desktop.errors import InputError, ReboundError

Security = Literal["starttls", "ssl", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "ssl", "none")
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_TIMEOUT = 20.0
Reason = Literal[
    "authentication", "tls", "refused", "timeout", "connection", "recipient", "rejected", "password", "settings"
]


class MailError(ReboundError):
    """The message was not sent (and nothing was recorded); ``reason`` names the kind of failure."""

    exit_code = 1

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class MailAccount:
    host: str
    user: str
    sender: str  # the From address
    port: int = 587
    security: Security = "starttls"
    sender_name: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    def problems(self) -> list[str]:
        found = []
        if not self.host or any(ch.isspace() for ch in self.host):
            found.append("give the server's host name, e.g. smtp.example.com")
        if not 0 < int(self.port) < 65536:
            found.append(f"port {self.port} is not a port number")
        if self.security not in SECURITIES:
            found.append(f"security must be one of {', '.join(SECURITIES)}")
        elif self.security == "none" and not _is_loopback(self.host):
            found.append("an unencrypted connection is allowed only to this computer; choose STARTTLS or SSL")
        if not _plain_address(self.sender):
            found.append(f"the sender address {self.sender!r} is not an e-mail address")
        if not 0 < float(self.timeout) <= 300:
            found.append("the timeout is between 1 and 300 seconds")
        return found


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _plain_address(text: str | None) -> bool:
    if not text or any(ch in text for ch in '\r\n,;<>"() \t'):
        return False
    local, at, domain = text.partition("@")
    return bool(local and at and "." in domain and not domain.startswith(".") and not domain.endswith("."))


# ---------------------------------------------------------------- settings (no password here)


def account_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "smtp.json"


def load_account(path: Path | None = None) -> MailAccount | None:
    """The saved SMTP settings, or None when there are none (or they are unreadable)."""
    path = path or account_path()
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        allowed = {k: v for k, v in data.items() if k in MailAccount.__dataclass_fields__}
        return MailAccount(**allowed)
    except (OSError, ValueError, TypeError):
        return None


def save_account(settings: MailAccount, path: Path | None = None) -> Path:
    """Save host, port, security, user and sender (owner-only); the password goes to ``save_password``."""
    problems = settings.problems()
    if problems:
        raise InputError(f"SMTP settings: {problems[0]}")
    path = path or account_path()
    old = os.umask(0o077)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_name(f".{path.name}.partial")
        temporary.write_text(json.dumps(asdict(settings), indent=1) + "\n", encoding="utf-8")
        os.chmod(temporary, 0o600)
        temporary.replace(path)
    finally:
        os.umask(old)
    return path


def save_password(settings: MailAccount, password: str, timeout: float = secrets.DEFAULT_TIMEOUT) -> None:
    """Keep the SMTP password in the keyring (KeyringUnavailable when there is none: never in a file)."""
    secrets.set_smtp_password(settings.host, settings.user, password, timeout)


def stored_password(settings: MailAccount, timeout: float = secrets.DEFAULT_TIMEOUT) -> str | None:
    return secrets.get_smtp_password(settings.host, settings.user, timeout)


# ---------------------------------------------------------------- sending


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def build_message(settings: MailAccount, to_name: str | None, to_address: str, subject: str, body: str,
                  at: datetime) -> EmailMessage:  # fmt: skip
    """The message: one recipient, header values on one line each (data cannot add headers)."""
    if not _plain_address(to_address):
        raise MailError("recipient", f"{to_address!r} is not an e-mail address")
    message = EmailMessage()
    message["From"] = formataddr((_one_line(settings.sender_name), settings.sender))
    message["To"] = formataddr((_one_line(to_name), to_address))
    message["Subject"] = _one_line(subject)
    message["Date"] = format_datetime(at.astimezone())
    message["Message-ID"] = make_msgid(domain=settings.sender.partition("@")[2] or None)
    message.set_content(body)
    return message


def _failure(settings: MailAccount, error: BaseException) -> MailError:
    where = f"{settings.host}:{settings.port}"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError("authentication", f"{where} did not accept the user name or password ({error.smtp_code})")
    if isinstance(error, smtplib.SMTPNotSupportedError):
        text = str(error)
        if "STARTTLS" in text.upper():
            return MailError("tls", f"{where} does not offer STARTTLS; check the port or choose SSL")
        return MailError("authentication", f"{where} offers no login on this connection ({text})")
    if isinstance(error, ssl.SSLCertVerificationError):
        return MailError("tls", f"{where}: the server's certificate could not be verified ({error.verify_message})")
    if isinstance(error, ssl.SSLError):
        return MailError("tls", f"{where}: the secure (TLS) connection failed ({error.reason or error})")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return MailError("recipient", f"{where} refused the recipient")
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MailError("rejected", f"{where} refused the sender address {settings.sender} ({error.smtp_code})")
    if isinstance(error, smtplib.SMTPServerDisconnected):
        if isinstance(error.__context__, TimeoutError) or "timed out" in str(error):
            return MailError("timeout", f"{where} did not answer within {settings.timeout:g} s")
        return MailError("connection", f"{where} closed the connection")
    if isinstance(error, smtplib.SMTPResponseException):
        return MailError("rejected", f"{where} refused the message ({error.smtp_code} {error.smtp_error!r})")
    if isinstance(error, ConnectionRefusedError):
        return MailError("refused", f"{where} refused the connection; check the host and port")
    if isinstance(error, TimeoutError | socket.timeout):
        return MailError("timeout", f"{where} did not answer within {settings.timeout:g} s")
    if isinstance(error, socket.gaierror):
        return MailError("connection", f"the server name {settings.host!r} is unknown")
    if isinstance(error, OSError):
        return MailError("connection", f"{where} cannot be reached ({error.strerror or error})")
    return MailError("connection", f"{where}: {error}")


def send_message(
    settings: MailAccount, password: str | None, message: EmailMessage, ssl_context: ssl.SSLContext | None = None
) -> None:
    """Hand ``message`` to the server; raises MailError when it was not accepted."""
    problems = settings.problems()
    if problems:
        raise MailError("settings", f"SMTP settings: {problems[0]}")
    if settings.user and not password:
        raise MailError("password", f"no password for {settings.user} at {settings.host}; enter it in Settings")
    context = ssl_context or ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            client.ehlo()
            if settings.security == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if settings.user:
                assert password is not None
                client.login(settings.user, password)
            client.send_message(message)
    except (smtplib.SMTPException, OSError) as error:  # ssl.SSLError and socket errors are OSErrors
        raise _failure(settings, error) from error


@dataclass(frozen=True)
class Sent:
    interaction_id: int
    message_id: str
    changes: Changes  # what recording it changed (the person's timeline, the suggestion's state)


def send_to_person(
    person_id: int,
    subject: str,
    body: str,
    at: datetime,
    *,
    settings: MailAccount | None = None,
    password: str | None = None,
    suggestion_key: str | None = None,
    opening_id: int | None = None,
    ssl_context: ssl.SSLContext | None = None,
    keyring_timeout: float = secrets.DEFAULT_TIMEOUT,
) -> Sent:
    """Send a drafted message to a person and record it; MailError (nothing recorded) when it failed."""
    from desktop.core import people, timeline
    from desktop.core.reconnect import actions
    from desktop.store.models import Profile

    settings = settings or load_account()
    if settings is None:
        raise MailError("settings", "no SMTP account is set up; enter it in Settings")
    person = people.get_person(person_id)
    if person.do_not_contact:
        raise InputError(f"{person.name} asked not to be contacted")
    if not person.email:
        raise InputError(f"{person.name} has no e-mail address")
    if password is None and settings.user:
        try:
            password = stored_password(settings, keyring_timeout)
        except secrets.KeyringUnavailable as error:
            raise MailError("password", f"the SMTP password cannot be read from the keyring: {error}") from error
    if settings.sender_name is None:
        profile = Profile.get_or_none(Profile.id == 1)
        if profile is not None and profile.name:
            settings = replace(settings, sender_name=profile.name)
    message = build_message(settings, person.name, person.email, subject, body, at)
    send_message(settings, password, message, ssl_context)
    if suggestion_key is not None:
        logged = actions.mark_done(suggestion_key, person_id, "email", body, at, subject=subject or None,
                                   opening_id=opening_id)  # fmt: skip
    else:
        logged = timeline.log_interaction(
            person_id, "email", "out", at, channel="email", subject=subject or None, body=body, opening_id=opening_id
        )
    return Sent(logged.value, str(message["Message-ID"]), logged.changes)
