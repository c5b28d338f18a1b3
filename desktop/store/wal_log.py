"""What a database's write-ahead log (``<db>-wal``) holds, read before SQLite opens it: whether it was cut short.

SQLite reads a log back frame by frame while each frame's salts match the log's header and its checksum continues
the chain; it keeps every transaction up to the last commit frame it reached and silently drops the rest. So a log
cut short (a truncated file, a copy made half-way) loses committed transactions without a word. The format
(sqlite.org/fileformat2.html, "The WAL File Format"): a 32-byte header (magic 0x377f0682/3 — the low bit says the
checksums read big-endian words —, version, page size, checkpoint sequence, salt-1, salt-2, checksum-1, -2), then
frames of a 24-byte header (page number, the database size in pages for a commit frame else 0, salt-1, salt-2,
checksum-1, -2) and one page. The checksums are cumulative over the header's first 24 bytes, then over each frame's
first 8 header bytes and its page. This module reads the file only; it works on encrypted databases too (SQLCipher
encrypts the pages, not the log's headers).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
MAGIC = (0x377F0682, 0x377F0683)
MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class LogState:
    kept: int  # transactions SQLite reads back from the log
    dropped: int  # commit frames of this log's generation that SQLite does not read back
    cut: int  # bytes of a frame the file ends in the middle of (0: the file holds whole frames)


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & MASK
        s1 = (s1 + words[i + 1] + s0) & MASK
    return s0, s1


def inspect(database: Path) -> LogState | None:
    """The state of ``database``'s write-ahead log; None when there is none (or nothing SQLite would read)."""
    try:
        data = Path(f"{database}-wal").read_bytes()
    except OSError:
        return None
    if len(data) < HEADER:
        return None
    magic, _version, page_size, _sequence, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:HEADER])
    if magic not in MAGIC or page_size < 512 or page_size & (page_size - 1):
        return None
    big_endian = bool(magic & 1)
    frame = FRAME_HEADER + page_size
    whole, cut = divmod(len(data) - HEADER, frame)
    chained = _checksum(data[:24], 0, 0, big_endian) == (c1, c2)
    sums = (c1, c2)
    kept = dropped = 0
    for index in range(whole + (1 if cut >= FRAME_HEADER else 0)):
        offset = HEADER + index * frame
        _page, commit, salt_a, salt_b, f1, f2 = struct.unpack(">6I", data[offset : offset + FRAME_HEADER])
        if (salt_a, salt_b) != (salt1, salt2):
            chained = False  # a frame of an earlier use of the file: SQLite stops here
            continue
        if chained and index < whole:
            sums = _checksum(data[offset : offset + 8] + data[offset + FRAME_HEADER : offset + frame], *sums,
                             big_endian)  # fmt: skip
            chained = sums == (f1, f2)
        else:
            chained = False
        if commit:
            if chained:
                kept += 1
            else:
                dropped += 1
    return LogState(kept, dropped, cut)


def problems(database: Path) -> list[str]:
    """What `rebound check` says of the log (empty when SQLite reads back all the transactions it holds)."""
    state = inspect(database)
    if state is None or (not state.cut and not state.dropped):
        return []
    wal = f"{database}-wal"
    lost = f"; {state.dropped} more it says were committed are lost" if state.dropped else ""
    if state.cut:
        return [
            f"the write-ahead log {wal} was cut short (it ends {state.cut} bytes into a frame): SQLite reads back "
            f"{state.kept} transactions of it{lost}; restore a backup if data is missing"
        ]
    return [
        f"the write-ahead log {wal} breaks off: SQLite reads back {state.kept} transactions of it; "
        f"{state.dropped} more it says were committed are lost; restore a backup if data is missing"
    ]
