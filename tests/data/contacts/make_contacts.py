# ruff: noqa: E501  (the files' lines are written as the exports write them, whole)
"""Writes the contact files of this folder (run it to make them again; each file's expected people are in the
.json beside it, written by hand). The shapes come from the public specifications and documented exports:
RFC 2426 section 7 and RFC 6350 section 8 (their own examples), the vCard 2.1 specification (quoted-printable,
CHARSET, bare types, unfolded base64), what Outlook, Android and Apple write, and the CSV headers of Google
Contacts (the current export and the older "Google CSV") and Outlook (desktop, and its "Unicode" export).
Bytes are written exactly: line ends, encodings and byte order marks are part of each shape."""

from __future__ import annotations

import base64
from pathlib import Path

HERE = Path(__file__).parent
PHOTO = base64.b64encode(bytes(range(256)) * 3).decode("ascii")  # 1,024 characters of base64


def crlf(*lines: str) -> str:
    return "".join(line + "\r\n" for line in lines)


def files() -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    # RFC 6350, section 8: the example card, as the RFC prints it (folded ADR, TEL as tel: URIs, a KEY URI)
    out["rfc6350_example.vcf"] = crlf(
        "BEGIN:VCARD", "VERSION:4.0", "FN:Simon Perreault", "N:Perreault;Simon;;;ing. jr,M.Sc.", "BDAY:--0203",
        "ANNIVERSARY:20090808T1430-0500", "GENDER:M", "LANG;PREF=1:fr", "LANG;PREF=2:en", "ORG;TYPE=work:Viagenie",
        "ADR;TYPE=work:;Suite D2-630;2875 Laurier;", " Quebec;QC;G1V 2M2;Canada",
        'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102',
        'TEL;VALUE=uri;TYPE="work,cell,voice,video,text":tel:+1-418-262-6501', "EMAIL;TYPE=work:simon.perreault@viagenie.ca",
        "GEO;TYPE=work:geo:46.772673,-71.282945", "KEY;TYPE=work;VALUE=uri:",
        " http://www.viagenie.ca/simon.perreault/simon.asc", "TZ:-0500", "URL;TYPE=home:http://nomis80.org", "END:VCARD",
    ).encode("utf-8")  # fmt: skip
    # RFC 2426, section 7: the two example cards ("BEGIN:vCard" as printed there), a blank line between them
    out["rfc2426_example.vcf"] = crlf(
        "BEGIN:vCard", "VERSION:3.0", "FN:Frank Dawson", "ORG:Lotus Development Corporation",
        "ADR;TYPE=WORK,POSTAL,PARCEL:;;6544 Battleford Drive", " ;Raleigh;NC;27613-3502;U.S.A.",
        "TEL;TYPE=VOICE,MSG,WORK:+1-919-676-9515", "TEL;TYPE=FAX,WORK:+1-919-676-9564",
        "EMAIL;TYPE=INTERNET,PREF:Frank_Dawson@Lotus.com", "EMAIL;TYPE=INTERNET:fdawson@earthlink.net",
        "URL:http://home.earthlink.net/~fdawson", "END:vCard", "",
        "BEGIN:vCard", "VERSION:3.0", "FN:Tim Howes", "ORG:Netscape Communications Corp.",
        "ADR;TYPE=WORK:;;501 E. Middlefield Rd.;Mountain View;", " CA; 94043;U.S.A.",
        "TEL;TYPE=VOICE,MSG,WORK:+1-415-937-3419", "TEL;TYPE=FAX,WORK:+1-415-528-4164",
        "EMAIL;TYPE=INTERNET:howes@netscape.com", "END:vCard",
    ).encode("utf-8")  # fmt: skip
    # text with commas, semicolons and backslashes, escaped and not (RFC 6350 3.4; writers that do not escape)
    out["commas_and_escapes.vcf"] = crlf(
        "BEGIN:VCARD", "VERSION:3.0", "FN:Mr. John Richter, James Doe Sr.", "N:Doe;James;John Richter;Mr.;Sr.",
        "TITLE:Director, Research", "ORG:Ballard\\; Partners, Inc.", "EMAIL:jdoe@ballard.example",
        "NOTE:First part, second part\\, still the note; and a third\\; with a backslash \\\\ and\\na new line",
        "CATEGORIES:Board\\, advisory,Research", "END:VCARD",
        "BEGIN:VCARD", "VERSION:4.0", "FN:Dr. Anna-Lena von der Heide", "N:von der Heide;Anna-Lena;;Dr.;",
        "TITLE:Head of Sales\\, DACH", "ORG:Heide & Söhne GmbH;Vertrieb;Innendienst", "EMAIL:al.heide@heide.example",
        "NOTE:Prefers German\\; writes short mails, answers fast.", "END:VCARD",
    ).encode("utf-8")  # fmt: skip
    # vCard 2.1 as Outlook desktop writes it: quoted-printable with soft breaks, CHARSET=Windows-1252, bare types,
    # a base64 photo whose lines are not folded, ended by an empty line
    photo_lines = [PHOTO[i : i + 76] for i in range(0, len(PHOTO), 76)]
    out["vcard21_outlook.vcf"] = (
        crlf(
            "BEGIN:VCARD", "VERSION:2.1", "N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen", "FN;CHARSET=Windows-1252:J\xfcrgen M\xfcller, PhD",
            "ORG;CHARSET=Windows-1252:Gr\xfcnwald Ma\xdfwerk AG", "TITLE:Leiter Einkauf",
            "TEL;WORK;VOICE:+49 89 1234-0", "TEL;CELL;VOICE:+49 171 555 0101",
            "ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:;;Hauptstra=DFe 5;M=FCnchen;Bayern;80331;=",
            "Deutschland",
            "EMAIL;PREF;INTERNET:juergen.mueller@gruenwald.example",
            "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:Erstes Gespr=E4ch auf der Messe, sehr interessier=",
            "t.=0D=0AZweite Zeile: Gr=FC=DFe an das Team.",
            "PHOTO;TYPE=JPEG;ENCODING=BASE64:",
        )
        + crlf(*photo_lines, "")
        + crlf("REV:20240115T093000Z", "END:VCARD")
    ).encode("cp1252")  # fmt: skip
    # vCard 2.1 as Android writes it: UTF-8 quoted-printable names with soft breaks, X-ANDROID-CUSTOM, \r\r\n
    # line ends (some phone exports), a base64 photo folded with spaces
    android = crlf(
        "BEGIN:VCARD", "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Garc=C3=ADa P=C3=A9rez;Mar=C3=ADa Jos=C3=A9;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Mar=C3=ADa Jos=C3=A9 Garc=C3=ADa P=C3=A9r=",
        "ez",
        "TEL;CELL:+34 600 123 456", "TEL;HOME:+34 91 123 45 67", "EMAIL;HOME:mariajose@correo.example",
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Majo;1;;;;;;;;;;;;;",
        "PHOTO;ENCODING=BASE64;JPEG:" + PHOTO[:60], " " + PHOTO[60:136], " " + PHOTO[136:200], "",
        "END:VCARD",
        "BEGIN:VCARD", "VERSION:2.1", "N:Ng;Wei Ming;;;", "FN:Ng Wei Ming", "TEL;WORK:+65 6123 4567",
        "ORG:Straits Logistics Pte Ltd", "END:VCARD",
    )  # fmt: skip
    out["vcard21_android_crcrlf.vcf"] = android.replace("\r\n", "\r\r\n").encode("utf-8")
    # line ends: \r alone, \n alone, \r\n, mixed in one file; folded lines after each of them
    out["line_endings_mixed.vcf"] = (
        "BEGIN:VCARD\rVERSION:3.0\rFN:Chidi Okonkwo\rN:Okonkwo;Chidi;;;\rNOTE:Folded after a lone CR: one wor\r"
        " d and the rest.\rEND:VCARD\r"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Astrid Lindqvist\nTITLE:Product Lead\\, Nordics\nEMAIL:astrid@nord.example\n"
        "NOTE:Folded after a lone LF: half\n\t and half.\nEND:VCARD\n"
        "BEGIN:VCARD\r\nVERSION:3.0\nFN:Tomás Ó Briain\r\nORG:Cló Iar\r\n -Chonnacht\rEMAIL:tomas@cic.example\n"
        "END:VCARD\r\n"
    ).encode()
    # Apple and Google: grouped properties with X-ABLabel, URLs written with an escaped colon, a folded photo
    out["apple_google.vcf"] = crlf(
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.2//EN", "N:Okafor;Samuel;;;", "FN:Samuel Okafor",
        "ORG:Tailspin Toys;", "TITLE:VP Engineering", "item1.EMAIL;type=INTERNET;type=pref:samuel@tailspin.example",
        "item1.X-ABLabel:_$!<Work>!$_", "TEL;type=CELL;type=VOICE;type=pref:+1 (206) 555-0188",
        "item2.URL;type=pref:http\\://www.linkedin.com/in/samuel-okafor-pmp", "item2.X-ABLabel:LinkedIn",
        "X-SOCIALPROFILE;type=linkedin;x-user=samuel-okafor-pmp:http\\://www.linkedin.com/in/samuel-okafor-pmp",
        "item3.URL:https\\://tailspin.example/people/samuel", "item3.X-ABLabel:_$!<HomePage>!$_",
        "PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO[:50], *(" " + PHOTO[i : i + 74] for i in range(50, 400, 74)),
        "CATEGORIES:myContacts,Seattle", "X-ABUID:6C2E8F1A-0000-4000-8000-ABCDEF012345:ABPerson", "END:VCARD",
        "BEGIN:VCARD", "VERSION:3.0", "FN:Priya Raman", "N:Raman;Priya;;;", "EMAIL;TYPE=INTERNET:priya@contoso.example",
        "URL:https\\://www.linkedin.com/in/priyaraman/", "NOTE:Google writes \\: too: 10\\:30 on Tuesdays.",
        "END:VCARD",
    ).encode("utf-8")  # fmt: skip
    # properties vobject refuses: PROFILE, an invalid byte in ORG, a broken PHOTO, a line that is no property
    out["bad_properties.vcf"] = (
        crlf("BEGIN:VCARD", "PROFILE:VCard", "VERSION:3.0", "FN:Lena Fischer", "N:Fischer;Lena;;;").encode("utf-8")
        + b"ORG:M\xfcller & Co\r\n"
        + crlf(
            "EMAIL:lena@fischer.example", "PHOTO;ENCODING=b;TYPE=JPEG:this is not base64 at all!!", "this line has no colon",
            "TITLE:Partnerin", "END:VCARD",
        ).encode("utf-8")
    )  # fmt: skip
    # contacts with only an e-mail address (Google and Outlook exports hold many)
    out["email_only.vcf"] = crlf(
        "BEGIN:VCARD", "VERSION:3.0", "EMAIL;TYPE=INTERNET:newsletter-friend@mail.example", "END:VCARD",
        "BEGIN:VCARD", "VERSION:4.0", "FN:", "EMAIL:kai.jensen@fjord.example", "TEL:+45 20 12 34 56", "END:VCARD",
    ).encode("utf-8")  # fmt: skip

    # ------------------------------------------------------------ CSV
    # Google Contacts, the current export (contacts.google.com → Export → Google CSV), UTF-8 without BOM
    google_header = (
        "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
        "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,"
        "Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,"
        "Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
        "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
        "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value"
    )
    out["google_current.csv"] = crlf(
        google_header,
        "Zoë,,Lefèvre-Martin,,,,,,,,Wide World Importers,\"Head of Buying, EMEA\",Purchasing,,\"Met at the Lyon fair.\r\n"
        "Prefers e-mail; answers within a day.\",,* myContacts ::: Suppliers,* Work,zoe@wwi.example ::: zoe.private@mail.example,"
        "* Home,,Mobile,+33 6 12 34 56 78,,,,Paris,,,,France,,Profile,https://www.linkedin.com/in/zoe-lefevre-martin-0a4b5c/",
        ",,,,,,,,,,,,,,,,* myContacts,* Other,only.mail@contoso.example,,,,,,,,,,,,,,,,",
        "Wei Ming,,Ng,,,,,,,,Straits Logistics Pte Ltd,Operations Manager,,1980-04-02,,,* myContacts ::: Asia,,"
        "weiming.ng@straits.example,,,Work,+65 6123 4567,,,,Singapore,,,,Singapore,,,",
    ).encode("utf-8")  # fmt: skip
    # Google's older "Google CSV" export: UTF-16 little-endian with BOM, "Given Name" / "Organization 1 - Name"
    legacy_header = (
        "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,"
        "Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,"
        "Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,"
        "Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
        "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
        "Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,"
        "Website 1 - Type,Website 1 - Value"
    )
    out["google_legacy_utf16.csv"] = crlf(
        legacy_header,
        "Jürgen Groß,Jürgen,,Groß,,,,,,,,,,,,,,,,,,,,,,Met at the Berlin meetup.,,,* My Contacts ::: Recruiters,"
        "* Work,juergen@blauberg.example,Mobile,+49-30-1234567,,Blauberg Analytics,,Talent Partner,,,,,"
        "Profile,linkedin.com/in/juergengross",
    ).encode("utf-16")  # fmt: skip
    # Outlook desktop (File → Export → Comma Separated Values), Windows-1252
    outlook_header = (
        '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
        '"Business Street","Business City","Business State","Business Postal Code","Business Country/Region",'
        '"Home City","Business Phone","Mobile Phone","Categories","E-mail Address","E-mail Type",'
        '"E-mail Display Name","E-mail 2 Address","Notes","Web Page"'
    )
    out["outlook_desktop_cp1252.csv"] = crlf(
        outlook_header,
        '"Dr.","Ana","","Çelik","","Øresund Café","","Head of Partnerships","Strandgade 1","København","",'
        '"1401","Denmark","","+45 33 12 34 56","","Partners;Nordics","ana@oresund.example","SMTP",'
        '"Ana Çelik (ana@oresund.example)","","Met in Malmö, «great» ideas.",""',
        '"","","","","","","","","","","","","","","","","","outlook.only@fabrikam.example","SMTP",'
        '"outlook.only@fabrikam.example","","",""',
    ).encode("cp1252")  # fmt: skip
    # Outlook's "Unicode" CSV: UTF-16 with BOM, tab-separated (as Excel saves "Unicode text")
    out["outlook_unicode_tab.csv"] = crlf(
        "First Name\tLast Name\tCompany\tJob Title\tE-mail Address\tMobile Phone\tNotes",
        "Kenji\tSato\t株式会社ミライ\tエンジニア\tkenji@mirai.example\t+81 90 1234 5678\t\"二行の\r\nメモ\"",
    ).encode("utf-16")  # fmt: skip
    # Excel in German and French locales: semicolons, UTF-8 with BOM, a quoted field with a line break
    out["excel_semicolon_bom.csv"] = (
        "\ufeff"
        + crlf(
            "Name;E-Mail;Firma;Position;Notizen",
            'Émilie Dubois;emilie.dubois@exemple.fr;Société Générale de Test;"Directrice, Recherche";"Première ligne',
            'deuxième ligne; avec point-virgule"',
        )
    ).encode("utf-8")  # fmt: skip
    return out


def main() -> None:
    for name, data in files().items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(files())} files")


if __name__ == "__main__":
    main()
