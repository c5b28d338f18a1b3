"""Write the malformed inputs of this folder (run once: ``.venv/bin/python tests/data/bad/make_bad_files.py``).

Each file is small; the ones that would be large (a 10 MB field) are made by the test at run time.
What each file must give is in tests/interop/test_people_import_bad_files.py.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
ZOE_URL = "https://www.linkedin.com/in/zoe-lefevre-martin-0a4b5c"
MARTA_URL = "https://www.linkedin.com/in/marta-kowalczyk-3b1a29"
ME = "https://www.linkedin.com/in/alexmorgan-crm"
ROW = f"Zoë,Lefèvre-Martin,{ZOE_URL},,Wide World Importers,Buyer,18 Aug 2021\r\n"
ROW2 = f"Marta,Kowalczyk,{MARTA_URL},,Fabrikam Robotics,Product Manager,14 Feb 2026\r\n"


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _forged_size(data: bytes, size: int) -> bytes:
    """A zip whose only entry claims to expand to ``size`` bytes (local header and central directory)."""
    data = bytearray(data)
    local = data.index(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, size)
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, size)
    return bytes(data)


def main() -> None:
    files: dict[str, bytes] = {}
    good_zip = _zip(
        {
            "Connections.csv": (HEADER + ROW + ROW2).encode(),
            "Profile.csv": b"First Name,Last Name,Headline\r\nAlex,Morgan,x\r\n",
        }
    )
    files["Basic_LinkedInDataExport_truncated.zip"] = good_zip[: len(good_zip) // 2]
    files["Complete_LinkedInDataExport_not_a_zip.zip"] = b"This is not a zip file, just text with a .zip name.\n"
    files["LinkedInDataExport_bomb.zip"] = _forged_size(
        _zip({"Connections.csv": (HEADER + ROW).encode()}), 4_000_000_000
    )
    files["LinkedInDataExport_empty.zip"] = _zip({})
    files["LinkedInDataExport_only_unknown_files.zip"] = _zip(
        {"Rich_Media.csv": b"Date,Link\r\n", "Ad_Targeting.csv": b"a,b\r\n"}
    )
    files["LinkedInDataExport_bad_entry.zip"] = _zip(
        {
            "Connections.csv": (HEADER + ROW).encode(),
            "messages.csv": b'FROM,TO,DATE,CONTENT\r\nA,B,"2024-01-01 10:00:00 UTC,"cut',
        }
    )
    files["Connections_utf16.csv"] = (HEADER + ROW).encode("utf-16")
    files["Connections_utf16_without_bom.csv"] = (HEADER + ROW).encode("utf-16-le")
    files["Connections_cp1252.csv"] = (HEADER + ROW).encode("cp1252")
    files["Connections_undecodable.csv"] = (HEADER + ROW).encode("cp1252") + b"Bad,Byte\x81\x8d,,,,,01 Jan 2020\r\n"
    files["Connections_missing_header.csv"] = (ROW + ROW2).encode()
    files["Connections_columns_reordered.csv"] = (
        "Connected On,Company,URL,Last Name,Position,First Name,Email Address\r\n"
        "18 Aug 2021,Wide World Importers,https://www.linkedin.com/in/zoe-lefevre-martin-0a4b5c,Lefèvre-Martin,Buyer,Zoë,\r\n"
    ).encode()
    files["Connections_extra_columns.csv"] = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On,Tags,Whatever\r\n"
        + ROW.rstrip("\r\n")
        + ",friends,42\r\n"
    ).encode()
    files["Connections_nul_bytes.csv"] = (
        HEADER + ROW
    ).encode() + b"Ma\x00rk,Null,https://www.linkedin.com/in/mnull,,Acme,CEO,01 Jan 2020\r\n"
    files["Connections_other_date_formats.csv"] = (
        HEADER
        + f"Zoë,Lefèvre-Martin,{ZOE_URL},,Wide World Importers,Buyer,2021/08/18\r\n"
        + f"Marta,Kowalczyk,{MARTA_URL},,Fabrikam Robotics,PM,31 Foo 2026\r\n"
    ).encode()
    files["Connections_hidden_rows_only.csv"] = (HEADER + ",,,,,,07 Jun 2026\r\n,,,,,,08 Jun 2026\r\n").encode()
    files["Connections_short_rows.csv"] = (HEADER + f"Zoë,Lefèvre-Martin,{ZOE_URL}\r\n").encode()
    files["Connections_binary_junk.csv"] = bytes((i * 37 + 11) % 256 for i in range(3000))
    files["Connections_empty.csv"] = b""
    files["messages_truncated.csv"] = (
        b'"CONVERSATION ID","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","CONTENT"\r\n'
        b'"c1","Marta K","https://www.linkedin.com/in/mk","Alex Morgan","https://www.linkedin.com/in/am",'
        b'"2026-02-19 08:14:51 UTC","Thanks Alex! Tuesday'
    )
    files["messages_owner_unknown.csv"] = (
        b"CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\r\n"
        b"c1,Ann A,https://www.linkedin.com/in/ann,Bob B,https://www.linkedin.com/in/bob,"
        b"2026-02-19 08:14:51 UTC,Hello\r\n"
    )
    files["Invitations_bad_dates.csv"] = (
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
        f"Priya Raman,Alex Morgan,yesterday at noon,,INCOMING,https://www.linkedin.com/in/priya,{ME}\r\n"
        f'Alex Morgan,Hugo Brandt,"13/45/26, 11:05 AM",,OUTGOING,{ME},https://www.linkedin.com/in/hugo\r\n'
    ).encode()
    files["Positions_not_importable.csv"] = (
        b"Company Name,Title,Description,Location,Started On,Finished On\r\nContoso,CRM,,Lisbon,Mar 2021,\r\n"
    )
    files["contacts_formulas.csv"] = (
        b"First Name,Middle Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value\r\n"
        b'"=HYPERLINK(""http://evil.example"",""Click"")",,Evil,Acme,CEO,evil@acme.example\r\n'
        b"Ann,,Good,@SUM(1+1),CTO,ann@acme.example\r\n"
        b"Bob,,Fine,Acme,+Lead,bob@acme.example\r\n"
    )
    # columns whose names suggest no field (no guess finds a name): the file needs --map
    files["contacts_unknown_columns.csv"] = b"Kontakt,E-Post,Arbeitgeber\r\nAnn Good,ann@acme.example,Acme\r\n"
    files["contacts_only_commas.csv"] = b",,,\r\n,,,\r\n"
    files["cards_without_end.vcf"] = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Good\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\nEMAIL:cut@off.example\r\n"
    )
    files["cards_broken_card.vcf"] = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Good\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\nthis line is not a property\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n"
    )
    files["cards_empty.vcf"] = b""
    files["cards_not_a_vcard.vcf"] = b"Name,E-mail\r\nAnn,ann@x.example\r\n"
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(files)} files")


if __name__ == "__main__":
    main()
