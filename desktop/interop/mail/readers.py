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
_QUOTED_FROM = re.compile(rb"(?m)^>(>*From )")

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


CHUNK = 1 << 20


def _next_message(data: bytes, start: int) -> int:
    """Where the empty line before the next message's "From " line starts (its "\\n"), or -1: one scan for
    "\\nFrom " (searching for two markers would scan the rest of the block twice per message)."""
    at = start
    while (found := data.find(b"\nFrom ", at)) >= 0:
        if found > start and data[found - 1] == 10:  # "\n\nFrom "
            return found - 1
        if found > start + 1 and data[found - 2 : found] == b"\n\r":  # "\n\r\nFrom "
            return found - 2
        at = found + 1
    return -1


def read_mbox(path: Path, limit: int = MAX_MESSAGE_BYTES) -> Iterator[RawMail]:
    """Stream an mbox file message by message: read in blocks of ``CHUNK`` bytes, split where an empty line is
    followed by a "From " line (C-speed searches; a Python loop per line would read 1 GB for minutes)."""
    number = 0
    parts: list[bytes] = []
    size = 0
    cut = False
    in_message = False
    pending = b""

    def add(piece: bytes) -> None:
        nonlocal size, cut
        if cut or not piece:
            return
        if size + len(piece) > limit:
            piece, cut = piece[: max(limit - size, 0)], True
        parts.append(piece)
        size += len(piece)

    with path.open("rb") as handle:
        while True:
            block = handle.read(CHUNK)
            pending += block
            position = 0
            while True:
                if not in_message:
                    end = pending.find(b"\n", position)
                    if end < 0:
                        break
                    if pending.startswith(b"From ", position):
                        number += 1
                        in_message, parts, size, cut = True, [], 0, False
                    position = end + 1  # the "From " line (or text before the first message) is no message
                    continue
                end = _next_message(pending, position)
                if end < 0:
                    keep = max(len(pending) - 8, position)  # a boundary may straddle two blocks
                    add(pending[position:keep])
                    position = keep
                    break
                add(pending[position : end + 1])
                yield _mbox_message(path, number, parts, cut)
                in_message = False
                position = pending.index(b"From ", end)
            pending = pending[position:]
            if not block:
                break
    if in_message:
        add(pending)
        if parts and not parts[-1].endswith(b"\n"):  # the file ends inside this message: truncated
            whole = b"".join(parts)
            if b"\n\n" not in whole and b"\r\n\r\n" not in whole:
                yield MailError(f"{path.name} message {number}", "the file ends inside its header (truncated)")
                return
        yield _mbox_message(path, number, parts, cut)


def _mbox_message(path: Path, number: int, lines: list[bytes], cut: bool) -> RawMail:
    position = f"{path.name} message {number}"
    raw = b"".join(lines)
    if raw.endswith(b"\n\n"):
        raw = raw[:-1]  # the empty line before the next "From " belongs to the mbox, not the message
    if b">From " in raw:
        raw = _QUOTED_FROM.sub(rb"\1", raw)
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
