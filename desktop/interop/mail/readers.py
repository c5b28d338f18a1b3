"""Where mail comes from on disk: an mbox file (streamed), a Maildir, a folder of ``.eml`` files, one ``.eml``.

Each reader yields ``(position, raw bytes)`` one message at a time, or a ``MailError`` for a message it could not
read (an unreadable file): memory holds one message, never the mailbox. ``mailbox.mbox`` would first build a table
of contents of the whole file; the mbox reader here reads it line by line instead, splitting on the "From " lines
that start a message after an empty line (mboxrd's ">From " lines are unquoted). A message larger than
``MAX_MESSAGE_BYTES`` keeps only its start (headers and text come first; a huge attachment is cut).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from desktop.errors import InputError
from desktop.interop.mail.message import MailError

MAX_MESSAGE_BYTES = 16 * 1024 * 1024
_QUOTED_FROM = re.compile(rb"^>(>*From )")

RawMail = tuple[str, bytes] | MailError


def kind_of(path: Path) -> str:
    """What the path holds: ``mbox``, ``maildir``, ``eml`` (a file) or ``eml-folder``; InputError otherwise."""
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            return "maildir"
        if any(path.rglob("*.eml")):
            return "eml-folder"
        raise InputError(f"{path}: neither a Maildir (no cur/ or new/) nor a folder of .eml files")
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.suffix.lower() == ".eml":
        return "eml"
    try:
        with path.open("rb") as handle:
            start = handle.read(5)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if start == b"From ":
        return "mbox"
    raise InputError(f'{path}: not an mbox file (it does not start with a "From " line) nor a .eml file')


def read_mail(path: Path) -> Iterator[RawMail]:
    """The messages at ``path``, whatever it holds (``kind_of``)."""
    kind = kind_of(path)
    if kind == "mbox":
        return read_mbox(path)
    if kind == "maildir":
        return read_maildir(path)
    if kind == "eml":
        return _read_files(path.parent, [path])
    return _read_files(path, sorted(p for p in path.rglob("*.eml") if p.is_file()))


def read_mbox(path: Path, limit: int = MAX_MESSAGE_BYTES) -> Iterator[RawMail]:
    """Stream an mbox file message by message."""
    number = 0
    lines: list[bytes] = []
    size = 0
    cut = False
    previous_blank = True
    with path.open("rb") as handle:
        for line in handle:
            if line.startswith(b"From ") and previous_blank:
                if number:
                    yield _mbox_message(path, number, lines, cut)
                number += 1
                lines, size, cut = [], 0, False
                previous_blank = False
                continue
            previous_blank = line in (b"\n", b"\r\n")
            if not number:
                continue  # text before the first "From " line is no message
            if size + len(line) > limit:
                cut = True
                continue
            quoted = _QUOTED_FROM.match(line)
            if quoted:
                line = line[1:]
            lines.append(line)
            size += len(line)
    if number:
        if lines and not lines[-1].endswith(b"\n"):  # the file ends inside this message: truncated
            if not any(line in (b"\n", b"\r\n") for line in lines):
                yield MailError(f"{path.name} message {number}", "the file ends inside its header (truncated)")
                return
        yield _mbox_message(path, number, lines, cut)


def _mbox_message(path: Path, number: int, lines: list[bytes], cut: bool) -> RawMail:
    position = f"{path.name} message {number}"
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]  # the empty line before the next "From " belongs to the mbox, not the message
    raw = b"".join(lines)
    if cut:
        position += f" (larger than {MAX_MESSAGE_BYTES // (1024 * 1024)} MB: only its start read)"
    return position, raw


def read_maildir(path: Path) -> Iterator[RawMail]:
    """The messages of a Maildir's ``new/`` and ``cur/`` (``tmp/`` holds mail still being delivered)."""
    files: list[Path] = []
    for sub in ("new", "cur"):
        folder = path / sub
        if folder.is_dir():
            files.extend(sorted(p for p in folder.iterdir() if not p.name.startswith(".")))
    return _read_files(path, files)


def _read_files(root: Path, files: list[Path]) -> Iterator[RawMail]:
    for file in files:
        position = os.path.relpath(file, root.parent) if file != root else file.name
        try:
            with file.open("rb") as handle:
                raw = handle.read(MAX_MESSAGE_BYTES + 1)
        except OSError as error:
            yield MailError(position, f"cannot be read ({error.strerror or error})")
            continue
        if len(raw) > MAX_MESSAGE_BYTES:
            raw = raw[:MAX_MESSAGE_BYTES]
            position += f" (larger than {MAX_MESSAGE_BYTES // (1024 * 1024)} MB: only its start read)"
        yield position, raw
