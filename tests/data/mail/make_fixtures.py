"""Writes the mail fixtures of this folder (run it again after editing; the files are committed).

People of the fixture database (tests/interop/mail/conftest.py): Tom Weber <tom@acme.example> at Acme GmbH,
Eva Klein <eva.klein@nordwind.example> at Nordwind AG; me: jana.berg@example.org.
Each message exercises one thing the reader must handle; the comment above it says which.
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

HERE = Path(__file__).parent


def b64(text: str, charset: str) -> bytes:
    return base64.encodebytes(text.encode(charset))


# 1. plain UTF-8, Gmail labels, an RFC 2047 subject (Q, UTF-8): Tom writes to me
M1 = (
    b"From: Tom Weber <tom@acme.example>\n"
    b"To: Jana Berg <jana.berg@example.org>\n"
    b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe_aus_M=C3=BCnchen?=\n"
    b"Date: Mon, 02 Nov 2026 09:15:00 +0000\n"
    b"Message-ID: <m1.tom@acme.example>\n"
    b"X-Gmail-Labels: Inbox,Important,Jobsuche\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"Content-Transfer-Encoding: 8bit\n\n"
    + "Hallo Jana,\n\nschöne Grüße aus München! Lass uns nächste Woche telefonieren.\n\nTom\n".encode()
)

# 2. my reply (out), quoted-printable ISO-8859-1, In-Reply-To and References: one thread with 1
M2 = (
    b"From: Jana Berg <jana.berg@example.org>\n"
    b"To: Tom Weber <tom@acme.example>\n"
    b"Subject: Re: =?iso-8859-1?q?Gr=FC=DFe_aus_M=FCnchen?=\n"
    b"Date: Mon, 02 Nov 2026 11:40:00 +0000\n"
    b"Message-ID: <m2.jana@example.org>\n"
    b"In-Reply-To: <m1.tom@acme.example>\n"
    b"References: <m1.tom@acme.example>\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=iso-8859-1\n"
    b"Content-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(
        "Hallo Tom,\n\ngerne, Donnerstag passt mir. Grüße\nJana\n\n> schöne Grüße aus München!\n".encode("iso-8859-1")
    )
)

# 3. multipart/alternative, base64 UTF-8 text + HTML, and a PDF attachment (name and size only)
M3 = (
    b"From: Eva Klein <eva.klein@nordwind.example>\n"
    b"To: jana.berg@example.org\n"
    b"Subject: Your application for BI Analyst\n"
    b"Date: Fri, 20 Nov 2026 09:30:00 +0000\n"
    b"Message-ID: <a1b2@mail.nordwind.example>\n"
    b"MIME-Version: 1.0\n"
    b'Content-Type: multipart/mixed; boundary="OUTER"\n\n'
    b"--OUTER\n"
    b'Content-Type: multipart/alternative; boundary="INNER"\n\n'
    b"--INNER\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"Content-Transfer-Encoding: base64\n\n"
    + b64(
        "Dear Jana,\n\nthank you for your interest in Nordwind AG. After careful consideration we have decided "
        "to move forward with other candidates whose experience more closely matches the role.\n\n"
        "We wish you all the best in your search.\n\nEva Klein\nTalent Acquisition | Nordwind AG\n",
        "utf-8",
    )
    + b"--INNER\n"
    b"Content-Type: text/html; charset=utf-8\n\n"
    b"<p>Dear Jana,</p><p>thank you for your interest in Nordwind AG.</p>\n"
    b"--INNER--\n"
    b"--OUTER\n"
    b'Content-Type: application/pdf; name="Feedback.pdf"\n'
    b'Content-Disposition: attachment; filename="Feedback.pdf"\n'
    b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(b"%PDF-1.4 " + b"x" * 3000) + b"--OUTER--\n"
)

# 4. HTML only (Windows-1252, an encoded-word sender name): HTML becomes text; a script is never run or kept
M4 = (
    b"From: =?windows-1252?q?Ren=E9_M=FCller?= <tom@acme.example>\n"
    b"To: jana.berg@example.org\n"
    b"Subject: Einladung zum Vorstellungsgespr\xe4ch\n"
    b"Date: Tue, 24 Nov 2026 14:00:00 +0100\n"
    b"Message-ID: <m4@acme.example>\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/html; charset=windows-1252\n\n"
    b"<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
    b"<p>Liebe Frau Berg,</p><p>wir m\xf6chten Sie gerne zu einem Vorstellungsgespr\xe4ch einladen &ndash; "
    b"bitte nennen Sie uns Terminvorschl\xe4ge.</p><p>Beste Gr\xfc\xdfe &amp; bis bald</p>"
    b'<img src="https://tracker.example/pixel.gif"></body></html>\n'
)

# 5. no Message-ID: logged once by the fallback key
M5 = (
    b"From: Tom Weber <tom@acme.example>\n"
    b"To: jana.berg@example.org\n"
    b"Subject: Kurze Frage\n"
    b"Date: Wed, 25 Nov 2026 08:00:00 +0000\n\n"
    b"Hast du die Unterlagen bekommen?\n"
)

# 6. a stranger writes to me: nobody of Rebound in it, never stored
M6 = (
    b"From: Newsletter <news@shop.example>\n"
    b"To: jana.berg@example.org\n"
    b"Subject: 20% off this week\n"
    b"Date: Thu, 26 Nov 2026 08:00:00 +0000\n"
    b"Message-ID: <n6@shop.example>\n"
    b"List-Unsubscribe: <https://shop.example/u>\n\n"
    b"Buy now.\n"
)

# 7. a forward from me to Tom with the original message attached (message/rfc822)
M7 = (
    b"From: jana.berg@example.org\n"
    b"To: tom@acme.example\n"
    b"Subject: Fwd: Your application for BI Analyst\n"
    b"Date: Fri, 20 Nov 2026 18:00:00 +0000\n"
    b"Message-ID: <m7.jana@example.org>\n"
    b"MIME-Version: 1.0\n"
    b'Content-Type: multipart/mixed; boundary="F"\n\n'
    b"--F\n"
    b"Content-Type: text/plain; charset=utf-8\n\n"
    b"Tom, do you know who decided this?\n\n---------- Forwarded message ---------\nFrom: Eva Klein\n"
    b"we have decided to move forward with other candidates\n"
    b"--F\n"
    b"Content-Type: message/rfc822\n\n"
    b"From: eva.klein@nordwind.example\nSubject: Your application\n\nOld text.\n"
    b"--F--\n"
)

# 8. in Sent: my reply to Eva's rejection, two days later (CRLF line ends, as some clients write them)
M8 = (
    b"From: Jana Berg <jana.berg@example.org>\r\n"
    b"To: Eva Klein <eva.klein@nordwind.example>\r\n"
    b"Subject: Re: Your application for BI Analyst\r\n"
    b"Date: Sun, 22 Nov 2026 10:00:00 +0000\r\n"
    b"Message-ID: <m8.jana@example.org>\r\n"
    b"In-Reply-To: <a1b2@mail.nordwind.example>\r\n"
    b"References: <a1b2@mail.nordwind.example>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Dear Eva,\r\n\r\nthank you for letting me know. I would appreciate any feedback.\r\n\r\nJana\r\n"
)

# 9. a human of Nordwind AG nobody knows yet (the domain is Eva's): a detection, no timeline entry
M9 = (
    b"From: Lena Schmidt <lena.schmidt@nordwind.example>\n"
    b"To: jana.berg@example.org\n"
    b"Subject: Ihre Bewerbung als Data Engineer\n"
    b"Date: Mon, 23 Nov 2026 15:00:00 +0000\n"
    b"Message-ID: <m9@nordwind.example>\n"
    b"Content-Type: text/plain; charset=utf-8\n\n"
    + "Sehr geehrte Frau Berg,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch einladen.\n\n"
    "Mit freundlichen Grüßen\nLena Schmidt\nPeople & Culture | Nordwind AG\n".encode()
)

# 10. the applicant-tracking robot of a company nobody knows: a detection with the company from the signature
M10 = (
    b"From: Kranich Logistik Recruiting <no-reply@kranich.example>\n"
    b"To: jana.berg@example.org\n"
    b"Subject: Your application for Data Analyst\n"
    b"Date: Tue, 24 Nov 2026 08:00:00 +0000\n"
    b"Message-ID: <m10@kranich.example>\n"
    b"Content-Type: text/plain; charset=utf-8\n\n"
    b"Dear Jana,\n\nunfortunately we will not be moving forward with your application.\n\n"
    b"Kranich Logistik GmbH\n"
)


def mbox(messages: list[bytes]) -> bytes:
    out = []
    for raw in messages:
        quoted = b"\n".join(b">" + line if line.startswith(b"From ") else line for line in raw.split(b"\n"))
        out.append(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + quoted.rstrip(b"\n") + b"\n\n")
    return b"".join(out)


def main() -> None:
    (HERE / "inbox.mbox").write_bytes(mbox([M1, M2, M3, M4, M5, M6, M7]))
    (HERE / "sent.mbox").write_bytes(mbox([M8]))
    (HERE / "strangers.mbox").write_bytes(mbox([M9, M10]))
    maildir = HERE / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "cur" / "1700000001.M1P1.host!2,S").write_bytes(M1)
    (maildir / "cur" / "1700000002.M2P1.host!2,S").write_bytes(M2)
    (maildir / "new" / "1700000003.M3P1.host").write_bytes(M3)
    (maildir / "tmp" / "1700000009.M9P1.host").write_bytes(M6)  # still being delivered: never read
    eml = HERE / "eml"
    eml.mkdir(exist_ok=True)
    (eml / "einladung.eml").write_bytes(M4)
    (eml / "frage.eml").write_bytes(M5)
    (eml / "werbung.eml").write_bytes(M6)


if __name__ == "__main__":
    main()
