# ruff: noqa: E501 — a table of hand-written messages, one per line
"""Writes corpus.jsonl: the labelled messages the detector is measured on (tests/perf/run.py, tests/core/detect).

Every text below is a phrasing written by hand — rejections in their many polite forms, invitations,
confirmations, offers, and hard negatives (job alerts, newsletters, cold outreach, rejection-sounding text that
is none). Each is written out with two different companies, roles and names (``VARIANTS``), so the corpus holds
twice as many messages as phrasings. Labels: rejection, interview_invitation, application_received, offer, none.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

VARIANTS = (
    {"company": "Nordwind AG", "role": "BI Analyst", "name": "Jana", "sender": "Eva Klein", "day": "Thursday"},
    {"company": "Globex Ltd", "role": "Senior Data Analyst", "name": "Alex", "sender": "Sam Lee", "day": "Monday"},
)

REJECTION = [
    (
        "Your application for {role}",
        "Dear {name},\n\nthank you for your interest in {company}. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs.\n\nBest regards,\n{sender}",
    ),
    (
        "Update on your application",
        "Hi {name},\n\nThanks for taking the time to speak with us. Unfortunately, we will not be moving forward with your application at this time.\n\nAll the best,\n{sender}",
    ),
    (
        "{role} at {company}",
        "Dear {name},\n\nWe regret to inform you that the position has been filled.\n\nKind regards,\n{company} Recruiting",
    ),
    (
        "Your application",
        "Dear {name},\n\nthank you for applying for the {role} role. We received many strong applications and, after careful review, we have decided not to proceed with your application.\n\nWe wish you every success in your job search.",
    ),
    (
        "{company} – {role}",
        "Hello {name},\n\nI'm sorry to let you know that you have not been selected for the next stage of the process.\n\nBest,\n{sender}",
    ),
    (
        "Re: {role}",
        "Hi {name},\n\nthanks again for interviewing with us. The team has decided to pursue other candidates for this role. We'll keep your CV on file for future openings.\n\n{sender}",
    ),
    (
        "Your candidacy",
        "Dear {name},\n\nUnfortunately we are unable to offer you a position at this time.\n\nKind regards,\n{sender}",
    ),
    (
        "Application status: {role}",
        "Dear {name},\n\nWe appreciate your interest. Your application was unsuccessful on this occasion.\n\nRegards,\nTalent Team, {company}",
    ),
    (
        "{role}",
        "Hi {name},\n\nI wanted to let you know that we've decided to go with another candidate for the {role} position. It was a difficult decision.\n\nThanks,\n{sender}",
    ),
    (
        "Thank you for your application",
        "Dear {name},\n\nThank you for your application. We have reviewed your profile and will not be progressing your application further.\n\nBest of luck with your search.",
    ),
    (
        "Your interview at {company}",
        "Hi {name},\n\nThank you for meeting the team. After much deliberation we have decided not to move forward. Candidates whose skills better match the brief were chosen.\n\nBest,\n{sender}",
    ),
    (
        "{company}: your application",
        "Dear {name},\n\nthe role you applied for has now been closed and we have decided not to continue with the recruitment.\n\nKind regards",
    ),
    (
        "Regarding the {role} position",
        "Dear {name},\n\nwe regret to inform you that we have chosen to proceed with a different candidate.\n\nSincerely,\n{sender}",
    ),
    (
        "Your application to {company}",
        "Hi {name},\n\nAfter reviewing your application, we've decided to move forward with candidates who have more direct experience in our industry.\n\nWe wish you the best in your career.\n\n{company} Hiring Team",
    ),
    (
        "Following up",
        "Hi {name},\n\nI'm afraid we won't be moving forward with your candidacy for {role}. Thank you for the time you invested.\n\n{sender}",
    ),
    (
        "Application update – {role}",
        "Dear {name},\n\nThis time we are not able to offer you the role. We were impressed by your background, but another applicant was a closer fit.\n\nKind regards,\n{sender}",
    ),
    (
        "{role} – outcome",
        "Hi {name},\n\nthanks for your patience. We have now completed the interviews and unfortunately you were not successful on this occasion.\n\nBest wishes",
    ),
    (
        "Re: Application",
        "{name},\n\nThe hiring manager has decided against proceeding with your application.\n\nRegards,\n{sender}",
    ),
    (
        "Your application for {role}",
        "Dear {name},\n\nWe have filled the vacancy for {role}. Thank you for your interest in {company}.\n\nRegards",
    ),
    (
        "Thanks from {company}",
        "Hi {name},\n\nwe really enjoyed our conversations. Sadly we've made the decision to hire someone else for the role.\n\nBest,\n{sender}",
    ),
    (
        "Ihre Bewerbung als {role}",
        "Sehr geehrte/r {name},\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.\n\nMit freundlichen Grüßen\n{sender}",
    ),
    (
        "Ihre Bewerbung bei {company}",
        "Hallo {name},\n\nnach sorgfältiger Prüfung Ihrer Unterlagen haben wir uns für einen anderen Kandidaten entschieden.\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n{sender}",
    ),
    (
        "Absage: {role}",
        "Sehr geehrte/r {name},\n\ndie Stelle ist bereits anderweitig besetzt.\n\nFreundliche Grüße\n{company}",
    ),
    (
        "Ihre Bewerbung",
        "Liebe/r {name},\n\nwir bedanken uns für Ihr Interesse. Leider sind Sie nicht in die engere Auswahl gekommen.\n\nViele Grüße\n{sender}",
    ),
    (
        "Rückmeldung zu Ihrer Bewerbung",
        "Guten Tag {name},\n\nleider können wir Ihnen keine positive Rückmeldung geben. Ihre Bewerbung können wir nicht weiter berücksichtigen.\n\nViel Erfolg bei Ihrer weiteren Stellensuche!",
    ),
    (
        "{role} – Ihre Bewerbung",
        "Sehr geehrte/r {name},\n\nwir haben uns nach reiflicher Überlegung für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\n{sender}",
    ),
    (
        "Ihre Bewerbung bei {company}",
        "Hallo {name},\n\nhiermit erhalten Sie leider eine Absage auf Ihre Bewerbung als {role}.\n\nBeste Grüße\n{sender}",
    ),
    (
        "Bewerbung {role}",
        "Sehr geehrte/r {name},\n\nwir möchten Ihre Bewerbung leider nicht weiter verfolgen. Ihre Unterlagen werden gelöscht.\n\nFreundliche Grüße",
    ),
    (
        "Ihre Bewerbung",
        "Hallo {name},\n\nvielen Dank für das nette Gespräch. Wir haben uns leider zugunsten einer anderen Kandidatin entschieden.\n\nAlles Gute für Ihren weiteren Weg!\n{sender}",
    ),
    (
        "Stelle {role}",
        "Sehr geehrte/r {name},\n\nleider müssen wir Ihnen mitteilen, dass die Stelle inzwischen besetzt wurde.\n\nMit freundlichen Grüßen\n{company}",
    ),
    (
        "Ihre Bewerbung als {role}",
        "Sehr geehrte/r {name},\n\nnach eingehender Prüfung haben wir festgestellt, dass andere Bewerber besser zum Anforderungsprofil passen. Wir bedauern, Ihnen keine Zusage geben zu können.\n\nMit freundlichen Grüßen",
    ),
    (
        "Ihre Bewerbung",
        "Hallo {name},\n\nwir haben lange überlegt, uns am Ende aber gegen eine Zusammenarbeit entschieden. Wir wünschen dir viel Erfolg bei deiner Jobsuche.\n\n{sender}",
    ),
    (
        "Absage",
        "Sehr geehrte/r {name},\n\nwir bedauern, Ihnen mitteilen zu müssen, dass wir Sie für die Position {role} nicht berücksichtigen können.\n\nMit freundlichen Grüßen\n{sender}",
    ),
    (
        "Your application: {role}",
        "Dear {name},\n\nwe regret to inform you that we have decided not to invite you to an interview.\n\nKind regards,\n{company}",
    ),
    (
        "Your application at {company}",
        "Hi {name},\n\nwe will not be proceeding with your application for the {role} role. We appreciate your interest.\n\nBest,\n{sender}",
    ),
]

INTERVIEW = [
    (
        "Interview invitation: {role}",
        "Dear {name},\n\nthank you for your application. We would like to invite you to an interview for the {role} position.\n\nPlease choose a time that suits you.\n\n{sender}",
    ),
    (
        "Next steps – {company}",
        "Hi {name},\n\nGreat news! We'd like to schedule a first interview with our hiring manager. Are you available for a 30-minute call on {day}?\n\nBest,\n{sender}",
    ),
    (
        "{role}: let's talk",
        "Hi {name},\n\nwe loved your profile and would like to invite you for a video interview. Please pick a slot using the link below.\n\nThanks,\n{sender}",
    ),
    (
        "Your application for {role}",
        "Dear {name},\n\nWe are pleased to let you know that we would like to move you forward to the next stage: a technical interview with the team.\n\nCould you share your availability for next week?\n\n{sender}",
    ),
    (
        "Interview with {company}",
        "Hello {name},\n\nI'm reaching out to arrange an interview for the {role} role. What times work for you on {day}?\n\nKind regards,\n{sender}",
    ),
    (
        "Invitation to interview",
        "Dear {name},\n\nFollowing our review of your application, you are invited to an on-site interview at our office.\n\nPlease confirm your attendance.\n\n{company}",
    ),
    (
        "Re: {role}",
        "Hi {name},\n\nthanks for the quick reply! The next step would be a 45 minute interview with our Head of Data. When are you available for an interview this week?\n\n{sender}",
    ),
    (
        "Second round – {role}",
        "Hi {name},\n\nthe team enjoyed speaking with you and would like to invite you to a second interview.\n\nBest,\n{sender}",
    ),
    (
        "Final interview at {company}",
        "Dear {name},\n\nWe'd like to invite you to the final interview round. Please book a time for your final interview using the scheduling link.\n\n{sender}",
    ),
    (
        "Phone screen",
        "Hi {name},\n\nThanks for applying to {company}. I'd like to set up a phone interview to learn more about you. Would you be available for a call on {day}?\n\n{sender}",
    ),
    (
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte/r {name},\n\nvielen Dank für Ihre Bewerbung als {role}. Wir möchten Sie gerne zu einem persönlichen Vorstellungsgespräch einladen.\n\nMit freundlichen Grüßen\n{sender}",
    ),
    (
        "Ihre Bewerbung bei {company}",
        "Hallo {name},\n\nIhre Unterlagen haben uns überzeugt und wir möchten Sie gerne kennenlernen. Bitte nennen Sie uns zwei Terminvorschläge.\n\nViele Grüße\n{sender}",
    ),
    (
        "Einladung zum Kennenlerngespräch",
        "Liebe/r {name},\n\nwir laden Sie herzlich zu einem ersten Kennenlerngespräch per Video ein. Passt Ihnen {day}?\n\nBeste Grüße\n{sender}",
    ),
    (
        "{role} – nächste Schritte",
        "Hallo {name},\n\nwir würden Sie gerne zu einem zweiten Gespräch mit dem Fachbereich einladen.\n\nViele Grüße\n{sender}",
    ),
    (
        "Ihre Bewerbung",
        "Sehr geehrte/r {name},\n\nwir freuen uns, Sie zu einem Telefoninterview einladen zu dürfen. Bitte wählen Sie einen Termin aus.\n\nMit freundlichen Grüßen\n{company}",
    ),
    (
        "Terminvereinbarung Vorstellungsgespräch",
        "Hallo {name},\n\nEinladung zum Vorstellungsgespräch für die Position {role}: Wir schlagen {day} um 10 Uhr vor.\n\nGrüße\n{sender}",
    ),
    (
        "Interview scheduling",
        "Hi {name},\n\nCongratulations – you've been shortlisted! Please use the link to schedule your interview with {company}.\n\n{sender}",
    ),
    (
        "Quick chat?",
        "Hi {name},\n\nthanks for your application for {role}. We'd love to invite you to a short intro call with our recruiter.\n\n{sender}",
    ),
    (
        "Assessment day invitation",
        "Dear {name},\n\nwe're delighted to invite you to our assessment centre on {day}. Details below.\n\n{company}",
    ),
    (
        "Interview – {role}",
        "Hello {name},\n\nCould we schedule an interview for early next week? Let me know your availability.\n\nThanks\n{sender}",
    ),
]

RECEIVED = [
    (
        "Application received: {role}",
        "Hi {name},\n\nThank you for applying to {company}! We have received your application for the {role} position and our team will review it.\n\n{company} Talent Team",
    ),
    (
        "Thank you for your application",
        "Dear {name},\n\nYour application has been successfully submitted. We will review your application and get back to you.\n\nKind regards",
    ),
    (
        "We got your application",
        "Hi {name},\n\nThis is to confirm we've received your application. You'll hear from us within two weeks.\n\nThe {company} team",
    ),
    (
        "{company} – application confirmation",
        "Dear {name},\n\nThanks for your interest in the {role} role. This email confirms that your application has been received.\n\nBest regards",
    ),
    (
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte/r {name},\n\nvielen Dank für Ihre Bewerbung als {role}. Ihre Bewerbung ist bei uns eingegangen und wir melden uns in Kürze.\n\nIhr {company} Recruiting-Team",
    ),
    (
        "Ihre Bewerbung bei {company}",
        "Hallo {name},\n\nwir haben Ihre Bewerbung erhalten und werden Ihre Unterlagen sorgfältig prüfen.\n\nViele Grüße",
    ),
    (
        "Bewerbung erhalten",
        "Liebe/r {name},\n\nherzlichen Dank für Ihre Bewerbung! Ihre Bewerbung wurde erfolgreich übermittelt.\n\nBeste Grüße\n{company}",
    ),
    (
        "Thanks for applying!",
        "Hi {name},\n\nthanks so much for applying to {role} at {company}. We've received your application and will be in touch if there's a match.\n\nCheers",
    ),
    (
        "Your application to {company}",
        "Dear {name},\n\nWe confirm receipt of your application for the position of {role}. Our recruiters will assess your qualifications carefully.\n\nSincerely",
    ),
    (
        "Bestätigung Ihrer Bewerbung",
        "Sehr geehrte/r {name},\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung. Wir werden uns so schnell wie möglich bei Ihnen melden.\n\nMit freundlichen Grüßen",
    ),
]

OFFER = [
    (
        "Offer – {role}",
        "Dear {name},\n\nWe are delighted to offer you the position of {role} at {company}. Please find your offer letter attached.\n\nWarm regards,\n{sender}",
    ),
    (
        "Great news from {company}",
        "Hi {name},\n\nI'm thrilled to extend you an offer to join us as {role}!\n\n{sender}",
    ),
    (
        "Your offer",
        "Dear {name},\n\nFollowing your interviews we would like to offer you the role of {role}. The formal offer will follow.\n\n{sender}",
    ),
    (
        "Job offer: {role}",
        "Hi {name},\n\nWe're happy to make you an offer! Details of the employment offer are attached.\n\nBest,\n{sender}",
    ),
    (
        "Vertragsangebot {role}",
        "Sehr geehrte/r {name},\n\nwir freuen uns, Ihnen die Stelle als {role} anbieten zu können. Das Vertragsangebot finden Sie im Anhang.\n\nMit freundlichen Grüßen\n{sender}",
    ),
    (
        "Zusage",
        "Hallo {name},\n\nwir freuen uns sehr, Ihnen eine Zusage für die Position {role} geben zu können!\n\nViele Grüße\n{sender}",
    ),
    (
        "Angebot {company}",
        "Liebe/r {name},\n\nwir möchten Ihnen gerne einen Arbeitsvertrag anbieten. Bitte melden Sie sich bei Fragen.\n\n{sender}",
    ),
    (
        "Welcome aboard?",
        "Dear {name},\n\nWe are pleased to extend a formal offer of employment for the {role} role.\n\nSincerely,\n{company}",
    ),
]

NONE = [
    # job alerts
    (
        "New jobs for you: {role}",
        "Hi {name},\n\n5 new jobs matching your search '{role}':\n{role} – {company} – Berlin\nApply now!\n\nManage your job alerts.",
    ),
    (
        "Jobs, die zu Ihnen passen",
        "Hallo {name},\n\nneue Stellenangebote für Sie: {role} bei {company}.\n\nSuchauftrag bearbeiten | abmelden",
    ),
    (
        "{company} is hiring: {role}",
        "Jobs you may be interested in\n\n{role} at {company}. 42 applicants. Be an early applicant.\n\nUnsubscribe",
    ),
    (
        "Your job alert for {role}",
        "Hi {name}, here are today's recommended jobs. Unfortunately, some roles have been closed since yesterday.\n\nView all jobs",
    ),
    (
        "Neue Jobs: {role}",
        "Hallo {name}, wir haben 12 neue Jobs für Ihren Job-Alarm gefunden. Leider sind nicht alle Stellen remote.\n\nAbmelden",
    ),
    # newsletters
    (
        "Our {day} newsletter",
        "Hello {name},\n\nthis week at {company}: we moved forward with our new office, and the position of our brand has never been stronger.\n\nView this email in your browser | Unsubscribe",
    ),
    (
        "Data digest",
        "Top stories: Why companies move forward with other vendors. Unfortunately, AI won't fix your data.\n\nUnsubscribe",
    ),
    (
        "Webinar: hiring in 2027",
        "Join our webinar on how to tell candidates they were not selected, kindly.\n\nRegister now. Unsubscribe here.",
    ),
    (
        "{company} product update",
        "We regret to inform you that the legacy dashboard will be retired. Thank you for your patience.\n\nThe {company} team",
    ),
    (
        "Newsletter Dezember",
        "Liebe Leserinnen und Leser, leider müssen wir Ihnen mitteilen, dass unser Sommerfest ausfällt.\n\nNewsletter abbestellen",
    ),
    # cold outreach
    (
        "Exciting opportunity at {company}",
        "Hi {name},\n\nI came across your profile and think you'd be a great fit for a {role} role. Would you be open to a quick call?\n\n{sender}",
    ),
    (
        "{role} opportunity",
        "Hello {name},\n\nAre you open to new opportunities? I'm recruiting for {company} and would love to schedule a chat.\n\n{sender}, Talent Partner",
    ),
    (
        "Neue Herausforderung?",
        "Hallo {name},\n\nich bin auf Ihr Profil gestoßen. Wären Sie offen für eine neue Herausforderung als {role}?\n\nViele Grüße\n{sender}",
    ),
    (
        "Quick question",
        "Hi {name}, I'm a recruiter at {company}. We have an exciting new opportunity – interested?\n\n{sender}",
    ),
    # rejection-sounding text that is not one
    (
        "Meeting moved",
        "Hi {name},\n\nunfortunately the meeting moves to {day}, 3 pm. Sorry for the short notice!\n\n{sender}",
    ),
    ("Termin verschoben", "Hallo {name},\n\nleider muss der Termin auf {day} verschoben werden.\n\nGruß\n{sender}"),
    (
        "Re: your proposal",
        "Hi {name},\n\nafter careful consideration we decided to go with your second design. Unfortunately I can't make Friday.\n\n{sender}",
    ),
    (
        "Team lunch cancelled",
        "Hi all,\n\nthe team lunch has been cancelled. We regret to inform you that the restaurant is closed.\n\n{sender}",
    ),
    (
        "Your order",
        "Dear {name},\n\nunfortunately the item you ordered is out of stock. We will not be able to ship it this week.\n\n{company} Shop",
    ),
    (
        "Re: Vortrag",
        "Hallo {name},\n\nleider können wir deinen Vortrag dieses Jahr nicht berücksichtigen, das Programm ist voll. Nächstes Jahr gerne!\n\n{sender}",
    ),
    (
        "Conference talk",
        "Dear {name},\n\nthank you for your submission. Unfortunately, your talk was not selected for the programme this year.\n\nProgram Committee",
    ),
    (
        "Apartment",
        "Hi {name},\n\nthanks for your interest in the flat. The apartment has been rented already, sorry.\n\n{sender}",
    ),
    (
        "Re: Kaffee?",
        "Hi {name},\n\nklar, gerne! Leider bin ich am {day} nicht da, aber nächste Woche passt.\n\n{sender}",
    ),
    (
        "Your subscription",
        "Dear {name},\n\nwe have received your cancellation. Your subscription ends on 31 December.\n\n{company}",
    ),
    # ordinary mail with people of Rebound
    ("Catching up", "Hi {name},\n\nhow are you? It's been a while. Let's grab a coffee at some point.\n\n{sender}"),
    (
        "Intro: {sender} <> {name}",
        "Hi both,\n\nhappy to introduce you two – {sender} is leading data at {company}. I'll let you take it from here.\n\nCheers",
    ),
    (
        "Referral",
        "Hi {name},\n\nI've referred you for the {role} role internally. The recruiter should be in touch soon.\n\n{sender}",
    ),
    (
        "Re: {role}",
        "Hi {name},\n\nthanks for asking about the role! I don't know the hiring manager well, but I can ask around.\n\n{sender}",
    ),
    ("Glückwunsch!", "Hallo {name},\n\nherzlichen Glückwunsch zum neuen Job! Ich freue mich für dich.\n\n{sender}"),
    (
        "Interview tips",
        "Hi {name},\n\nhere are a few tips for interviews in data roles, as promised. Good luck!\n\n{sender}",
    ),
    (
        "Your interview with our podcast",
        "Hi {name},\n\nthe interview we recorded will be published next week. Thanks again!\n\n{sender}",
    ),
    (
        "Re: Bewerbungstipps",
        "Hallo {name},\n\nfür deine Bewerbung bei {company} würde ich das Anschreiben kürzen. Viel Erfolg!\n\n{sender}",
    ),
    (
        "Thank you for your interest in our event",
        "Dear {name},\n\nthank you for your interest in {company} Data Day. We have received your registration.\n\nSee you there!",
    ),
    ("Invitation: team offsite", "Hi {name},\n\nyou're invited to our team offsite on {day}. Please RSVP.\n\n{sender}"),
    ("Einladung zum Sommerfest", "Hallo {name},\n\nwir laden dich herzlich zu unserem Sommerfest ein!\n\n{company}"),
    (
        "Offer: 30% off data courses",
        "Hi {name},\n\nwe are pleased to offer you 30% off all courses this week.\n\nUnsubscribe",
    ),
    (
        "Your offer on the bike",
        "Hi {name}, thanks for your offer on the bike, I accept. When can you pick it up?\n\n{sender}",
    ),
    (
        "Reference request",
        "Hi {name},\n\n{company} asked me for a reference for your application. Happy to do it – anything I should mention?\n\n{sender}",
    ),
    (
        "Re: Your application for {role}",
        "Hi {sender},\n\nthanks a lot for letting me know. I'd appreciate any feedback you can share.\n\n{name}\n\nOn Mon, 2 Nov 2026 at 10:00, {sender} wrote:\n> Unfortunately we have decided to move forward with other candidates.",
    ),
    (
        "Fwd: Interview invitation",
        "FYI – see below.\n\n---------- Forwarded message ---------\nFrom: {sender}\nWe would like to invite you to an interview for the {role} position.",
    ),
]

# Written after the phrase table was final and never used to tune it: the honest measure (``"set": "held_out"``).
HELD_OUT = [
    (
        "rejection",
        "Your application",
        "Dear {name},\n\nWe have carefully reviewed your application for {role}. On this occasion we will not be taking your application further.\n\nKind regards,\n{sender}",
    ),
    (
        "rejection",
        "{role} – decision",
        "Hi {name},\n\nI'm sorry to say the team has decided to move ahead with another applicant.\n\n{sender}",
    ),
    (
        "rejection",
        "Re: {role}",
        "Hi {name},\n\nthank you for your time. We've concluded our search and offered the position to someone else.\n\nBest,\n{sender}",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Sehr geehrte/r {name},\n\nwir müssen Ihnen leider eine Absage erteilen. Die Entscheidung fiel auf eine andere Person.\n\nMit freundlichen Grüßen",
    ),
    (
        "rejection",
        "Rückmeldung {role}",
        "Hallo {name},\n\nleider hat es diesmal nicht geklappt: Wir haben uns für einen anderen Bewerber entschieden.\n\nViele Grüße\n{sender}",
    ),
    (
        "rejection",
        "Your candidacy at {company}",
        "Dear {name},\n\nAfter thorough review, we have decided to proceed with other applicants for the {role} role.\n\nRegards",
    ),
    (
        "interview_invitation",
        "Interview – {company}",
        "Hi {name},\n\nwe'd be glad to invite you to a conversation with our team lead. Which slot works for you?\n\n{sender}",
    ),
    (
        "interview_invitation",
        "Ihre Bewerbung als {role}",
        "Hallo {name},\n\nwir würden Sie gerne zu einem Interview einladen. Wann hätten Sie Zeit?\n\n{sender}",
    ),
    (
        "interview_invitation",
        "Next round",
        "Hi {name},\n\nyou made it to the next round! Let's set up an interview with the CTO.\n\n{sender}",
    ),
    (
        "interview_invitation",
        "Gespräch bei {company}",
        "Sehr geehrte/r {name},\n\nwir laden Sie zu einem Vorstellungsgespräch am {day} ein.\n\nMit freundlichen Grüßen",
    ),
    (
        "application_received",
        "Thanks, {name}!",
        "Hi {name},\n\nwe've received your application for {role}. Our team will get back to you soon.\n\n{company}",
    ),
    (
        "application_received",
        "Ihre Bewerbung ist da",
        "Hallo {name},\n\nvielen Dank – Ihre Bewerbung ist bei uns angekommen. Wir melden uns.\n\n{company}",
    ),
    (
        "offer",
        "Offer from {company}",
        "Hi {name},\n\nWe'd like to offer you the {role} position, starting in March.\n\n{sender}",
    ),
    ("offer", "Gute Nachrichten", "Hallo {name},\n\nwir möchten Ihnen die Position als {role} anbieten.\n\n{sender}"),
    (
        "none",
        "Unfortunately …",
        "Hi {name},\n\nunfortunately I won't make it to the meetup tonight. Let's reschedule.\n\n{sender}",
    ),
    (
        "none",
        "Absage Mittagessen",
        "Hallo {name},\n\nleider muss ich unser Mittagessen absagen, ich bin krank.\n\n{sender}",
    ),
    (
        "none",
        "Your application for the parking permit",
        "Dear {name},\n\nyour application for a parking permit has been declined.\n\nCity Office",
    ),
    (
        "none",
        "Weekly jobs digest",
        "Hi {name}, 8 new jobs for you this week, including {role} at {company}.\n\nUnsubscribe",
    ),
    (
        "none",
        "Hiring at {company}",
        "Hi {name}, I came across your profile – we're hiring a {role}. Would you like to schedule an interview-style chat?\n\n{sender}",
    ),
    (
        "none",
        "Re: Interview für den Blog",
        "Hallo {name},\n\ndanke für das Interview! Der Artikel erscheint am {day}.\n\n{sender}",
    ),
    (
        "none",
        "Stellenangebot weitergeleitet",
        "Hallo {name}, schau mal, {company} sucht einen {role}. Wäre das was für dich?\n\n{sender}",
    ),
    (
        "none",
        "We moved forward",
        "Hi {name},\n\ngood news: we moved forward with the office move. Other candidates for the new logo are still open.\n\n{sender}",
    ),
]


def main() -> None:
    rows = []
    for label, items in (
        ("rejection", REJECTION), ("interview_invitation", INTERVIEW), ("application_received", RECEIVED),
        ("offer", OFFER), ("none", NONE),
    ):  # fmt: skip
        for number, (subject, text) in enumerate(items, 1):
            for variant, values in enumerate(VARIANTS, 1):
                rows.append({
                    "id": f"{label}-{number:02d}-{variant}", "label": label, "set": "tuned",
                    "subject": subject.format(**values), "text": text.format(**values),
                })  # fmt: skip
    for number, (label, subject, text) in enumerate(HELD_OUT, 1):
        for variant, values in enumerate(VARIANTS, 1):
            rows.append({
                "id": f"held-out-{number:02d}-{variant}", "label": label, "set": "held_out",
                "subject": subject.format(**values), "text": text.format(**values),
            })  # fmt: skip
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
