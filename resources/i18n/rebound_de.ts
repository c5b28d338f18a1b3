<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>Rebound</name>
        <message>
            <location filename="../../desktop/core/duplicates.py" />
            <source>names {percent}% alike</source>
            <translation>Namen zu {percent} % ähnlich</translation>
        </message>
        <message>
            <location filename="../../desktop/core/duplicates.py" />
            <source>same LinkedIn profile</source>
            <translation>dasselbe LinkedIn-Profil</translation>
        </message>
        <message>
            <location filename="../../desktop/core/duplicates.py" />
            <source>but with different e-mail addresses</source>
            <translation>aber mit verschiedenen E-Mail-Adressen</translation>
        </message>
        <message>
            <location filename="../../desktop/core/duplicates.py" />
            <source>same e-mail {email}</source>
            <translation>dieselbe E-Mail {email}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/duplicates.py" />
            <source>both at {company}</source>
            <translation>beide bei {company}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/duplicates.py" />
            <source>same e-mail domain {domain}</source>
            <translation>dieselbe E-Mail-Domain {domain}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/duplicates.py" />
            <source>but at different companies ({one}, {other})</source>
            <translation>aber bei verschiedenen Unternehmen ({one}, {other})</translation>
        </message>
        <message>
            <location filename="../../desktop/core/instance.py" />
            <source>The database {path} is on a network share ({share}). SQLite cannot lock files reliably there: two computers writing at once can damage it. Keep it on a local disk.</source>
            <translation>Die Datenbank {path} liegt auf einer Netzwerkfreigabe ({share}). SQLite kann Dateien dort nicht zuverlässig sperren: Schreiben zwei Computer gleichzeitig, kann sie beschädigt werden. Bewahren Sie sie auf einer lokalen Festplatte auf.</translation>
        </message>
        <message>
            <location filename="../../desktop/core/instance.py" />
            <source>The database {path} is in a folder that {service} synchronises. A copy taken while Rebound writes can be damaged or conflict with another computer's. Keep it outside the sync folder; the encrypted backups may go there.</source>
            <translation>Die Datenbank {path} liegt in einem Ordner, den {service} synchronisiert. Eine Kopie, die entsteht, während Rebound schreibt, kann beschädigt sein oder mit der eines anderen Computers in Konflikt geraten. Bewahren Sie sie außerhalb des synchronisierten Ordners auf; die verschlüsselten Sicherungen dürfen dort liegen.</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/drafts.py" />
            <source>not allowed in a template: the attribute {name} of a {kind}</source>
            <translation>in einer Vorlage nicht erlaubt: das Attribut {name} eines Werts vom Typ {kind}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/drafts.py" />
            <source>not allowed in a template: {error}</source>
            <translation>in einer Vorlage nicht erlaubt: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/explain.py" />
            <source>Relevance to you: {score:.2f} (threshold {threshold:.2f})</source>
            <translation>Relevanz für Sie: {score:.2f} (threshold {threshold:.2f})</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/ask_about_opening.py" />
            <source>{name} works at {company}</source>
            <translation>{name} arbeitet bei {company}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/ask_for_intro.py" />
            <source>{name} is not reachable directly (no e-mail, not connected)</source>
            <translation>{name} ist nicht direkt erreichbar (keine E-Mail, nicht vernetzt)</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/ask_for_intro.py" />
            <source>{name} has not answered your last {count} messages</source>
            <translation>{name} hat auf Ihre letzten {count} Nachrichten nicht geantwortet</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/ask_for_intro.py" />
            <source>{helper} knows {name} and is connected to you</source>
            <translation>{helper} kennt {name} und ist mit Ihnen vernetzt</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/check_in.py" />
            <source>Stay in touch, but not too often: every {low}–{high} days</source>
            <translation>In Kontakt bleiben, aber nicht zu oft: alle {low}–{high} Tage</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/check_in.py" />
            <source>You last wrote to {name} on {day}</source>
            <translation>Sie haben {name} zuletzt am {day} geschrieben</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/check_in.py" />
            <source>{name} last wrote to you on {day}</source>
            <translation>{name} hat Ihnen zuletzt am {day} geschrieben</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/check_in.py" />
            <source>You met {name} in a process that ended on {day}</source>
            <translation>Sie haben {name} in einem Bewerbungsprozess kennengelernt, der am {day} endete</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/check_in.py" />
            <source>{colleague} spoke with {name} on {day}</source>
            <translation>{colleague} hat am {day} mit {name} gesprochen</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/check_in.py" />
            <source>{name} last wrote to {colleague} on {day}</source>
            <translation>{name} hat {colleague} zuletzt am {day} geschrieben</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/company_walk.py" />
            <source>{company} posted '{title}' on {day} (relevance {score:.2f})</source>
            <translation>{company} hat am {day} '{title}' ausgeschrieben (relevance {score:.2f})</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/company_walk.py" />
            <source>Also open there: {openings}</source>
            <translation>Dort ebenfalls offen: {openings}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/company_walk.py" />
            <source>not relevant enough ({score:.2f} &lt; {threshold:.2f})</source>
            <translation>nicht relevant genug ({score:.2f} &lt; {threshold:.2f})</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/company_walk.py" />
            <source>no one known at {company}</source>
            <translation>niemand bekannt bei {company}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/company_walk.py" />
            <source>no one at {company} can be asked now</source>
            <translation>niemand bei {company} kann jetzt gefragt werden</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/congratulate_new_role.py" />
            <source>{name} changed jobs on {day}{moved}</source>
            <translation>{name} hat am {day} den Job gewechselt{moved}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/connect_linkedin.py" />
            <source>You know {name} but are not connected on LinkedIn</source>
            <translation>Sie kennen {name}, sind aber nicht auf LinkedIn vernetzt</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/connect_linkedin.py" />
            <source>Your last request, on {day}, was not accepted</source>
            <translation>Ihre letzte Anfrage vom {day} wurde nicht angenommen</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reengage_candidate.py" />
            <source> on {day}</source>
            <translation> am {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reengage_candidate.py" />
            <source>You are filling '{title}' at {company} (relevance {score:.2f})</source>
            <translation>Sie besetzen '{title}' bei {company} (relevance {score:.2f})</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reengage_candidate.py" />
            <source>{name} reached the {stage} stage in an earlier process and was turned down{ended}</source>
            <translation>{name} hat in einem früheren Prozess die Phase {stage} erreicht und eine Absage bekommen{ended}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reply_to_rejection.py" />
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>the role</source>
            <translation>die Stelle</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reply_to_rejection.py" />
            <source>You have not replied since</source>
            <translation>Sie haben seitdem nicht geantwortet</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reply_to_rejection.py" />
            <source>Not connected yet: the reply can be the note of a LinkedIn connection request</source>
            <translation>Noch nicht vernetzt: Die Antwort kann die Notiz einer LinkedIn-Kontaktanfrage sein</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reply_to_rejection.py" />
            <source>'{title}' at {company}</source>
            <translation>'{title}' bei {company}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reply_to_rejection.py" />
            <source>, after reaching the {stage} stage</source>
            <translation>, nach Erreichen der Phase {stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reply_to_rejection.py" />
            <source>{name} turned you down for {role} on {day}{stage}</source>
            <translation>{name} hat Ihnen am {day} für {role} abgesagt{stage}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reply_to_rejection.py" />
            <source>A prompt, friendly reply keeps the door open: best by {day}</source>
            <translation>Eine rasche, freundliche Antwort hält die Tür offen: am besten bis {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/reply_to_rejection.py" />
            <source>No e-mail address or LinkedIn profile is known for {name}: add one to reach them</source>
            <translation>Für {name} ist keine E-Mail-Adresse und kein LinkedIn-Profil bekannt: Fügen Sie eines hinzu, um die Person zu erreichen</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>applied</source>
            <translation>Bewerbung</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>screen</source>
            <translation>Vorauswahl</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>interview</source>
            <translation>Vorstellungsgespräch</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>onsite</source>
            <translation>Vor-Ort-Termin</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>final</source>
            <translation>finale Runde</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>offer</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>You last wrote to {name} on {day} ({days} days ago)</source>
            <translation>Sie haben {name} zuletzt am {day} geschrieben (vor {days} Tagen)</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>on {day}, 1 day ago</source>
            <translation>am {day}, vor 1 Tag</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>on {day}, {days} days ago</source>
            <translation>am {day}, vor {days} Tagen</translation>
        </message>
        <message>
            <location filename="../../desktop/core/reconnect/rules/terms.py" />
            <source>You have not written to {name} yet</source>
            <translation>Sie haben {name} noch nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/background.py" />
            <source>The team server cannot be reached; Rebound reconnects by itself. Nothing you typed is lost.</source>
            <translation>Der Team-Server ist nicht erreichbar; Rebound verbindet sich von selbst wieder. Nichts, was Sie eingegeben haben, geht verloren.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/demo.py" />
            <source>Loading the demo data…</source>
            <translation>Die Demodaten werden geladen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/demo.py" />
            <source>The demo data was not loaded</source>
            <translation>Die Demodaten wurden nicht geladen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/demo.py" />
            <location filename="../../desktop/gui/actions/importing.py" />
            <source>Show them</source>
            <translation>Anzeigen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/actions/demo.py" />
            <source>%n problem was reported; see the details.</source>
            <translation>
                <numerusform>%n Problem wurde gemeldet; siehe die Details.</numerusform>
                <numerusform>%n Probleme wurden gemeldet; siehe die Details.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/demo.py" />
            <source>The demo is in: {sentence}. Today shows whom to write to first.</source>
            <translation>Die Demodaten sind geladen: {sentence}. „Heute“ zeigt, wem Sie zuerst schreiben sollten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/demo.py" />
            <source>Demo data loaded, with problems</source>
            <translation>Demodaten geladen, mit Problemen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>&amp;Everything (Rebound archive)…</source>
            <translation>&amp;Alles (Rebound-Archiv)…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Export everything as a Rebound archive</source>
            <translation>Alles als Rebound-Archiv exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Rebound archive (*.json)</source>
            <translation>Rebound-Archiv (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>People as &amp;vCard…</source>
            <translation>Personen als &amp;vCard…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Export the people as vCard</source>
            <translation>Die Personen als vCard exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>vCard (*.vcf)</source>
            <translation>vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>People as &amp;CSV…</source>
            <translation>Personen als &amp;CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Export the people as CSV</source>
            <translation>Die Personen als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>CSV for spreadsheets (*.csv)</source>
            <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Export finished</source>
            <translation>Export abgeschlossen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/actions/export.py" />
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>%n timeline entry</source>
            <translation>
                <numerusform>%n Eintrag im Verlauf</numerusform>
                <numerusform>%n Einträge im Verlauf</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/actions/export.py" />
            <source>%n process</source>
            <translation>
                <numerusform>%n Bewerbungsprozess</numerusform>
                <numerusform>%n Bewerbungsprozesse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/actions/export.py" />
            <source>%n connection</source>
            <translation>
                <numerusform>%n Verbindung</numerusform>
                <numerusform>%n Verbindungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Exported everything Rebound holds about {name} ({counts}) to {path}.</source>
            <translation>Alles, was Rebound über {name} weiß ({counts}), wurde nach {path} exportiert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Export everything about {name}</source>
            <translation>Alles über {name} exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Exporting to {name}…</source>
            <translation>Export nach {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Nothing was exported to {name}</source>
            <translation>Nach {name} wurde nichts exportiert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Exporting {name}’s data…</source>
            <translation>Die Daten von {name} werden exportiert…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Exported to {path}</source>
            <translation>Exportiert nach {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/export.py" />
            <source>Exported {people_count} to {path}.</source>
            <translation>{people_count} exportiert nach {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/importing.py" />
            <source>Import finished: {sentence}.</source>
            <translation>Import abgeschlossen: {sentence}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/jobs.py" />
            <location filename="../../desktop/gui/importing/wizard.py" />
            <location filename="../../desktop/gui/openings/feeds.py" />
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/jobs.py" />
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <location filename="../../desktop/gui/importing/wizard.py" />
            <location filename="../../desktop/gui/openings/feeds.py" />
            <location filename="../../desktop/gui/settings/database.py" />
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/jobs.py" />
            <source>Stop the import; nothing is imported</source>
            <translation>Den Import anhalten; dann wird nichts importiert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/jobs.py" />
            <location filename="../../desktop/gui/main_window.py" />
            <location filename="../../desktop/gui/services/tray.py" />
            <source>Rebound</source>
            <translation>Rebound</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Rules</source>
            <translation>Regeln</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Mail</source>
            <translation>E-Mail-Versand</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <location filename="../../desktop/gui/companies/page.py" />
            <location filename="../../desktop/gui/main_window.py" />
            <location filename="../../desktop/gui/palette/dialog.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Companies</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>About you</source>
            <translation>Über Sie</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>Load &amp;demo data (a job seeker)</source>
            <translation>&amp;Demodaten laden (Jobsuche)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>Load r&amp;ecruiter demo data</source>
            <translation>Demodaten für R&amp;ecruiter laden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;New person…</source>
            <translation>&amp;Neue Person…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>Log &amp;rejection…</source>
            <translation>&amp;Absage erfassen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Add opening…</source>
            <translation>Stelle &amp;hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>Add &amp;note…</source>
            <translation>&amp;Notiz hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Log interaction…</source>
            <translation>&amp;Kontakt erfassen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Save changes</source>
            <translation>Änderungen &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Erase person…</source>
            <translation>Person &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>Show on the net&amp;work map</source>
            <translation>Auf der Netz&amp;werkkarte zeigen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>E&amp;xport this person's data…</source>
            <translation>Daten dieser Person e&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>Possible &amp;duplicates…</source>
            <translation>Mögliche &amp;Dubletten…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Go to or do…</source>
            <translation>&amp;Springen oder ausführen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;About Rebound</source>
            <translation>Ü&amp;ber Rebound</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Openings</source>
            <translation>&amp;Stellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/menus.py" />
            <source>Settings: {page}</source>
            <translation>Einstellungen: {page}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/rejection.py" />
            <source> {person_name} was added to Rebound.</source>
            <translation> {person_name} wurde zu Rebound hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/rejection.py" />
            <source>Rejection logged.{added} Today suggests the reply.</source>
            <translation>Absage erfasst.{added} „Heute“ schlägt die Antwort vor.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/actions/rejection.py" />
            <source>{name} was added to Rebound.</source>
            <translation>{name} wurde zu Rebound hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>Rebound is already open with this database.</source>
            <translation>Rebound ist mit dieser Datenbank bereits geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>Switch to its window, or close it before starting Rebound again.</source>
            <translation>Wechseln Sie zu seinem Fenster, oder schließen Sie es, bevor Sie Rebound erneut starten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>it cannot be read</source>
            <translation>sie kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>Created an encrypted database; it opens with your passphrase.</source>
            <translation>Eine verschlüsselte Datenbank wurde angelegt; sie öffnet sich mit Ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>The recovery key opened the database.</source>
            <translation>Der Wiederherstellungsschlüssel hat die Datenbank geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>Restoring the backup…</source>
            <translation>Die Sicherung wird wiederhergestellt…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>Rebound cannot open its database.

{error}</source>
            <translation>Rebound kann seine Datenbank nicht öffnen.

{error}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>The backup was not restored.</source>
            <translation>Die Sicherung wurde nicht wiederhergestellt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>Work on your local file {path} instead? Settings → Database takes you back to the team server.</source>
            <translation>Stattdessen mit Ihrer lokalen Datei {path} arbeiten? Einstellungen → Datenbank führt Sie zurück zum Team-Server.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>Rebound cannot open the database: it is damaged ({problem}). Nothing was repaired or changed. Restore a backup to go on; the damaged file is kept beside it.</source>
            <translation>Rebound kann die Datenbank nicht öffnen: sie ist beschädigt ({problem}). Nichts wurde repariert oder geändert. Stellen Sie eine Sicherung wieder her, um weiterzuarbeiten; die beschädigte Datei bleibt daneben erhalten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/app.py" />
            <source>The recovery key given at the start does not fit: {error}.</source>
            <translation>Der beim Start angegebene Wiederherstellungsschlüssel passt nicht: {error}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <source>No candidate</source>
            <translation>Kein Kandidat</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Applied</source>
            <translation>Beworben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Screen</source>
            <translation>Vorauswahl</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Interview</source>
            <translation>Vorstellungsgespräch</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <source>On-site</source>
            <translation>Vor-Ort-Termin</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Final</source>
            <translation>Finale Runde</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Offer</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <source>Rejected</source>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/board.py" />
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Log rejection</source>
            <translation>Absage erfassen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <source>What they wrote</source>
            <translation>Was geschrieben wurde</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>What they wrote (optional): the reason they gave, anything to remember</source>
            <translation>Was geschrieben wurde (optional): der genannte Grund, alles, was Sie sich merken wollen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <source>Add application</source>
            <translation>Bewerbung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>e.g. Acme GmbH</source>
            <translation>z. B. Acme GmbH</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/applications/page.py" />
            <location filename="../../desktop/gui/companies/page.py" />
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <location filename="../../desktop/gui/importing/reading.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <location filename="../../desktop/gui/openings/model.py" />
            <location filename="../../desktop/gui/people/model.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <location filename="../../desktop/gui/people/person_lists.py" />
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>The role you applied for, e.g. Data Analyst</source>
            <translation>Die Stelle, auf die Sie sich beworben haben, z. B. Data Analyst</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/applications/page.py" />
            <location filename="../../desktop/gui/companies/panel.py" />
            <location filename="../../desktop/gui/people/model.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <source>Applied on</source>
            <translation>Beworben am</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <source>Application:</source>
            <translation>Bewerbung:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/dialogs/add_note.py" />
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>When:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>What they wrote:</source>
            <translation>Was geschrieben wurde:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/applications/page.py" />
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>Company:</source>
            <translation>Unternehmen:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/applications/page.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Role:</source>
            <translation>Stelle:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <source>Stage:</source>
            <translation>Phase:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <source>Applied on:</source>
            <translation>Beworben am:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>which company? Type the company's name</source>
            <translation>welches Unternehmen? Geben Sie den Namen des Unternehmens ein</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>which role? Type the title of the role you applied for</source>
            <translation>welche Stelle? Geben Sie die Bezeichnung der Stelle ein, auf die Sie sich beworben haben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/dialogs.py" />
            <source>the day you applied cannot be in the future</source>
            <translation>der Tag Ihrer Bewerbung kann nicht in der Zukunft liegen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Show the reply</source>
            <translation>Die Antwort zeigen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Today suggests a reply to the rejection</source>
            <translation>„Heute“ schlägt eine Antwort auf die Absage vor</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Put the card back (Ctrl+Z)</source>
            <translation>Die Karte zurücklegen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>The candidates of one role you fill</source>
            <translation>Die Kandidaten einer Stelle, die Sie besetzen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Add application…</source>
            <translation>Bewerbung hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Drag a card, or Ctrl+→ / Ctrl+← to move it</source>
            <translation>Ziehen Sie eine Karte oder verschieben Sie sie mit Strg+→ / Strg+←</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Undo move</source>
            <translation>Verschieben rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>No applications yet</source>
            <translation>Noch keine Bewerbungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Every application you send becomes a card here, in the stage it has reached: move it as the process goes on, and a rejection becomes a reply Today suggests.</source>
            <translation>Jede Bewerbung, die Sie abschicken, wird hier zu einer Karte in der Phase, die sie erreicht hat: Verschieben Sie sie, während der Prozess weitergeht, und aus einer Absage wird eine Antwort, die „Heute“ vorschlägt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>All companies</source>
            <translation>Alle Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>All roles</source>
            <translation>Alle Stellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Application added.</source>
            <translation>Bewerbung hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Any time</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Moved {card} to {column}.</source>
            <translation>{card} in die Spalte {column} verschoben.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Today suggests the reply.</source>
            <translation>„Heute“ schlägt die Antwort vor.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/applications/page.py" />
            <source>Undone: the card is back in {column}.</source>
            <translation>Rückgängig gemacht: Die Karte ist wieder in der Spalte {column}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/page.py" />
            <source>Search companies</source>
            <translation>Unternehmen suchen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/page.py" />
            <source>No companies yet</source>
            <translation>Noch keine Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/page.py" />
            <source>Companies gather the people you know there, their openings and your applications. They appear as you import your connections or add people and openings.</source>
            <translation>Unternehmen bündeln die Personen, die Sie dort kennen, ihre offenen Stellen und Ihre Bewerbungen. Sie erscheinen, sobald Sie Ihre Kontakte importieren oder Personen und Stellen hinzufügen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/page.py" />
            <source>Import your connections…</source>
            <translation>Ihre Kontakte importieren…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/page.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <location filename="../../desktop/gui/main_window.py" />
            <location filename="../../desktop/gui/palette/dialog.py" />
            <location filename="../../desktop/gui/people/page.py" />
            <location filename="../../desktop/gui/today/team.py" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/page.py" />
            <location filename="../../desktop/gui/companies/panel.py" />
            <location filename="../../desktop/gui/main_window.py" />
            <location filename="../../desktop/gui/openings/page.py" />
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>Openings</source>
            <translation>Stellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/page.py" />
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Processes</source>
            <translation>Prozesse</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>{path} (strength {strength})</source>
            <translation>{path} (Stärke {strength})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>Warmest way in</source>
            <translation>Wärmster Zugang</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>Show on the network map</source>
            <translation>Auf der Netzwerkkarte zeigen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>People here</source>
            <translation>Personen hier</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>People at this company</source>
            <translation>Personen bei diesem Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>You know {name} yourself</source>
            <translation>Sie kennen {name} selbst</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <location filename="../../desktop/gui/people/model.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <location filename="../../desktop/gui/openings/model.py" />
            <location filename="../../desktop/gui/people/model.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <location filename="../../desktop/gui/people/model.py" />
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>No one you know works here yet.</source>
            <translation>Hier arbeitet noch niemand, den Sie kennen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>My processes here</source>
            <translation>Meine Prozesse hier</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>Job changes</source>
            <translation>Jobwechsel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>1 person</source>
            <translation>1 Person</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>{n} people</source>
            <translation>{n} Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>1 opening</source>
            <translation>1 Stelle</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>{n} openings</source>
            <translation>{n} Stellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>1 process</source>
            <translation>1 Prozess</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>{n} processes</source>
            <translation>{n} Prozesse</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>No openings known.</source>
            <translation>Keine Stellen bekannt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>No processes here.</source>
            <translation>Hier gibt es keine Prozesse.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>No job changes known.</source>
            <translation>Keine Jobwechsel bekannt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>and {n} more</source>
            <translation>und {n} weitere</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>People here ({n})</source>
            <translation>Personen hier ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>Reading your network…</source>
            <translation>Ihr Netzwerk wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>Add the people you know here to see a way in.</source>
            <translation>Fügen Sie die Personen hinzu, die Sie hier kennen, um einen Zugang zu sehen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>No one you know knows anyone here (within three steps).</source>
            <translation>Niemand, den Sie kennen, kennt hier jemanden (innerhalb von drei Schritten).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>{name} joined from {other}, {day}</source>
            <translation>{name} kam von {other}, {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>{name} left for {other}, {day}</source>
            <translation>{name} wechselte zu {other}, {day}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/companies/panel.py" />
            <source>elsewhere</source>
            <translation>einem anderen Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>About Rebound</source>
            <translation>Über Rebound</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>A local-first CRM for getting back in touch: whom to write to today, and a draft to send.</source>
            <translation>Ein lokales CRM, um wieder in Kontakt zu kommen: wem Sie heute schreiben sollten, und ein Entwurf zum Senden.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Next / previous card on Today</source>
            <translation>Nächste / vorige Karte auf „Heute“</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Down, J / Up, K</source>
            <translation>Ab, J / Auf, K</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Open a card, or write in it</source>
            <translation>Eine Karte öffnen oder darin schreiben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Return</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Fold a card</source>
            <translation>Eine Karte einklappen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Left</source>
            <translation>Links</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Back from the draft to the card</source>
            <translation>Vom Entwurf zurück zur Karte</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Rebound {version__}</source>
            <translation>Rebound {version__}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Your data: {data_folder}</source>
            <translation>Ihre Daten: {data_folder}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/about.py" />
            <source>Licence: {LICENCE}</source>
            <translation>Lizenz: {LICENCE}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_connection.py" />
            <source>Add connection</source>
            <translation>Verbindung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_connection.py" />
            <source>Someone in Rebound: start typing a name</source>
            <translation>Jemand in Rebound: Namen eintippen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_connection.py" />
            <source>Knows:</source>
            <translation>Kennt:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_connection.py" />
            <source>How:</source>
            <translation>Wie:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_connection.py" />
            <source>How well:</source>
            <translation>Wie gut:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_connection.py" />
            <source>whom do they know? Type a name from Rebound</source>
            <translation>wen kennt die Person? Geben Sie einen Namen aus Rebound ein</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_note.py" />
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_note.py" />
            <source>What happened, what you learned, what to remember next time</source>
            <translation>Was passiert ist, was Sie erfahren haben, woran Sie beim nächsten Mal denken sollten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_note.py" />
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <source>Add opening</source>
            <translation>Stelle hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <source>e.g. Senior Data Analyst</source>
            <translation>z. B. Senior Data Analyst</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <source>comma-separated, e.g. sql, python, tableau</source>
            <translation>durch Kommas getrennt, z. B. sql, python, tableau</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <source>A role I am filling</source>
            <translation>Eine Stelle, die ich besetze</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <source>For recruiters: Rebound then suggests past candidates who fit, instead of whom to ask.</source>
            <translation>Für Recruiter: Rebound schlägt dann passende frühere Kandidaten vor, statt Personen, die Sie fragen könnten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <source>Keywords:</source>
            <translation>Stichwörter:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/add_opening.py" />
            <source>Discovered:</source>
            <translation>Entdeckt:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Someone saved it after you opened it.</source>
            <translation>Jemand hat es gespeichert, nachdem Sie es geöffnet haben.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Saved by someone else</source>
            <translation>Von jemand anderem gespeichert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Decide later</source>
            <translation>Später entscheiden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Close this; what you typed stays in the editor, not saved</source>
            <translation>Schließen; was Sie eingegeben haben, bleibt im Editor, ungespeichert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Keep theirs</source>
            <translation>Deren Fassung behalten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Overwrite with mine</source>
            <translation>Mit meiner überschreiben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Save my choice</source>
            <translation>Meine Auswahl speichern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>{who} saved it on {when}, after you opened it.</source>
            <translation>{who} hat es am {when} gespeichert, nachdem Sie es geöffnet haben.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>{who} saved it after you opened it.</source>
            <translation>{who} hat es gespeichert, nachdem Sie es geöffnet haben.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Someone saved it on {when}, after you opened it.</source>
            <translation>Jemand hat es am {when} gespeichert, nachdem Sie es geöffnet haben.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Nothing was overwritten. Choose, field by field, which version to keep.</source>
            <translation>Nichts wurde überschrieben. Wählen Sie Feld für Feld, welche Fassung bleiben soll.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>{what} was changed while you edited it</source>
            <translation>{what} wurde geändert, während Sie es bearbeitet haben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Mine (not saved)</source>
            <translation>Meine (nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>Theirs (saved)</source>
            <translation>Deren (gespeichert)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>{field}: mine</source>
            <translation>{field}: meine</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_conflict.py" />
            <source>{field}: theirs</source>
            <translation>{field}: deren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <source>Keywords</source>
            <translation>Stichwörter</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <location filename="../../desktop/gui/openings/model.py" />
            <source>Discovered</source>
            <translation>Entdeckt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <location filename="../../desktop/gui/openings/model.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <source>Edit opening</source>
            <translation>Stelle bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/edit_opening.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>{who} Compare both versions.</source>
            <translation>{who} Vergleichen Sie beide Fassungen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/error_report.py" />
            <source>Rebound ran into a problem it did not expect. What you saved before is in the database; the last action may not have finished. Copy the report below to tell the developers what happened.</source>
            <translation>Rebound ist auf ein unerwartetes Problem gestoßen. Was Sie zuvor gespeichert haben, ist in der Datenbank; die letzte Aktion ist womöglich nicht abgeschlossen. Kopieren Sie den Bericht unten, um den Entwicklern zu schildern, was passiert ist.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/error_report.py" />
            <source>Rebound: unexpected error</source>
            <translation>Rebound: unerwarteter Fehler</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/error_report.py" />
            <source>Copy report</source>
            <translation>Bericht kopieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/form_dialog.py" />
            <source>Discard what you typed?</source>
            <translation>Eingaben verwerfen?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/form_dialog.py" />
            <source>Keep editing</source>
            <translation>Weiter bearbeiten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>Log</source>
            <translation>Erfassen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>Log interaction</source>
            <translation>Kontakt erfassen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>e.g. Thanks for the interview</source>
            <translation>z. B. Danke für das Vorstellungsgespräch</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>The message, or what was said</source>
            <translation>Die Nachricht, oder was gesagt wurde</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>Direction:</source>
            <translation>Richtung:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>Channel:</source>
            <translation>Kanal:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <location filename="../../desktop/gui/today/card.py" />
            <source>Subject:</source>
            <translation>Betreff:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>Body:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>a note needs some text in the body</source>
            <translation>eine Notiz braucht etwas Text</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_interaction.py" />
            <source>choose a direction: did you reach them, or did they reach you? ({value})</source>
            <translation>wählen Sie eine Richtung: Haben Sie sich gemeldet, oder hat sich die Person gemeldet? ({value})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Who told you? Pick someone or type a new name</source>
            <translation>Wer hat es Ihnen mitgeteilt? Wählen Sie jemanden aus oder geben Sie einen neuen Namen ein</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Their e-mail address (optional), to reply by e-mail</source>
            <translation>E-Mail-Adresse der Person (optional), um per E-Mail zu antworten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Their LinkedIn profile (optional), https://www.linkedin.com/in/…</source>
            <translation>LinkedIn-Profil der Person (optional), https://www.linkedin.com/in/…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Who said no:</source>
            <translation>Wer hat abgesagt:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Stage reached:</source>
            <translation>Erreichte Phase:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Their part:</source>
            <translation>Rolle der Person:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>E-mail:</source>
            <translation>E-Mail:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>LinkedIn:</source>
            <translation>LinkedIn:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>who said no? Pick a person or type a new name</source>
            <translation>wer hat abgesagt? Wählen Sie eine Person aus oder geben Sie einen neuen Namen ein</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Not in Rebound yet: a new person will be added.</source>
            <translation>Noch nicht in Rebound: eine neue Person wird angelegt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>{n_matches} people are called {name}; pick one from the list (it shows the company)</source>
            <translation>{n_matches} Personen heißen {name}; wählen Sie eine aus der Liste (sie zeigt das Unternehmen)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/log_rejection.py" />
            <source>Already in Rebound{value}.</source>
            <translation>Bereits in Rebound{value}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>New person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>Add person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>Full name, e.g. Anna Schmidt</source>
            <translation>Vollständiger Name, z. B. Anna Schmidt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>e.g. Senior Recruiter</source>
            <translation>z. B. Senior Recruiter</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/new_person.py" />
            <source>a person needs a name</source>
            <translation>eine Person braucht einen Namen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/record_dialog.py" />
            <source>the date lies in the future; log what has happened, not what is planned</source>
            <translation>das Datum liegt in der Zukunft; erfassen Sie, was geschehen ist, nicht was geplant ist</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/record_dialog.py" />
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Restoring replaces the database with the backup you choose. What was added or changed since that backup is lost. The database as it is now is saved beside it first, and people you erased stay erased.</source>
            <translation>Beim Wiederherstellen wird die Datenbank durch die gewählte Sicherung ersetzt. Was seit dieser Sicherung hinzugefügt oder geändert wurde, geht verloren. Die Datenbank, wie sie jetzt ist, wird vorher daneben gesichert, und gelöschte Personen bleiben gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>There are no backups yet. Rebound takes one each day when it starts; “Back up now” in Settings → Privacy takes one at once. You can also choose a backup file saved elsewhere.</source>
            <translation>Es gibt noch keine Sicherungen. Rebound legt jeden Tag beim Start eine an; „Jetzt sichern“ unter Einstellungen → Datenschutz legt sofort eine an. Sie können auch eine anderswo gespeicherte Sicherungsdatei wählen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Rebound backups (*.db *.bak);;All files (*)</source>
            <translation>Rebound-Sicherungen (*.db *.bak);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>{value:.1f} MB</source>
            <translation>{value:.1f} MB</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Choose another file…</source>
            <translation>Andere Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Only for a backup made before the key was changed</source>
            <translation>Nur für eine Sicherung von vor dem Schlüsselwechsel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Key of the backup</source>
            <translation>Schlüssel der Sicherung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Restore a backup file</source>
            <translation>Sicherungsdatei wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>{max} KB</source>
            <translation>{max} KB</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Key of the backup:</source>
            <translation>Schlüssel der Sicherung:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/restore.py" />
            <source>Its recovery key or passphrase; leave empty for the database’s own key.</source>
            <translation>Ihr Wiederherstellungsschlüssel oder ihre Passphrase; leer lassen für den eigenen Schlüssel der Datenbank.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/secret_prompt.py" />
            <source>That passphrase or recovery key does not open the database. Nothing was changed; try again.</source>
            <translation>Diese Passphrase bzw. dieser Wiederherstellungsschlüssel öffnet die Datenbank nicht. Nichts wurde geändert; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/snooze_until.py" />
            <source>Snooze until</source>
            <translation>Zurückstellen bis</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/snooze_until.py" />
            <location filename="../../desktop/gui/today/card.py" />
            <source>Snooze</source>
            <translation>Zurückstellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/snooze_until.py" />
            <source>Show it again on:</source>
            <translation>Wieder anzeigen am:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/snooze_until.py" />
            <source>{day}: in {days}</source>
            <translation>{day}: in {days}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/dialogs/snooze_until.py" />
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>%n day</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/snooze_until.py" />
            <source>choose a day after today ({format_date})</source>
            <translation>wählen Sie einen Tag nach heute ({format_date})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Rebound encrypts your database, so that no one who gets hold of the file can read your contacts and notes. Its key usually lives in the system keyring, but no keyring can hold it on this computer{reason}.</source>
            <translation>Rebound verschlüsselt Ihre Datenbank, damit niemand, der an die Datei gelangt, Ihre Kontakte und Notizen lesen kann. Der Schlüssel liegt normalerweise im Schlüsselbund des Systems, doch auf diesem Computer kann ihn kein Schlüsselbund aufbewahren{reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Choose a passphrase instead. You will type it each time Rebound starts. Keep it somewhere safe: without it, no one can open the database — Rebound cannot recover it for you.</source>
            <translation>Wählen Sie stattdessen eine Passphrase. Sie geben sie bei jedem Start von Rebound ein. Bewahren Sie sie sicher auf: Ohne sie kann niemand die Datenbank öffnen — Rebound kann sie nicht für Sie wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>This database is encrypted, and the system keyring does not hold its key{reason}. Type your passphrase, or the recovery key: the 55 characters in groups of five that Rebound showed when it encrypted the database.</source>
            <translation>Diese Datenbank ist verschlüsselt, und der Schlüsselbund des Systems enthält ihren Schlüssel nicht{reason}. Geben Sie Ihre Passphrase ein oder den Wiederherstellungsschlüssel: die 55 Zeichen in Fünfergruppen, die Rebound beim Verschlüsseln der Datenbank angezeigt hat.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Rebound encrypted your database. Its key is in the system keyring, so Rebound opens without asking. If that keyring is ever lost — a new computer, a reinstalled system — this recovery key is the only way to open the database and its backups.</source>
            <translation>Rebound hat Ihre Datenbank verschlüsselt. Der Schlüssel liegt im Schlüsselbund des Systems, daher öffnet Rebound sie ohne Nachfrage. Geht dieser Schlüsselbund einmal verloren — ein neuer Computer, ein neu installiertes System —, ist dieser Wiederherstellungsschlüssel der einzige Weg, die Datenbank und ihre Sicherungen zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Store it in a password manager or write it down, and keep it away from this computer. Rebound shows it only this once.</source>
            <translation>Speichern Sie ihn in einem Passwortmanager oder schreiben Sie ihn auf, und bewahren Sie ihn getrennt von diesem Computer auf. Rebound zeigt ihn nur dieses eine Mal.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>At least {MIN_PASSPHRASE} characters. A few unrelated words are easy to remember and hard to guess.</source>
            <translation>Mindestens {MIN_PASSPHRASE} Zeichen. Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Show what I type</source>
            <translation>Eingabe anzeigen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Use this passphrase</source>
            <translation>Diese Passphrase verwenden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Your recovery key</source>
            <translation>Ihr Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Write down your recovery key</source>
            <translation>Notieren Sie Ihren Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Copy the recovery key to the clipboard</source>
            <translation>Den Wiederherstellungsschlüssel in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>I have stored it</source>
            <translation>Ich habe ihn gespeichert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
            <translation>Kopiert. Fügen Sie ihn in Ihren Passwortmanager ein und leeren Sie dann die Zwischenablage.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Store the key first, then choose “I have stored it”.</source>
            <translation>Speichern Sie zuerst den Schlüssel, dann wählen Sie „Ich habe ihn gespeichert“.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Choose a passphrase</source>
            <translation>Passphrase wählen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Protect your database with a passphrase</source>
            <translation>Schützen Sie Ihre Datenbank mit einer Passphrase</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Unlock the database</source>
            <translation>Datenbank entsperren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Unlock your database</source>
            <translation>Entsperren Sie Ihre Datenbank</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>The passphrase again</source>
            <translation>Die Passphrase noch einmal</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Passphrase or recovery key</source>
            <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Type a passphrase.</source>
            <translation>Geben Sie eine Passphrase ein.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Type the passphrase or the recovery key.</source>
            <translation>Geben Sie die Passphrase oder den Wiederherstellungsschlüssel ein.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>Die beiden Passphrasen sind verschieden. Geben Sie zweimal dieselbe ein.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Type it again:</source>
            <translation>Noch einmal eingeben:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Passphrase or recovery key:</source>
            <translation>Passphrase oder Wiederherstellungsschlüssel:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Encrypt and open</source>
            <translation>Verschlüsseln und öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>Database: {path}</source>
            <translation>Datenbank: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/dialogs/unlock.py" />
            <source>The passphrase needs at least {MIN_PASSPHRASE} characters; it has {n_text}.</source>
            <translation>Die Passphrase braucht mindestens {MIN_PASSPHRASE} Zeichen; sie hat {n_text}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>People who may be one person twice — after importing the same contacts from two places, say. Merge them into one, or tell Rebound they are two people.</source>
            <translation>Personen, die womöglich zweimal vorhanden sind — etwa nach dem Import derselben Kontakte aus zwei Quellen. Führen Sie sie zusammen, oder sagen Sie Rebound, dass es zwei Personen sind.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>No possible duplicates</source>
            <translation>Keine möglichen Dubletten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Rebound looks for people who may be one person twice: alike names at the same company or e-mail domain, the same e-mail address, the same LinkedIn profile. Right now nobody looks doubled.</source>
            <translation>Rebound sucht nach Personen, die womöglich doppelt vorhanden sind: ähnliche Namen beim selben Unternehmen oder derselben E-Mail-Domain, dieselbe E-Mail-Adresse, dasselbe LinkedIn-Profil. Im Moment scheint niemand doppelt zu sein.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Keep which one? The other is merged into it: their timeline, processes, connections and tags move over, and their details fill the gaps (an e-mail address that differs is kept in the notes).</source>
            <translation>Wen behalten? Die andere Person wird mit ihr zusammengeführt: Verlauf, Bewerbungsprozesse, Verbindungen und Tags wandern mit, und ihre Angaben füllen die Lücken (eine abweichende E-Mail-Adresse bleibt in den Notizen erhalten).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Possibly the same as</source>
            <translation>Womöglich dieselbe wie</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Likely</source>
            <translation>Wahrscheinlichkeit</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Possible duplicates</source>
            <translation>Mögliche Dubletten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Undo the last merge, or the last “not the same person” (Ctrl+Z)</source>
            <translation>Die letzte Zusammenführung oder das letzte „Nicht dieselbe Person“ rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Not the same person</source>
            <translation>Nicht dieselbe Person</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Hide this pair until Rebound restarts</source>
            <translation>Dieses Paar bis zum nächsten Start von Rebound ausblenden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>the search for duplicates stopped with an unexpected error (see the report)</source>
            <translation>die Suche nach Dubletten wurde durch einen unerwarteten Fehler beendet (siehe den Bericht)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>No e-mail address</source>
            <translation>Keine E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>No LinkedIn profile</source>
            <translation>Kein LinkedIn-Profil</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>No timeline entries</source>
            <translation>Keine Einträge im Verlauf</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Looking for people who may be one person twice…</source>
            <translation>Suche nach Personen, die womöglich doppelt vorhanden sind…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>: %n timeline entry moved over</source>
            <translation>
                <numerusform>: %n Eintrag im Verlauf übernommen</numerusform>
                <numerusform>: %n Einträge im Verlauf übernommen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Connected on LinkedIn</source>
            <translation>Auf LinkedIn vernetzt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>%n pair you marked as not the same person is not shown.</source>
            <translation>
                <numerusform>%n Paar, das Sie als „nicht dieselbe Person“ markiert haben, wird nicht angezeigt.</numerusform>
                <numerusform>%n Paare, die Sie als „nicht dieselbe Person“ markiert haben, werden nicht angezeigt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>{score} likely the same person. {reasons_text}.</source>
            <translation>{score} wahrscheinlich dieselbe Person. {reasons_text}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Merge into {kept}</source>
            <translation>Zusammenführen in {kept}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Merged {dropped_name} into {kept_name}{moved_text}. Ctrl+Z undoes it.</source>
            <translation>{dropped_name} wurde mit {kept_name} zusammengeführt{moved_text}. Strg+Z macht es rückgängig.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>Merge undone: {dropped_name} and {kept_name} are two people again.</source>
            <translation>Zusammenführung rückgängig gemacht: {dropped_name} und {kept_name} sind wieder zwei Personen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>{name} and {name2} are two people. Ctrl+Z undoes it.</source>
            <translation>{name} und {name2} sind zwei Personen. Strg+Z macht es rückgängig.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Connected on LinkedIn since {since}</source>
            <translation>Auf LinkedIn vernetzt seit {since}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/duplicates/dialog.py" />
            <source>{kept_name} and {dropped_name} are offered as possible duplicates again.</source>
            <translation>{kept_name} und {dropped_name} werden wieder als mögliche Dubletten angeboten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Import people</source>
            <translation>Personen importieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Choose what to import:</source>
            <translation>Wählen Sie, was importiert werden soll:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>A file or a folder — or drop it here</source>
            <translation>Eine Datei oder ein Ordner — oder hier ablegen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Choose folder…</source>
            <translation>Ordner wählen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>The folder of an unpacked LinkedIn data export</source>
            <translation>Der Ordner eines entpackten LinkedIn-Datenexports</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Which column holds what?</source>
            <translation>Welche Spalte enthält was?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Reading the file…</source>
            <translation>Die Datei wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Importing it will give</source>
            <translation>Der Import ergibt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Skipped, and why</source>
            <translation>Übersprungen, und warum</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>The first rows</source>
            <translation>Die ersten Zeilen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Which participant is you?</source>
            <translation>Welche der beteiligten Personen sind Sie?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Files read</source>
            <translation>Gelesene Dateien</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Not imported (files Rebound does not read)</source>
            <translation>Nicht importiert (Dateien, die Rebound nicht liest)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Headers only: who, when and subject — no message text</source>
            <translation>Nur Kopfzeilen: wer, wann und Betreff — kein Nachrichtentext</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Attachments are never stored, only their names and sizes; mail with nobody of Rebound in it is never stored at all.</source>
            <translation>Anhänge werden nie gespeichert, nur ihre Namen und Größen; E-Mails, an denen niemand aus Rebound beteiligt ist, werden überhaupt nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Importing…</source>
            <translation>Import läuft…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Skipped rows and other problems</source>
            <translation>Übersprungene Zeilen und andere Probleme</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Nothing is written before you press Import: the next step shows what would change.</source>
            <translation>Nichts wird geschrieben, bevor Sie auf „Importieren“ klicken: Der nächste Schritt zeigt, was sich ändern würde.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Holds</source>
            <translation>Enthält</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>The export has no Profile.csv, so Rebound cannot tell which side of the messages is yours. Pick yourself; Rebound remembers it for later imports.</source>
            <translation>Der Export enthält keine Profile.csv, daher kann Rebound nicht erkennen, welche Seite der Nachrichten Ihre ist. Wählen Sie sich selbst aus; Rebound merkt es sich für spätere Importe.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Counted are the messages with a person of Rebound in them (From, To or Cc); the others are read and forgotten, never stored. Messages already logged are left as they are.</source>
            <translation>Gezählt werden die Nachrichten, an denen eine Person aus Rebound beteiligt ist (Von, An oder Cc); die anderen werden gelesen und vergessen, nie gespeichert. Bereits erfasste Nachrichten bleiben, wie sie sind.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Not sure: skip the messages</source>
            <translation>Nicht sicher: die Nachrichten überspringen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Cancel stops the import: then nothing is imported.</source>
            <translation>„Abbrechen“ hält den Import an: Dann wird nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Import cancelled</source>
            <translation>Import abgebrochen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Nothing was skipped.</source>
            <translation>Nichts wurde übersprungen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Rebound does not know the columns of {file_name}. Choose for each column what it holds, or ignore it. A person needs a name: a full name, or a first and a last name.</source>
            <translation>Rebound kennt die Spalten von {file_name} nicht. Wählen Sie für jede Spalte, was sie enthält, oder ignorieren Sie sie. Eine Person braucht einen Namen: einen vollständigen Namen oder einen Vor- und einen Nachnamen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Imported {name}: {sentence}.</source>
            <translation>{name} importiert: {sentence}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Looking at {name} — nothing is written yet.</source>
            <translation>{name} wird angesehen — noch wird nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/pages.py" />
            <source>Columns used: {used}.</source>
            <translation>Verwendete Spalten: {used}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Files Rebound imports (*.zip *.csv *.vcf *.vcard *.json *.mbox *.eml);;LinkedIn data export (*.zip *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv);;Rebound archive (*.json);;E-mail (*.mbox *.eml);;All files (*)</source>
            <translation>Dateien, die Rebound importiert (*.zip *.csv *.vcf *.vcard *.json *.mbox *.eml);;LinkedIn-Datenexport (*.zip *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv);;Rebound-Archiv (*.json);;E-Mail (*.mbox *.eml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Ignore this column</source>
            <translation>Diese Spalte ignorieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Your LinkedIn data export: the zip file LinkedIn sent, its unpacked folder, or one of its CSV files (Connections.csv, messages.csv, Invitations.csv…)</source>
            <translation>Ihr LinkedIn-Datenexport: die ZIP-Datei, die LinkedIn geschickt hat, ihr entpackter Ordner oder eine ihrer CSV-Dateien (Connections.csv, messages.csv, Invitations.csv…)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Contacts as vCard (.vcf), from Google, Apple or Outlook</source>
            <translation>Kontakte als vCard (.vcf), aus Google, Apple oder Outlook</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Contacts as CSV: Google Contacts, Outlook, or any other file whose columns you match up</source>
            <translation>Kontakte als CSV: Google Kontakte, Outlook oder jede andere Datei, deren Spalten Sie zuordnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>A Rebound archive (.json): everything, as Rebound exports it</source>
            <translation>Ein Rebound-Archiv (.json): alles, wie Rebound es exportiert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Counted are people and the messages to or from them; invitations and job applications come along.</source>
            <translation>Gezählt werden Personen und die Nachrichten von oder an sie; Einladungen und Bewerbungen kommen mit.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Counted are people and messages; the archive's companies, openings and processes come along.</source>
            <translation>Gezählt werden Personen und Nachrichten; Unternehmen, Stellen und Bewerbungsprozesse des Archivs kommen mit.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Each card is one person.</source>
            <translation>Jede Karte ist eine Person.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Each row is one person.</source>
            <translation>Jede Zeile ist eine Person.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>LinkedIn profile</source>
            <translation>LinkedIn-Profil</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Job title</source>
            <translation>Berufsbezeichnung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Tags (separated by ;)</source>
            <translation>Tags (getrennt durch ;)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>Connected on (date)</source>
            <translation>Vernetzt am (Datum)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>new people</source>
            <translation>neue Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>people to update</source>
            <translation>zu aktualisierende Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>rows to skip</source>
            <translation>zu überspringende Zeilen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>people updated</source>
            <translation>aktualisierte Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/reading.py" />
            <source>rows skipped</source>
            <translation>übersprungene Zeilen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Choose a file to import</source>
            <translation>Datei zum Importieren wählen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Choose the unpacked LinkedIn export</source>
            <translation>Den entpackten LinkedIn-Export wählen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>the file could not be read: an unexpected error (see the report)</source>
            <translation>die Datei konnte nicht gelesen werden: ein unerwarteter Fehler (siehe den Bericht)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>the file</source>
            <translation>die Datei</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>an unexpected error stopped the import (see the report)</source>
            <translation>ein unerwarteter Fehler hat den Import angehalten (siehe den Bericht)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Stopping the import and undoing what it wrote.</source>
            <translation>Der Import wird angehalten und das bereits Geschriebene zurückgenommen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>%n messages read…</source>
            <translation>
                <numerusform>%n Nachricht gelesen…</numerusform>
                <numerusform>%n Nachrichten gelesen…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Nothing was imported</source>
            <translation>Nichts wurde importiert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Importing {name} ({format}).</source>
            <translation>{name} wird importiert ({format}).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Choose the column that holds the name (or the first and the last name): a person needs a name.</source>
            <translation>Wählen Sie die Spalte, die den Namen enthält (oder den Vor- und den Nachnamen): Eine Person braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>{sentence} Nothing was imported.</source>
            <translation>{sentence} Nichts wurde importiert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Nothing was imported from {name}: Rebound is as it was before.</source>
            <translation>Aus {name} wurde nichts importiert: Rebound ist wie zuvor.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/importing/wizard.py" />
            <source>Nothing was imported from {name}.</source>
            <translation>Aus {name} wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Numbers</source>
            <translation>Zahlen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Show the chart's numbers as a table</source>
            <translation>Die Zahlen des Diagramms als Tabelle zeigen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Copy the numbers (to paste into a spreadsheet)</source>
            <translation>Die Zahlen kopieren (zum Einfügen in eine Tabellenkalkulation)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Save the chart as PNG or SVG</source>
            <translation>Das Diagramm als PNG oder SVG speichern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Where applications ended</source>
            <translation>Wo Bewerbungen endeten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Rejections turned into a conversation</source>
            <translation>Absagen, aus denen ein Gespräch wurde</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Outreach per week (12 months)</source>
            <translation>Kontaktaufnahmen pro Woche (12 Monate)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Reply rate</source>
            <translation>Antwortquote</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Response time per company</source>
            <translation>Antwortzeit pro Unternehmen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Days since last contact</source>
            <translation>Tage seit dem letzten Kontakt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>No insights yet</source>
            <translation>Noch keine Auswertungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Insights count your search: where applications ended, how often people answer, how long since you last spoke to each contact. Log a rejection to start.</source>
            <translation>Auswertungen werten Ihre Suche aus: wo Bewerbungen endeten, wie oft Menschen antworten, wie lange Ihr letzter Austausch mit jedem Kontakt her ist. Erfassen Sie eine Absage, um zu beginnen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Log a rejection…</source>
            <translation>Eine Absage erfassen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Led to a conversation</source>
            <translation>Führte zu einem Gespräch</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>No conversation since</source>
            <translation>Seitdem kein Gespräch</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Check-ins</source>
            <translation>Sich melden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Opening asks</source>
            <translation>Fragen nach Stellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Intro requests</source>
            <translation>Bitten um Vorstellung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Answered within the reply window.</source>
            <translation>Innerhalb der Antwortfrist beantwortet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Average days until an answer, fastest first.</source>
            <translation>Durchschnittliche Tage bis zu einer Antwort, die schnellsten zuerst.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Ended there</source>
            <translation>Dort geendet</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Rejections</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Week of</source>
            <translation>Woche vom</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Messages sent</source>
            <translation>Gesendete Nachrichten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <location filename="../../desktop/gui/today/card.py" />
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Answered</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Rate</source>
            <translation>Quote</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>{ended} ended, {open} still open.</source>
            <translation>{ended} beendet, {open} noch offen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>No application has ended yet.</source>
            <translation>Noch ist keine Bewerbung beendet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>{turned} of {total} rejections ({share}) led to a later conversation.</source>
            <translation>{turned} von {total} Absagen ({share}) führten später zu einem Gespräch.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>No rejection logged yet.</source>
            <translation>Noch keine Absage erfasst.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>{n} messages sent in 12 months, {avg} a week on average.</source>
            <translation>{n} Nachrichten in 12 Monaten gesendet, im Schnitt {avg} pro Woche.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>You have not sent a message in 12 months.</source>
            <translation>Sie haben in den letzten 12 Monaten keine Nachricht gesendet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>No message sent yet.</source>
            <translation>Noch keine Nachricht gesendet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>No answers to your messages yet.</source>
            <translation>Noch keine Antworten auf Ihre Nachrichten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>{n} people contacted, {overdue} of them {days} days ago or more; {never} never.</source>
            <translation>{n} Personen kontaktiert, {overdue} davon vor {days} Tagen oder länger; {never} noch nie.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>You have not been in touch with anyone yet.</source>
            <translation>Sie hatten noch mit niemandem Kontakt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>{chart}: the numbers</source>
            <translation>{chart}: die Zahlen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <location filename="../../desktop/gui/kit/staleness.py" />
            <source>never contacted</source>
            <translation>nie kontaktiert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>{days} days</source>
            <translation>{days} Tage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>{n} days: due</source>
            <translation>{n} Tage: fällig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/insights/page.py" />
            <source>{n} days: overdue</source>
            <translation>{n} Tage: überfällig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/banners.py" />
            <source>Close this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/error_text.py" />
            <source>Nothing was changed: the database is open read-only because it is damaged. Restore a backup (the message at the top of the window, or Settings → Privacy) to work with it again.</source>
            <translation>Nichts wurde geändert: Die Datenbank ist schreibgeschützt geöffnet, weil sie beschädigt ist. Stellen Sie eine Sicherung wieder her (die Meldung oben im Fenster oder Einstellungen → Datenschutz), um wieder damit zu arbeiten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/formatting.py" />
            <source>→ out</source>
            <translation>→ ausgehend</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/formatting.py" />
            <source>← in</source>
            <translation>← eingehend</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/kit/formatting.py" />
            <location filename="../../desktop/gui/settings/database.py" />
            <location filename="../../desktop/gui/today/team.py" />
            <source>%n person</source>
            <translation>
                <numerusform>%n Person</numerusform>
                <numerusform>%n Personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/formatting.py" />
            <source>{title} at {company}</source>
            <translation>{title} bei {company}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/scheme.py" />
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/scheme.py" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/scheme.py" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/staleness.py" />
            <source>fresh</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/staleness.py" />
            <source>due</source>
            <translation>fällig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/staleness.py" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>by e-mail</source>
            <translation>per E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>in the note of a LinkedIn connection request</source>
            <translation>in der Notiz einer LinkedIn-Kontaktanfrage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>in a LinkedIn message</source>
            <translation>in einer LinkedIn-Nachricht</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>by phone</source>
            <translation>per Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>in person</source>
            <translation>persönlich</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>however you can reach them: no e-mail address or LinkedIn profile is known</source>
            <translation>auf welchem Weg auch immer: keine E-Mail-Adresse und kein LinkedIn-Profil bekannt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <location filename="../../desktop/gui/today/team.py" />
            <source>Due today</source>
            <translation>Heute fällig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Due tomorrow</source>
            <translation>Morgen fällig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>strong match</source>
            <translation>gute Übereinstimmung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <location filename="../../desktop/gui/openings/page.py" />
            <source>partial match</source>
            <translation>teilweise Übereinstimmung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>weak match</source>
            <translation>schwache Übereinstimmung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>‘{opening}’ at {opening2}</source>
            <translation>‚{opening}‘ bei {opening2}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>the person you want to meet</source>
            <translation>die Person, die Sie kennenlernen möchten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Due {when}, in {days_phrase}</source>
            <translation>Fällig am {when}, in {days_phrase}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Due in {days_phrase}</source>
            <translation>Fällig in {days_phrase}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Next: {action_label}, {value} — {lower}{due}.</source>
            <translation>Als Nächstes: {action_label}, {value} — {lower}{due}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>via {channel}</source>
            <translation>per {channel}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Reply to {name} about the rejection for {role}: thank them and keep the door open, {via}.</source>
            <translation>Antworten Sie {name} auf die Absage für {role}: bedanken Sie sich und halten Sie die Tür offen, {via}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Tell {name} about {role}, the role you are filling, {via}.</source>
            <translation>Erzählen Sie {name} von {role}, der Stelle, die Sie besetzen, {via}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Ask {name} about the new opening {role}, {via}.</source>
            <translation>Fragen Sie {name} nach der neuen Stelle {role}, {via}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Ask {name} to introduce you to {target} about {role}, {via}.</source>
            <translation>Bitten Sie {name}, Sie {target} vorzustellen, wegen {role}, {via}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Congratulate {name} on the new role, {via}.</source>
            <translation>Gratulieren Sie {name} zur neuen Stelle, {via}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Ask {name} to connect on LinkedIn, with a short note.</source>
            <translation>Bitten Sie {name} auf LinkedIn um eine Vernetzung, mit einer kurzen Notiz.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Check in with {name}, {via}.</source>
            <translation>Melden Sie sich bei {name}, {via}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Overdue: due {when}, {days_phrase} ago</source>
            <translation>Überfällig: fällig am {when}, vor {days_phrase}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Due tomorrow, {when}</source>
            <translation>Morgen fällig, {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>Overdue, {days_phrase}</source>
            <translation>Überfällig seit {days_phrase}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/suggestion_text.py" />
            <source>{name} · {title} at {company}</source>
            <translation>{name} · {title} bei {company}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Reply to the rejection</source>
            <comment>vocabulary</comment>
            <translation>Auf die Absage antworten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Re-engage a candidate</source>
            <comment>vocabulary</comment>
            <translation>Kandidaten wieder ansprechen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Ask about a new opening</source>
            <comment>vocabulary</comment>
            <translation>Nach einer neuen Stelle fragen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Ask for an introduction</source>
            <comment>vocabulary</comment>
            <translation>Um eine Vorstellung bitten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Congratulate on the new role</source>
            <comment>vocabulary</comment>
            <translation>Zur neuen Stelle gratulieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Connect on LinkedIn</source>
            <comment>vocabulary</comment>
            <translation>Auf LinkedIn vernetzen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Check in</source>
            <comment>vocabulary</comment>
            <translation>Sich melden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Note</source>
            <comment>vocabulary</comment>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>E-mail</source>
            <comment>vocabulary</comment>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>LinkedIn message</source>
            <comment>vocabulary</comment>
            <translation>LinkedIn-Nachricht</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Connection request</source>
            <comment>vocabulary</comment>
            <translation>Kontaktanfrage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Call</source>
            <comment>vocabulary</comment>
            <translation>Anruf</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Meeting</source>
            <comment>vocabulary</comment>
            <translation>Treffen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Interview</source>
            <comment>vocabulary</comment>
            <translation>Vorstellungsgespräch</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Rejection</source>
            <comment>vocabulary</comment>
            <translation>Absage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Intro request</source>
            <comment>vocabulary</comment>
            <translation>Bitte um Vorstellung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Job change</source>
            <comment>vocabulary</comment>
            <translation>Jobwechsel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Recruiter</source>
            <comment>vocabulary</comment>
            <translation>Recruiter</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Hiring manager</source>
            <comment>vocabulary</comment>
            <translation>Einstellende Führungskraft</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Interviewer</source>
            <comment>vocabulary</comment>
            <translation>Interviewer</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Candidate</source>
            <comment>vocabulary</comment>
            <translation>Kandidat</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Referrer</source>
            <comment>vocabulary</comment>
            <translation>Empfehlende Person</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Peer</source>
            <comment>vocabulary</comment>
            <translation>Kollege</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Other</source>
            <comment>vocabulary</comment>
            <translation>Sonstige</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>I reached them</source>
            <comment>vocabulary</comment>
            <translation>Ich habe mich gemeldet</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>They reached me</source>
            <comment>vocabulary</comment>
            <translation>Die Person hat sich gemeldet</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>No direction</source>
            <comment>vocabulary</comment>
            <translation>Keine Richtung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>LinkedIn connection note</source>
            <comment>vocabulary</comment>
            <translation>LinkedIn-Kontaktnotiz</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Phone</source>
            <comment>vocabulary</comment>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>In person</source>
            <comment>vocabulary</comment>
            <translation>Persönlich</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Knows</source>
            <comment>vocabulary</comment>
            <translation>Kennt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Worked with</source>
            <comment>vocabulary</comment>
            <translation>Hat zusammengearbeitet mit</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Referred</source>
            <comment>vocabulary</comment>
            <translation>Hat empfohlen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Family</source>
            <comment>vocabulary</comment>
            <translation>Familie</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Applied</source>
            <comment>vocabulary</comment>
            <translation>Beworben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Screen</source>
            <comment>vocabulary</comment>
            <translation>Vorauswahl</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Onsite</source>
            <comment>vocabulary</comment>
            <translation>Vor-Ort-Termin</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Final</source>
            <comment>vocabulary</comment>
            <translation>Finale Runde</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Offer</source>
            <comment>vocabulary</comment>
            <translation>Angebot</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Pending</source>
            <comment>vocabulary</comment>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Rejected</source>
            <comment>vocabulary</comment>
            <translation>Abgesagt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Withdrawn</source>
            <comment>vocabulary</comment>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Open</source>
            <comment>vocabulary</comment>
            <translation>Offen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>Closed</source>
            <comment>vocabulary</comment>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>weak</source>
            <comment>vocabulary</comment>
            <translation>schwach</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>medium</source>
            <comment>vocabulary</comment>
            <translation>mittel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/vocab_text.py" />
            <source>strong</source>
            <comment>vocabulary</comment>
            <translation>stark</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/welcome.py" />
            <source>Keep the people you met on the way</source>
            <translation>Behalten Sie die Menschen, die Ihnen unterwegs begegnet sind</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/welcome.py" />
            <source>When a job process ends in “no”, the recruiter, the hiring manager and the interviewers are still worth knowing. Rebound keeps them, who they know and everything you said to each other, and tells you when and how to get back in touch — above all when a new opening fits.</source>
            <translation>Wenn ein Bewerbungsprozess mit einem „Nein“ endet, lohnt es sich trotzdem, die Recruiterin, die Führungskraft und die Interviewer zu kennen. Rebound behält sie, wen sie kennen und alles, was Sie einander gesagt haben, und sagt Ihnen, wann und wie Sie wieder Kontakt aufnehmen — vor allem, wenn eine neue Stelle passt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/welcome.py" />
            <source>Import your LinkedIn data export, contacts as vCard or CSV, or a Rebound archive — or drop the file on this window. Or load the demo data: a made-up network to try Rebound with.</source>
            <translation>Importieren Sie Ihren LinkedIn-Datenexport, Kontakte als vCard oder CSV oder ein Rebound-Archiv — oder legen Sie die Datei auf diesem Fenster ab. Oder laden Sie die Demodaten: ein erfundenes Netzwerk zum Ausprobieren.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/welcome.py" />
            <source>Load demo data</source>
            <translation>Demodaten laden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/welcome.py" />
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/kit/welcome.py" />
            <source>First, tell Rebound about you (optional)…</source>
            <translation>Erzählen Sie Rebound zuerst von sich (optional)…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>Applications</source>
            <translation>Bewerbungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>Insights</source>
            <translation>Auswertungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>Finishing the work in progress…</source>
            <translation>Laufende Arbeiten werden abgeschlossen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>{name} was erased, with everything about them.</source>
            <translation>{name} wurde gelöscht, mit allem, was dazugehört.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>{shown}+ of {total}</source>
            <translation>{shown}+ von {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>Today ({due})</source>
            <translation>Heute ({due})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>{busy_text} Rebound closes when it is done.</source>
            <translation>{busy_text} Rebound wird geschlossen, sobald das erledigt ist.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/main_window.py" />
            <source>{shown} of {people_count}</source>
            <translation>{shown} von {people_count}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Whom do you want to reach? Type a name</source>
            <translation>Wen möchten Sie erreichen? Geben Sie einen Namen ein</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Person to reach</source>
            <translation>Zu erreichende Person</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Network map</source>
            <translation>Netzwerkkarte</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Best ways in</source>
            <translation>Beste Zugänge</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Whom do you want to reach?</source>
            <translation>Wen möchten Sie erreichen?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>The map shows you, your connections, the people who know the one you want to reach, and the best ways to be introduced (up to three steps). Type a name above, or open a company and choose “Show on the network map”.</source>
            <translation>Die Karte zeigt Sie, Ihre Verbindungen, die Personen, die die gesuchte Person kennen, und die besten Wege, vorgestellt zu werden (bis zu drei Schritte). Geben Sie oben einen Namen ein, oder öffnen Sie ein Unternehmen und wählen Sie „Auf der Netzwerkkarte zeigen“.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Type a name</source>
            <translation>Namen eingeben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Reading your network… the map appears in a moment.</source>
            <translation>Ihr Netzwerk wird gelesen… die Karte erscheint gleich.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>This person is not in Rebound any more.</source>
            <translation>Diese Person ist nicht mehr in Rebound.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Ways to {name}</source>
            <translation>Wege zu {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>{name} has no connection you know of, within three steps.</source>
            <translation>{name} hat innerhalb von drei Schritten keine Verbindung, die Sie kennen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Ways into {company}</source>
            <translation>Zugänge zu {company}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>No one you know knows anyone at {company}, within three steps.</source>
            <translation>Niemand, den Sie kennen, kennt jemanden bei {company}, innerhalb von drei Schritten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>No one called “{name}” is in Rebound.</source>
            <translation>In Rebound heißt niemand „{name}“.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>You know no one at {company} yet.</source>
            <translation>Sie kennen noch niemanden bei {company}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>You know {name}</source>
            <translation>Sie kennen {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/page.py" />
            <source>Ask {first}: {path}</source>
            <translation>Fragen Sie {first}: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>The person you want to reach</source>
            <translation>Die Person, die Sie erreichen möchten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>The company you want to reach</source>
            <translation>Das Unternehmen, das Sie erreichen möchten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>weak</source>
            <translation>schwach</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>strong</source>
            <translation>stark</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>You know them, and they know {target}</source>
            <translation>Sie kennen diese Person, und sie kennt {target}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>On a way to {target}</source>
            <translation>Auf einem Weg zu {target}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/network/scene.py" />
            <source>Works at {target}</source>
            <translation>Arbeitet bei {target}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/feeds.py" />
            <source>No company is watched: tick “Watch openings” for a company in Settings → Companies.</source>
            <translation>Kein Unternehmen wird beobachtet: Setzen Sie bei einem Unternehmen unter Einstellungen → Unternehmen ein Häkchen bei „Stellen beobachten“.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/feeds.py" />
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Check feeds now</source>
            <translation>Feeds jetzt prüfen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/feeds.py" />
            <source>Read the careers feeds of the companies you watch (each at most once a day)</source>
            <translation>Die Karriere-Feeds der beobachteten Unternehmen lesen (jeden höchstens einmal am Tag)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/feeds.py" />
            <source>Reading feeds…</source>
            <translation>Feeds werden gelesen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/feeds.py" />
            <source>{done} of {total} feeds read</source>
            <translation>{done} von {total} Feeds gelesen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/model.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/model.py" />
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/model.py" />
            <source>Relevance</source>
            <translation>Relevanz</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/model.py" />
            <source>How well the opening fits your target roles and keywords (the score, 0 to 1, in the tooltips)</source>
            <translation>Wie gut die Stelle zu Ihren Zielrollen und Stichwörtern passt (der Wert, 0 bis 1, in den Tooltips)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/model.py" />
            <source>A role you are filling: Rebound suggests past candidates for it</source>
            <translation>Eine Stelle, die Sie besetzen: Rebound schlägt frühere Kandidaten dafür vor</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/model.py" />
            <source>Relevance {score:.2f} of 1</source>
            <translation>Relevanz {score:.2f} von 1</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Keep an eye on openings</source>
            <translation>Behalten Sie offene Stellen im Blick</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Add the job postings you notice. When one is new and fits your target roles, Rebound tells you whom you know there to ask about it — or who can introduce you. Recruiters add the roles they are filling, and Rebound suggests the past candidates who fit. Or let Rebound watch the careers feeds of the companies you know (Settings → Companies).</source>
            <translation>Fügen Sie die Stellenanzeigen hinzu, die Ihnen auffallen. Ist eine neu und passt zu Ihren Zielrollen, sagt Rebound Ihnen, wen Sie dort kennen und fragen können — oder wer Sie vorstellen kann. Recruiter fügen die Stellen hinzu, die sie besetzen, und Rebound schlägt passende frühere Kandidaten vor. Oder lassen Sie Rebound die Karriere-Feeds der Unternehmen beobachten, die Sie kennen (Einstellungen → Unternehmen).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <location filename="../../desktop/gui/today/card.py" />
            <source>Open person</source>
            <translation>Person öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Open the posting</source>
            <translation>Die Anzeige öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Change the title, company, posting or keywords</source>
            <translation>Titel, Firma, Anzeige oder Stichwörter ändern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Add opening…</source>
            <translation>Stelle hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Read the careers feeds of the companies you watch (Settings → Companies)</source>
            <translation>Die Karriere-Feeds der beobachteten Unternehmen lesen (Einstellungen → Unternehmen)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Filter openings by title or company</source>
            <translation>Stellen nach Titel oder Unternehmen filtern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>a role you are filling</source>
            <translation>eine Stelle, die Sie besetzen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Mark as closed</source>
            <translation>Als geschlossen markieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Reopen</source>
            <translation>Wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <location filename="../../desktop/gui/today/page.py" />
            <source>Working out today’s plan…</source>
            <translation>Der Plan für heute wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Triggers nothing</source>
            <translation>Löst nichts aus</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Choose an opening to see whom it makes worth contacting.</source>
            <translation>Wählen Sie eine Stelle, um zu sehen, wen es sich ihretwegen zu kontaktieren lohnt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <location filename="../../desktop/gui/people/page.py" />
            <source>30 Sep 2026</source>
            <translation>30. Sep. 2026</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Closed</source>
            <translation>Geschlossen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source> (gone from the feed on {format_date})</source>
            <translation> (am {format_date} aus dem Feed verschwunden)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Keywords: </source>
            <translation>Stichwörter: </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>no rule applies</source>
            <translation>keine Regel greift</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>found {format_date} ({ago})</source>
            <translation>gefunden am {format_date} ({ago})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>Worth contacting ({count})</source>
            <translation>Lohnt einen Kontakt ({count})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>No one to contact about it: {reason}.</source>
            <translation>Niemand, den Sie deswegen kontaktieren sollten: {reason}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>{days_phrase} ago</source>
            <translation>vor {days_phrase}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>in {days_phrase}</source>
            <translation>in {days_phrase}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/openings/page.py" />
            <source>to be introduced to {name}</source>
            <translation>um {name} vorgestellt zu werden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>Recent</source>
            <translation>Zuletzt verwendet</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>Commands</source>
            <translation>Befehle</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>Notes and messages</source>
            <translation>Notizen und Nachrichten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>Go to or do</source>
            <translation>Springen oder ausführen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>A name, a company, an opening, words of a message, or a command</source>
            <translation>Ein Name, ein Unternehmen, eine Stelle, Wörter einer Nachricht oder ein Befehl</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/palette/dialog.py" />
            <source>Nothing found</source>
            <translation>Nichts gefunden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>Kept: an anonymous erasure record (scrambled fingerprints of their e-mail, LinkedIn and name, and the date), so that an import or an older backup cannot bring them back. Backups made before today still contain them until they rotate out.</source>
            <translation>Erhalten bleibt: ein anonymer Löschvermerk (verschlüsselte Fingerabdrücke von E-Mail, LinkedIn und Name sowie das Datum), damit ein Import oder eine ältere Sicherung die Person nicht zurückbringt. Sicherungen von vor heute enthalten sie noch, bis sie ausrotiert sind.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>their profile: name, e-mail, phone, LinkedIn, company and title, notes and tags</source>
            <translation>ihr Profil: Name, E-Mail, Telefon, LinkedIn, Unternehmen und Titel, Notizen und Tags</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>every interaction with them: messages, calls, meetings, rejections</source>
            <translation>jeden Kontakt mit ihr: Nachrichten, Anrufe, Treffen, Absagen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>their links to other people and to processes (and processes where they were the candidate)</source>
            <translation>ihre Verbindungen zu anderen Personen und zu Bewerbungsprozessen (und Prozesse, in denen sie die Kandidatin oder der Kandidat war)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>suggestions about them, also in the search index and the file itself</source>
            <translation>Vorschläge zu ihr, auch im Suchindex und in der Datei selbst</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>Erase person</source>
            <translation>Person löschen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>This removes everything Rebound knows about them:</source>
            <translation>Damit wird alles entfernt, was Rebound über die Person weiß:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>Type their name to confirm:</source>
            <translation>Geben Sie zur Bestätigung den Namen der Person ein:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>Their name, to confirm</source>
            <translation>Name der Person, zur Bestätigung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>Erase for good</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <location filename="../../desktop/gui/services/session.py" />
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>It cannot be undone.</source>
            <translation>Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>Erase {label}?</source>
            <translation>{label} löschen?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>Or tick this: I want to erase {name} for good</source>
            <translation>Oder setzen Sie dieses Häkchen: Ich möchte {name} endgültig löschen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>Erasing {name}… On a big database this takes a few seconds.</source>
            <translation>{name} wird gelöscht… Bei einer großen Datenbank dauert das einige Sekunden.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/erase_dialog.py" />
            <source>The erasure did not finish: {sentence}</source>
            <translation>Das Löschen wurde nicht abgeschlossen: {sentence}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/page.py" />
            <source>Clear search</source>
            <translation>Suche leeren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/page.py" />
            <source>Search people by name, company, title, e-mail or tag (Ctrl+F)</source>
            <translation>Personen nach Name, Unternehmen, Titel, E-Mail oder Tag suchen (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/page.py" />
            <source>Choose a person on the left to see their timeline.</source>
            <translation>Wählen Sie links eine Person, um ihren Verlauf zu sehen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/page.py" />
            <source>Hiring manager</source>
            <translation>Einstellende Führungskraft</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/page.py" />
            <source>No one matches “{text}”.</source>
            <translation>Niemand passt zu „{text}“.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>two-letter code, e.g. en or de</source>
            <translation>Zwei-Buchstaben-Code, z. B. en oder de</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>comma-separated, e.g. berlin, fintech</source>
            <translation>durch Kommas getrennt, z. B. berlin, fintech</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>comma-separated, e.g. sql, python</source>
            <translation>durch Kommas getrennt, z. B. sql, python</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>LinkedIn URL</source>
            <translation>LinkedIn-URL</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Do not contact</source>
            <translation>Nicht kontaktieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Skills</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Anything worth remembering about this person</source>
            <translation>Alles, was Sie sich über diese Person merken möchten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Revert</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Throw away the changes and show the saved values</source>
            <translation>Die Änderungen verwerfen und die gespeicherten Werte zeigen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Save the changes (Ctrl+S)</source>
            <translation>Die Änderungen speichern (Strg+S)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Notes:</source>
            <translation>Notizen:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_form.py" />
            <source>Not saved: {message}.</source>
            <translation>Nicht gespeichert: {message}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Not part of any application or interview process yet.</source>
            <translation>Noch an keinem Bewerbungs- oder Interviewprozess beteiligt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Strength</source>
            <translation>Stärke</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>No known connections yet.</source>
            <translation>Noch keine bekannten Verbindungen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Double-click a person to open them.</source>
            <translation>Doppelklicken Sie auf eine Person, um sie zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Add connection…</source>
            <translation>Verbindung hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Record whom this person knows (someone already in Rebound)</source>
            <translation>Erfassen, wen diese Person kennt (jemanden, der schon in Rebound ist)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>As {lower}</source>
            <translation>Als {lower}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>{opening} at {company}</source>
            <translation>{opening} bei {company}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>reached {word_label}</source>
            <translation>erreicht: {word_label}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>since {started}</source>
            <translation>seit {started}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_lists.py" />
            <source>Reason: {reason}</source>
            <translation>Grund: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Log interaction…</source>
            <translation>Kontakt erfassen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Erase person…</source>
            <translation>Person löschen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Erase this person and everything about them, for good</source>
            <translation>Diese Person und alles über sie endgültig löschen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>No LinkedIn profile (http or https) known</source>
            <translation>Kein LinkedIn-Profil (http oder https) bekannt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>No e-mail address known</source>
            <translation>Keine E-Mail-Adresse bekannt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>You are connected on LinkedIn: no introduction needed.</source>
            <translation>Sie sind auf LinkedIn vernetzt: keine Vorstellung nötig.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>No warm path yet: no one you are connected to knows them (up to three steps).</source>
            <translation>Noch kein warmer Weg: Niemand, mit dem Sie vernetzt sind, kennt die Person (bis zu drei Schritte).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Warm introductions:</source>
            <translation>Warme Vorstellungen:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Profile (not saved)</source>
            <translation>Profil (nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Tags: </source>
            <translation>Tags: </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Timeline ({n_entries})</source>
            <translation>Verlauf ({n_entries})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Processes ({n_processes})</source>
            <translation>Prozesse ({n_processes})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Connections ({n_acquaintances})</source>
            <translation>Verbindungen ({n_acquaintances})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Save the changes to {name}?</source>
            <translation>Die Änderungen an {name} speichern?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Open {toString}</source>
            <translation>{toString} öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_page.py" />
            <source>Write to {email}</source>
            <translation>An {email} schreiben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_timeline.py" />
            <source>No notes or messages yet. Add a note or log an interaction to start this person's history.</source>
            <translation>Noch keine Notizen oder Nachrichten. Fügen Sie eine Notiz hinzu oder erfassen Sie einen Kontakt, um die Geschichte dieser Person zu beginnen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_timeline.py" />
            <source>via {via}</source>
            <translation>über {via}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_timeline.py" />
            <source>about {opening}</source>
            <translation>zu {opening}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/people/person_timeline.py" />
            <source>Thread of %n messages</source>
            <translation>
                <numerusform>Unterhaltung mit %n Nachricht</numerusform>
                <numerusform>Unterhaltung mit %n Nachrichten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/people/person_timeline.py" />
            <source>Show {min} older entries ({remaining} in all)</source>
            <translation>{min} ältere Einträge zeigen ({remaining} insgesamt)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>Mail was already fetched today.</source>
            <translation>E-Mails wurden heute bereits abgerufen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>%n new message fetched</source>
            <translation>
                <numerusform>%n neue Nachricht abgerufen</numerusform>
                <numerusform>%n neue Nachrichten abgerufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>%n new messages fetched</source>
            <translation>
                <numerusform>%n neue Nachricht abgerufen</numerusform>
                <numerusform>%n neue Nachrichten abgerufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>%n logged on a timeline</source>
            <translation>
                <numerusform>%n im Verlauf erfasst</numerusform>
                <numerusform>%n im Verlauf erfasst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>%n logged on timelines</source>
            <translation>
                <numerusform>%n in Verläufen erfasst</numerusform>
                <numerusform>%n in Verläufen erfasst</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>{fetched}, {logged}.</source>
            <translation>{fetched}, {logged}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>%n recognised as a step of an application (see Today).</source>
            <translation>
                <numerusform>%n als Schritt einer Bewerbung erkannt (siehe „Heute“).</numerusform>
                <numerusform>%n als Schritte von Bewerbungen erkannt (siehe „Heute“).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>Cancelled; the next sync goes on from there.</source>
            <translation>Abgebrochen; der nächste Abgleich macht dort weiter.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>The daily mail sync did not run: {reason}</source>
            <translation>Der tägliche E-Mail-Abgleich ist nicht gelaufen: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/mail_sync.py" />
            <source>Daily mail sync: {outcome}</source>
            <translation>Täglicher E-Mail-Abgleich: {outcome}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>The database is encrypted</source>
            <translation>Die Datenbank ist verschlüsselt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>The database has a new key, in the system keyring. The old recovery key no longer opens it.</source>
            <translation>Die Datenbank hat einen neuen Schlüssel im Schlüsselbund des Systems. Der alte Wiederherstellungsschlüssel öffnet sie nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>The database has a new passphrase. The old one no longer opens it.</source>
            <translation>Die Datenbank hat eine neue Passphrase. Die alte öffnet sie nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>; its key is in the system keyring.</source>
            <translation>; ihr Schlüssel liegt im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>; it opens with your passphrase.</source>
            <translation>; sie öffnet sich mit Ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>this works on a database file only</source>
            <translation>das geht nur mit einer Datenbankdatei</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Rebound is taking today’s backup. Try again in a moment.</source>
            <translation>Rebound legt gerade die heutige Sicherung an. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Rebound is still working on something else. Try again in a moment.</source>
            <translation>Rebound ist noch mit etwas anderem beschäftigt. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>its check failed</source>
            <translation>ihre Prüfung ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Restore a backup…</source>
            <translation>Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Backing up…</source>
            <translation>Sicherung läuft…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Encrypting the database…</source>
            <translation>Die Datenbank wird verschlüsselt…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Not encrypted</source>
            <translation>Nicht verschlüsselt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Changing the key…</source>
            <translation>Der Schlüssel wird gewechselt…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>The key was not changed</source>
            <translation>Der Schlüssel wurde nicht gewechselt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Nothing was restored</source>
            <translation>Nichts wurde wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>This database is damaged ({problem}). Rebound opened it read-only: you can look, but nothing can be changed, and nothing was repaired. Restore a backup to work with it again.</source>
            <translation>Diese Datenbank ist beschädigt ({problem}). Rebound hat sie schreibgeschützt geöffnet: Sie können sich alles ansehen, aber nichts ändern, und nichts wurde repariert. Stellen Sie eine Sicherung wieder her, um wieder damit zu arbeiten.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>the database is damaged; restore a backup instead</source>
            <translation>die Datenbank ist beschädigt; stellen Sie stattdessen eine Sicherung wieder her</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Backed up ({backup_label}): {result}</source>
            <translation>Gesichert ({backup_label}): {result}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Restoring the backup of {backup_label}…</source>
            <translation>Die Sicherung vom {backup_label} wird wiederhergestellt…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Today’s automatic backup failed: {reason}. Your data is unchanged; try “Back up now” in Settings.</source>
            <translation>Die heutige automatische Sicherung ist fehlgeschlagen: {reason}. Ihre Daten sind unverändert; versuchen Sie „Jetzt sichern“ in den Einstellungen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Rebound is busy: {lower}{value} Try again when it is done.</source>
            <translation>Rebound ist beschäftigt: {lower}{value} Versuchen Sie es danach noch einmal.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Restored the backup of {backup_label}.</source>
            <translation>Die Sicherung vom {backup_label} wurde wiederhergestellt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/session.py" />
            <source>%n person you had erased stayed erased.</source>
            <translation>
                <numerusform>%n gelöschte Person bleibt gelöscht.</numerusform>
                <numerusform>%n gelöschte Personen bleiben gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source> The database could not be opened again: {problem}. Restart Rebound.</source>
            <translation> Die Datenbank konnte nicht wieder geöffnet werden: {problem}. Starten Sie Rebound neu.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Not backed up: {reason}</source>
            <translation>Nicht gesichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source> The damaged database is kept in {safety}.</source>
            <translation> Die beschädigte Datenbank liegt in {safety}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>{failure}: Rebound is still working on something. Try again in a moment.</source>
            <translation>{failure}: Rebound arbeitet noch an etwas. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>{text} But the database could not be opened again: {problem}. Restart Rebound.</source>
            <translation>{text} Aber die Datenbank konnte nicht wieder geöffnet werden: {problem}. Starten Sie Rebound neu.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source>Today’s backup is saved: {name}</source>
            <translation>Die heutige Sicherung ist gespeichert: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/session.py" />
            <source> The database as it was is kept in {safety}.</source>
            <translation> Die Datenbank, wie sie vorher war, liegt in {safety}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>Nothing due here today</source>
            <translation>Heute ist hier nichts fällig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>%n rejection to answer</source>
            <translation>
                <numerusform>%n Absage zu beantworten</numerusform>
                <numerusform>%n Absagen zu beantworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>%n past candidate to approach</source>
            <translation>
                <numerusform>%n frühere Kandidatur wieder aufgreifen</numerusform>
                <numerusform>%n frühere Kandidaturen wieder aufgreifen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>%n new opening to ask about</source>
            <translation>
                <numerusform>%n neue Stelle zum Nachfragen</numerusform>
                <numerusform>%n neue Stellen zum Nachfragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>%n introduction to ask for</source>
            <translation>
                <numerusform>%n Vorstellung zu erbitten</numerusform>
                <numerusform>%n Vorstellungen zu erbitten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>%n check-in due</source>
            <translation>
                <numerusform>bei %n Person melden</numerusform>
                <numerusform>bei %n Personen melden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>%n new role to congratulate on</source>
            <translation>
                <numerusform>%n neue Position zum Gratulieren</numerusform>
                <numerusform>%n neue Positionen zum Gratulieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>%n LinkedIn connection to make</source>
            <translation>
                <numerusform>%n LinkedIn-Kontakt zu knüpfen</numerusform>
                <numerusform>%n LinkedIn-Kontakte zu knüpfen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>Due today: {what}</source>
            <translation>Heute fällig: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/services/sidebar_counts.py" />
            <source>{page} ({due})</source>
            <translation>{page} ({due})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/services/tray.py" />
            <source>%n suggestion is due today: see Today.</source>
            <translation>
                <numerusform>%n Vorschlag ist heute fällig: siehe „Heute“.</numerusform>
                <numerusform>%n Vorschläge sind heute fällig: siehe „Heute“.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Rebound can read the public job feed of a company you tick (Greenhouse, Lever, Personio, or an RSS, Atom or JSON feed) once a day, add its new openings and close the ones that are gone. Only the feed URL is fetched, with nothing about you; a careers page of those providers is turned into its feed.</source>
            <translation>Rebound kann einmal am Tag den öffentlichen Stellen-Feed eines Unternehmens lesen, bei dem Sie ein Häkchen setzen (Greenhouse, Lever, Personio oder ein RSS-, Atom- oder JSON-Feed), seine neuen Stellen hinzufügen und die verschwundenen schließen. Abgerufen wird nur die Feed-URL, ohne etwas über Sie; eine Karriereseite dieser Anbieter wird in ihren Feed umgewandelt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Careers page or feed</source>
            <translation>Karriereseite oder Feed</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Watch openings</source>
            <translation>Stellen beobachten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>My roles</source>
            <translation>Meine Stellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Watch the careers feeds of the companies ticked below</source>
            <translation>Die Karriere-Feeds der unten angehakten Unternehmen beobachten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Filter companies</source>
            <translation>Unternehmen filtern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Watching openings is on.</source>
            <translation>Die Stellenbeobachtung ist an.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Watching openings is off.</source>
            <translation>Die Stellenbeobachtung ist aus.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>A careers page or feed URL (http or https)</source>
            <translation>Eine Karriereseite oder Feed-URL (http oder https)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <location filename="../../desktop/gui/settings/dialog.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Not saved: {sentence}</source>
            <translation>Nicht gespeichert: {sentence}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/companies.py" />
            <source>Feed: {feed}</source>
            <translation>Feed: {feed}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Rebound keeps its data in a file on this computer, or on a team server (PostgreSQL) that several desktops share: a change made on one shows on the others.</source>
            <translation>Rebound speichert seine Daten in einer Datei auf diesem Computer oder auf einem Team-Server (PostgreSQL), den mehrere Rechner teilen: Eine Änderung auf einem erscheint auf den anderen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>e.g. rebound</source>
            <translation>z. B. rebound</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>kept in the system keyring, never in a file</source>
            <translation>im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>optional: the server's CA certificate (TLS, host name checked)</source>
            <translation>optional: das CA-Zertifikat des Servers (TLS, Hostname wird geprüft)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Use this server</source>
            <translation>Diesen Server verwenden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Rebound reopens on the server now and at every start</source>
            <translation>Rebound öffnet jetzt und bei jedem Start den Server</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Move my database to this server…</source>
            <translation>Meine Datenbank auf diesen Server umziehen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Copy everything into the server's empty database; your file is kept</source>
            <translation>Alles in die leere Datenbank des Servers kopieren; Ihre Datei bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Back to my local file</source>
            <translation>Zurück zu meiner lokalen Datei</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>The server's CA certificate</source>
            <translation>Das CA-Zertifikat des Servers</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>the database is empty: Rebound creates its tables when you use it or move your data there.</source>
            <translation>die Datenbank ist leer: Rebound legt seine Tabellen an, wenn Sie sie verwenden oder Ihre Daten dorthin umziehen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Not switched</source>
            <translation>Nicht gewechselt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Moving your database to the team server…</source>
            <translation>Ihre Datenbank zieht auf den Team-Server um…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Not moved</source>
            <translation>Nicht umgezogen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Use the team server?</source>
            <translation>Den Team-Server verwenden?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Your data is on the team server now. Work on the server from now on?</source>
            <translation>Ihre Daten sind jetzt auf dem Team-Server. Ab jetzt auf dem Server arbeiten?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Database:</source>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>User:</source>
            <translation>Benutzer:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Password:</source>
            <translation>Passwort:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>CA file:</source>
            <translation>CA-Datei:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>its data was made by an older Rebound and is brought up to date when you use it.</source>
            <translation>seine Daten stammen von einem älteren Rebound und werden aktualisiert, wenn Sie ihn verwenden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/settings/database.py" />
            <source>%n person in it.</source>
            <translation>
                <numerusform>%n Person darin.</numerusform>
                <numerusform>%n Personen darin.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Cancelling the move…</source>
            <translation>Umzug wird abgebrochen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Connecting to {server}…</source>
            <translation>Verbindung zu {server} wird hergestellt…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Connected to {server}: {what}</source>
            <translation>Verbunden mit {server}: {what}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>it failed</source>
            <translation>es ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Opening the team server {server}…</source>
            <translation>Der Team-Server {server} wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Rebound now works on the team server {server}.</source>
            <translation>Rebound arbeitet jetzt auf dem Team-Server {server}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Opening {path}…</source>
            <translation>{path} wird geöffnet…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Rebound now works on the file {path}.</source>
            <translation>Rebound arbeitet jetzt mit der Datei {path}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Moving your database to {server}…</source>
            <translation>Ihre Datenbank zieht auf {server} um…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Now: the file {path} on this computer.</source>
            <translation>Jetzt: die Datei {path} auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Now: the team server {server}.</source>
            <translation>Jetzt: der Team-Server {server}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/database.py" />
            <source>Copied {people} and {interactions} to {server}; both sides’ export are identical. Your file is kept as it was.</source>
            <translation>{people} und {interactions} nach {server} kopiert; der Export beider Seiten ist identisch. Ihre Datei bleibt unverändert erhalten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/settings/database.py" />
            <source>%n interaction</source>
            <translation>
                <numerusform>%n Kontakt</numerusform>
                <numerusform>%n Kontakte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Reply to a rejection within</source>
            <translation>Auf eine Absage antworten innerhalb von</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>After this the reply is overdue.</source>
            <translation>Danach ist die Antwort überfällig.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Stop suggesting a reply after</source>
            <translation>Keine Antwort mehr vorschlagen nach</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>An old rejection no longer asks for a reply.</source>
            <translation>Eine alte Absage verlangt keine Antwort mehr.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Check in no sooner than</source>
            <translation>Sich frühestens melden nach</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Counted from the last message you sent.</source>
            <translation>Gezählt ab Ihrer letzten gesendeten Nachricht.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>A check-in is overdue after</source>
            <translation>Ein Melden ist überfällig nach</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Gap before news-driven messages</source>
            <translation>Abstand vor anlassbezogenen Nachrichten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>A new opening or job change is a reason to write only this long after your last message.</source>
            <translation>Eine neue Stelle oder ein Jobwechsel ist erst so lange nach Ihrer letzten Nachricht ein Anlass zu schreiben.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Stop after unanswered messages</source>
            <translation>Aufhören nach unbeantworteten Nachrichten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>This many messages without an answer stop all suggestions to write again (a reply resets it).</source>
            <translation>So viele Nachrichten ohne Antwort beenden alle Vorschläge, erneut zu schreiben (eine Antwort setzt das zurück).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>An opening counts as new for</source>
            <translation>Eine Stelle gilt als neu für</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Counted from the day it was found.</source>
            <translation>Gezählt ab dem Tag, an dem sie gefunden wurde.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>A job change counts as news for</source>
            <translation>Ein Jobwechsel gilt als Neuigkeit für</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Ignore openings below a relevance of</source>
            <translation>Stellen ignorieren unterhalb einer Relevanz von</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>0 to 1: how well an opening fits your target roles and keywords (or a candidate's).</source>
            <translation>0 bis 1: wie gut eine Stelle zu Ihren Zielrollen und Stichwörtern passt (oder zu denen eines Kandidaten).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>LinkedIn connection notes at most</source>
            <translation>LinkedIn-Kontaktnotizen höchstens</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>characters</source>
            <translation>Zeichen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Longer drafts are shortened.</source>
            <translation>Längere Entwürfe werden gekürzt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Restore defaults</source>
            <translation>Standardwerte wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>When Rebound suggests getting back in touch, and how:</source>
            <translation>Wann Rebound vorschlägt, wieder Kontakt aufzunehmen, und wie:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Save the rule settings; Today follows at once</source>
            <translation>Die Regeleinstellungen speichern; „Heute“ folgt sofort</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Unsaved mail settings</source>
            <translation>Ungespeicherte E-Mail-Einstellungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Discard your changes to the mail settings?</source>
            <translation>Ihre Änderungen an den E-Mail-Einstellungen verwerfen?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>Settings saved. Today follows the new rules.</source>
            <translation>Einstellungen gespeichert. „Heute“ folgt den neuen Regeln.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>{busy_text} Settings close when it is done.</source>
            <translation>{busy_text} Die Einstellungen schließen sich, sobald das erledigt ist.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/dialog.py" />
            <source>“{value}” ({values} days) cannot be less than “{value2}” ({values2} days)</source>
            <translation>„{value}“ ({values} Tage) darf nicht kürzer sein als „{value2}“ ({values2} Tage)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Reading mail (IMAP)</source>
            <translation>E-Mails lesen (IMAP)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Rebound can read the mail you exchange with the people in it from your mail account: it opens the folders read-only, never marks, moves or deletes a message, and keeps only mail with somebody of Rebound in it.</source>
            <translation>Rebound kann aus Ihrem E-Mail-Konto die E-Mails lesen, die Sie mit den Personen darin austauschen: Es öffnet die Ordner schreibgeschützt, markiert, verschiebt oder löscht nie eine Nachricht und behält nur E-Mails, an denen jemand aus Rebound beteiligt ist.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>SSL/TLS (usually port 993)</source>
            <translation>SSL/TLS (meist Port 993)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>STARTTLS (usually port 143)</source>
            <translation>STARTTLS (meist Port 143)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Usually your e-mail address</source>
            <translation>Meist Ihre E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Not stored yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Inbox</source>
            <translation>Posteingang</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Sent (the folder your server marks as Sent)</source>
            <translation>Gesendet (der Ordner, den Ihr Server als „Gesendet“ markiert)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>More folders, separated by commas (optional)</source>
            <translation>Weitere Ordner, durch Kommas getrennt (optional)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Headers only: who, when and the subject, no message text</source>
            <translation>Nur Kopfzeilen: wer, wann und der Betreff, kein Nachrichtentext</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Fetch new mail once a day while Rebound runs</source>
            <translation>Einmal am Tag neue E-Mails abrufen, während Rebound läuft</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Save account</source>
            <translation>Konto speichern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Sync now</source>
            <translation>Jetzt abgleichen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Fetch the messages that are new since the last sync</source>
            <translation>Die Nachrichten abrufen, die seit dem letzten Abgleich neu sind</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Saving the password in the system keyring…</source>
            <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Stored in the system keyring; type a new one to replace it</source>
            <translation>Im Schlüsselbund des Systems gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>The mail account is saved; the password is in the system keyring.</source>
            <translation>Das E-Mail-Konto ist gespeichert; das Passwort liegt im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Fetching new mail…</source>
            <translation>Neue E-Mails werden abgerufen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>IMAP server:</source>
            <translation>IMAP-Server:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Security:</source>
            <translation>Sicherheit:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>User name:</source>
            <translation>Benutzername:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Folders:</source>
            <translation>Ordner:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>The password is kept in the system keyring only, never shown again.</source>
            <translation>Das Passwort wird nur im Schlüsselbund des Systems aufbewahrt und nie wieder angezeigt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>The mail account is saved.</source>
            <translation>Das E-Mail-Konto ist gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Save the account first: Sync now reads the saved account.</source>
            <translation>Speichern Sie zuerst das Konto: „Jetzt abgleichen“ liest das gespeicherte Konto.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Stopping after the messages being written…</source>
            <translation>Wird nach den gerade geschriebenen Nachrichten angehalten…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>The account is saved, but not the password: {reason} Rebound never writes it to a file.</source>
            <translation>Das Konto ist gespeichert, das Passwort aber nicht: {reason} Rebound schreibt es nie in eine Datei.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Fetching new mail: {done} of {total}…</source>
            <translation>Neue E-Mails werden abgerufen: {done} von {total}…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Mail was not fetched: {reason}</source>
            <translation>E-Mails wurden nicht abgerufen: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/imap_account.py" />
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Rebound can send the e-mails it drafts through your own mail account, and puts what it sent on the person’s timeline. Your provider’s help pages name the SMTP server; many need an app password.</source>
            <translation>Rebound kann die E-Mails, die es entwirft, über Ihr eigenes E-Mail-Konto senden und legt das Gesendete im Verlauf der Person ab. Die Hilfeseiten Ihres Anbieters nennen den SMTP-Server; viele verlangen ein App-Passwort.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Rebound: test e-mail</source>
            <translation>Rebound: Test-E-Mail</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>This e-mail was sent by Rebound to check your mail settings. If you can read it, Rebound can send the messages it drafts for you.
</source>
            <translation>Diese E-Mail hat Rebound gesendet, um Ihre E-Mail-Einstellungen zu prüfen. Wenn Sie sie lesen können, kann Rebound die Nachrichten senden, die es für Sie entwirft.
</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (meist Port 587)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>SSL/TLS (usually port 465)</source>
            <translation>SSL/TLS (meist Port 465)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>None: only to this computer (a local bridge)</source>
            <translation>Keine: nur zu diesem Computer (eine lokale Bridge)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Send test e-mail</source>
            <translation>Test-E-Mail senden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Send a short e-mail to the sender address with these settings</source>
            <translation>Eine kurze E-Mail mit diesen Einstellungen an die Absenderadresse senden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Mail settings saved; the password is in the system keyring.</source>
            <translation>E-Mail-Einstellungen gespeichert; das Passwort liegt im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Mail settings saved; the password could not be stored.</source>
            <translation>E-Mail-Einstellungen gespeichert; das Passwort konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>SMTP server:</source>
            <translation>SMTP-Server:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Sender address (From):</source>
            <translation>Absenderadresse (Von):</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Mail settings saved.</source>
            <translation>E-Mail-Einstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>The settings are saved, but not the password: {sentence} Rebound never writes it to a file.</source>
            <translation>Die Einstellungen sind gespeichert, das Passwort aber nicht: {sentence} Rebound schreibt es nie in eine Datei.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Sending a test e-mail to {sender}…</source>
            <translation>Eine Test-E-Mail wird an {sender} gesendet…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>A test e-mail went to {address}. Look for it in your inbox.</source>
            <translation>Eine Test-E-Mail ging an {address}. Sehen Sie in Ihrem Posteingang nach.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>The test e-mail was not sent: {sentence}</source>
            <translation>Die Test-E-Mail wurde nicht gesendet: {sentence}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>The password cannot be stored: no keyring can keep it on this computer ({problem}). Rebound never writes it to a file, so it can only send through an account that needs no password.</source>
            <translation>Das Passwort kann nicht gespeichert werden: Auf diesem Computer kann es kein Schlüsselbund aufbewahren ({problem}). Rebound schreibt es nie in eine Datei, daher kann es nur über ein Konto senden, das kein Passwort braucht.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>Not sent: {sentence}</source>
            <translation>Nicht gesendet: {sentence}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/mail.py" />
            <source>the password cannot be read from the keyring: {error}</source>
            <translation>das Passwort kann nicht aus dem Schlüsselbund gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>This database is not encrypted, as chosen when it was created: anyone who can read the file — a backup, a stolen laptop, a synced copy — can read your contacts and notes. Encrypt it to protect it.</source>
            <translation>Diese Datenbank ist nicht verschlüsselt, wie beim Anlegen gewählt: Wer die Datei lesen kann — eine Sicherung, ein gestohlener Laptop, eine synchronisierte Kopie —, kann Ihre Kontakte und Notizen lesen. Verschlüsseln Sie sie, um sie zu schützen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>This database is not encrypted (it was made before Rebound encrypted its databases): anyone who can read the file can read your contacts and notes. Encrypt it to protect it.</source>
            <translation>Diese Datenbank ist nicht verschlüsselt (sie stammt aus der Zeit, bevor Rebound seine Datenbanken verschlüsselte): Wer die Datei lesen kann, kann Ihre Kontakte und Notizen lesen. Verschlüsseln Sie sie, um sie zu schützen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>If this computer’s keyring is lost — a new computer, a reinstalled system — start Rebound and type the recovery key when it asks for the key: it opens the database and the backups Rebound made. From a terminal: rebound --recovery-key KEY. If you have lost the recovery key while Rebound still opens, “Change key” makes a new one (and the old one stops working).</source>
            <translation>Geht der Schlüsselbund dieses Computers verloren — ein neuer Computer, ein neu installiertes System —, starten Sie Rebound und geben Sie den Wiederherstellungsschlüssel ein, wenn nach dem Schlüssel gefragt wird: Er öffnet die Datenbank und die Sicherungen, die Rebound angelegt hat. Im Terminal: rebound --recovery-key KEY. Haben Sie den Wiederherstellungsschlüssel verloren, solange Rebound noch startet, erzeugt „Schlüssel wechseln“ einen neuen (und der alte funktioniert nicht mehr).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>This database opens with your passphrase; there is no separate recovery key, and no one can open the database or its backups without it. If you may forget it, change the key while Rebound still opens: with a working keyring, “Change key” puts a new key in the keyring and gives you a recovery key.</source>
            <translation>Diese Datenbank öffnet sich mit Ihrer Passphrase; es gibt keinen eigenen Wiederherstellungsschlüssel, und ohne sie kann niemand die Datenbank oder ihre Sicherungen öffnen. Wenn Sie sie vergessen könnten, wechseln Sie den Schlüssel, solange Rebound noch startet: Mit einem funktionierenden Schlüsselbund legt „Schlüssel wechseln“ einen neuen Schlüssel dort ab und gibt Ihnen einen Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>The database is not encrypted, so there is no key to lose — and nothing protects the file. “Encrypt now” encrypts it and gives you a recovery key to write down.</source>
            <translation>Die Datenbank ist nicht verschlüsselt, also gibt es keinen Schlüssel zu verlieren — und nichts schützt die Datei. „Jetzt verschlüsseln“ verschlüsselt sie und gibt Ihnen einen Wiederherstellungsschlüssel zum Aufschreiben.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Rebound backs the database up each day when it starts and keeps one for each of the last 7 days and 4 weeks, in {folder}. A backup is encrypted with the database’s key.</source>
            <translation>Rebound sichert die Datenbank jeden Tag beim Start und behält je eine Sicherung für die letzten 7 Tage und 4 Wochen, in {folder}. Eine Sicherung ist mit dem Schlüssel der Datenbank verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Each person you erased leaves an anonymous record — only the day it was made, and digests no one can read a name from — so that an import or an older backup does not bring them back. Lifting a record lets the person come back with the next import or restore that holds them.</source>
            <translation>Jede gelöschte Person hinterlässt einen anonymen Vermerk — nur den Tag, an dem er entstand, und Prüfsummen, aus denen niemand einen Namen lesen kann —, damit ein Import oder eine ältere Sicherung sie nicht zurückbringt. Wird ein Vermerk aufgehoben, kann die Person mit dem nächsten Import oder der nächsten Wiederherstellung, die sie enthält, zurückkommen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Lift the erasure record made on {day}? The person it keeps out can then come back with the next import or restore that holds them; if you want them gone again, you will have to erase them again.</source>
            <translation>Den Löschvermerk vom {day} aufheben? Die Person, die er fernhält, kann dann mit dem nächsten Import oder der nächsten Wiederherstellung, die sie enthält, zurückkommen; soll sie wieder verschwinden, müssen Sie sie erneut löschen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>The erasure record of {day} was lifted: the person can come back with the next import or restore.</source>
            <translation>Der Löschvermerk vom {day} wurde aufgehoben: Die Person kann mit dem nächsten Import oder der nächsten Wiederherstellung zurückkommen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>The database has a new key, in the system keyring. This is its new recovery key; the old recovery key no longer opens the database or the backups Rebound keeps (copies you saved elsewhere keep the old key).</source>
            <translation>Die Datenbank hat einen neuen Schlüssel im Schlüsselbund des Systems. Dies ist ihr neuer Wiederherstellungsschlüssel; der alte öffnet weder die Datenbank noch die Sicherungen, die Rebound aufbewahrt (anderswo gespeicherte Kopien behalten den alten Schlüssel).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Encrypt now</source>
            <translation>Jetzt verschlüsseln</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Encrypt the database with a new key; you get a recovery key to write down</source>
            <translation>Die Datenbank mit einem neuen Schlüssel verschlüsseln; Sie erhalten einen Wiederherstellungsschlüssel zum Aufschreiben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Change key…</source>
            <translation>Schlüssel wechseln…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Give the database a new key and a new recovery key</source>
            <translation>Der Datenbank einen neuen Schlüssel und einen neuen Wiederherstellungsschlüssel geben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Show how to recover</source>
            <translation>Zeigen, wie man wiederherstellt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Checking the system keyring…</source>
            <translation>Der Schlüsselbund des Systems wird geprüft…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Erased people</source>
            <translation>Gelöschte Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Lift…</source>
            <translation>Aufheben…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Let the person this record keeps out come back with a later import</source>
            <translation>Die Person, die dieser Vermerk fernhält, mit einem späteren Import zurückkommen lassen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Encryption: off.</source>
            <translation>Verschlüsselung: aus.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Its key is in the system keyring.</source>
            <translation>Ihr Schlüssel liegt im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Change the key</source>
            <translation>Den Schlüssel wechseln</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Give the database a new key? The current recovery key (or passphrase) will no longer open it, nor the backups Rebound keeps. Copies you saved elsewhere keep the old key.</source>
            <translation>Der Datenbank einen neuen Schlüssel geben? Der aktuelle Wiederherstellungsschlüssel (oder die Passphrase) öffnet sie dann nicht mehr, ebenso wenig die Sicherungen, die Rebound aufbewahrt. Anderswo gespeicherte Kopien behalten den alten Schlüssel.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Change key</source>
            <translation>Schlüssel wechseln</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Lift an erasure</source>
            <translation>Einen Löschvermerk aufheben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Lift</source>
            <translation>Aufheben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>No backups yet.</source>
            <translation>Noch keine Sicherungen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>No one has been erased.</source>
            <translation>Niemand wurde gelöscht.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Keyring</source>
            <translation>Schlüsselbund</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Encryption: on{cipher_text}. {where}</source>
            <translation>Verschlüsselung: an{cipher_text}. {where}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Hide how to recover</source>
            <translation>Anleitung zur Wiederherstellung ausblenden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>The system keyring keeps the database key and the SMTP password.</source>
            <translation>Der Schlüsselbund des Systems bewahrt den Datenbankschlüssel und das SMTP-Passwort auf.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>It opens with your passphrase.</source>
            <translation>Sie öffnet sich mit Ihrer Passphrase.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>It was opened with its recovery key this time.</source>
            <translation>Diesmal wurde sie mit ihrem Wiederherstellungsschlüssel geöffnet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source> (SQLCipher {cipher})</source>
            <translation> (SQLCipher {cipher})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>the backups folder</source>
            <translation>den Sicherungsordner</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>No keyring can keep Rebound’s secrets on this computer: {problem}. A database key then needs a passphrase, and the SMTP password cannot be stored (Rebound never writes it to a file).</source>
            <translation>Auf diesem Computer kann kein Schlüsselbund die Geheimnisse von Rebound aufbewahren: {problem}. Ein Datenbankschlüssel braucht dann eine Passphrase, und das SMTP-Passwort kann nicht gespeichert werden (Rebound schreibt es nie in eine Datei).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>The erasure record was not lifted: {message}</source>
            <translation>Der Löschvermerk wurde nicht aufgehoben: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/privacy.py" />
            <source>Erased on {format_date}</source>
            <translation>Gelöscht am {format_date}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Job seeker: I am looking for a role</source>
            <translation>Jobsuche: Ich suche eine Stelle</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Recruiter: I fill roles</source>
            <translation>Recruiting: Ich besetze Stellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Deutsch</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Jana Berg</source>
            <translation>Jana Berg</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Data Analyst, BI Analyst</source>
            <translation>Data Analyst, BI Analyst</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>sql, python, dashboards</source>
            <translation>sql, python, dashboards</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>jana@example.com, jana.berg@work.example</source>
            <translation>jana@example.com, jana.berg@work.example</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Jana Berg
Data Analyst · +49 30 1234567</source>
            <translation>Jana Berg
Data Analyst · +49 30 1234567</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Your &amp;name:</source>
            <translation>Ihr &amp;Name:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>&amp;Mode:</source>
            <translation>&amp;Modus:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>&amp;Target roles:</source>
            <translation>&amp;Zielrollen:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>&amp;Keywords:</source>
            <translation>&amp;Stichwörter:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>&amp;Language of drafts:</source>
            <translation>S&amp;prache der Entwürfe:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Your &amp;e-mail addresses:</source>
            <translation>Ihre &amp;E-Mail-Adressen:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>&amp;Signature:</source>
            <translation>Si&amp;gnatur:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Language of &amp;Rebound:</source>
            <translation>Sprache von &amp;Rebound:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>&amp;Colours:</source>
            <translation>&amp;Farben:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>About you: what the drafts and the suggestions need to know.</source>
            <translation>Über Sie: was die Entwürfe und die Vorschläge wissen müssen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Used from the next start of Rebound.</source>
            <translation>Gilt ab dem nächsten Start von Rebound.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Saved what you told Rebound about you. Today follows.</source>
            <translation>Gespeichert, was Sie Rebound über sich erzählt haben. „Heute“ folgt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Signs the drafts Rebound writes for you.</source>
            <translation>Unterschreibt die Entwürfe, die Rebound für Sie schreibt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Openings for these roles are worth asking about.</source>
            <translation>Bei Stellen für diese Rollen lohnt es sich nachzufragen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/profile.py" />
            <source>Under every draft; without one, your name signs.</source>
            <translation>Unter jedem Entwurf; ohne Signatur unterschreibt Ihr Name.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/team_name.py" />
            <source>e.g. Ana Weber: how colleagues' cards and drafts name you</source>
            <translation>z. B. Ana Weber: so erscheinen Sie auf den Karten und in den Entwürfen Ihrer Kollegen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/team_name.py" />
            <source>Save name</source>
            <translation>Namen speichern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/team_name.py" />
            <source>Your name in the team:</source>
            <translation>Ihr Name im Team:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/team_name.py" />
            <source>Your colleagues now see your user name.</source>
            <translation>Ihre Kollegen sehen jetzt Ihren Benutzernamen.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/team_name.py" />
            <source>Your colleagues now see you as {name}.</source>
            <translation>Ihre Kollegen sehen Sie jetzt als {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Alex</source>
            <translation>Alex</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Alex Example</source>
            <translation>Alex Example</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Example GmbH</source>
            <translation>Example GmbH</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Recruiter</source>
            <translation>Recruiterin</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Data Analyst</source>
            <translation>Data Analyst</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Sam Sample</source>
            <translation>Sam Sample</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Sam</source>
            <translation>Sam</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Reset to shipped</source>
            <translation>Auf das Original zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Throw away your version and use the template Rebound ships</source>
            <translation>Ihre Fassung verwerfen und die Originalvorlage von Rebound verwenden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Save template</source>
            <translation>Vorlage speichern</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Unsaved template</source>
            <translation>Ungespeicherte Vorlage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source> — changed, not saved</source>
            <translation> — geändert, nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>a made-up person (no one is in Rebound yet)</source>
            <translation>eine erfundene Person (noch ist niemand in Rebound)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Action:</source>
            <translation>Aktion:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Template:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Preview:</source>
            <translation>Vorschau:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>a made-up person (the plan is still being worked out)</source>
            <translation>eine erfundene Person (der Plan wird noch erstellt)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>; as a LinkedIn connection note it will be shortened</source>
            <translation>; als LinkedIn-Kontaktnotiz wird er gekürzt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>The first line may be “Subject: …”. Variables: </source>
            <translation>Die erste Zeile darf „Subject: …“ sein. Variablen: </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Discard your changes to the template “{value}” ({language_label})?</source>
            <translation>Ihre Änderungen an der Vorlage „{value}“ ({language_label}) verwerfen?</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>With the data of {about}</source>
            <translation>Mit den Daten von {about}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Your version</source>
            <translation>Ihre Fassung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>As shipped</source>
            <translation>Original</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>No preview while the template has an error (see below).</source>
            <translation>Keine Vorschau, solange die Vorlage einen Fehler hat (siehe unten).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Error: {sentence} Not saved.</source>
            <translation>Fehler: {sentence} Nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>{name} (no “{label}” suggestion today)</source>
            <translation>{name} (heute kein Vorschlag „{label}“)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Subject: {subject}</source>
            <translation>Betreff: {subject}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>{length} of {limit} characters{note}</source>
            <translation>{length} von {limit} Zeichen{note}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>{length} characters</source>
            <translation>{length} Zeichen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Saved the template “{value}” ({language_label}).</source>
            <translation>Die Vorlage „{value}“ ({language_label}) wurde gespeichert.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>The template “{value}” ({language_label}) is as shipped.</source>
            <translation>Die Vorlage „{value}“ ({language_label}) entspricht wieder dem Original.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>{name} (a suggestion on Today)</source>
            <translation>{name} (ein Vorschlag auf „Heute“)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/settings/templates.py" />
            <source>Error: {sentence}</source>
            <translation>Fehler: {sentence}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>1 week</source>
            <translation>1 Woche</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>1 month</source>
            <translation>1 Monat</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Copy, open LinkedIn</source>
            <translation>Kopieren + LinkedIn</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Open in mail app</source>
            <translation>Im Mailprogramm</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Mark done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Until a date…</source>
            <translation>Bis zu einem Datum…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Dismiss</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Add e-mail / LinkedIn profile…</source>
            <translation>E-Mail / LinkedIn-Profil hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Show this person's page: timeline, profile, connections</source>
            <translation>Die Seite dieser Person zeigen: Verlauf, Profil, Verbindungen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Why:</source>
            <translation>Warum:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Message:</source>
            <translation>Nachricht:</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Fold the card (Left)</source>
            <translation>Die Karte einklappen (Links)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Open the card: the draft and the actions (Return)</source>
            <translation>Die Karte öffnen: der Entwurf und die Aktionen (Eingabe)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>This message is not an e-mail: copy it to LinkedIn, then mark it done</source>
            <translation>Diese Nachricht ist keine E-Mail: Kopieren Sie sie nach LinkedIn und markieren Sie sie dann als erledigt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Record the message as sent; it goes on the timeline ({SHORTCUTS}); Ctrl+Z undoes it</source>
            <translation>Die Nachricht als gesendet erfassen; sie kommt in den Verlauf ({SHORTCUTS}); Strg+Z macht es rückgängig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Hide the card until a later day ({SHORTCUTS})</source>
            <translation>Die Karte bis zu einem späteren Tag ausblenden ({SHORTCUTS})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Never suggest this again ({SHORTCUTS}); Ctrl+Z undoes it</source>
            <translation>Dies nie wieder vorschlagen ({SHORTCUTS}); Strg+Z macht es rückgängig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Open {name}'s profile to add an e-mail address or a LinkedIn profile</source>
            <translation>Das Profil von {name} öffnen, um eine E-Mail-Adresse oder ein LinkedIn-Profil hinzuzufügen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>{length} of {limit} characters (a LinkedIn connection note)</source>
            <translation>{length} von {limit} Zeichen (eine LinkedIn-Kontaktnotiz)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Copy the message and open the profile in the browser ({SHORTCUTS})</source>
            <translation>Die Nachricht kopieren und das Profil im Browser öffnen ({SHORTCUTS})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>No LinkedIn profile is known for {name}: add one on their page</source>
            <translation>Für {name} ist kein LinkedIn-Profil bekannt: Fügen Sie eines auf der Seite der Person hinzu</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Send this e-mail to {email} now, from your mail account (Settings → Mail); it goes on the timeline and the card is done</source>
            <translation>Diese E-Mail jetzt von Ihrem E-Mail-Konto an {email} senden (Einstellungen → E-Mail-Versand); sie kommt in den Verlauf, und die Karte ist erledigt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>A new e-mail with this subject and message ({SHORTCUTS})</source>
            <translation>Eine neue E-Mail mit diesem Betreff und dieser Nachricht ({SHORTCUTS})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>No e-mail address is known for {name}: add one on their page</source>
            <translation>Für {name} ist keine E-Mail-Adresse bekannt: Fügen Sie eine auf der Seite der Person hinzu</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>For {label}, until {format_date}</source>
            <translation>Für {label}, bis {format_date}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card.py" />
            <source>Too long for a LinkedIn connection note: {length} of {limit} characters. Shorten it by {value}.</source>
            <translation>Zu lang für eine LinkedIn-Kontaktnotiz: {length} von {limit} Zeichen. Kürzen Sie um {value}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>Not done</source>
            <translation>Nicht erledigt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>Not snoozed</source>
            <translation>Nicht zurückgestellt</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>Not dismissed</source>
            <translation>Nicht verworfen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>Done: {describe}. The message is on {name}’s timeline.</source>
            <translation>Erledigt: {describe}. Die Nachricht steht im Verlauf von {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>Snoozed until {format_date} ({days_phrase}): {describe}.</source>
            <translation>Zurückgestellt bis {format_date} ({days_phrase}): {describe}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>Dismissed: {describe}.</source>
            <translation>Verworfen: {describe}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>No mail app could be started: the message is on the clipboard.</source>
            <translation>Kein E-Mail-Programm konnte gestartet werden: Die Nachricht liegt in der Zwischenablage.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>The message is on the clipboard: paste it on LinkedIn, then mark the card done ({SHORTCUTS}).</source>
            <translation>Die Nachricht liegt in der Zwischenablage: Fügen Sie sie auf LinkedIn ein und markieren Sie die Karte dann als erledigt ({SHORTCUTS}).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>A new e-mail is open in your mail app. Once it is sent, mark the card done ({SHORTCUTS}).</source>
            <translation>Eine neue E-Mail ist in Ihrem E-Mail-Programm geöffnet. Sobald sie gesendet ist, markieren Sie die Karte als erledigt ({SHORTCUTS}).</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>No LinkedIn profile (http or https) is known for {name}.</source>
            <translation>Für {name} ist kein LinkedIn-Profil (http oder https) bekannt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>No web browser could be started. The message is on the clipboard; open {url} yourself and paste it there.</source>
            <translation>Kein Webbrowser konnte gestartet werden. Die Nachricht liegt in der Zwischenablage; öffnen Sie {url} selbst und fügen Sie sie dort ein.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>No web browser could be started: open {url} yourself. The message is on the clipboard.</source>
            <translation>Kein Webbrowser konnte gestartet werden: Öffnen Sie {url} selbst. Die Nachricht liegt in der Zwischenablage.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>No e-mail address is known for {name}.</source>
            <translation>Für {name} ist keine E-Mail-Adresse bekannt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>No mail app could be started. The message is on the clipboard: paste it into an e-mail to {email}.</source>
            <translation>Kein E-Mail-Programm konnte gestartet werden. Die Nachricht liegt in der Zwischenablage: Fügen Sie sie in eine E-Mail an {email} ein.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/card_actions.py" />
            <source>Subject: {subject}

</source>
            <translation>Betreff: {subject}

</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/column.py" />
            <source>Show {min} more ({remaining} not shown yet)</source>
            <translation>{min} weitere zeigen ({remaining} noch nicht gezeigt)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Looks like a rejection from {where} for {role}</source>
            <translation>Sieht aus wie eine Absage von {where} für {role}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Looks like a rejection from {where}</source>
            <translation>Sieht aus wie eine Absage von {where}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Looks like an interview invitation from {where} for {role}</source>
            <translation>Sieht aus wie eine Einladung zum Vorstellungsgespräch von {where} für {role}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Looks like an interview invitation from {where}</source>
            <translation>Sieht aus wie eine Einladung zum Vorstellungsgespräch von {where}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Looks like {where} received your application for {role}</source>
            <translation>Sieht aus, als hätte {where} Ihre Bewerbung für {role} erhalten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Looks like {where} received your application</source>
            <translation>Sieht aus, als hätte {where} Ihre Bewerbung erhalten</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Looks like an offer from {where} for {role}</source>
            <translation>Sieht aus wie ein Angebot von {where} für {role}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Looks like an offer from {where}</source>
            <translation>Sieht aus wie ein Angebot von {where}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Logged: the process and the timeline say so now.</source>
            <translation>Erfasst: Prozess und Verlauf zeigen es jetzt an.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Put away: Rebound will not ask about this message again.</source>
            <translation>Abgelegt: Rebound fragt nicht mehr nach dieser Nachricht.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Log it</source>
            <translation>Erfassen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Not a rejection</source>
            <translation>Keine Absage</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Move to interview</source>
            <translation>In „Vorstellungsgespräch“ verschieben</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Not an invitation</source>
            <translation>Keine Einladung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Track the application</source>
            <translation>Bewerbung verfolgen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Not about an application</source>
            <translation>Betrifft keine Bewerbung</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Log the offer</source>
            <translation>Angebot erfassen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Not an offer</source>
            <translation>Kein Angebot</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>Because it says {phrases} (confidence {confidence:.2f})</source>
            <translation>Weil darin {phrases} steht (Konfidenz {confidence:.2f})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>From {sender}, {day}: “{subject}”</source>
            <translation>Von {sender}, {day}: „{subject}“</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>{name} is not in Rebound yet: logging it adds them, at {company}.</source>
            <translation>{name} ist noch nicht in Rebound: Beim Erfassen wird die Person hinzugefügt, bei {company}.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/detections.py" />
            <source>{name} is not in Rebound yet: logging it adds them.</source>
            <translation>{name} ist noch nicht in Rebound: Beim Erfassen wird die Person hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>Mark &amp;done</source>
            <translation>Als &amp;erledigt markieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>Copy and open &amp;LinkedIn profile</source>
            <translation>Kopieren und &amp;LinkedIn-Profil öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>Open in &amp;mail app</source>
            <translation>Im E-&amp;Mail-Programm öffnen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>&amp;Snooze…</source>
            <translation>&amp;Zurückstellen…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>D&amp;ismiss</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>Today’s plan is worked out once a backup is restored.</source>
            <translation>Der Plan für heute wird erstellt, sobald eine Sicherung wiederhergestellt ist.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>&amp;Undo </source>
            <translation>&amp;Rückgängig: </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/page.py" />
            <source>Today’s plan could not be worked out:

{message}</source>
            <translation>Der Plan für heute konnte nicht erstellt werden:

{message}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/sending.py" />
            <source>Set up your mail account to send e-mail from Rebound.</source>
            <translation>Richten Sie Ihr E-Mail-Konto ein, um E-Mails aus Rebound zu senden.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/sending.py" />
            <source>Sending the e-mail to {name} in {seconds} seconds.</source>
            <translation>Die E-Mail an {name} wird in {seconds} Sekunden gesendet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/sending.py" />
            <source>Sent to {name}: “{subject}”. The e-mail is on their timeline.</source>
            <translation>An {name} gesendet: „{subject}“. Die E-Mail steht im Verlauf der Person.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/sending.py" />
            <source>Not sent: the e-mail to {name} stays a draft on its card.</source>
            <translation>Nicht gesendet: Die E-Mail an {name} bleibt als Entwurf auf ihrer Karte.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/sending.py" />
            <source>Sending the e-mail to {name}…</source>
            <translation>Die E-Mail an {name} wird gesendet…</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/sending.py" />
            <source>Not sent: {sentence} Nothing was recorded.</source>
            <translation>Nicht gesendet: {sentence} Nichts wurde erfasst.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/snapshot_view.py" />
            <source>Bringing today’s plan up to date… the buttons are ready in a moment.</source>
            <translation>Der Plan für heute wird aktualisiert… die Schaltflächen sind gleich bereit.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>My people</source>
            <translation>Meine Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>Suggestions for the people you hold</source>
            <translation>Vorschläge für die Personen, die Sie betreuen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>Suggestions for every person of the team</source>
            <translation>Vorschläge für alle Personen des Teams</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>Team view</source>
            <translation>Teamansicht</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>Who holds how many people, and how many of their suggestions are due</source>
            <translation>Wer wie viele Personen betreut und wie viele ihrer Vorschläge fällig sind</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>Nobody (no owner)</source>
            <translation>Niemand (ohne Betreuer)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/gui/today/team.py" />
            <source>%n due</source>
            <translation>
                <numerusform>%n fällig</numerusform>
                <numerusform>%n fällig</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/team.py" />
            <source>You ({member})</source>
            <translation>Sie ({member})</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/undo.py" />
            <source>mark done</source>
            <translation>als erledigt markieren</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/undo.py" />
            <source>send</source>
            <translation>senden</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/undo.py" />
            <source>snooze</source>
            <translation>zurückstellen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/undo.py" />
            <source>dismiss</source>
            <translation>verwerfen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/undo.py" />
            <source>Undone: {lower}{value}</source>
            <translation>Rückgängig gemacht: {lower}{value}</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Rebound suggests whom to get back in touch with, and drafts the message: a reply when a process ends in a rejection, a question when a relevant opening appears, congratulations on a new job, and a check-in every three to four months. Log a rejection when a process ends in “no”.</source>
            <translation>Rebound schlägt vor, mit wem Sie wieder Kontakt aufnehmen sollten, und entwirft die Nachricht: eine Antwort, wenn ein Bewerbungsprozess mit einer Absage endet, eine Frage, wenn eine passende Stelle auftaucht, Glückwünsche zu einem neuen Job und alle drei bis vier Monate ein kurzes Melden. Erfassen Sie eine Absage, wenn ein Prozess mit einem „Nein“ endet.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Coming up in the next 14 days</source>
            <translation>In den nächsten 14 Tagen</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Nothing to do today</source>
            <translation>Heute nichts zu tun</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Undo the last action on a card (Ctrl+Z)</source>
            <translation>Die letzte Aktion auf einer Karte rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>Nothing falls due in the next 14 days either.</source>
            <translation>Auch in den nächsten 14 Tagen wird nichts fällig.</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>{today} today</source>
            <translation>{today} heute</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>{coming} coming up</source>
            <translation>{coming} demnächst</translation>
        </message>
        <message>
            <location filename="../../desktop/gui/today/widgets.py" />
            <source>{overdue} overdue</source>
            <translation>{overdue} überfällig</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/contacts.py" />
            <source>Rebound archive (JSON)</source>
            <translation>Rebound-Archiv (JSON)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>the name is a spreadsheet formula</source>
            <translation>der Name ist eine Tabellenformel</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>the first name is a spreadsheet formula</source>
            <translation>der Vorname ist eine Tabellenformel</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>the last name is a spreadsheet formula</source>
            <translation>der Nachname ist eine Tabellenformel</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>the company is a spreadsheet formula</source>
            <translation>das Unternehmen ist eine Tabellenformel</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>the title is a spreadsheet formula</source>
            <translation>der Titel ist eine Tabellenformel</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>{source}: column {column} left out: no field reads it ({where})</source>
            <translation>{source}: Spalte {column} weggelassen: kein Feld liest sie ({where})</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <location filename="../../desktop/interop/linkedin/connections.py" />
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>the row holds NUL bytes (binary data)</source>
            <translation>die Zeile enthält NUL-Bytes (Binärdaten)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>no name, company or e-mail address</source>
            <translation>kein Name, kein Unternehmen und keine E-Mail-Adresse</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>CSV (columns not recognised)</source>
            <translation>CSV (Spalten nicht erkannt)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>CSV with guessed columns ({used})</source>
            <translation>CSV mit erratenen Spalten ({used})</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>guessed columns ({used})</source>
            <translation>vermutete Spalten ({used})</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>Google Contacts CSV</source>
            <translation>Google-Kontakte-CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>Outlook CSV</source>
            <translation>Outlook-CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>Rebound CSV</source>
            <translation>Rebound-CSV</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>CSV with mapped columns</source>
            <translation>CSV mit zugeordneten Spalten</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/csv_people.py" />
            <source>connected on: {error}</source>
            <translation>vernetzt seit: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/connections.py" />
            <source>hidden or closed profile (no name, no URL)</source>
            <translation>verborgenes oder geschlossenes Profil (kein Name, keine URL)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/connections.py" />
            <source>{source}: line {line}: URL {url} is not a web address; left out</source>
            <translation>{source}: Zeile {line}: URL {url} ist keine Webadresse; weggelassen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/connections.py" />
            <source>{source}: line {line}: e-mail {email} is not valid; left out</source>
            <translation>{source}: Zeile {line}: E-Mail-Adresse {email} ist ungültig; weggelassen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/connections.py" />
            <source>{source}: line {line}: 'Connected On' {error}; imported without it</source>
            <translation>{source}: Zeile {line}: 'Connected On' {error}; ohne dieses Datum importiert</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/export.py" />
            <source>LinkedIn data export (folder)</source>
            <translation>LinkedIn-Datenexport (Ordner)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/export.py" />
            <source>LinkedIn data export (zip)</source>
            <translation>LinkedIn-Datenexport (ZIP)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/export.py" />
            <source>LinkedIn CSV file</source>
            <translation>LinkedIn-CSV-Datei</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>cannot tell which participant is you</source>
            <translation>nicht erkennbar, welche beteiligte Person Sie sind</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>draft, never sent</source>
            <translation>Entwurf, nie gesendet</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>empty message</source>
            <translation>leere Nachricht</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>a LinkedIn system message</source>
            <translation>eine Systemnachricht von LinkedIn</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>the sender's profile is hidden</source>
            <translation>das Profil des Absenders ist verborgen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>the other side's profile is hidden</source>
            <translation>das Profil der Gegenseite ist verborgen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>an invitation to or from yourself</source>
            <translation>eine Einladung an oder von Ihnen selbst</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>no one but you in the conversation</source>
            <translation>niemand außer Ihnen in der Unterhaltung</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>cannot tell which side is you (no Direction)</source>
            <translation>nicht erkennbar, welche Seite Sie sind (keine Direction)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>'Sent At' {error}</source>
            <translation>'Sent At' {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/messages.py" />
            <source>DATE {error}</source>
            <translation>DATE {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/values.py" />
            <source>{date} is not a date this importer knows (like '08 Feb 2026')</source>
            <translation>{date} ist kein Datum, das dieser Import kennt (etwa '08 Feb 2026')</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/values.py" />
            <source>date {date} is outside 1900–2100</source>
            <translation>das Datum {date} liegt außerhalb von 1900–2100</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/writer.py" />
            <source>say which participant is you (rebound import linkedin --me "Your Name" or your profile URL; the import wizard asks): {shown}</source>
            <translation>Geben Sie an, welche beteiligte Person Sie sind (rebound import linkedin --me "Ihr Name" oder Ihre Profil-URL; der Import-Assistent fragt danach): {shown}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/writer.py" />
            <source>no company or job title</source>
            <translation>kein Unternehmen oder keine Stellenbezeichnung</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/linkedin/writer.py" />
            <source>{source}: line {line}: 'Application Date' {error}; left out</source>
            <translation>{source}: Zeile {line}: 'Application Date' {error}; weggelassen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} message read</source>
            <translation>{count} Nachricht gelesen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} messages read</source>
            <translation>{count} Nachrichten gelesen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} opening from job alerts</source>
            <translation>{count} offene Stelle aus Jobalerts</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} openings from job alerts</source>
            <translation>{count} offene Stellen aus Jobalerts</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} new on timelines</source>
            <translation>{count} neu in Verläufen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} already there</source>
            <translation>{count} schon vorhanden</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} without anybody of Rebound (not stored)</source>
            <translation>{count} ohne jemanden aus Rebound (nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>Cancelled: {sentence}</source>
            <translation>Abgebrochen: {sentence}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} recognised as steps of an application</source>
            <translation>{count} als Schritte einer Bewerbung erkannt</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/importer.py" />
            <source>{count} could not be read</source>
            <translation>{count} nicht lesbar</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/preview.py" />
            <source>E-mail: mbox file</source>
            <translation>E-Mail: mbox-Datei</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/preview.py" />
            <source>E-mail: Maildir folder</source>
            <translation>E-Mail: Maildir-Ordner</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/preview.py" />
            <source>E-mail: one .eml message</source>
            <translation>E-Mail: eine .eml-Nachricht</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/preview.py" />
            <source>E-mail: folder of .eml files</source>
            <translation>E-Mail: Ordner mit .eml-Dateien</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/mail/preview.py" />
            <source>the first {count} messages were read for this preview; the import reads all</source>
            <translation>für diese Vorschau wurden die ersten {count} Nachrichten gelesen; der Import liest alle</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} new person</source>
            <translation>{count} neue Person</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} new people</source>
            <translation>{count} neue Personen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} message</source>
            <translation>{count} Nachricht</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} messages</source>
            <translation>{count} Nachrichten</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{where} and {count} row without a line</source>
            <translation>{where} und {count} Zeile ohne Zeilennummer</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{where} and {count} rows without a line</source>
            <translation>{where} und {count} Zeilen ohne Zeilennummer</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} card</source>
            <translation>{count} Karte</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} cards</source>
            <translation>{count} Karten</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} row</source>
            <translation>{count} Zeile</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} rows</source>
            <translation>{count} Zeilen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} person updated</source>
            <translation>{count} Person aktualisiert</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} people updated</source>
            <translation>{count} Personen aktualisiert</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} row skipped</source>
            <translation>{count} Zeile übersprungen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>{count} rows skipped</source>
            <translation>{count} Zeilen übersprungen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>line {lines}</source>
            <translation>Zeile {lines}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/people_import.py" />
            <source>lines {lines}</source>
            <translation>Zeilen {lines}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>left out: a second title</source>
            <translation>weggelassen: ein zweiter Titel</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>left out: a second full name</source>
            <translation>weggelassen: ein zweiter vollständiger Name</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>the card names no one (no FN, N, ORG or e-mail address)</source>
            <translation>die Karte nennt niemanden (kein FN, N, ORG und keine E-Mail-Adresse)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>the name looks like a spreadsheet formula</source>
            <translation>der Name sieht wie eine Tabellenformel aus</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>left out: a second organisation</source>
            <translation>weggelassen: eine zweite Organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>the card has more than {count} properties</source>
            <translation>die Karte hat mehr als {count} Eigenschaften</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>shortened to the organisation: {units}</source>
            <translation>auf die Organisation gekürzt: {units}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>shortened to the city, region and country</source>
            <translation>auf Stadt, Region und Land gekürzt</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>left out: a second address</source>
            <translation>weggelassen: eine zweite Adresse</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>left out: Rebound keeps no pictures, sounds or keys</source>
            <translation>weggelassen: Rebound speichert keine Bilder, Töne oder Schlüssel</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>left out: {reason}</source>
            <translation>weggelassen: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard.py" />
            <source>left out: Rebound has no field for it</source>
            <translation>weggelassen: Rebound hat kein Feld dafür</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard_lines.py" />
            <source>not UTF-8; read as Windows-1252</source>
            <translation>kein UTF-8; als Windows-1252 gelesen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard_lines.py" />
            <source>the value is {count} characters long; over {limit} are not read</source>
            <translation>der Wert ist {count} Zeichen lang; mehr als {limit} werden nicht gelesen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard_lines.py" />
            <source>not a property (no NAME: before the value)</source>
            <translation>keine Eigenschaft (kein NAME: vor dem Wert)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard_lines.py" />
            <source>{source}: line {line}: the card that begins here has no END:VCARD (the file is cut off?)</source>
            <translation>{source}: Zeile {line}: der Karte, die hier beginnt, fehlt END:VCARD (ist die Datei abgeschnitten?)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard_lines.py" />
            <source>{source}: not a vCard file (no BEGIN:VCARD … END:VCARD)</source>
            <translation>{source}: keine vCard-Datei (kein BEGIN:VCARD … END:VCARD)</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard_lines.py" />
            <source>not {charset} as it says; read as Windows-1252</source>
            <translation>nicht {charset}, wie angegeben; als Windows-1252 gelesen</translation>
        </message>
        <message>
            <location filename="../../desktop/interop/vcard_lines.py" />
            <source>{source}: line {line}: the card that begins here has no END:VCARD</source>
            <translation>{source}: Zeile {line}: der Karte, die hier beginnt, fehlt END:VCARD</translation>
        </message>
        <message>
            <location filename="../../desktop/secrets.py" />
            <source>no keyring service was found on this system</source>
            <translation>auf diesem System wurde kein Schlüsselbund-Dienst gefunden</translation>
        </message>
        <message>
            <location filename="../../desktop/secrets.py" />
            <source>the keyring backend {name} keeps secrets in a plain file</source>
            <translation>der Schlüsselbund {name} speichert Geheimnisse in einer unverschlüsselten Datei</translation>
        </message>
    </context>
</TS>
