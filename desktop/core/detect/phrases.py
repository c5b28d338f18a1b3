"""The phrase table of the detector, English and German: what a rejection, an invitation, a confirmation and an
offer say, with a weight each, and the negative phrases of look-alikes (job alerts, newsletters, cold outreach).

A *strong* phrase alone can make a kind (weight ≥ THRESHOLD); a supporting phrase only adds to a strong one.
``label`` is what the user reads as the reason ("…" stands for the words between). Patterns match the subject and
the message's own text with runs of white space made single, case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.vocab import DetectionKind

STRONG = 0.75
SUPPORT = 0.3


_ESCAPE_OR_UPPER = re.compile(r"\\.|[^\W\d_]")


@dataclass(frozen=True)
class Phrase:
    label: str
    pattern: re.Pattern[str]  # lower case, without the leading word boundary: matched on lower-cased text
    weight: float
    strong: bool

    def search(self, lowered: str) -> bool:
        """Whether the phrase is in the (lower-cased) text, starting at a word boundary.

        The leading ``\\b`` is checked here rather than in the pattern: a pattern that starts with it loses the
        regex engine's fast scan for its first characters (100 times slower on a long message)."""
        start = 0
        while (found := self.pattern.search(lowered, start)) is not None:
            at = found.start()
            if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] == "_"):
                return True
            start = at + 1
        return False


def _lower(regex: str) -> str:
    """The pattern in lower case, its escapes (``\\S``, ``\\W``, ``\\b``) left as they are."""
    return _ESCAPE_OR_UPPER.sub(lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), regex)


def _p(label: str, regex: str, weight: float = STRONG) -> Phrase:
    return Phrase(label, re.compile(_lower(regex.removeprefix(r"\b"))), weight, weight >= STRONG)


_CANDIDATES = r"(?:candidates?|applicants?|profiles?|people)"
_APPLICATION = r"(?:application|candidacy|candidature|application process)"

REJECTION = (
    # English
    _p(
        "move forward with other candidates",
        rf"\b(?:move|moving|go|going|proceed|proceeding|continue|continuing)\s+(?:forward\s+)?with\s+(?:other|another|a\s+different|different|more\s+suitable)\s+(?:\w+\s+)?{_CANDIDATES}",
    ),
    _p(
        "move forward with candidates who …",
        rf"\b(?:move|moving|go|going|proceed|proceeding)\s+(?:forward\s+)?with\s+(?:the\s+)?{_CANDIDATES}\s+(?:who|whose|that)\b",
    ),
    _p(
        "hire someone else",
        r"\b(?:hire|hired|hiring|go\s+with|went\s+with|gone\s+with|chose|chosen|choose|select|selected|offer\s+the\s+(?:role|position)\s+to)\s+(?:someone|somebody|another\s+person)\s+else",
    ),
    _p("pursue other candidates", rf"\b(?:pursue|pursuing)\s+(?:other|another|different)\s+(?:\w+\s+)?{_CANDIDATES}"),
    _p(
        "not … move forward with your application",
        rf"\b(?:not|won't|unable to)\s+(?:be\s+)?(?:to\s+)?"
        rf"(?:moving|move|proceeding|proceed|progressing|progress|taking|take|going|go)\s+"
        rf"(?:forward\s+|further\s+)?(?:with\s+)?your\s+{_APPLICATION}",
    ),
    _p(
        "decided not to proceed",
        r"\bdecided\s+(?:not\s+to|against)\s+(?:proceed|proceeding|progress|progressing|move|moving|continue|continuing|take|taking|pursue|pursuing|invite|inviting)",
    ),
    _p(
        "the position has been filled",
        r"\b(?:position|role|vacancy|job|opening|post)\s+(?:has|had)\s+(?:now\s+|already\s+)?been\s+(?:filled|closed|cancelled|canceled)",
    ),
    _p(
        "not been selected / unsuccessful",
        r"\b(?:you\s+(?:were|have)\s+not\s+(?:been\s+)?(?:selected|shortlisted|successful)|(?:have|were)\s+not\s+(?:been\s+)?(?:selected|shortlisted)\s+for|your\s+application\s+(?:was|has\s+been|is)\s+(?:unsuccessful|not\s+successful|declined|rejected)|not\s+to\s+(?:offer\s+you|invite\s+you))",
    ),
    _p(
        "we have filled the position",
        r"\b(?:have|has)\s+(?:now\s+|already\s+|successfully\s+)?filled\s+(?:the|this|our)\s+(?:\w+\s+)?(?:vacancy|position|role|opening|post)",
    ),
    _p(
        "unable to offer you",
        r"\b(?:unable|not\s+able|cannot|can\s*not|won't\s+be\s+able)\s+to\s+(?:offer|extend)\s+you\s+(?:a|an|the)\s+(?:position|role|offer|interview|job)",
    ),
    _p(
        "others more closely match",
        rf"\b{_CANDIDATES}\s+(?:whose|who(?:se)?|that)\s+(?:\w+\s+){{0,3}}(?:more\s+closely|better|more\s+directly)\s+(?:match|matches|matched|meet|align|fit)",
    ),
    _p("we regret to inform you", r"\bwe\s+(?:regret|are\s+sorry)\s+to\s+(?:inform|tell|let)\s+you", SUPPORT + 0.2),
    _p(
        "after careful consideration",
        r"\bafter\s+(?:careful|thorough|much|long)\s+(?:consideration|review|deliberation)",
        SUPPORT,
    ),
    _p(
        "keep your details on file",
        r"\b(?:keep|retain|hold)\s+your\s+(?:cv|resume|résumé|details|profile|application|information)\s+on\s+(?:file|record)",
        SUPPORT,
    ),
    _p(
        "best of luck in your search",
        r"\b(?:luck|success|the\s+best|all\s+the\s+best)\s+(?:with|in)\s+your\s+(?:job\s+)?(?:search|career|future)",
        SUPPORT,
    ),
    _p("unfortunately", r"\bunfortunately\b", 0.15),
    # German
    _p(
        "leider müssen wir Ihnen mitteilen",
        r"\bleider\s+(?:müssen|muss|möchten)\s+(?:wir|ich)\s+(?:Ihnen|dir)\s+mitteilen",
    ),
    _p(
        "für andere Kandidaten entschieden",
        r"\b(?:für|zugunsten)\s+(?:eine[nr]?\s+)?(?:andere[nr]?|weitere[nr]?)\s+(?:\w+\s+)?(?:Kandidat|Bewerber|Bewerbung)",
    ),
    _p(
        "leider … nicht berücksichtigen",
        r"\b(?:Bewerbung|Unterlagen|Kandidatur|Profil|Sie|dich)\s+(?:\w+\s+){0,6}?(?:nicht|keine)\s+(?:weiter\s+|mehr\s+|länger\s+)?(?:berücksichtigen|berücksichtigt|in\s+Betracht\s+ziehen)",
    ),
    _p(
        "gegen eine Zusammenarbeit entschieden",
        r"\bgegen\s+(?:eine\s+(?:weitere\s+)?Zusammenarbeit|Sie|dich|Ihre\s+Bewerbung|deine\s+Bewerbung|Ihre\s+Kandidatur)\s+(?:\w+\s+){0,2}entschieden",
    ),
    _p(
        "die Stelle ist besetzt",
        r"\bStelle\s+(?:ist|wurde|wurde\s+bereits|ist\s+bereits|haben\s+wir)\s+(?:bereits\s+|inzwischen\s+|mittlerweile\s+|schon\s+)?(?:anderweitig\s+)?(?:besetzt|vergeben)",
    ),
    _p("nicht in die engere Auswahl", r"\bnicht\s+in\s+die\s+(?:engere|nächste)\s+(?:Auswahl|Runde)"),
    _p(
        "keine Zusage geben",
        r"\b(?:keine\s+(?:positive\s+(?:Nachricht|Rückmeldung|Antwort)|Zusage)|kein\s+(?:Angebot|Vorstellungsgespräch))\s+(?:geben|machen|erteilen|anbieten|unterbreiten|senden|zukommen)",
    ),
    _p("Absage auf Ihre Bewerbung", r"\bAbsage\s+(?:auf|zu|für|bezüglich)\s+(?:Ihre[rn]?|deine[rn]?)\s+Bewerbung"),
    _p(
        "nicht weiter verfolgen",
        r"\bBewerbung\s+(?:leider\s+)?nicht\s+(?:weiter\s+)?(?:verfolgen|fortführen|weiterverfolgen)",
    ),
    _p(
        "nach sorgfältiger Prüfung",
        r"\bnach\s+(?:sorgfältiger|eingehender|gründlicher|intensiver|reiflicher)\s+(?:Prüfung|Überlegung|Abwägung|Durchsicht|Sichtung)",
        SUPPORT,
    ),
    _p(
        "alles Gute für Ihre Zukunft",
        r"\b(?:alles\s+Gute|viel\s+Erfolg)\s+(?:für\s+(?:Ihre|deine)\s+(?:weitere\s+)?(?:berufliche\s+)?(?:Zukunft|Stellensuche|Jobsuche|Laufbahn|Weg)|bei\s+(?:Ihrer|deiner)\s+(?:weiteren\s+)?(?:Stellensuche|Jobsuche|Suche))",
        SUPPORT,
    ),
    _p("leider", r"\bleider\b", 0.15),
)

INTERVIEW = (
    _p(
        "invite you to an interview",
        r"\binvit(?:e|ing)\s+you\s+(?:to|for)\s+(?:an?\s+|the\s+|our\s+)?(?:\w+[\s-]+){0,2}(?:interview|conversation|call|chat|meeting|assessment|onsite|on-site)",
    ),
    _p(
        "schedule an interview",
        r"\b(?:schedule|arrange|set\s+up|book|organise|organize)\s+(?:an?\s+|the\s+|your\s+|a\s+time\s+for\s+(?:an?\s+|the\s+|your\s+)?)?(?:\w+[\s-]+){0,2}interview",
    ),
    _p(
        "invitation to interview",
        r"\b(?:invitation\s+to\s+(?:an?\s+)?(?:\w+[\s-]+){0,2}interview|interview\s+invitation|interview\s+request)",
    ),
    _p(
        "next step: an interview",
        r"\b(?:next\s+(?:step|round|stage)\s+(?:\w+\s+){0,4}(?:is|would\s+be|will\s+be)\s+(?:an?\s+)?(?:\w+[\s-]+){0,2}(?:interview|call)|(?:move|moving|advance|invite)\s+you\s+(?:forward\s+)?to\s+the\s+(?:next|interview|second|final)\s+(?:stage|round|step))",
    ),
    _p(
        "are you available for an interview",
        r"\b(?:are\s+you\s+available|would\s+you\s+be\s+available|when\s+are\s+you\s+available|your\s+availability)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:\w+[\s-]+){0,2}(?:interview|call|conversation)",
    ),
    _p(
        "please pick a time",
        r"\b(?:please\s+)?(?:choose|select|pick|book|suggest|propose)\s+(?:a|one|your\s+preferred)\s+(?:\w+\s+)?(?:time|slot|date)",
        SUPPORT,
    ),
    _p("interview", r"\binterview\b", 0.2),
    # German
    _p(
        "zu einem Vorstellungsgespräch einladen",
        r"\b(?:zu\s+(?:einem|einem\s+ersten|einem\s+zweiten|einem\s+persönlichen|unserem)|zum)\s+(?:\w+\s+){0,2}(?:Vorstellungsgespräch|Kennenlerngespräch|Bewerbungsgespräch|Interview|Gespräch|Telefoninterview|Videointerview)\s+(?:\w+\s+){0,4}einladen",
    ),
    _p(
        "Einladung zum Vorstellungsgespräch",
        r"\bEinladung\s+(?:zu\s+(?:einem|unserem)|zum)\s+(?:\w+\s+){0,2}(?:Vorstellungsgespräch|Kennenlerngespräch|Bewerbungsgespräch|Interview|Gespräch|Telefoninterview|Videointerview)",
    ),
    _p(
        "möchten Sie kennenlernen",
        r"\b(?:möchten|würden|wollen)\s+(?:wir\s+)?Sie\s+(?:gerne\s+|gern\s+)?(?:persönlich\s+|näher\s+|besser\s+)?kennen\s?lernen",
    ),
    _p(
        "Terminvorschläge",
        r"\b(?:Terminvorschläge?|Terminvorschlag|Wunschtermin|freie\s+Termine|Zeitfenster)\b",
        SUPPORT,
    ),
    _p("Vorstellungsgespräch", r"\b(?:Vorstellungsgespräch|Kennenlerngespräch|Bewerbungsgespräch)\b", 0.2),
)

APPLICATION_RECEIVED = (
    _p(
        "we have received your application",
        rf"\b(?:we(?:'ve|\s+have)?\s+(?:successfully\s+)?received\s+your\s+{_APPLICATION}|your\s+{_APPLICATION}\s+(?:has\s+been|was)\s+(?:successfully\s+)?(?:received|submitted|sent)|application\s+(?:received|confirmation|submitted)\b|confirm\s+(?:the\s+)?receipt\s+of\s+your\s+{_APPLICATION})",
    ),
    _p(
        "thank you for applying",
        r"\bthanks?\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+)?for\s+(?:applying|your\s+(?:recent\s+)?(?:application|interest))",
        0.45,
    ),
    _p(
        "we will review your application",
        r"\b(?:will|are\s+going\s+to)\s+(?:now\s+)?(?:carefully\s+)?(?:review|look\s+at|consider|assess)\s+(?:your\s+)?(?:application|profile|cv|resume|qualifications)",
        SUPPORT,
    ),
    _p(
        "Ihre Bewerbung ist eingegangen",
        r"\b(?:Bewerbung\s+(?:ist|wurde)\s+(?:bei\s+uns\s+)?(?:erfolgreich\s+)?(?:eingegangen|übermittelt|angekommen)|Eingangsbestätigung|(?:wir\s+)?haben\s+Ihre\s+Bewerbung\s+(?:\w+\s+)?erhalten|Bewerbung\s+erhalten|Ihre\s+Bewerbung\s+ist\s+bei\s+uns|(?:bestätigen|bestätige)\s+(?:wir\s+|ich\s+)?(?:Ihnen\s+)?den\s+Eingang\s+Ihrer\s+(?:\w+\s+)?Bewerbung)",
    ),
    _p(
        "vielen Dank für Ihre Bewerbung",
        r"\b(?:vielen|herzlichen|besten)\s+Dank\s+für\s+Ihre\s+(?:\w+\s+)?(?:Bewerbung|Interesse)",
        0.45,
    ),
    _p(
        "wir melden uns",
        r"\b(?:melden\s+uns|uns\s+(?:bei\s+Ihnen\s+)?melden|Rückmeldung\s+geben|prüfen\s+Ihre\s+Unterlagen|Ihre\s+Unterlagen\s+(?:sorgfältig\s+)?prüfen)",
        SUPPORT,
    ),
)

OFFER = (
    _p(
        "pleased to offer you",
        r"\b(?:pleased|delighted|happy|excited|thrilled|glad)\s+to\s+(?:formally\s+)?(?:offer\s+you|extend\s+(?:to\s+you\s+)?(?:you\s+)?an?\s+(?:formal\s+)?offer|make\s+you\s+an?\s+offer)",
    ),
    _p(
        "we would like to offer you the position",
        r"\b(?:would\s+like|want|wish)\s+to\s+offer\s+you\s+(?:the|a|an)\s+(?:\w+\s+){0,3}(?:position|role|job)",
    ),
    _p("offer letter", r"\b(?:offer\s+letter|employment\s+offer|contract\s+offer|formal\s+offer)\b", 0.5),
    _p(
        "Ihnen die Stelle anbieten",
        r"\b(?:freuen\s+uns|freue\s+mich|möchten|würden)(?:\s+sehr)?\s*,?\s+(?:\w+\s+){0,3}(?:Ihnen|dir)\s+(?:\w+\s+){0,3}(?:die\s+Stelle|die\s+Position|ein\s+(?:Vertrags)?angebot|einen\s+(?:Arbeits)?vertrag|eine\s+Zusage)\s+(?:\S+\s+){0,5}?(?:anbieten|anzubieten|unterbreiten|zu\s+unterbreiten|geben|zu\s+geben|machen|zu\s+machen)",
    ),
    _p("Vertragsangebot", r"\b(?:Vertragsangebot|Arbeitsvertragsangebot|Angebotsschreiben)\b", 0.5),
)

PHRASES: dict[DetectionKind, tuple[Phrase, ...]] = {
    DetectionKind.REJECTION: REJECTION,
    DetectionKind.INTERVIEW_INVITATION: INTERVIEW,
    DetectionKind.APPLICATION_RECEIVED: APPLICATION_RECEIVED,
    DetectionKind.OFFER: OFFER,
}

# Look-alikes: each found lowers every kind's confidence by its weight.
NEGATIVE = (
    _p(
        "a job alert",
        r"\b(?:job\s+alerts?|jobs?\s+(?:you\s+might|you\s+may|that\s+match|matching|for\s+you|recommended)|new\s+jobs?|recommended\s+jobs?|Jobempfehlung|Jobs?,?\s+die\s+zu\s+(?:Ihnen|dir)\s+passen|neue\s+(?:Jobs|Stellenangebote)|Stellenangebote\s+für\s+Sie|Job-Alarm|Suchauftrag)",
        0.9,
    ),
    _p(
        "a newsletter",
        r"\b(?:newsletter|unsubscribe|view\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser|abmelden|im\s+Browser\s+(?:ansehen|anzeigen))",
        0.5,
    ),
    _p(
        "cold outreach",
        r"\b(?:came\s+across\s+your\s+profile|(?:open|interested)\s+(?:to|in)\s+(?:new|exploring\s+new|a\s+new)\s+(?:opportunit|role|challenge)|exciting\s+(?:new\s+)?opportunit|auf\s+Ihr\s+Profil\s+gestoßen|offen\s+für\s+(?:neue|eine\s+neue)\s+(?:Herausforderung|Möglichkeit))",
        0.7,
    ),
    _p(
        "a meeting, not an application",
        r"\b(?:meeting|webinar|event|Termin|Besprechung|Veranstaltung|workshop|team\s+lunch)\s+(?:\w+\s+){0,2}(?:has\s+been\s+|is\s+|was\s+|wurde\s+|ist\s+|muss\s+)?(?:moved|rescheduled|cancelled|canceled|postponed|verschoben|abgesagt|auf\s+\w+\s+verschoben)",
        0.6,
    ),
)
