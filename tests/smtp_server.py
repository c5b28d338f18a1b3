"""A real SMTP server on loopback for the mail tests (aiosmtpd), on an ephemeral port.

``SmtpServer`` starts synchronously (aiosmtpd's Controller waits until the server answers)
and records every message it accepts. ``tls`` gives it a certificate from a throwaway CA
(trustme) for STARTTLS or implicit TLS; ``client_context`` is a client context trusting
that CA, as a mail provider's real certificate would be trusted by the system.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "jana@example.com"
PASSWORD = "correct horse battery staple"


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: Message


@dataclass
class Recorder:
    received: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), message_from_bytes(envelope.content))
        )
        return "250 Message accepted for delivery"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


class _EphemeralController(Controller):
    """Controller on port 0: learns the port the system chose before aiosmtpd connects to check it is up."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class SmtpServer:
    def __init__(self, tls: str | None = None, auth: bool = True) -> None:
        """``tls``: None (plain), "starttls" (offered and required before AUTH) or "ssl" (implicit TLS)."""
        self.recorder = Recorder()
        self.ca = trustme.CA()
        server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
        kwargs: dict[str, Any] = {}
        if auth:
            # AUTH over plain loopback needs auth_require_tls=False; with implicit TLS aiosmtpd cannot tell the
            # socket is already encrypted, so only STARTTLS keeps the requirement
            kwargs.update(authenticator=_authenticator, auth_require_tls=tls == "starttls")
        if tls == "starttls":
            kwargs.update(tls_context=server_context, require_starttls=True)
        elif tls == "ssl":
            kwargs.update(ssl_context=server_context)
        self.controller = _EphemeralController(self.recorder, hostname="127.0.0.1", port=0, **kwargs)

    @property
    def port(self) -> int:
        return int(self.controller.port)

    @property
    def received(self) -> list[Received]:
        return self.recorder.received

    def client_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def closed_port() -> int:
    """A loopback port with nothing listening (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SilentServer:
    """Accepts TCP connections (the kernel's backlog) but never says a word: a server that hangs."""

    def __enter__(self) -> SilentServer:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(4)
        self.port = int(self.socket.getsockname()[1])
        return self

    def __exit__(self, *exc: object) -> None:
        self.socket.close()
