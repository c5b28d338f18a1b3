"""One door for an import wizard: which format a path holds, what importing it would do, and importing it.

    kind = detect(path)                       # "linkedin", "vcard", "csv" or "json"
    shown = preview(path, now=now)            # Preview: format, first rows, would-be counts, unknown files
    summary = run(path, now=now, progress=task.step, mapping={"Full Name": "name"})

Nothing here imports Qt; ``preview`` writes nothing; ``run`` is one transaction that a False
answer of ``progress`` cancels (``desktop.errors.Cancelled``, nothing written).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.core.bulk_writer import dry_run
from desktop.errors import InputError
from desktop.interop.people_import import ImportSummary, Preview, Progress
from desktop.texts import say

KINDS = ("linkedin", "vcard", "csv", "json")


def detect(path: Path) -> str:
    """The format of a file or folder, by what it is and how it begins (not only by its name)."""
    from desktop.interop import linkedin
    from desktop.interop.sources import decode_text, is_zip, read_file

    path = Path(path)
    if path.is_dir() or (path.is_file() and (is_zip(path) or path.suffix.casefold() == ".zip")):
        return "linkedin"
    if not path.is_file():
        raise InputError(f"{path}: no such file or folder")
    suffix = path.suffix.casefold()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix == ".json":
        return "json"
    text = decode_text(read_file(path), str(path))
    start = text.lstrip()[:200].casefold()
    if start.startswith("begin:vcard"):
        return "vcard"
    if start.startswith("{"):
        return "json"
    if _known_contacts_header(text):  # Rebound's own CSV also has First Name, Last Name, Connected On
        return "csv"
    return "linkedin" if linkedin.sniff_kind(text, str(path)) else "csv"


def _known_contacts_header(text: str) -> bool:
    """Whether the first row is the header of a contacts CSV Rebound knows (its own, Google's, Outlook's)."""
    import csv
    import io

    from desktop.interop import csv_people
    from desktop.interop.sources import column_key, sniff_separator

    first_line = next(iter(text.lstrip("\ufeff").splitlines()), "")
    try:
        header = next(csv.reader(io.StringIO(first_line), delimiter=sniff_separator(first_line)), [])
    except csv.Error:
        return False
    keys = {column_key(cell) for cell in header}
    return any(test(keys) for test in (csv_people._rebound, csv_people._google, csv_people._outlook))


def preview(path: Path, *, now: datetime, mapping: dict[str, str] | None = None, me: str | None = None) -> Preview:
    kind = detect(path)
    if kind == "linkedin":
        from desktop.interop import linkedin

        return linkedin.preview(path, now=now, me=me)
    if kind == "vcard":
        from desktop.interop import vcard

        return vcard.preview(path, now=now)
    if kind == "csv":
        from desktop.interop import csv_people

        return csv_people.preview(path, now=now, mapping=mapping)
    from desktop.interop import archive

    document = archive.read_document(path)
    archive.validate_document(document, str(path))
    summary = dry_run(lambda: archive.import_document(document, str(path), validated=True))
    return Preview.of(say("Rebound archive (JSON)"), summary, [], [], kind="json")


def run(
    path: Path,
    *,
    now: datetime,
    progress: Progress | None = None,
    mapping: dict[str, str] | None = None,
    me: str | None = None,
) -> ImportSummary:
    kind = detect(path)
    if kind == "linkedin":
        from desktop.interop import linkedin

        return linkedin.run(path, now=now, progress=progress, me=me)
    if kind == "vcard":
        from desktop.interop import vcard

        return vcard.run(path, now=now, progress=progress)
    if kind == "csv":
        from desktop.interop import csv_people

        return csv_people.run(path, now=now, progress=progress, mapping=mapping)
    from desktop.interop import archive

    return archive.import_archive(path, progress=progress)
