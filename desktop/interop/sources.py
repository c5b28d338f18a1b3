"""Reading input files safely: text in whatever encoding a spreadsheet left it, CSV tables whose
columns are found by name, and zip archives that are refused before they could expand too far.

Every problem is an ``InputError`` naming the file, the line and what is wrong.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

from desktop.errors import InputError

MAX_FILE_BYTES = 500_000_000
"""The largest file (or zip entry, uncompressed) an import reads: far above any real export."""
MAX_TOTAL_BYTES = 1_000_000_000
"""The most a zip may expand to, all the entries read added up."""
MAX_FIELD_CHARS = 131_072
"""The longest CSV field accepted (Python's csv default); a longer one refuses the file, naming the line."""
MAX_COLUMNS = 2_000
"""The most columns a CSV row may have (Outlook's export has about 90); a wider file is refused."""
HEADER_SEARCH_ROWS = 20
SEPARATORS = (",", ";", "\t")
"""The separators a CSV may use: comma, semicolon (Excel in German and French locales), tab."""
_CHUNK = 1024 * 1024
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def size_text(count: int) -> str:
    """A byte count for people: '4.0 GB', '12 MB', '800 kB'."""
    if count >= 1_000_000_000:
        return f"{count / 1e9:,.1f} GB"
    if count >= 1_000_000:
        return f"{count / 1e6:,.0f} MB"
    return f"{max(1, round(count / 1e3)):,} kB"


def decode_text(raw: bytes, name: str) -> str:
    """Bytes → text: UTF-8 (with or without BOM), UTF-16/32 by their BOM, else Windows-1252; binary is refused."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
    ):  # fmt: skip
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: not valid {encoding.upper()} text (byte {error.start})") from None
    if raw[:4096].count(0) > max(8, len(raw[:4096]) // 20):
        raise InputError(f"{name}: not a text file (binary data, or UTF-16 without a byte order mark)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name}: not text in UTF-8, UTF-16 or Windows-1252 (byte {error.start} is 0x{raw[error.start]:02x})"
            ) from None
    sample = text[:4096]
    if sample and len(_NOT_TEXT.findall(sample)) > max(8, len(sample) // 50):
        raise InputError(f"{name}: not a text file (binary data)")
    return text


def column_key(name: str) -> str:
    """A header cell as columns are matched: trimmed, case-folded, BOM and quotes removed, spaces collapsed."""
    return " ".join(name.replace("\ufeff", "").strip().strip("\"'").strip().casefold().split())


@dataclass
class Table:
    """A CSV file read into rows of cells, with its header found by content."""

    name: str
    header: list[str]
    header_line: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (first line, cells + one blank)
    columns: dict[str, int] = field(default_factory=dict)
    nul: bool = True  # whether a cell may hold a NUL byte (read_table: False when the text holds none)

    def __post_init__(self) -> None:
        if not self.columns:
            for index, cell in enumerate(self.header):
                self.columns.setdefault(column_key(cell), index)

    def index(self, *names: str) -> int | None:
        """The position of the first column present among these names (matched by ``column_key``)."""
        for name in names:
            found = self.columns.get(column_key(name))
            if found is not None:
                return found
        return None

    def at(self, *names: str) -> int:
        """Like ``index``, but a missing column is -1: every row ends with one blank cell for it."""
        found = self.index(*names)
        return -1 if found is None else found

    def has(self, *names: str) -> bool:
        return all(column_key(n) in self.columns for n in names)


def _csv_problem(error: csv.Error, name: str, line: int) -> InputError:
    message = str(error)
    if "field larger than field limit" in message:
        return InputError(
            f"{name}: line {line}: a field is longer than {MAX_FIELD_CHARS:,} characters; the file was not read"
        )
    if "unexpected end of data" in message or "EOF" in message:
        return InputError(f"{name}: line {line}: the file ends inside a quoted field (cut off?)")
    return InputError(f"{name}: line {line}: not valid CSV ({message})")


def sniff_separator(text: str) -> str:
    """The separator of a CSV, from its first line with any (outside quotes): the one it holds most of."""
    for line in text[:65536].splitlines()[:HEADER_SEARCH_ROWS]:
        counts = dict.fromkeys(SEPARATORS, 0)
        quoted = False
        for char in line:
            if char == '"':
                quoted = not quoted
            elif not quoted and char in counts:
                counts[char] += 1
        best = max(SEPARATORS, key=lambda sep: counts[sep])  # ties: the comma, then the semicolon
        if counts[best]:
            return best
    return ","


def records(text: str, name: str, separator: str = ",") -> Iterable[tuple[int, list[str]]]:
    """(first line, cells) of every CSV record; a malformed one raises InputError naming its line."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=separator)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        raise _csv_problem(error, name, line) from None


def read_table(text: str, name: str, is_header: Callable[[set[str]], bool], what: str, separator: str = ",") -> Table:
    """Parse CSV text; the header is the first of the first rows for which ``is_header(column keys)`` holds.

    ``what`` describes the expected header for the error when none is found; ``separator`` is the cells'.
    """
    if csv.field_size_limit() != MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=separator)
    first: list[str] | None = None
    line = 1
    try:
        for number, cells in enumerate(reader):
            if len(cells) > MAX_COLUMNS:
                raise InputError(
                    f"{name}: line {line}: {len(cells):,} columns; files with over {MAX_COLUMNS:,} are refused"
                )
            if first is None and any(c.strip() for c in cells):
                first = cells
            if is_header({column_key(c) for c in cells}):
                table = Table(name, [c.replace("\ufeff", "").strip() for c in cells], line, nul="\x00" in text)
                _read_rows(reader, table, len(cells))
                return table
            line = reader.line_num + 1
            if number >= HEADER_SEARCH_ROWS:
                break
    except csv.Error as error:
        raise _csv_problem(error, name, line) from None
    if first is None:
        raise InputError(f"{name}: the file is empty" if not text.strip() else f"{name}: the file holds no values")
    found = ", ".join(repr(c.strip()) for c in first[:12] if c.strip()) or "nothing"
    raise InputError(f"{name}: no header row with {what} (the first row holds {found})")


def _read_rows(reader: Any, table: Table, width: int) -> None:
    """The rows after the header, each cut or padded to the header's width, plus one blank cell (``Table.at``)."""
    append = table.rows.append
    line = reader.line_num + 1
    try:
        for row in reader:
            if len(row) == width and width > 1:  # the common case: a row as wide as the header (not MAX_COLUMNS wide)
                if any(row):
                    row.append("")
                    append((line, row))
            elif len(row) > MAX_COLUMNS:
                raise InputError(
                    f"{table.name}: line {line}: {len(row):,} cells; rows with over {MAX_COLUMNS:,} are refused"
                )
            elif any(row) and not (len(row) == 1 and not row[0].strip()):
                if len(row) < width:
                    row += [""] * (width - len(row))
                else:
                    del row[width:]  # cells beyond the header belong to no column
                row.append("")
                append((line, row))
            line = reader.line_num + 1
    except csv.Error as error:
        raise _csv_problem(error, table.name, line) from None


def first_row(text: str, name: str) -> list[str]:
    """The first non-empty CSV record (for sniffing which kind of file this is)."""
    for _, cells in records(text, name):
        if any(c.strip() for c in cells):
            return cells
    return []


# ---------------------------------------------------------------- files and zips


@dataclass(frozen=True)
class Entry:
    """One file of an export: a file in a folder or a member of a zip."""

    path: str  # relative, with forward slashes
    size: int
    opener: Callable[[], bytes]

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    def read(self) -> bytes:
        return self.opener()


def read_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a file no larger than ``limit`` (``MAX_FILE_BYTES``)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{path}: the file is {size_text(size)}; files over {size_text(limit)} are refused")
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror or error})") from error


def read_capped(stream: IO[bytes], limit: int, name: str) -> bytes:
    """Read at most ``limit`` bytes; a stream that goes on past it is refused (whatever its header said)."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > limit:
            raise InputError(f"{name}: expands to more than {size_text(limit)}; refused (a zip bomb?)")
        parts.append(chunk)


def is_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def folder_entries(folder: Path) -> list[Entry]:
    entries = []
    for file in sorted(folder.rglob("*")):
        relative = file.relative_to(folder)
        if not file.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        entries.append(Entry(relative.as_posix(), file.stat().st_size, partial(read_file, file)))
    return entries


class ZipSource:
    """The members of a zip, each refused before inflating when its declared size is too large, and read with a
    cap in case the header lies. Open it as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_so_far = 0
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
            raise InputError(f"{path}: not a zip file, or a damaged one ({error})") from None
        self.entries = [
            Entry(info.filename, info.file_size, partial(self._read, info)) for info in infos if not info.is_dir()
        ]

    def __enter__(self) -> ZipSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.zip.close()

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        where = f"{self.path}: {info.filename}"
        if info.file_size > MAX_FILE_BYTES:
            raise InputError(
                f"{where}: would expand to {size_text(info.file_size)}; entries over {size_text(MAX_FILE_BYTES)} "
                "are refused (a zip bomb?)"
            )
        if self.read_so_far + info.file_size > MAX_TOTAL_BYTES:
            raise InputError(f"{self.path}: the files read would expand to more than {size_text(MAX_TOTAL_BYTES)}")
        if info.flag_bits & 0x1:
            raise InputError(f"{where}: the entry is encrypted")
        try:
            with self.zip.open(info) as stream:
                data = read_capped(stream, min(MAX_FILE_BYTES, info.file_size), where)
        except InputError:
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as error:
            raise InputError(f"{where}: cannot be read from the zip, which is damaged or cut off ({error})") from None
        except Exception as error:  # zlib.error and friends: a damaged stream
            raise InputError(f"{where}: cannot be inflated, the zip is damaged ({error})") from None
        self.read_so_far += len(data)
        return data
