<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
    <context>
        <name>AdminActions</name>
        <message>
            <source>P&amp;ersonal …</source>
            <translation>P&amp;ersonal …</translation>
        </message>
        <message>
            <source>&amp;Einstellungen …</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>Das dürfen nur Admins. Bitte als Admin anmelden (Strg+Umschalt+A).</source>
            <translation>Das dürfen nur Admins. Bitte als Admin anmelden (Strg+Umschalt+A).</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Einstellungen</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Erstes Admin-Konto</source>
            <translation>Erstes Admin-Konto</translation>
        </message>
        <message>
            <source>Mit Kürzel und PIN melden Sie sich an und legen weiteres Personal an (Verwaltung → Personal).</source>
            <translation>Mit Kürzel und PIN melden Sie sich an und legen weiteres Personal an (Verwaltung → Personal).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kürzel</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>z. B. AM</source>
            <translation>z. B. AM</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN wiederholen</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Kürzel:</translation>
        </message>
        <message>
            <source>&amp;PIN (4–8 Ziffern):</source>
            <translation>&amp;PIN (4–8 Ziffern):</translation>
        </message>
        <message>
            <source>PIN &amp;wiederholen:</source>
            <translation>PIN &amp;wiederholen:</translation>
        </message>
        <message>
            <source>Auf dem Server gibt es schon Personal. Bitte nach dem Start mit dem eigenen Kürzel anmelden.</source>
            <translation>Auf dem Server gibt es schon Personal. Bitte nach dem Start mit dem eigenen Kürzel anmelden.</translation>
        </message>
        <message>
            <source>Bitte einen Namen eingeben.</source>
            <translation>Bitte einen Namen eingeben.</translation>
        </message>
        <message>
            <source>Die PIN hat 4 bis 8 Ziffern.</source>
            <translation>Die PIN hat 4 bis 8 Ziffern.</translation>
        </message>
        <message>
            <source>Das Kürzel hat 1 bis 8 Buchstaben.</source>
            <translation>Das Kürzel hat 1 bis 8 Buchstaben.</translation>
        </message>
        <message>
            <source>Die beiden PINs stimmen nicht überein.</source>
            <translation>Die beiden PINs stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>AdministrationMenu</name>
        <message>
            <source>&amp;Verwaltung</source>
            <translation>&amp;Verwaltung</translation>
        </message>
        <message>
            <source>&amp;Protokoll …</source>
            <translation>&amp;Protokoll …</translation>
        </message>
        <message>
            <source>&amp;Datensicherung erstellen …</source>
            <translation>&amp;Datensicherung erstellen …</translation>
        </message>
        <message>
            <source>Protokoll</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Das Protokoll sehen nur Standort-Admins und Admins. Bitte zuerst anmelden (Strg+Umschalt+A).</source>
            <translation>Das Protokoll sehen nur Standort-Admins und Admins. Bitte zuerst anmelden (Strg+Umschalt+A).</translation>
        </message>
        <message>
            <source>Datensicherung erstellen</source>
            <translation>Datensicherung erstellen</translation>
        </message>
        <message>
            <source>SQLite-Datenbank (*.sqlite)</source>
            <translation>SQLite-Datenbank (*.sqlite)</translation>
        </message>
        <message>
            <source>Datensicherung läuft …</source>
            <translation>Datensicherung läuft …</translation>
        </message>
        <message>
            <source>Datensicherung gespeichert: {path}</source>
            <translation>Datensicherung gespeichert: {path}</translation>
        </message>
        <message>
            <source>Datensicherung</source>
            <translation>Datensicherung</translation>
        </message>
    </context>
    <context>
        <name>AlternativeDialog</name>
        <message>
            <source>anderer Raum</source>
            <translation>anderer Raum</translation>
        </message>
        <message>
            <source>andere Zeit</source>
            <translation>andere Zeit</translation>
        </message>
        <message>
            <source>anderer Platz</source>
            <translation>anderer Platz</translation>
        </message>
        <message>
            <source>andere Tageshälfte</source>
            <translation>andere Tageshälfte</translation>
        </message>
        <message>
            <source>anderes Gerät</source>
            <translation>anderes Gerät</translation>
        </message>
        <message>
            <source>Keine freie Alternative gefunden. Bitte stornieren oder die Leitung fragen.</source>
            <translation>Keine freie Alternative gefunden. Bitte stornieren oder die Leitung fragen.</translation>
        </message>
        <message>
            <source>Notiz (freiwillig), z. B. mit wem gesprochen</source>
            <translation>Notiz (freiwillig), z. B. mit wem gesprochen</translation>
        </message>
        <message>
            <source>&amp;Notiz:</source>
            <translation>&amp;Notiz:</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Protokoll</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Alle Personen</source>
            <translation>Alle Personen</translation>
        </message>
        <message>
            <source>Alle Bereiche</source>
            <translation>Alle Bereiche</translation>
        </message>
        <message>
            <source>Alle Standorte</source>
            <translation>Alle Standorte</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Von:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;Bis:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Be&amp;reich:</source>
            <translation>Be&amp;reich:</translation>
        </message>
        <message>
            <source>&amp;Standort:</source>
            <translation>&amp;Standort:</translation>
        </message>
        <message>
            <source>Protokolleinträge</source>
            <translation>Protokolleinträge</translation>
        </message>
        <message>
            <source>&amp;Aktualisieren</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Weitere laden</source>
            <translation>&amp;Weitere laden</translation>
        </message>
        <message>
            <source>Als &amp;CSV exportieren …</source>
            <translation>Als &amp;CSV exportieren …</translation>
        </message>
        <message numerus="yes">
            <source>%n Einträge geladen</source>
            <translation>
                <numerusform>%n Eintrag geladen</numerusform>
                <numerusform>%n Einträge geladen</numerusform>
            </translation>
        </message>
        <message>
            <source>Protokoll exportieren</source>
            <translation>Protokoll exportieren</translation>
        </message>
        <message>
            <source>protokoll-{day}.csv</source>
            <translation>protokoll-{day}.csv</translation>
        </message>
        <message>
            <source>CSV für Excel (*.csv)</source>
            <translation>CSV für Excel (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n Einträge exportiert</source>
            <translation>
                <numerusform>%n Eintrag exportiert</numerusform>
                <numerusform>%n Einträge exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Export fehlgeschlagen: {reason}</source>
            <translation>Export fehlgeschlagen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>Zeitpunkt</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Mitarbeiter:in</source>
            <translation>Mitarbeiter:in</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Bereich</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Aktion</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Änderungen</source>
            <translation>Änderungen</translation>
        </message>
    </context>
    <context>
        <name>BookingDetailDialog</name>
        <message>
            <source>Raumbuchung: %1</source>
            <translation>Raumbuchung: %1</translation>
        </message>
        <message>
            <source>%1 (%2 Plätze)</source>
            <translation>%1 (%2 Plätze)</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Pflicht beim Stornieren</source>
            <translation>Pflicht beim Stornieren</translation>
        </message>
        <message>
            <source>&amp;Raum:</source>
            <translation>&amp;Raum:</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Beginn:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;Ende:</source>
            <translation>&amp;Ende:</translation>
        </message>
        <message>
            <source>Teil&amp;nehmende:</source>
            <translation>Teil&amp;nehmende:</translation>
        </message>
        <message>
            <source>N&amp;otizen:</source>
            <translation>N&amp;otizen:</translation>
        </message>
        <message>
            <source>Storno&amp;grund:</source>
            <translation>Storno&amp;grund:</translation>
        </message>
        <message>
            <source>Gilt für</source>
            <translation>Gilt für</translation>
        </message>
        <message>
            <source>nur &amp;dieser Termin</source>
            <translation>nur &amp;dieser Termin</translation>
        </message>
        <message>
            <source>dieser und alle &amp;folgenden</source>
            <translation>dieser und alle &amp;folgenden</translation>
        </message>
        <message>
            <source>ganze &amp;Serie</source>
            <translation>ganze &amp;Serie</translation>
        </message>
        <message>
            <source>&amp;Konflikte überspringen</source>
            <translation>&amp;Konflikte überspringen</translation>
        </message>
        <message>
            <source>Zeitraum der Serie stornieren</source>
            <translation>Zeitraum der Serie stornieren</translation>
        </message>
        <message>
            <source>vom</source>
            <translation>vom</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>&amp;Speichern</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>S&amp;tornieren …</source>
            <translation>S&amp;tornieren …</translation>
        </message>
        <message>
            <source>&amp;Zeitraum stornieren …</source>
            <translation>&amp;Zeitraum stornieren …</translation>
        </message>
        <message>
            <source>Bestätigung &amp;drucken</source>
            <translation>Bestätigung &amp;drucken</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Storniert: %1</source>
            <translation>Storniert: %1</translation>
        </message>
        <message>
            <source>ohne Grund</source>
            <translation>ohne Grund</translation>
        </message>
        <message>
            <source>bestätigt</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>vorläufig</source>
            <translation>vorläufig</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>storniert</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 · Termin einer Serie</source>
            <translation>%1 · Termin einer Serie</translation>
        </message>
        <message>
            <source>Das Datum lässt sich nur für diesen einen Termin ändern.</source>
            <translation>Das Datum lässt sich nur für diesen einen Termin ändern.</translation>
        </message>
        <message>
            <source>Bitte einen Grund für die Stornierung angeben.</source>
            <translation>Bitte einen Grund für die Stornierung angeben.</translation>
        </message>
        <message>
            <source>Diesen Termin wirklich stornieren?</source>
            <translation>Diesen Termin wirklich stornieren?</translation>
        </message>
        <message>
            <source>Diesen und alle folgenden Termine der Serie stornieren?</source>
            <translation>Diesen und alle folgenden Termine der Serie stornieren?</translation>
        </message>
        <message>
            <source>Alle kommenden Termine der Serie stornieren?</source>
            <translation>Alle kommenden Termine der Serie stornieren?</translation>
        </message>
        <message>
            <source>Stornieren</source>
            <translation>Stornieren</translation>
        </message>
        <message>
            <source>Alle Termine der Serie vom %1 bis %2 stornieren?</source>
            <translation>Alle Termine der Serie vom %1 bis %2 stornieren?</translation>
        </message>
        <message>
            <source>Zeitraum stornieren</source>
            <translation>Zeitraum stornieren</translation>
        </message>
        <message>
            <source>Buchungsbestätigung</source>
            <translation>Buchungsbestätigung</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>Raum buchen</source>
            <translation>Raum buchen</translation>
        </message>
        <message>
            <source>%1 (%2 Plätze)</source>
            <translation>%1 (%2 Plätze)</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>&amp;Wiederholen</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>wöchentlich</source>
            <translation>wöchentlich</translation>
        </message>
        <message>
            <source>monatlich am gleichen Wochentag</source>
            <translation>monatlich am gleichen Wochentag</translation>
        </message>
        <message>
            <source>1.</source>
            <translation>1.</translation>
        </message>
        <message>
            <source>2.</source>
            <translation>2.</translation>
        </message>
        <message>
            <source>3.</source>
            <translation>3.</translation>
        </message>
        <message>
            <source>4.</source>
            <translation>4.</translation>
        </message>
        <message>
            <source>letzten</source>
            <translation>letzten</translation>
        </message>
        <message>
            <source>bis Enddatum</source>
            <translation>bis Enddatum</translation>
        </message>
        <message>
            <source>&amp;Konflikte überspringen</source>
            <translation>&amp;Konflikte überspringen</translation>
        </message>
        <message>
            <source>Regel:</source>
            <translation>Regel:</translation>
        </message>
        <message>
            <source>Alle … Wochen/Monate:</source>
            <translation>Alle … Wochen/Monate:</translation>
        </message>
        <message>
            <source>Woche im Monat:</source>
            <translation>Woche im Monat:</translation>
        </message>
        <message>
            <source>Anzahl:</source>
            <translation>Anzahl:</translation>
        </message>
        <message>
            <source>Enddatum:</source>
            <translation>Enddatum:</translation>
        </message>
        <message>
            <source>Inventarnummern scannen oder tippen, mit Komma</source>
            <translation>Inventarnummern scannen oder tippen, mit Komma</translation>
        </message>
        <message>
            <source>&amp;Raum:</source>
            <translation>&amp;Raum:</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Beginn:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;Ende:</source>
            <translation>&amp;Ende:</translation>
        </message>
        <message>
            <source>&amp;Teilnehmende:</source>
            <translation>&amp;Teilnehmende:</translation>
        </message>
        <message>
            <source>&amp;Notizen:</source>
            <translation>&amp;Notizen:</translation>
        </message>
        <message>
            <source>&amp;Geräte:</source>
            <translation>&amp;Geräte:</translation>
        </message>
        <message>
            <source>Mehr Personen, als der Raum fasst (%1).</source>
            <translation>Mehr Personen, als der Raum fasst (%1).</translation>
        </message>
        <message>
            <source>Schon gebucht: %1 (%2), %3–%4 Uhr.</source>
            <translation>Schon gebucht: %1 (%2), %3–%4 Uhr.</translation>
        </message>
        <message>
            <source>%1 Termine belegt.</source>
            <translation>%1 Termine belegt.</translation>
        </message>
        <message>
            <source>Bitte Raum und Organisation wählen.</source>
            <translation>Bitte Raum und Organisation wählen.</translation>
        </message>
        <message>
            <source>Buchungsbestätigung</source>
            <translation>Buchungsbestätigung</translation>
        </message>
        <message>
            <source>Arbeitsplatz buchen</source>
            <translation>Arbeitsplatz buchen</translation>
        </message>
        <message>
            <source>Kontakt wählen oder Namen eingeben</source>
            <translation>Kontakt wählen oder Namen eingeben</translation>
        </message>
        <message>
            <source>Nur an diesen Wochentagen:</source>
            <translation>Nur an diesen Wochentagen:</translation>
        </message>
        <message>
            <source>nur ausfüllen, um das Kontingent zu überschreiten</source>
            <translation>nur ausfüllen, um das Kontingent zu überschreiten</translation>
        </message>
        <message>
            <source>Buchen</source>
            <translation>Buchen</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Arbeitsplatz</source>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Kontingent</source>
            <translation>Kontingent</translation>
        </message>
        <message>
            <source>Vom</source>
            <translation>Vom</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Zeit</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Grund für Überschreitung</source>
            <translation>Grund für Überschreitung</translation>
        </message>
        <message>
            <source>Im {month}: {used} Platztage gebucht (kein Kontingent)</source>
            <translation>Im {month}: {used} Platztage gebucht (kein Kontingent)</translation>
        </message>
        <message>
            <source>Im {month}: {used} von {quota} Platztagen gebucht</source>
            <translation>Im {month}: {used} von {quota} Platztagen gebucht</translation>
        </message>
        <message>
            <source>Bitte eine Organisation aus der Liste wählen.</source>
            <translation>Bitte eine Organisation aus der Liste wählen.</translation>
        </message>
        <message>
            <source>An diesem Standort ist kein Arbeitsplatz buchbar.</source>
            <translation>An diesem Standort ist kein Arbeitsplatz buchbar.</translation>
        </message>
    </context>
    <context>
        <name>CalendarGrid</name>
        <message>
            <source>Raumbelegung</source>
            <translation>Raumbelegung</translation>
        </message>
        <message>
            <source>Dieser Standort hat keine Räume.</source>
            <translation>Dieser Standort hat keine Räume.</translation>
        </message>
        <message>
            <source>%1
%2
%3–%4 Uhr</source>
            <translation>%1
%2
%3–%4 Uhr</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>◀ Zurück</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Weiter ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>&amp;Heute</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <source>&amp;Woche</source>
            <translation>&amp;Woche</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>&amp;Tag</translation>
        </message>
        <message>
            <source>Gehe zu &amp;Datum</source>
            <translation>Gehe zu &amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Neue Buchung</source>
            <translation>&amp;Neue Buchung</translation>
        </message>
        <message>
            <source>Buchung ö&amp;ffnen</source>
            <translation>Buchung ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Raum &amp;finden …</source>
            <translation>Raum &amp;finden …</translation>
        </message>
        <message>
            <source>&amp;Sperren und Schließtage …</source>
            <translation>&amp;Sperren und Schließtage …</translation>
        </message>
        <message>
            <source>&amp;Aktualisieren</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>%1 · KW %2</source>
            <translation>%1 · KW %2</translation>
        </message>
        <message>
            <source>KW %1 · %2 – %3</source>
            <translation>KW %1 · %2 – %3</translation>
        </message>
        <message>
            <source>Dieser Standort hat keine Räume.</source>
            <translation>Dieser Standort hat keine Räume.</translation>
        </message>
    </context>
    <context>
        <name>CancelRangeDialog</name>
        <message>
            <source>Zeitraum stornieren</source>
            <translation>Zeitraum stornieren</translation>
        </message>
        <message>
            <source>alle Arbeitsplätze</source>
            <translation>alle Arbeitsplätze</translation>
        </message>
        <message>
            <source>alle Organisationen</source>
            <translation>alle Organisationen</translation>
        </message>
        <message>
            <source>optional, z. B. Urlaub</source>
            <translation>optional, z. B. Urlaub</translation>
        </message>
        <message>
            <source>Stornieren</source>
            <translation>Stornieren</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Arbeitsplatz</source>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Vom</source>
            <translation>Vom</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Bitte eine Organisation aus der Liste wählen.</source>
            <translation>Bitte eine Organisation aus der Liste wählen.</translation>
        </message>
    </context>
    <context>
        <name>CartPanel</name>
        <message>
            <source>Inventarnummer scannen oder Set-Namen eingeben</source>
            <translation>Inventarnummer scannen oder Set-Namen eingeben</translation>
        </message>
        <message>
            <source>Bereit zum Scannen.</source>
            <translation>Bereit zum Scannen.</translation>
        </message>
        <message>
            <source>Warenkorb</source>
            <translation>Warenkorb</translation>
        </message>
        <message numerus="yes">
            <source>%n Gerät(e) im Warenkorb</source>
            <translation>
                <numerusform>%n Gerät im Warenkorb</numerusform>
                <numerusform>%n Geräte im Warenkorb</numerusform>
            </translation>
        </message>
        <message>
            <source>Gerät {number} ist schon im Warenkorb.</source>
            <translation>Gerät {number} ist schon im Warenkorb.</translation>
        </message>
        <message>
            <source>✓ {number} {name} hinzugefügt (Standort {location}).</source>
            <translation>✓ {number} {name} hinzugefügt (Standort {location}).</translation>
        </message>
        <message>
            <source>{number} {name} entfernt.</source>
            <translation>{number} {name} entfernt.</translation>
        </message>
        <message>
            <source>Weder Gerät noch Set „{text}“ gefunden.</source>
            <translation>Weder Gerät noch Set „{text}“ gefunden.</translation>
        </message>
        <message>
            <source>Mehrere Sets passen zu „{text}“: {names}</source>
            <translation>Mehrere Sets passen zu „{text}“: {names}</translation>
        </message>
        <message>
            <source>Es sind keine Sets angelegt.</source>
            <translation>Es sind keine Sets angelegt.</translation>
        </message>
        <message>
            <source>Set hinzufügen</source>
            <translation>Set hinzufügen</translation>
        </message>
        <message>
            <source>Set:</source>
            <translation>Set:</translation>
        </message>
        <message>
            <source>{number} ist schon im Warenkorb.</source>
            <translation>{number} ist schon im Warenkorb.</translation>
        </message>
        <message>
            <source>Set „{kit}“: {count} Gerät(e) hinzugefügt. Nicht möglich: {problems}</source>
            <translation>Set „{kit}“: {count} Gerät(e) hinzugefügt. Nicht möglich: {problems}</translation>
        </message>
        <message>
            <source>✓ Set „{kit}“: {count} Gerät(e) hinzugefügt.</source>
            <translation>✓ Set „{kit}“: {count} Gerät(e) hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Kategorien</source>
            <translation>Kategorien</translation>
        </message>
        <message>
            <source> Tage</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>z. B. 50,00</source>
            <translation>z. B. 50,00</translation>
        </message>
        <message>
            <source>Ein Punkt pro Zeile, z. B. Fernbedienung</source>
            <translation>Ein Punkt pro Zeile, z. B. Fernbedienung</translation>
        </message>
        <message>
            <source>&amp;Neue Kategorie</source>
            <translation>&amp;Neue Kategorie</translation>
        </message>
        <message>
            <source>&amp;Speichern</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Leihdauer</source>
            <translation>&amp;Leihdauer</translation>
        </message>
        <message>
            <source>&amp;Kaution (€)</source>
            <translation>&amp;Kaution (€)</translation>
        </message>
        <message>
            <source>&amp;Rückgabe-Checkliste</source>
            <translation>&amp;Rückgabe-Checkliste</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Die Kaution bitte als Betrag angeben, z. B. 50,00.</source>
            <translation>Die Kaution bitte als Betrag angeben, z. B. 50,00.</translation>
        </message>
        <message>
            <source>Kategorie „{name}“ gespeichert.</source>
            <translation>Kategorie „{name}“ gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>CheckOutDialog</name>
        <message>
            <source>Ausleihe</source>
            <translation>Ausleihe</translation>
        </message>
        <message>
            <source>z. B. Sommerfest im Bürgerzentrum</source>
            <translation>z. B. Sommerfest im Bürgerzentrum</translation>
        </message>
        <message>
            <source>Ausleihen</source>
            <translation>Ausleihen</translation>
        </message>
        <message>
            <source>Position entfernen</source>
            <translation>Position entfernen</translation>
        </message>
        <message>
            <source>Set hinzufügen …</source>
            <translation>Set hinzufügen …</translation>
        </message>
        <message>
            <source>Neue Ausleihe</source>
            <translation>Neue Ausleihe</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Wer leiht aus?</source>
            <translation>Wer leiht aus?</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Von:</source>
            <translation>Von:</translation>
        </message>
        <message>
            <source>K&amp;aution:</source>
            <translation>K&amp;aution:</translation>
        </message>
        <message>
            <source>&amp;Zweck:</source>
            <translation>&amp;Zweck:</translation>
        </message>
        <message>
            <source>Geräte</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <source>Standard: {date}</source>
            <translation>Standard: {date}</translation>
        </message>
        <message>
            <source>Standard ergibt sich aus den Geräten</source>
            <translation>Standard ergibt sich aus den Geräten</translation>
        </message>
        <message>
            <source>von Hand gesetzt</source>
            <translation>von Hand gesetzt</translation>
        </message>
        <message>
            <source>Reservieren</source>
            <translation>Reservieren</translation>
        </message>
        <message>
            <source>Bitte zuerst die Organisation wählen.</source>
            <translation>Bitte zuerst die Organisation wählen.</translation>
        </message>
        <message>
            <source>Bitte eine Kontaktperson wählen.</source>
            <translation>Bitte eine Kontaktperson wählen.</translation>
        </message>
        <message>
            <source>Der Warenkorb ist leer.</source>
            <translation>Der Warenkorb ist leer.</translation>
        </message>
        <message numerus="yes">
            <source>✓ Reservierung {receipt} gespeichert: %n Gerät(e), {start} bis {due}.</source>
            <translation>
                <numerusform>✓ Reservierung {receipt} gespeichert: %n Gerät, {start} bis {due}.</numerusform>
                <numerusform>✓ Reservierung {receipt} gespeichert: %n Geräte, {start} bis {due}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ Leihvorgang {receipt} gespeichert: %n Gerät(e) bis {due}, Kaution {deposit}.</source>
            <translation>
                <numerusform>✓ Leihvorgang {receipt} gespeichert: %n Gerät bis {due}, Kaution {deposit}.</numerusform>
                <numerusform>✓ Leihvorgang {receipt} gespeichert: %n Geräte bis {due}, Kaution {deposit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Leihschein wird erstellt …</source>
            <translation>Leihschein wird erstellt …</translation>
        </message>
        <message>
            <source>Leihschein {receipt}</source>
            <translation>Leihschein {receipt}</translation>
        </message>
        <message>
            <source>Ausleihe abbrechen?</source>
            <translation>Ausleihe abbrechen?</translation>
        </message>
        <message>
            <source>Im Warenkorb liegen noch Geräte. Ausleihe wirklich abbrechen?</source>
            <translation>Im Warenkorb liegen noch Geräte. Ausleihe wirklich abbrechen?</translation>
        </message>
    </context>
    <context>
        <name>ClosuresDialog</name>
        <message>
            <source>Sperren und Schließtage</source>
            <translation>Sperren und Schließtage</translation>
        </message>
        <message>
            <source>&amp;Raum sperren</source>
            <translation>&amp;Raum sperren</translation>
        </message>
        <message>
            <source>&amp;Schließtag des Hauses</source>
            <translation>&amp;Schließtag des Hauses</translation>
        </message>
        <message>
            <source>Raumsperre</source>
            <translation>Raumsperre</translation>
        </message>
        <message>
            <source>Ra&amp;um:</source>
            <translation>Ra&amp;um:</translation>
        </message>
        <message>
            <source>&amp;Von:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;Bis:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Schließtag</source>
            <translation>Schließtag</translation>
        </message>
        <message>
            <source>erst &amp;ab</source>
            <translation>erst &amp;ab</translation>
        </message>
        <message>
            <source>für &amp;alle Standorte</source>
            <translation>für &amp;alle Standorte</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>Geschlossen:</source>
            <translation>Geschlossen:</translation>
        </message>
        <message>
            <source>z. B. Malerarbeiten, Betriebsausflug</source>
            <translation>z. B. Malerarbeiten, Betriebsausflug</translation>
        </message>
        <message>
            <source>Betroffene Buchungen</source>
            <translation>Betroffene Buchungen</translation>
        </message>
        <message>
            <source>&amp;Eintragen</source>
            <translation>&amp;Eintragen</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Eintragen (Strg+S)</source>
            <translation>Eintragen (Strg+S)</translation>
        </message>
        <message>
            <source>&amp;Grund:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>Betroffene Buchungen – bitte anrufen:</source>
            <translation>Betroffene Buchungen – bitte anrufen:</translation>
        </message>
        <message>
            <source>Sperren und Schließtage trägt die Standortleitung ein.</source>
            <translation>Sperren und Schließtage trägt die Standortleitung ein.</translation>
        </message>
        <message>
            <source>Das Ende muss nach dem Beginn liegen.</source>
            <translation>Das Ende muss nach dem Beginn liegen.</translation>
        </message>
        <message numerus="yes">
            <source>%n Buchung(en) betroffen. Sie bleiben bestehen: bitte anrufen.</source>
            <translation>
                <numerusform>%n Buchung betroffen. Sie bleibt bestehen: bitte anrufen.</numerusform>
                <numerusform>%n Buchungen betroffen. Sie bleiben bestehen: bitte anrufen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keine Buchung betroffen.</source>
            <translation>Keine Buchung betroffen.</translation>
        </message>
        <message numerus="yes">
            <source>Eingetragen. %n betroffene Buchung(en) bitte anrufen.</source>
            <translation>
                <numerusform>Eingetragen. %n betroffene Buchung bitte anrufen.</numerusform>
                <numerusform>Eingetragen. %n betroffene Buchungen bitte anrufen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Eingetragen.</source>
            <translation>Eingetragen.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDetail</name>
        <message>
            <source>A – behält den Platz</source>
            <translation>A – behält den Platz</translation>
        </message>
        <message>
            <source>B – im Konflikt</source>
            <translation>B – im Konflikt</translation>
        </message>
        <message>
            <source>{kind}: {resource}, {when}</source>
            <translation>{kind}: {resource}, {when}</translation>
        </message>
        <message>
            <source>A – behält den Platz (vom Server bestätigt)</source>
            <translation>A – behält den Platz (vom Server bestätigt)</translation>
        </message>
        <message>
            <source>B – im Konflikt (nicht bestätigt)</source>
            <translation>B – im Konflikt (nicht bestätigt)</translation>
        </message>
        <message>
            <source>{kind}: „{field}“ von {what} wurde an zwei Standorten geändert</source>
            <translation>{kind}: „{field}“ von {what} wurde an zwei Standorten geändert</translation>
        </message>
        <message>
            <source>A – dieser Wert gilt</source>
            <translation>A – dieser Wert gilt</translation>
        </message>
        <message>
            <source>B – dieser Wert wurde überschrieben</source>
            <translation>B – dieser Wert wurde überschrieben</translation>
        </message>
        <message>
            <source>Betroffener Datensatz</source>
            <translation>Betroffener Datensatz</translation>
        </message>
        <message>
            <source>Abgelehnte Änderung</source>
            <translation>Abgelehnte Änderung</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>Keine offenen Konflikte. Doppelbuchungen zwischen den Standorten, gleichzeitige Änderungen und abgelehnte Änderungen erscheinen hier nach der Synchronisation.</source>
            <translation>Keine offenen Konflikte. Doppelbuchungen zwischen den Standorten, gleichzeitige Änderungen und abgelehnte Änderungen erscheinen hier nach der Synchronisation.</translation>
        </message>
        <message>
            <source>Verschieben …</source>
            <translation>Verschieben …</translation>
        </message>
        <message>
            <source>Stornieren …</source>
            <translation>Stornieren …</translation>
        </message>
        <message>
            <source>Tauschen …</source>
            <translation>Tauschen …</translation>
        </message>
        <message>
            <source>Übergehen (Leitung) …</source>
            <translation>Übergehen (Leitung) …</translation>
        </message>
        <message>
            <source>Erledigt …</source>
            <translation>Erledigt …</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Aktualisieren</translation>
        </message>
        <message numerus="yes">
            <source>Offene Konflikte an diesem Standort: %n</source>
            <translation>
                <numerusform>Offene Konflikte an diesem Standort: %n</numerusform>
                <numerusform>Offene Konflikte an diesem Standort: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Tauschen</source>
            <translation>Tauschen</translation>
        </message>
        <message>
            <source>B ({b}) bekommt {resource}. Wohin weicht A ({a}) aus?</source>
            <translation>B ({b}) bekommt {resource}. Wohin weicht A ({a}) aus?</translation>
        </message>
        <message>
            <source>Verschieben</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Wohin soll B ({b}: {what}) ausweichen?</source>
            <translation>Wohin soll B ({b}: {what}) ausweichen?</translation>
        </message>
        <message>
            <source>Stornieren</source>
            <translation>Stornieren</translation>
        </message>
        <message>
            <source>Die Buchung von B ({b}: {what}) wird storniert. Warum?</source>
            <translation>Die Buchung von B ({b}: {what}) wird storniert. Warum?</translation>
        </message>
        <message>
            <source>Konflikt übergehen</source>
            <translation>Konflikt übergehen</translation>
        </message>
        <message>
            <source>Beide Buchungen bleiben bestehen (z. B. teilen sich die Gruppen den Raum). Die Begründung wird protokolliert.</source>
            <translation>Beide Buchungen bleiben bestehen (z. B. teilen sich die Gruppen den Raum). Die Begründung wird protokolliert.</translation>
        </message>
        <message>
            <source>Konflikt übergangen; beide Buchungen bleiben bestehen.</source>
            <translation>Konflikt übergangen; beide Buchungen bleiben bestehen.</translation>
        </message>
        <message>
            <source>Als erledigt markieren</source>
            <translation>Als erledigt markieren</translation>
        </message>
        <message>
            <source>Der Eintrag verschwindet aus der Liste. Was wurde getan?</source>
            <translation>Der Eintrag verschwindet aus der Liste. Was wurde getan?</translation>
        </message>
        <message>
            <source>Als erledigt markiert.</source>
            <translation>Als erledigt markiert.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTableModel</name>
        <message>
            <source>Wann</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Raum / Platz / Gerät / Datensatz</source>
            <translation>Raum / Platz / Gerät / Datensatz</translation>
        </message>
        <message>
            <source>A – behält den Platz / gilt</source>
            <translation>A – behält den Platz / gilt</translation>
        </message>
        <message>
            <source>B – im Konflikt / überschrieben</source>
            <translation>B – im Konflikt / überschrieben</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Neue Kontaktperson</source>
            <translation>Neue Kontaktperson</translation>
        </message>
        <message>
            <source>Kontaktperson bearbeiten</source>
            <translation>Kontaktperson bearbeiten</translation>
        </message>
        <message>
            <source>verantwortlich für Ausleihen</source>
            <translation>verantwortlich für Ausleihen</translation>
        </message>
        <message>
            <source>darf unterschreiben</source>
            <translation>darf unterschreiben</translation>
        </message>
        <message>
            <source>(keine Angabe)</source>
            <translation>(keine Angabe)</translation>
        </message>
        <message>
            <source>Einwilligung</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>Vertrag</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>berechtigtes Interesse</source>
            <translation>berechtigtes Interesse</translation>
        </message>
        <message>
            <source>Einwilligung liegt vor</source>
            <translation>Einwilligung liegt vor</translation>
        </message>
        <message>
            <source>z. B. 2026-1</source>
            <translation>z. B. 2026-1</translation>
        </message>
        <message>
            <source>Papier</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>mündlich</source>
            <translation>mündlich</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Funktion</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Rechtsgrundlage</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <source>Einwilligung am</source>
            <translation>Einwilligung am</translation>
        </message>
        <message>
            <source>Textversion</source>
            <translation>Textversion</translation>
        </message>
        <message>
            <source>Eingegangen über</source>
            <translation>Eingegangen über</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>HoR Desk – unerwarteter Fehler</source>
            <translation>HoR Desk – unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Es ist ein unerwarteter Fehler aufgetreten. Gespeicherte Daten bleiben erhalten. Bitte die Details kopieren und an die Administration schicken.</source>
            <translation>Es ist ein unerwarteter Fehler aufgetreten. Gespeicherte Daten bleiben erhalten. Bitte die Details kopieren und an die Administration schicken.</translation>
        </message>
        <message>
            <source>Protokolldatei: {path}</source>
            <translation>Protokolldatei: {path}</translation>
        </message>
        <message>
            <source>Details kopieren</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Kopiert</source>
            <translation>Kopiert</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>Organisationen aus CSV importieren</source>
            <translation>Organisationen aus CSV importieren</translation>
        </message>
        <message>
            <source>Noch keine Datei gewählt.</source>
            <translation>Noch keine Datei gewählt.</translation>
        </message>
        <message>
            <source>Datei &amp;wählen …</source>
            <translation>Datei &amp;wählen …</translation>
        </message>
        <message>
            <source>&amp;Importieren</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>CSV-Datei wählen</source>
            <translation>CSV-Datei wählen</translation>
        </message>
        <message>
            <source>CSV-Dateien (*.csv *.txt)</source>
            <translation>CSV-Dateien (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Datei wird geprüft …</source>
            <translation>Datei wird geprüft …</translation>
        </message>
        <message>
            <source>Die Datei kann nicht gelesen werden: {reason}</source>
            <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>Kodierung: {encoding} · Trennzeichen: {separator}</source>
            <translation>Kodierung: {encoding} · Trennzeichen: {separator}</translation>
        </message>
        <message numerus="yes">
            <source>%n Zeile(n) mit Fehlern – bitte die Datei korrigieren und neu wählen. Es wird nichts importiert.</source>
            <translation>
                <numerusform>%n Zeile mit Fehlern – bitte die Datei korrigieren und neu wählen. Es wird nichts importiert.</numerusform>
                <numerusform>%n Zeilen mit Fehlern – bitte die Datei korrigieren und neu wählen. Es wird nichts importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>{orgs} Organisationen und {contacts} Kontaktpersonen können importiert werden.</source>
            <translation>{orgs} Organisationen und {contacts} Kontaktpersonen können importiert werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n Zeile(n) ähneln Organisationen im Bestand (bitte prüfen).</source>
            <translation>
                <numerusform>%n Zeile ähnelt einer Organisation im Bestand (bitte prüfen).</numerusform>
                <numerusform>%n Zeilen ähneln Organisationen im Bestand (bitte prüfen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Organisationen werden importiert …</source>
            <translation>Organisationen werden importiert …</translation>
        </message>
        <message>
            <source>Importiert: {orgs} Organisationen, {contacts} Kontaktpersonen.</source>
            <translation>Importiert: {orgs} Organisationen, {contacts} Kontaktpersonen.</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>Aktualisieren (F5)</source>
            <translation>Aktualisieren (F5)</translation>
        </message>
        <message>
            <source>Beleg</source>
            <translation>Beleg</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Geräte</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <source>Tage über</source>
            <translation>Tage über</translation>
        </message>
        <message>
            <source>Zeit</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Raum</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Inventarnr.</source>
            <translation>Inventarnr.</translation>
        </message>
        <message>
            <source>Gerät</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Coworking öffnen</source>
            <translation>Coworking öffnen</translation>
        </message>
        <message>
            <source>Abholungen heute</source>
            <translation>Abholungen heute</translation>
        </message>
        <message>
            <source>Rückgaben heute fällig</source>
            <translation>Rückgaben heute fällig</translation>
        </message>
        <message>
            <source>Überfällig</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Raumbuchungen heute</source>
            <translation>Raumbuchungen heute</translation>
        </message>
        <message>
            <source>In Wartung</source>
            <translation>In Wartung</translation>
        </message>
        <message>
            <source>Coworking und Synchronisierung</source>
            <translation>Coworking und Synchronisierung</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Heute, {weekday} {date} – {location}</source>
            <translation>Heute, {weekday} {date} – {location}</translation>
        </message>
        <message>
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <source>Coworking heute: {booked} von {available} Plätzen belegt ({rate})</source>
            <translation>Coworking heute: {booked} von {available} Plätzen belegt ({rate})</translation>
        </message>
        <message>
            <source>Coworking: heute geschlossen</source>
            <translation>Coworking: heute geschlossen</translation>
        </message>
        <message>
            <source>Offene Konflikte: 0 – Synchronisierung noch nicht eingerichtet</source>
            <translation>Offene Konflikte: 0 – Synchronisierung noch nicht eingerichtet</translation>
        </message>
        <message>
            <source>Offene Konflikte: {count}</source>
            <translation>Offene Konflikte: {count}</translation>
        </message>
        <message>
            <source>{title} (Konflikt)</source>
            <translation>{title} (Konflikt)</translation>
        </message>
        <message>
            <source>{title} (unbestätigt)</source>
            <translation>{title} (unbestätigt)</translation>
        </message>
        <message>
            <source>{reason} (bis {date})</source>
            <translation>{reason} (bis {date})</translation>
        </message>
    </context>
    <context>
        <name>DeskBoardModel</name>
        <message>
            <source>vorläufig</source>
            <translation>vorläufig</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>ganzer Tag: {person} · {organisation} – ✓ da seit {time}</source>
            <translation>ganzer Tag: {person} · {organisation} – ✓ da seit {time}</translation>
        </message>
        <message>
            <source>ganzer Tag: {organisation} – ✓ da seit {time}</source>
            <translation>ganzer Tag: {organisation} – ✓ da seit {time}</translation>
        </message>
        <message>
            <source>{person} · {organisation} – ✓ da seit {time}</source>
            <translation>{person} · {organisation} – ✓ da seit {time}</translation>
        </message>
        <message>
            <source>{organisation} – ✓ da seit {time}</source>
            <translation>{organisation} – ✓ da seit {time}</translation>
        </message>
        <message>
            <source>ganzer Tag: {person} · {organisation}</source>
            <translation>ganzer Tag: {person} · {organisation}</translation>
        </message>
        <message>
            <source>ganzer Tag: {organisation}</source>
            <translation>ganzer Tag: {organisation}</translation>
        </message>
        <message>
            <source>{person} · {organisation}</source>
            <translation>{person} · {organisation}</translation>
        </message>
        <message>
            <source>{slot}: {person} · {organisation} – storniert: {reason}</source>
            <translation>{slot}: {person} · {organisation} – storniert: {reason}</translation>
        </message>
        <message>
            <source>{slot}: {organisation} – storniert: {reason}</source>
            <translation>{slot}: {organisation} – storniert: {reason}</translation>
        </message>
        <message>
            <source>geschlossen</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>außer Betrieb</source>
            <translation>außer Betrieb</translation>
        </message>
        <message>
            <source>frei</source>
            <translation>frei</translation>
        </message>
        <message>
            <source>Arbeitsplatz</source>
            <translation>Arbeitsplatz</translation>
        </message>
        <message>
            <source>Ausstattung</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <source>Vormittag</source>
            <translation>Vormittag</translation>
        </message>
        <message>
            <source>Nachmittag</source>
            <translation>Nachmittag</translation>
        </message>
        <message>
            <source>voll</source>
            <translation>voll</translation>
        </message>
        <message>
            <source>halb</source>
            <translation>halb</translation>
        </message>
        <message>
            <source>Belegung: {booked} von {available} Platztagen ({percent} %)</source>
            <translation>Belegung: {booked} von {available} Platztagen ({percent} %)</translation>
        </message>
        <message>
            <source>Platztage</source>
            <translation>Platztage</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Platztage im Monat</source>
            <translation>Platztage im Monat</translation>
        </message>
        <message>
            <source>Standard für alle Organisationen</source>
            <translation>Standard für alle Organisationen</translation>
        </message>
    </context>
    <context>
        <name>DeskPanel</name>
        <message>
            <source>Am Tresen</source>
            <translation>Am Tresen</translation>
        </message>
        <message>
            <source> Tage</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Reservierungen der nächsten</source>
            <translation>Reservierungen der nächsten</translation>
        </message>
        <message>
            <source>Heute fällig</source>
            <translation>Heute fällig</translation>
        </message>
        <message>
            <source>Überfällig</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Umlagerungen</source>
            <translation>Umlagerungen</translation>
        </message>
        <message>
            <source>Abholungen</source>
            <translation>Abholungen</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Mahntext kopieren</source>
            <translation>Mahntext kopieren</translation>
        </message>
        <message>
            <source>E-Mail-Entwurf öffnen</source>
            <translation>E-Mail-Entwurf öffnen</translation>
        </message>
        <message>
            <source>Anruf erfassen …</source>
            <translation>Anruf erfassen …</translation>
        </message>
        <message>
            <source>Reservierung ausgeben</source>
            <translation>Reservierung ausgeben</translation>
        </message>
        <message numerus="yes">
            <source>Heute fällig (%n)</source>
            <translation>
                <numerusform>Heute fällig (%n)</numerusform>
                <numerusform>Heute fällig (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Überfällig (%n)</source>
            <translation>
                <numerusform>Überfällig (%n)</numerusform>
                <numerusform>Überfällig (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Abholungen (%n)</source>
            <translation>
                <numerusform>Abholungen (%n)</numerusform>
                <numerusform>Abholungen (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Umlagerungen (%n)</source>
            <translation>
                <numerusform>Umlagerungen (%n)</numerusform>
                <numerusform>Umlagerungen (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Bitte zuerst einen Leihvorgang wählen.</source>
            <translation>Bitte zuerst einen Leihvorgang wählen.</translation>
        </message>
        <message>
            <source>Mahntext für {receipt} kopiert.</source>
            <translation>Mahntext für {receipt} kopiert.</translation>
        </message>
        <message>
            <source>Rückgabe der Leihgeräte – {receipt}</source>
            <translation>Rückgabe der Leihgeräte – {receipt}</translation>
        </message>
        <message>
            <source>Für {organisation} ist keine E-Mail-Adresse hinterlegt.</source>
            <translation>Für {organisation} ist keine E-Mail-Adresse hinterlegt.</translation>
        </message>
        <message>
            <source>E-Mail-Entwurf geöffnet.</source>
            <translation>E-Mail-Entwurf geöffnet.</translation>
        </message>
        <message>
            <source>Kein E-Mail-Programm gefunden; bitte den Mahntext kopieren.</source>
            <translation>Kein E-Mail-Programm gefunden; bitte den Mahntext kopieren.</translation>
        </message>
        <message>
            <source>Anruf zu {receipt} erfasst.</source>
            <translation>Anruf zu {receipt} erfasst.</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Reservierung wählen.</source>
            <translation>Bitte zuerst eine Reservierung wählen.</translation>
        </message>
        <message>
            <source>{receipt} ausgegeben.</source>
            <translation>{receipt} ausgegeben.</translation>
        </message>
        <message>
            <source>Leihschein {receipt}</source>
            <translation>Leihschein {receipt}</translation>
        </message>
    </context>
    <context>
        <name>DesksTab</name>
        <message>
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Ausstattung</source>
            <translation>Ausstattung</translation>
        </message>
        <message>
            <source>Alle Ausstattungen</source>
            <translation>Alle Ausstattungen</translation>
        </message>
        <message>
            <source>Belegung des Tages</source>
            <translation>Belegung des Tages</translation>
        </message>
        <message>
            <source>Belegung der Woche</source>
            <translation>Belegung der Woche</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Woche</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>◀ Vortag</source>
            <translation>◀ Vortag</translation>
        </message>
        <message>
            <source>Heute</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Folgetag ▶</source>
            <translation>Folgetag ▶</translation>
        </message>
        <message>
            <source>Buchen…</source>
            <translation>Buchen…</translation>
        </message>
        <message>
            <source>Einchecken</source>
            <translation>Einchecken</translation>
        </message>
        <message>
            <source>Stornieren…</source>
            <translation>Stornieren…</translation>
        </message>
        <message>
            <source>Zeitraum stornieren…</source>
            <translation>Zeitraum stornieren…</translation>
        </message>
        <message>
            <source>Nicht erschienene freigeben</source>
            <translation>Nicht erschienene freigeben</translation>
        </message>
        <message>
            <source>Kontingente…</source>
            <translation>Kontingente…</translation>
        </message>
        <message>
            <source>Namen ausblenden</source>
            <translation>Namen ausblenden</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Ausstattung:</source>
            <translation>Ausstattung:</translation>
        </message>
        <message>
            <source>{day} · {location}</source>
            <translation>{day} · {location}</translation>
        </message>
        <message>
            <source>{day} · geschlossen ({reason})</source>
            <translation>{day} · geschlossen ({reason})</translation>
        </message>
        <message>
            <source>Enter bucht den gewählten freien Platz.</source>
            <translation>Enter bucht den gewählten freien Platz.</translation>
        </message>
        <message>
            <source>eingecheckt um {time}</source>
            <translation>eingecheckt um {time}</translation>
        </message>
        <message>
            <source>noch nicht eingecheckt</source>
            <translation>noch nicht eingecheckt</translation>
        </message>
        <message>
            <source>{desk}, {slot}: {organisation} – {arrived}</source>
            <translation>{desk}, {slot}: {organisation} – {arrived}</translation>
        </message>
        <message>
            <source>{desk}, {slot}: {person} ({organisation}) – {arrived}</source>
            <translation>{desk}, {slot}: {person} ({organisation}) – {arrived}</translation>
        </message>
        <message>
            <source>{desk} am {day} gebucht: {organisation}.</source>
            <translation>{desk} am {day} gebucht: {organisation}.</translation>
        </message>
        <message>
            <source>{count} Tage gebucht.</source>
            <translation>{count} Tage gebucht.</translation>
        </message>
        <message>
            <source>Übersprungen, weil geschlossen: {days}</source>
            <translation>Übersprungen, weil geschlossen: {days}</translation>
        </message>
        <message>
            <source>Nicht gebucht am {day}: {reason}</source>
            <translation>Nicht gebucht am {day}: {reason}</translation>
        </message>
        <message>
            <source>Buchung</source>
            <translation>Buchung</translation>
        </message>
        <message>
            <source>Stornieren</source>
            <translation>Stornieren</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>{desk}: eingecheckt um {time}.</source>
            <translation>{desk}: eingecheckt um {time}.</translation>
        </message>
        <message>
            <source>Buchung stornieren</source>
            <translation>Buchung stornieren</translation>
        </message>
        <message>
            <source>Buchung von {desk} am {day} ({slot}) stornieren?</source>
            <translation>Buchung von {desk} am {day} ({slot}) stornieren?</translation>
        </message>
        <message>
            <source>Behalten</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Buchung von {desk} am {day} storniert.</source>
            <translation>Buchung von {desk} am {day} storniert.</translation>
        </message>
        <message>
            <source>{count} Buchungen von {start} bis {end} storniert.</source>
            <translation>{count} Buchungen von {start} bis {end} storniert.</translation>
        </message>
        <message>
            <source>{count} Buchungen freigegeben (nicht erschienen): {desks}</source>
            <translation>{count} Buchungen freigegeben (nicht erschienen): {desks}</translation>
        </message>
        <message>
            <source>Keine Buchung ist über die Freigabezeit hinaus offen (vormittags ab {time}, nachmittags ab 14:00).</source>
            <translation>Keine Buchung ist über die Freigabezeit hinaus offen (vormittags ab {time}, nachmittags ab 14:00).</translation>
        </message>
    </context>
    <context>
        <name>DocumentHistoryDialog</name>
        <message>
            <source>Dokumente zu {reference}</source>
            <translation>Dokumente zu {reference}</translation>
        </message>
        <message>
            <source>Ausgestellte Dokumente</source>
            <translation>Ausgestellte Dokumente</translation>
        </message>
        <message>
            <source>Öffnen</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Nachdrucken</source>
            <translation>Nachdrucken</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Für diesen Vorgang wurde noch kein Dokument ausgestellt.</source>
            <translation>Für diesen Vorgang wurde noch kein Dokument ausgestellt.</translation>
        </message>
        <message>
            <source>Die PDF-Datei liegt nicht im Archiv dieses PCs. Bitte am ausstellenden Standort öffnen oder nachdrucken.</source>
            <translation>Die PDF-Datei liegt nicht im Archiv dieses PCs. Bitte am ausstellenden Standort öffnen oder nachdrucken.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTextsPage</name>
        <message>
            <source>Leihbedingungen</source>
            <translation>Leihbedingungen</translation>
        </message>
        <message>
            <source>Datenschutzhinweis</source>
            <translation>Datenschutzhinweis</translation>
        </message>
        <message>
            <source>Leer lassen für die mitgelieferten Texte. Sie stehen auf jedem Leihschein.</source>
            <translation>Leer lassen für die mitgelieferten Texte. Sie stehen auf jedem Leihschein.</translation>
        </message>
        <message>
            <source>&amp;Leihbedingungen:</source>
            <translation>&amp;Leihbedingungen:</translation>
        </message>
        <message>
            <source>&amp;Datenschutzhinweis (Art. 13 DSGVO):</source>
            <translation>&amp;Datenschutzhinweis (Art. 13 DSGVO):</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTableModel</name>
        <message>
            <source>Leihschein</source>
            <translation>Leihschein</translation>
        </message>
        <message>
            <source>Rücknahmeprotokoll</source>
            <translation>Rücknahmeprotokoll</translation>
        </message>
        <message>
            <source>Buchungsbestätigung</source>
            <translation>Buchungsbestätigung</translation>
        </message>
        <message>
            <source>Nachdruck</source>
            <translation>Nachdruck</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Ausgestellt am</source>
            <translation>Ausgestellt am</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>HoR Desk einrichten</source>
            <translation>HoR Desk einrichten</translation>
        </message>
        <message>
            <source>&amp;Weiter &gt;</source>
            <translation>&amp;Weiter &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Zurück</source>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Fertigstellen</source>
            <translation>&amp;Fertigstellen</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Nur ausprobieren</source>
            <translation>&amp;Nur ausprobieren</translation>
        </message>
        <message>
            <source>Ohne Einrichtung lokal starten; der Assistent kommt beim nächsten Start wieder.</source>
            <translation>Ohne Einrichtung lokal starten; der Assistent kommt beim nächsten Start wieder.</translation>
        </message>
        <message>
            <source>HoR Desk wird eingerichtet …</source>
            <translation>HoR Desk wird eingerichtet …</translation>
        </message>
        <message>
            <source>Eingerichtet.</source>
            <translation>Eingerichtet.</translation>
        </message>
        <message>
            <source>Einrichtung fehlgeschlagen: {reason}</source>
            <translation>Einrichtung fehlgeschlagen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FreeItemsDialog</name>
        <message>
            <source>Was ist frei?</source>
            <translation>Was ist frei?</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Freie Geräte</source>
            <translation>Freie Geräte</translation>
        </message>
        <message>
            <source>Suchen</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>&amp;Kategorie:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>&amp;Anzahl:</source>
            <translation>&amp;Anzahl:</translation>
        </message>
        <message>
            <source>&amp;Zeitraum:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>Kategorie, Anzahl und Zeitraum wählen, dann Enter.</source>
            <translation>Kategorie, Anzahl und Zeitraum wählen, dann Enter.</translation>
        </message>
        <message>
            <source>alle Kategorien</source>
            <translation>alle Kategorien</translation>
        </message>
        <message numerus="yes">
            <source>%n Gerät(e) frei – genug für {wanted}.</source>
            <translation>
                <numerusform>%n Gerät frei – genug für {wanted}.</numerusform>
                <numerusform>%n Geräte frei – genug für {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nur %n Gerät(e) frei, gebraucht werden {wanted}.</source>
            <translation>
                <numerusform>Nur %n Gerät frei, gebraucht werden {wanted}.</numerusform>
                <numerusform>Nur %n Geräte frei, gebraucht werden {wanted}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FreeSlotDialog</name>
        <message>
            <source>Raum finden</source>
            <translation>Raum finden</translation>
        </message>
        <message>
            <source> Personen</source>
            <translation> Personen</translation>
        </message>
        <message>
            <source>jeder Tag</source>
            <translation>jeder Tag</translation>
        </message>
        <message>
            <source>Montag</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Dienstag</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Mittwoch</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Donnerstag</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Freitag</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Samstag</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sonntag</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source> Wochen</source>
            <translation> Wochen</translation>
        </message>
        <message>
            <source>&amp;Suchen</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>&amp;Buchen</source>
            <translation>&amp;Buchen</translation>
        </message>
        <message>
            <source>Suchen (Enter)</source>
            <translation>Suchen (Enter)</translation>
        </message>
        <message>
            <source>Buchen (Strg+Enter)</source>
            <translation>Buchen (Strg+Enter)</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>für</source>
            <translation>für</translation>
        </message>
        <message>
            <source>&amp;Personen:</source>
            <translation>&amp;Personen:</translation>
        </message>
        <message>
            <source>&amp;Wochentag:</source>
            <translation>&amp;Wochentag:</translation>
        </message>
        <message>
            <source>Uhrzeit:</source>
            <translation>Uhrzeit:</translation>
        </message>
        <message>
            <source>&amp;Standort:</source>
            <translation>&amp;Standort:</translation>
        </message>
        <message>
            <source>Ab:</source>
            <translation>Ab:</translation>
        </message>
        <message>
            <source>Personen, Wochentag und Uhrzeit wählen, dann Enter.</source>
            <translation>Personen, Wochentag und Uhrzeit wählen, dann Enter.</translation>
        </message>
        <message>
            <source>Kein passender Raum frei.</source>
            <translation>Kein passender Raum frei.</translation>
        </message>
        <message>
            <source>%1 freie Termine – Enter auf einem Termin bucht ihn.</source>
            <translation>%1 freie Termine – Enter auf einem Termin bucht ihn.</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Standort</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Öffnungszeiten (leer: geschlossen)</source>
            <translation>Öffnungszeiten (leer: geschlossen)</translation>
        </message>
        <message>
            <source>Öffnungszeiten {day}</source>
            <translation>Öffnungszeiten {day}</translation>
        </message>
        <message>
            <source>geschlossen</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>z. B. 09:00–18:00 oder 09:00–12:00, 13:00–17:00</source>
            <translation>z. B. 09:00–18:00 oder 09:00–12:00, 13:00–17:00</translation>
        </message>
        <message>
            <source>Schließtage der nächsten zwölf Monate</source>
            <translation>Schließtage der nächsten zwölf Monate</translation>
        </message>
        <message>
            <source>Schließtage</source>
            <translation>Schließtage</translation>
        </message>
        <message>
            <source>Grund, z. B. Betriebsausflug</source>
            <translation>Grund, z. B. Betriebsausflug</translation>
        </message>
        <message>
            <source>alle &amp;Standorte</source>
            <translation>alle &amp;Standorte</translation>
        </message>
        <message>
            <source>Schließtag &amp;eintragen</source>
            <translation>Schließtag &amp;eintragen</translation>
        </message>
        <message>
            <source>&amp;Entfernen</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>T&amp;ag:</source>
            <translation>T&amp;ag:</translation>
        </message>
        <message>
            <source>&amp;Grund:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>S&amp;tandort:</source>
            <translation>S&amp;tandort:</translation>
        </message>
        <message>
            <source>Montag</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Dienstag</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Mittwoch</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>Donnerstag</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Freitag</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Samstag</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sonntag</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>alle Standorte</source>
            <translation>alle Standorte</translation>
        </message>
        <message>
            <source>ab {time} Uhr</source>
            <translation>ab {time} Uhr</translation>
        </message>
        <message>
            <source>Schließtag eingetragen.</source>
            <translation>Schließtag eingetragen.</translation>
        </message>
        <message>
            <source>Schließtag entfernt.</source>
            <translation>Schließtag entfernt.</translation>
        </message>
    </context>
    <context>
        <name>HousePage</name>
        <message>
            <source>Willkommen bei HoR Desk</source>
            <translation>Willkommen bei HoR Desk</translation>
        </message>
        <message>
            <source>In einer Minute eingerichtet. Alles lässt sich später unter Verwaltung → Einstellungen ändern.</source>
            <translation>In einer Minute eingerichtet. Alles lässt sich später unter Verwaltung → Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Haus der Ressourcen Köln</source>
            <translation>Haus der Ressourcen Köln</translation>
        </message>
        <message>
            <source>Name des Hauses</source>
            <translation>Name des Hauses</translation>
        </message>
        <message>
            <source>Standort dieses PCs</source>
            <translation>Standort dieses PCs</translation>
        </message>
        <message>
            <source>Neuer Standort …</source>
            <translation>Neuer Standort …</translation>
        </message>
        <message>
            <source>Kürzel des neuen Standorts</source>
            <translation>Kürzel des neuen Standorts</translation>
        </message>
        <message>
            <source>z. B. EHR</source>
            <translation>z. B. EHR</translation>
        </message>
        <message>
            <source>Name des neuen Standorts</source>
            <translation>Name des neuen Standorts</translation>
        </message>
        <message>
            <source>z. B. HoR Köln – Ehrenfeld</source>
            <translation>z. B. HoR Köln – Ehrenfeld</translation>
        </message>
        <message>
            <source>&amp;Name des Hauses:</source>
            <translation>&amp;Name des Hauses:</translation>
        </message>
        <message>
            <source>Steht im Briefkopf jedes Leihscheins.</source>
            <translation>Steht im Briefkopf jedes Leihscheins.</translation>
        </message>
        <message>
            <source>&amp;Standort dieses PCs:</source>
            <translation>&amp;Standort dieses PCs:</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Kürzel:</translation>
        </message>
        <message>
            <source>N&amp;ame des Standorts:</source>
            <translation>N&amp;ame des Standorts:</translation>
        </message>
    </context>
    <context>
        <name>InventoryCommands</name>
        <message>
            <source>Bitte zuerst ein Gerät auswählen.</source>
            <translation>Bitte zuerst ein Gerät auswählen.</translation>
        </message>
        <message>
            <source>Gerät {inventory_no} gespeichert.</source>
            <translation>Gerät {inventory_no} gespeichert.</translation>
        </message>
        <message>
            <source>{inventory_no} ist jetzt: {status}.</source>
            <translation>{inventory_no} ist jetzt: {status}.</translation>
        </message>
        <message>
            <source>• {receipt_no}, {start} – {end}</source>
            <translation>• {receipt_no}, {start} – {end}</translation>
        </message>
        <message>
            <source>• {receipt_no}, {start} – {end}: {organisation}, {contact} {phone}</source>
            <translation>• {receipt_no}, {start} – {end}: {organisation}, {contact} {phone}</translation>
        </message>
        <message>
            <source>{inventory_no} ist jetzt: {status}. Betroffene Reservierungen – bitte die Organisationen informieren:
{reservations}</source>
            <translation>{inventory_no} ist jetzt: {status}. Betroffene Reservierungen – bitte die Organisationen informieren:
{reservations}</translation>
        </message>
        <message>
            <source>Bitte zuerst Geräte in der Liste auswählen.</source>
            <translation>Bitte zuerst Geräte in der Liste auswählen.</translation>
        </message>
        <message>
            <source>Inventaretiketten</source>
            <translation>Inventaretiketten</translation>
        </message>
        <message>
            <source>{count} Etiketten bereit zum Drucken.</source>
            <translation>{count} Etiketten bereit zum Drucken.</translation>
        </message>
        <message>
            <source>Bitte zuerst ein Set in der Liste „Sets“ auswählen.</source>
            <translation>Bitte zuerst ein Set in der Liste „Sets“ auswählen.</translation>
        </message>
        <message>
            <source>Set „{name}“ gespeichert.</source>
            <translation>Set „{name}“ gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <source>Bezeichnung oder Inventarnummer suchen – oder scannen (Strg+F)</source>
            <translation>Bezeichnung oder Inventarnummer suchen – oder scannen (Strg+F)</translation>
        </message>
        <message>
            <source>Alle Standorte</source>
            <translation>Alle Standorte</translation>
        </message>
        <message>
            <source>Alle Kategorien</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Jeder Status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>verliehen</source>
            <translation>verliehen</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <source>Geräte</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <source>Geräte suchen</source>
            <translation>Geräte suchen</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sets</translation>
        </message>
        <message>
            <source>Suchen</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Neues Gerät…</source>
            <translation>Neues Gerät…</translation>
        </message>
        <message>
            <source>Gerät bearbeiten…</source>
            <translation>Gerät bearbeiten…</translation>
        </message>
        <message>
            <source>Status ändern…</source>
            <translation>Status ändern…</translation>
        </message>
        <message>
            <source>Etiketten drucken…</source>
            <translation>Etiketten drucken…</translation>
        </message>
        <message>
            <source>Neues Set…</source>
            <translation>Neues Set…</translation>
        </message>
        <message>
            <source>Set bearbeiten…</source>
            <translation>Set bearbeiten…</translation>
        </message>
        <message>
            <source>Kategorien…</source>
            <translation>Kategorien…</translation>
        </message>
        <message>
            <source>Die Datei ließ sich nicht schreiben: {error}</source>
            <translation>Die Datei ließ sich nicht schreiben: {error}</translation>
        </message>
        <message>
            <source>{count} Geräte geladen, weitere beim Blättern</source>
            <translation>{count} Geräte geladen, weitere beim Blättern</translation>
        </message>
        <message>
            <source>{count} Geräte</source>
            <translation>{count} Geräte</translation>
        </message>
        <message>
            <source>Kein Gerät mit der Inventarnummer {number}.</source>
            <translation>Kein Gerät mit der Inventarnummer {number}.</translation>
        </message>
    </context>
    <context>
        <name>ItemDetailPane</name>
        <message>
            <source>Kein Gerät ausgewählt</source>
            <translation>Kein Gerät ausgewählt</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Heimatstandort</source>
            <translation>Heimatstandort</translation>
        </message>
        <message>
            <source>Jetzt bei</source>
            <translation>Jetzt bei</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Zubehör</source>
            <translation>Zubehör</translation>
        </message>
        <message>
            <source>Zustand</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Seriennummer</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>Wert</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Leihschein</source>
            <translation>Leihschein</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Zurück am</source>
            <translation>Zurück am</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Am</source>
            <translation>Am</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Ausleihen</source>
            <translation>Ausleihen</translation>
        </message>
        <message>
            <source>Reservierungen</source>
            <translation>Reservierungen</translation>
        </message>
        <message>
            <source>Wartung und Status</source>
            <translation>Wartung und Status</translation>
        </message>
        <message>
            <source>{inventory_no} – {name}</source>
            <translation>{inventory_no} – {name}</translation>
        </message>
        <message>
            <source>{status}: {reason} (bis {until})</source>
            <translation>{status}: {reason} (bis {until})</translation>
        </message>
        <message>
            <source>{status}: {reason}</source>
            <translation>{status}: {reason}</translation>
        </message>
        <message>
            <source>{status} (bis {until})</source>
            <translation>{status} (bis {until})</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>{name}, Tel. {phone}</source>
            <translation>{name}, Tel. {phone}</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Neues Gerät</source>
            <translation>Neues Gerät</translation>
        </message>
        <message>
            <source>Gerät {inventory_no} bearbeiten</source>
            <translation>Gerät {inventory_no} bearbeiten</translation>
        </message>
        <message>
            <source>4 bis 12 Ziffern</source>
            <translation>4 bis 12 Ziffern</translation>
        </message>
        <message>
            <source>z. B. Fernbedienung, HDMI-Kabel</source>
            <translation>z. B. Fernbedienung, HDMI-Kabel</translation>
        </message>
        <message>
            <source>z. B. 450,00</source>
            <translation>z. B. 450,00</translation>
        </message>
        <message>
            <source>&amp;Inventarnummer</source>
            <translation>&amp;Inventarnummer</translation>
        </message>
        <message>
            <source>&amp;Bezeichnung</source>
            <translation>&amp;Bezeichnung</translation>
        </message>
        <message>
            <source>&amp;Kategorie</source>
            <translation>&amp;Kategorie</translation>
        </message>
        <message>
            <source>&amp;Heimatstandort</source>
            <translation>&amp;Heimatstandort</translation>
        </message>
        <message>
            <source>&amp;Seriennummer</source>
            <translation>&amp;Seriennummer</translation>
        </message>
        <message>
            <source>&amp;Zubehör</source>
            <translation>&amp;Zubehör</translation>
        </message>
        <message>
            <source>Zus&amp;tand</source>
            <translation>Zus&amp;tand</translation>
        </message>
        <message>
            <source>&amp;Wert (€)</source>
            <translation>&amp;Wert (€)</translation>
        </message>
        <message>
            <source>&amp;Notizen</source>
            <translation>&amp;Notizen</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Den Wert bitte als Betrag angeben, z. B. 450,00.</source>
            <translation>Den Wert bitte als Betrag angeben, z. B. 450,00.</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Kategorie anlegen.</source>
            <translation>Bitte zuerst eine Kategorie anlegen.</translation>
        </message>
    </context>
    <context>
        <name>ItemsTableModel</name>
        <message>
            <source>Inventar-Nr.</source>
            <translation>Inventar-Nr.</translation>
        </message>
        <message>
            <source>Bezeichnung</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Heimat</source>
            <translation>Heimat</translation>
        </message>
        <message>
            <source>Jetzt bei</source>
            <translation>Jetzt bei</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Termin</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>verliehen bis {date}</source>
            <translation>verliehen bis {date}</translation>
        </message>
        <message>
            <source>bis {date}</source>
            <translation>bis {date}</translation>
        </message>
        <message>
            <source>reserviert ab {date}</source>
            <translation>reserviert ab {date}</translation>
        </message>
        <message>
            <source>verliehen</source>
            <translation>verliehen</translation>
        </message>
    </context>
    <context>
        <name>KitDialog</name>
        <message>
            <source>Neues Set</source>
            <translation>Neues Set</translation>
        </message>
        <message>
            <source>Set bearbeiten</source>
            <translation>Set bearbeiten</translation>
        </message>
        <message>
            <source>Inventarnummer scannen oder tippen, Enter</source>
            <translation>Inventarnummer scannen oder tippen, Enter</translation>
        </message>
        <message>
            <source>Aus dem Set entfernen</source>
            <translation>Aus dem Set entfernen</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Gerät hinzufügen</source>
            <translation>&amp;Gerät hinzufügen</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Geräte im Set (Entf entfernt):</source>
            <translation>Geräte im Set (Entf entfernt):</translation>
        </message>
        <message>
            <source>{inventory_no} ist schon im Set.</source>
            <translation>{inventory_no} ist schon im Set.</translation>
        </message>
        <message>
            <source>{inventory_no} – {name}</source>
            <translation>{inventory_no} – {name}</translation>
        </message>
    </context>
    <context>
        <name>LendingMenu</name>
        <message>
            <source>&amp;Ausleihe</source>
            <translation>&amp;Ausleihe</translation>
        </message>
        <message>
            <source>&amp;Ausleihe …</source>
            <translation>&amp;Ausleihe …</translation>
        </message>
        <message>
            <source>&amp;Rückgabe …</source>
            <translation>&amp;Rückgabe …</translation>
        </message>
        <message>
            <source>&amp;Fällig/Überfällig</source>
            <translation>&amp;Fällig/Überfällig</translation>
        </message>
        <message>
            <source>&amp;Was ist frei? …</source>
            <translation>&amp;Was ist frei? …</translation>
        </message>
        <message>
            <source>&amp;Umlagerungen</source>
            <translation>&amp;Umlagerungen</translation>
        </message>
        <message>
            <source>A&amp;bholungen</source>
            <translation>A&amp;bholungen</translation>
        </message>
        <message>
            <source>&amp;Belege nachdrucken …</source>
            <translation>&amp;Belege nachdrucken …</translation>
        </message>
    </context>
    <context>
        <name>LetterheadPage</name>
        <message>
            <source>Name des Hauses</source>
            <translation>Name des Hauses</translation>
        </message>
        <message>
            <source>Logo-Datei</source>
            <translation>Logo-Datei</translation>
        </message>
        <message>
            <source>kein Logo</source>
            <translation>kein Logo</translation>
        </message>
        <message>
            <source>&amp;Durchsuchen …</source>
            <translation>&amp;Durchsuchen …</translation>
        </message>
        <message>
            <source>Sprache</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Die Sprache wechselt nach einem Neustart von HoR Desk.</source>
            <translation>Die Sprache wechselt nach einem Neustart von HoR Desk.</translation>
        </message>
        <message>
            <source>&amp;Name des Hauses:</source>
            <translation>&amp;Name des Hauses:</translation>
        </message>
        <message>
            <source>&amp;Logo (PNG/JPEG):</source>
            <translation>&amp;Logo (PNG/JPEG):</translation>
        </message>
        <message>
            <source>&amp;Sprache:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Logo wählen</source>
            <translation>Logo wählen</translation>
        </message>
        <message>
            <source>Bilder (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Bitte den Namen des Hauses angeben (er steht im Briefkopf).</source>
            <translation>Bitte den Namen des Hauses angeben (er steht im Briefkopf).</translation>
        </message>
    </context>
    <context>
        <name>LoanDefaultsPage</name>
        <message>
            <source>Leihdauer je Kategorie</source>
            <translation>Leihdauer je Kategorie</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Leihdauer</source>
            <translation>Leihdauer</translation>
        </message>
        <message>
            <source>Noch keine Kategorien – sie entstehen im Inventar.</source>
            <translation>Noch keine Kategorien – sie entstehen im Inventar.</translation>
        </message>
        <message>
            <source>Vorgeschlagene Leihdauer beim Ausleihen; fällt das Ende auf einen Schließtag, gilt der nächste Öffnungstag.</source>
            <translation>Vorgeschlagene Leihdauer beim Ausleihen; fällt das Ende auf einen Schließtag, gilt der nächste Öffnungstag.</translation>
        </message>
        <message>
            <source> Tage</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Leihdauer {category}</source>
            <translation>Leihdauer {category}</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>HoR Desk ist gesperrt. Bitte mit Kürzel und PIN anmelden.</source>
            <translation>HoR Desk ist gesperrt. Bitte mit Kürzel und PIN anmelden.</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <source>Anruf erfassen – {receipt}</source>
            <translation>Anruf erfassen – {receipt}</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Besuch</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>z. B. Rückgabe für Freitag zugesagt</source>
            <translation>z. B. Rückgabe für Freitag zugesagt</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Kontakt:</source>
            <translation>Kontakt:</translation>
        </message>
        <message>
            <source>&amp;Weg:</source>
            <translation>&amp;Weg:</translation>
        </message>
        <message>
            <source>&amp;Notiz:</source>
            <translation>&amp;Notiz:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>HoR Desk – {location}</source>
            <translation>HoR Desk – {location}</translation>
        </message>
        <message>
            <source>Heute</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Organisationen</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Inventar</source>
            <translation>Inventar</translation>
        </message>
        <message>
            <source>Raumkalender</source>
            <translation>Raumkalender</translation>
        </message>
        <message>
            <source>Coworking</source>
            <translation>Coworking</translation>
        </message>
        <message>
            <source>Konflikte</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>&amp;Beenden</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>HoR Desk schließen</source>
            <translation>HoR Desk schließen</translation>
        </message>
        <message>
            <source>&amp;Berichte…</source>
            <translation>&amp;Berichte…</translation>
        </message>
        <message>
            <source>Zahlen für Fördergeber: Tabellen, Diagramme, PDF, CSV</source>
            <translation>Zahlen für Fördergeber: Tabellen, Diagramme, PDF, CSV</translation>
        </message>
        <message>
            <source>&amp;Synchronisationsprotokoll …</source>
            <translation>&amp;Synchronisationsprotokoll …</translation>
        </message>
        <message>
            <source>&amp;Jetzt synchronisieren</source>
            <translation>&amp;Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Änderungen senden und die der anderen Standorte holen</source>
            <translation>Änderungen senden und die der anderen Standorte holen</translation>
        </message>
        <message>
            <source>&amp;Datei</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Ansicht</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Datenbank: {database}</source>
            <translation>Datenbank: {database}</translation>
        </message>
        <message>
            <source>Standort: {code} – {name}</source>
            <translation>Standort: {code} – {name}</translation>
        </message>
        <message>
            <source>Synchronisation angefordert …</source>
            <translation>Synchronisation angefordert …</translation>
        </message>
        <message>
            <source>Die Synchronisation startet gerade …</source>
            <translation>Die Synchronisation startet gerade …</translation>
        </message>
        <message>
            <source>Modus: Replikat</source>
            <translation>Modus: Replikat</translation>
        </message>
        <message>
            <source>Modus: Direkt</source>
            <translation>Modus: Direkt</translation>
        </message>
        <message>
            <source>Modus: lokal</source>
            <translation>Modus: lokal</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Organisationen zusammenführen</source>
            <translation>Organisationen zusammenführen</translation>
        </message>
        <message>
            <source>Die gewählte Organisation wird in „{name}“ übernommen: Ausleihen, Buchungen, Kontaktpersonen und Notizen wandern mit, die gewählte wird als zusammengeführt markiert.</source>
            <translation>Die gewählte Organisation wird in „{name}“ übernommen: Ausleihen, Buchungen, Kontaktpersonen und Notizen wandern mit, die gewählte wird als zusammengeführt markiert.</translation>
        </message>
        <message>
            <source>Organisation suchen …</source>
            <translation>Organisation suchen …</translation>
        </message>
        <message>
            <source>Zusammenführen</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Bitte eine Organisation wählen.</source>
            <translation>Bitte eine Organisation wählen.</translation>
        </message>
    </context>
    <context>
        <name>ModePage</name>
        <message>
            <source>Wo liegen die Daten?</source>
            <translation>Wo liegen die Daten?</translation>
        </message>
        <message>
            <source>Im Zweifel „Lokal“ – das passt für einen einzelnen PC.</source>
            <translation>Im Zweifel „Lokal“ – das passt für einen einzelnen PC.</translation>
        </message>
        <message>
            <source>&amp;Lokal auf diesem PC</source>
            <translation>&amp;Lokal auf diesem PC</translation>
        </message>
        <message>
            <source>&amp;Replikat: lokal arbeiten, mit dem Server abgleichen</source>
            <translation>&amp;Replikat: lokal arbeiten, mit dem Server abgleichen</translation>
        </message>
        <message>
            <source>&amp;Direkt mit dem gemeinsamen Server</source>
            <translation>&amp;Direkt mit dem gemeinsamen Server</translation>
        </message>
        <message>
            <source>Eine Datei auf diesem PC. Richtig für einen einzelnen Standort oder zum Ausprobieren.</source>
            <translation>Eine Datei auf diesem PC. Richtig für einen einzelnen Standort oder zum Ausprobieren.</translation>
        </message>
        <message>
            <source>Arbeitet auch ohne Netz weiter und gleicht sich mit dem PostgreSQL-Server des Hauses ab.</source>
            <translation>Arbeitet auch ohne Netz weiter und gleicht sich mit dem PostgreSQL-Server des Hauses ab.</translation>
        </message>
        <message>
            <source>Jede Änderung geht sofort auf den PostgreSQL-Server; braucht eine stabile Verbindung.</source>
            <translation>Jede Änderung geht sofort auf den PostgreSQL-Server; braucht eine stabile Verbindung.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDetail</name>
        <message>
            <source>Rechtsform / Register</source>
            <translation>Rechtsform / Register</translation>
        </message>
        <message>
            <source>Anschrift</source>
            <translation>Anschrift</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Webseite</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>Dokumentsprache</source>
            <translation>Dokumentsprache</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Kontaktpersonen</source>
            <translation>Kontaktpersonen</translation>
        </message>
        <message>
            <source>Neue Person</source>
            <translation>Neue Person</translation>
        </message>
        <message>
            <source>Bearbeiten</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Datenauskunft …</source>
            <translation>Datenauskunft …</translation>
        </message>
        <message>
            <source>Anonymisieren …</source>
            <translation>Anonymisieren …</translation>
        </message>
        <message>
            <source>Datenschutzhinweis &amp;drucken …</source>
            <translation>Datenschutzhinweis &amp;drucken …</translation>
        </message>
        <message>
            <source>Datenschutzhinweis …</source>
            <translation>Datenschutzhinweis …</translation>
        </message>
        <message>
            <source>Datenschutzhinweis drucken (Strg+Umschalt+D)</source>
            <translation>Datenschutzhinweis drucken (Strg+Umschalt+D)</translation>
        </message>
        <message>
            <source>Verlauf</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kontaktpersonen&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kontaktpersonen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Verlauf&lt;/b&gt; (Ausleihen, Reservierungen, Räume, Arbeitsplätze)</source>
            <translation>&lt;b&gt;Verlauf&lt;/b&gt; (Ausleihen, Reservierungen, Räume, Arbeitsplätze)</translation>
        </message>
        <message>
            <source>Keine Organisation gewählt</source>
            <translation>Keine Organisation gewählt</translation>
        </message>
        <message>
            <source>Gesperrt: {reason}</source>
            <translation>Gesperrt: {reason}</translation>
        </message>
        <message>
            <source>Englisch</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>Deutsch</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>Nicht möglich</source>
            <translation>Nicht möglich</translation>
        </message>
        <message>
            <source>Datenauskunft speichern</source>
            <translation>Datenauskunft speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Datenauskunft gespeichert: {pdf} und {json}</source>
            <translation>Datenauskunft gespeichert: {pdf} und {json}</translation>
        </message>
        <message>
            <source>Kontaktperson anonymisieren</source>
            <translation>Kontaktperson anonymisieren</translation>
        </message>
        <message>
            <source>Name, E-Mail und Telefon von „{name}“ werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?</source>
            <translation>Name, E-Mail und Telefon von „{name}“ werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Kontaktperson wählen.</source>
            <translation>Bitte zuerst eine Kontaktperson wählen.</translation>
        </message>
        <message>
            <source>Datenschutzhinweis – {name}</source>
            <translation>Datenschutzhinweis – {name}</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Neue Organisation</source>
            <translation>Neue Organisation</translation>
        </message>
        <message>
            <source>Organisation bearbeiten</source>
            <translation>Organisation bearbeiten</translation>
        </message>
        <message>
            <source>z. B. VR 12345</source>
            <translation>z. B. VR 12345</translation>
        </message>
        <message>
            <source>5 Ziffern</source>
            <translation>5 Ziffern</translation>
        </message>
        <message>
            <source>z. B. 0221 123456</source>
            <translation>z. B. 0221 123456</translation>
        </message>
        <message>
            <source>Deutsch</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>Englisch</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>(kein Standort)</source>
            <translation>(kein Standort)</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Kurzname</source>
            <translation>Kurzname</translation>
        </message>
        <message>
            <source>Rechtsform</source>
            <translation>Rechtsform</translation>
        </message>
        <message>
            <source>Registernummer</source>
            <translation>Registernummer</translation>
        </message>
        <message>
            <source>Straße</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>PLZ</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Webseite</source>
            <translation>Webseite</translation>
        </message>
        <message>
            <source>Dokumentsprache</source>
            <translation>Dokumentsprache</translation>
        </message>
        <message>
            <source>Heimatstandort</source>
            <translation>Heimatstandort</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>• {name} ({city}) – {why}</source>
            <translation>• {name} ({city}) – {why}</translation>
        </message>
        <message>
            <source>Diese Organisationen sehen ähnlich aus:</source>
            <translation>Diese Organisationen sehen ähnlich aus:</translation>
        </message>
        <message>
            <source>Bitte prüfen, ob die Organisation schon erfasst ist.</source>
            <translation>Bitte prüfen, ob die Organisation schon erfasst ist.</translation>
        </message>
        <message>
            <source>Trotzdem anlegen</source>
            <translation>Trotzdem anlegen</translation>
        </message>
        <message>
            <source>gleicher Name</source>
            <translation>gleicher Name</translation>
        </message>
        <message>
            <source>ähnlicher Name</source>
            <translation>ähnlicher Name</translation>
        </message>
        <message>
            <source>gleiche E-Mail</source>
            <translation>gleiche E-Mail</translation>
        </message>
        <message>
            <source>gleiche Telefonnummer</source>
            <translation>gleiche Telefonnummer</translation>
        </message>
    </context>
    <context>
        <name>OrganisationField</name>
        <message>
            <source>Name der Organisation eingeben</source>
            <translation>Name der Organisation eingeben</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPicker</name>
        <message>
            <source>Name oder Kurzname eingeben …</source>
            <translation>Name oder Kurzname eingeben …</translation>
        </message>
        <message>
            <source>Begründung für die Ausnahme</source>
            <translation>Begründung für die Ausnahme</translation>
        </message>
        <message>
            <source>Begründung, um die Sperre zu übergehen (nur Administration)</source>
            <translation>Begründung, um die Sperre zu übergehen (nur Administration)</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Kontaktperson:</source>
            <translation>&amp;Kontaktperson:</translation>
        </message>
        <message>
            <source>{name} ({short})</source>
            <translation>{name} ({short})</translation>
        </message>
        <message>
            <source>{name} (verantwortlich)</source>
            <translation>{name} (verantwortlich)</translation>
        </message>
        <message>
            <source>Keine Kontaktperson hinterlegt.</source>
            <translation>Keine Kontaktperson hinterlegt.</translation>
        </message>
        <message>
            <source>Gesperrt: {reason}</source>
            <translation>Gesperrt: {reason}</translation>
        </message>
        <message>
            <source>ohne Angabe</source>
            <translation>ohne Angabe</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTab</name>
        <message>
            <source>Organisationen suchen</source>
            <translation>Organisationen suchen</translation>
        </message>
        <message>
            <source>Suchen: Name, Kurzname, Kontaktperson, E-Mail oder Telefon (Strg+F)</source>
            <translation>Suchen: Name, Kurzname, Kontaktperson, E-Mail oder Telefon (Strg+F)</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Alle Standorte</source>
            <translation>Alle Standorte</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Aktiv und gesperrt</source>
            <translation>Aktiv und gesperrt</translation>
        </message>
        <message>
            <source>Nur aktive</source>
            <translation>Nur aktive</translation>
        </message>
        <message>
            <source>Nur gesperrte</source>
            <translation>Nur gesperrte</translation>
        </message>
        <message>
            <source>Zusammengeführte</source>
            <translation>Zusammengeführte</translation>
        </message>
        <message>
            <source>Rechtsform</source>
            <translation>Rechtsform</translation>
        </message>
        <message>
            <source>Alle Rechtsformen</source>
            <translation>Alle Rechtsformen</translation>
        </message>
        <message>
            <source>Organisationen</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Suchen</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>&amp;Neue Organisation</source>
            <translation>&amp;Neue Organisation</translation>
        </message>
        <message>
            <source>&amp;Bearbeiten</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Öffnen</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>&amp;Sperren …</source>
            <translation>&amp;Sperren …</translation>
        </message>
        <message>
            <source>Sperre &amp;aufheben</source>
            <translation>Sperre &amp;aufheben</translation>
        </message>
        <message>
            <source>&amp;Zusammenführen …</source>
            <translation>&amp;Zusammenführen …</translation>
        </message>
        <message>
            <source>{count} Organisationen angezeigt, weitere beim Blättern</source>
            <translation>{count} Organisationen angezeigt, weitere beim Blättern</translation>
        </message>
        <message>
            <source>{count} Organisationen</source>
            <translation>{count} Organisationen</translation>
        </message>
        <message>
            <source>„{name}“ sperren</source>
            <translation>„{name}“ sperren</translation>
        </message>
        <message>
            <source>Grund *</source>
            <translation>Grund *</translation>
        </message>
        <message>
            <source>Sperre aufheben</source>
            <translation>Sperre aufheben</translation>
        </message>
        <message>
            <source>Die Sperre von „{name}“ aufheben?</source>
            <translation>Die Sperre von „{name}“ aufheben?</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Vorschau: {title}</source>
            <translation>Vorschau: {title}</translation>
        </message>
        <message>
            <source>Drucken…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Als PDF speichern…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Drucken… (Strg+P)</source>
            <translation>Drucken… (Strg+P)</translation>
        </message>
        <message>
            <source>Als PDF speichern… (Strg+S)</source>
            <translation>Als PDF speichern… (Strg+S)</translation>
        </message>
        <message>
            <source>Schließen (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Die Vorschau lässt sich nicht anzeigen. Sie können das Dokument als PDF speichern und mit einem anderen Programm öffnen.</source>
            <translation>Die Vorschau lässt sich nicht anzeigen. Sie können das Dokument als PDF speichern und mit einem anderen Programm öffnen.</translation>
        </message>
        <message numerus="yes">
            <source>%n Seite(n)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Das Dokument bleibt im Archiv gespeichert und kann jederzeit über den Dokumentverlauf nachgedruckt werden.</source>
            <translation>Das Dokument bleibt im Archiv gespeichert und kann jederzeit über den Dokumentverlauf nachgedruckt werden.</translation>
        </message>
        <message>
            <source>Auf diesem PC ist kein Drucker eingerichtet. {hint} Sie können es auch als PDF speichern.</source>
            <translation>Auf diesem PC ist kein Drucker eingerichtet. {hint} Sie können es auch als PDF speichern.</translation>
        </message>
        <message>
            <source>Drucken: {title}</source>
            <translation>Drucken: {title}</translation>
        </message>
        <message>
            <source>Der Druck wurde abgebrochen. {hint}</source>
            <translation>Der Druck wurde abgebrochen. {hint}</translation>
        </message>
        <message>
            <source>Der Drucker hat den Auftrag nicht angenommen. {hint}</source>
            <translation>Der Drucker hat den Auftrag nicht angenommen. {hint}</translation>
        </message>
        <message>
            <source>Als PDF speichern</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>PDF-Dateien (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Die Datei {file} konnte nicht gespeichert werden: {reason}. {hint}</source>
            <translation>Die Datei {file} konnte nicht gespeichert werden: {reason}. {hint}</translation>
        </message>
    </context>
    <context>
        <name>QuotaDialog</name>
        <message>
            <source>Kontingente für Arbeitsplätze</source>
            <translation>Kontingente für Arbeitsplätze</translation>
        </message>
        <message>
            <source>leer: Standard für alle</source>
            <translation>leer: Standard für alle</translation>
        </message>
        <message>
            <source>Festlegen</source>
            <translation>Festlegen</translation>
        </message>
        <message>
            <source>Vormittage und ganze Tage ohne Check-in; Nachmittage ab 14:00.</source>
            <translation>Vormittage und ganze Tage ohne Check-in; Nachmittage ab 14:00.</translation>
        </message>
        <message>
            <source>Freigabezeit speichern</source>
            <translation>Freigabezeit speichern</translation>
        </message>
        <message>
            <source>Gewähltes entfernen</source>
            <translation>Gewähltes entfernen</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Platztage im Monat (halber Tag = 0,5)</source>
            <translation>Platztage im Monat (halber Tag = 0,5)</translation>
        </message>
        <message>
            <source>Nicht Erschienene freigeben ab</source>
            <translation>Nicht Erschienene freigeben ab</translation>
        </message>
        <message>
            <source>Bitte eine Organisation aus der Liste wählen.</source>
            <translation>Bitte eine Organisation aus der Liste wählen.</translation>
        </message>
        <message>
            <source>Kontingent gespeichert.</source>
            <translation>Kontingent gespeichert.</translation>
        </message>
        <message>
            <source>Freigabezeit gespeichert: ab {time} Uhr.</source>
            <translation>Freigabezeit gespeichert: ab {time} Uhr.</translation>
        </message>
    </context>
    <context>
        <name>QuotaPage</name>
        <message>
            <source>Standard-Kontingent</source>
            <translation>Standard-Kontingent</translation>
        </message>
        <message>
            <source>unbegrenzt</source>
            <translation>unbegrenzt</translation>
        </message>
        <message>
            <source> Platztage im Monat</source>
            <translation> Platztage im Monat</translation>
        </message>
        <message>
            <source>Kontingente je &amp;Organisation …</source>
            <translation>Kontingente je &amp;Organisation …</translation>
        </message>
        <message>
            <source>Standort {name}</source>
            <translation>Standort {name}</translation>
        </message>
        <message>
            <source>&amp;Standard für alle Organisationen:</source>
            <translation>&amp;Standard für alle Organisationen:</translation>
        </message>
        <message>
            <source>Eigene Kontingente: {count} Organisation(en).</source>
            <translation>Eigene Kontingente: {count} Organisation(en).</translation>
        </message>
        <message>
            <source>Noch keine Organisation hat ein eigenes Kontingent.</source>
            <translation>Noch keine Organisation hat ein eigenes Kontingent.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Sperren</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Grund (Pflichtfeld)</source>
            <translation>Grund (Pflichtfeld)</translation>
        </message>
        <message>
            <source>Notiz (freiwillig)</source>
            <translation>Notiz (freiwillig)</translation>
        </message>
        <message>
            <source>&amp;Grund:</source>
            <translation>&amp;Grund:</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <source>CSV &amp;importieren …</source>
            <translation>CSV &amp;importieren …</translation>
        </message>
        <message>
            <source>Als CSV e&amp;xportieren …</source>
            <translation>Als CSV e&amp;xportieren …</translation>
        </message>
        <message>
            <source>Aufbewahrungsfrist &amp;prüfen …</source>
            <translation>Aufbewahrungsfrist &amp;prüfen …</translation>
        </message>
        <message>
            <source>Importiert: {orgs} Organisationen, {contacts} Kontaktpersonen.</source>
            <translation>Importiert: {orgs} Organisationen, {contacts} Kontaktpersonen.</translation>
        </message>
        <message>
            <source>Organisationen als CSV exportieren</source>
            <translation>Organisationen als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV-Dateien (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Organisationen werden exportiert …</source>
            <translation>Organisationen werden exportiert …</translation>
        </message>
        <message numerus="yes">
            <source>%n Zeile(n) exportiert nach {file}.</source>
            <translation>
                <numerusform>%n Zeile exportiert nach {file}.</numerusform>
                <numerusform>%n Zeilen exportiert nach {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Die Datei {file} kann nicht geschrieben werden: {reason}</source>
            <translation>Die Datei {file} kann nicht geschrieben werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <source>Berichte</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>Monat</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Quartal</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <source>Jahr</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Frei</source>
            <translation>Frei</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Alle Standorte</source>
            <translation>Alle Standorte</translation>
        </message>
        <message>
            <source>Alle Kategorien</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Bericht erstellen</source>
            <translation>Bericht erstellen</translation>
        </message>
        <message>
            <source>Als PDF speichern…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Als CSV speichern…</source>
            <translation>Als CSV speichern…</translation>
        </message>
        <message>
            <source>&amp;Zeitraum:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>&amp;Von/Bis:</source>
            <translation>&amp;Von/Bis:</translation>
        </message>
        <message>
            <source>&amp;Standort:</source>
            <translation>&amp;Standort:</translation>
        </message>
        <message>
            <source>&amp;Kategorie:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>Bericht wird erstellt …</source>
            <translation>Bericht wird erstellt …</translation>
        </message>
        <message>
            <source>{start} – {end} · {location} · {category}</source>
            <translation>{start} – {end} · {location} · {category}</translation>
        </message>
        <message>
            <source>Diagramme</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Geräte-Tage und Raumstunden je Monat</source>
            <translation>Geräte-Tage und Raumstunden je Monat</translation>
        </message>
        <message>
            <source>Geräte-Tage</source>
            <translation>Geräte-Tage</translation>
        </message>
        <message>
            <source>Raumstunden</source>
            <translation>Raumstunden</translation>
        </message>
        <message>
            <source>Standorte im Vergleich</source>
            <translation>Standorte im Vergleich</translation>
        </message>
        <message>
            <source>Organisationen</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Ausleihen</source>
            <translation>Ausleihen</translation>
        </message>
        <message>
            <source>Bericht als PDF speichern</source>
            <translation>Bericht als PDF speichern</translation>
        </message>
        <message>
            <source>PDF-Dateien (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Ordner für die CSV-Dateien</source>
            <translation>Ordner für die CSV-Dateien</translation>
        </message>
        <message>
            <source>Gespeichert: {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <source>Speichern fehlgeschlagen: {reason}</source>
            <translation>Speichern fehlgeschlagen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Aufbewahrungsfrist prüfen</source>
            <translation>Aufbewahrungsfrist prüfen</translation>
        </message>
        <message>
            <source> Jahre</source>
            <translation> Jahre</translation>
        </message>
        <message>
            <source>Alle &amp;markieren</source>
            <translation>Alle &amp;markieren</translation>
        </message>
        <message>
            <source>&amp;Keine markieren</source>
            <translation>&amp;Keine markieren</translation>
        </message>
        <message>
            <source>&amp;Anonymisieren …</source>
            <translation>&amp;Anonymisieren …</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Ohne Ausleihe, Buchung oder Änderung seit</source>
            <translation>Ohne Ausleihe, Buchung oder Änderung seit</translation>
        </message>
        <message>
            <source>Keine Kontaktpersonen über der Frist.</source>
            <translation>Keine Kontaktpersonen über der Frist.</translation>
        </message>
        <message>
            <source>{checked} von {total} Kontaktpersonen markiert.</source>
            <translation>{checked} von {total} Kontaktpersonen markiert.</translation>
        </message>
        <message>
            <source>Kontaktpersonen anonymisieren</source>
            <translation>Kontaktpersonen anonymisieren</translation>
        </message>
        <message numerus="yes">
            <source>Name, E-Mail und Telefon von %n Kontaktperson(en) werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?</source>
            <translation>
                <numerusform>Name, E-Mail und Telefon von %n Kontaktperson werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?</numerusform>
                <numerusform>Name, E-Mail und Telefon von %n Kontaktpersonen werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?</numerusform>
            </translation>
        </message>
        <message>
            <source>Kontaktpersonen werden anonymisiert …</source>
            <translation>Kontaktpersonen werden anonymisiert …</translation>
        </message>
        <message numerus="yes">
            <source>%n Kontaktperson(en) anonymisiert.</source>
            <translation>
                <numerusform>%n Kontaktperson anonymisiert.</numerusform>
                <numerusform>%n Kontaktpersonen anonymisiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Rückgabe</source>
            <translation>Rückgabe</translation>
        </message>
        <message>
            <source>Zurückgegebenes Gerät scannen</source>
            <translation>Zurückgegebenes Gerät scannen</translation>
        </message>
        <message>
            <source>Bereit zum Scannen.</source>
            <translation>Bereit zum Scannen.</translation>
        </message>
        <message>
            <source>Erfasste Geräte</source>
            <translation>Erfasste Geräte</translation>
        </message>
        <message>
            <source>Checkliste</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>z. B. gut, leichte Kratzer</source>
            <translation>z. B. gut, leichte Kratzer</translation>
        </message>
        <message>
            <source>Nur bei Schaden: das Gerät geht in Wartung</source>
            <translation>Nur bei Schaden: das Gerät geht in Wartung</translation>
        </message>
        <message>
            <source>Zurücknehmen</source>
            <translation>Zurücknehmen</translation>
        </message>
        <message>
            <source>Strg+Eingabe</source>
            <translation>Strg+Eingabe</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Zustand</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>&amp;Zustand:</source>
            <translation>&amp;Zustand:</translation>
        </message>
        <message>
            <source>&amp;Schaden:</source>
            <translation>&amp;Schaden:</translation>
        </message>
        <message>
            <source>Gerät {number} ist schon erfasst.</source>
            <translation>Gerät {number} ist schon erfasst.</translation>
        </message>
        <message>
            <source>Gerät {number} gehört zu {other}, nicht zu {receipt}. Bitte zuerst diese Rücknahme abschließen.</source>
            <translation>Gerät {number} gehört zu {other}, nicht zu {receipt}. Bitte zuerst diese Rücknahme abschließen.</translation>
        </message>
        <message>
            <source>✓ {number} {name} erfasst.</source>
            <translation>✓ {number} {name} erfasst.</translation>
        </message>
        <message>
            <source>Noch kein Gerät gescannt.</source>
            <translation>Noch kein Gerät gescannt.</translation>
        </message>
        <message numerus="yes">
            <source>fällig am {date} – %n Tag(e) überfällig</source>
            <translation>
                <numerusform>fällig am {date} – %n Tag überfällig</numerusform>
                <numerusform>fällig am {date} – %n Tage überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>fällig am {date}</source>
            <translation>fällig am {date}</translation>
        </message>
        <message>
            <source>{receipt} · {organisation} · {contact} · {due}</source>
            <translation>{receipt} · {organisation} · {contact} · {due}</translation>
        </message>
        <message>
            <source>Bleibt ausgeliehen: {items}</source>
            <translation>Bleibt ausgeliehen: {items}</translation>
        </message>
        <message>
            <source>Damit ist alles zurück.</source>
            <translation>Damit ist alles zurück.</translation>
        </message>
        <message numerus="yes">
            <source>✓ %n Gerät(e) zurückgenommen; {receipt} ist abgeschlossen.</source>
            <translation>
                <numerusform>✓ %n Gerät zurückgenommen; {receipt} ist abgeschlossen.</numerusform>
                <numerusform>✓ %n Geräte zurückgenommen; {receipt} ist abgeschlossen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ %n Gerät(e) zurückgenommen; {receipt} bleibt offen.</source>
            <translation>
                <numerusform>✓ %n Gerät zurückgenommen; {receipt} bleibt offen.</numerusform>
                <numerusform>✓ %n Geräte zurückgenommen; {receipt} bleibt offen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rücknahmeprotokoll {receipt}</source>
            <translation>Rücknahmeprotokoll {receipt}</translation>
        </message>
        <message>
            <source>Rückgabe abbrechen?</source>
            <translation>Rückgabe abbrechen?</translation>
        </message>
        <message>
            <source>Gescannte Geräte sind noch nicht zurückgenommen. Wirklich abbrechen?</source>
            <translation>Gescannte Geräte sind noch nicht zurückgenommen. Wirklich abbrechen?</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>PostgreSQL-Server</source>
            <translation>PostgreSQL-Server</translation>
        </message>
        <message>
            <source>Die Angaben bekommen Sie von der Administration des Hauses.</source>
            <translation>Die Angaben bekommen Sie von der Administration des Hauses.</translation>
        </message>
        <message>
            <source>z. B. db.hor-koeln.de</source>
            <translation>z. B. db.hor-koeln.de</translation>
        </message>
        <message>
            <source>Verbindung &amp;testen</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Datenbank</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Benutzer</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Passwort</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>TLS-Modus</source>
            <translation>TLS-Modus</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Datenbank:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>&amp;Benutzer:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>Pass&amp;wort:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>T&amp;LS-Modus:</source>
            <translation>T&amp;LS-Modus:</translation>
        </message>
        <message>
            <source>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</source>
            <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
        </message>
        <message>
            <source>disable – unverschlüsselt</source>
            <translation>disable – unverschlüsselt</translation>
        </message>
        <message>
            <source>allow – verschlüsselt, wenn der Server es verlangt</source>
            <translation>allow – verschlüsselt, wenn der Server es verlangt</translation>
        </message>
        <message>
            <source>prefer – verschlüsselt, wenn möglich (Standard)</source>
            <translation>prefer – verschlüsselt, wenn möglich (Standard)</translation>
        </message>
        <message>
            <source>require – immer verschlüsselt</source>
            <translation>require – immer verschlüsselt</translation>
        </message>
        <message>
            <source>verify-ca – verschlüsselt, Zertifikat geprüft</source>
            <translation>verify-ca – verschlüsselt, Zertifikat geprüft</translation>
        </message>
        <message>
            <source>verify-full – verschlüsselt, Zertifikat und Name geprüft</source>
            <translation>verify-full – verschlüsselt, Zertifikat und Name geprüft</translation>
        </message>
        <message>
            <source>Angaben geändert – bitte erneut testen.</source>
            <translation>Angaben geändert – bitte erneut testen.</translation>
        </message>
        <message>
            <source>Bitte Server, Datenbank und Benutzer angeben.</source>
            <translation>Bitte Server, Datenbank und Benutzer angeben.</translation>
        </message>
        <message>
            <source>Verbinde mit {host} …</source>
            <translation>Verbinde mit {host} …</translation>
        </message>
        <message>
            <source>verschlüsselt (TLS)</source>
            <translation>verschlüsselt (TLS)</translation>
        </message>
        <message>
            <source>unverschlüsselt</source>
            <translation>unverschlüsselt</translation>
        </message>
        <message>
            <source>✔ Verbindung in Ordnung: PostgreSQL {version}, {tls}.</source>
            <translation>✔ Verbindung in Ordnung: PostgreSQL {version}, {tls}.</translation>
        </message>
        <message>
            <source>Das Haus ist dort schon eingerichtet ({count} Mitarbeitende).</source>
            <translation>Das Haus ist dort schon eingerichtet ({count} Mitarbeitende).</translation>
        </message>
        <message>
            <source>✘ {explanation}</source>
            <translation>✘ {explanation}</translation>
        </message>
        <message>
            <source>Meldung des Servers: {detail}</source>
            <translation>Meldung des Servers: {detail}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Einstellungen</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Öffnungszeiten</source>
            <translation>Öffnungszeiten</translation>
        </message>
        <message>
            <source>Ausleihe</source>
            <translation>Ausleihe</translation>
        </message>
        <message>
            <source>Kontingente</source>
            <translation>Kontingente</translation>
        </message>
        <message>
            <source>Dokumenttexte</source>
            <translation>Dokumenttexte</translation>
        </message>
        <message>
            <source>Briefkopf und Sprache</source>
            <translation>Briefkopf und Sprache</translation>
        </message>
        <message>
            <source>Briefkopf, Dokumenttexte und Sprache gelten ab dem nächsten Start von HoR Desk; alles andere sofort.</source>
            <translation>Briefkopf, Dokumenttexte und Sprache gelten ab dem nächsten Start von HoR Desk; alles andere sofort.</translation>
        </message>
        <message>
            <source>&amp;Speichern</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Wird gespeichert …</source>
            <translation>Wird gespeichert …</translation>
        </message>
        <message>
            <source>Gespeichert.</source>
            <translation>Gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SidePanel</name>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Was:</source>
            <translation>Was:</translation>
        </message>
        <message>
            <source>Raum / Platz / Gerät:</source>
            <translation>Raum / Platz / Gerät:</translation>
        </message>
        <message>
            <source>Wann:</source>
            <translation>Wann:</translation>
        </message>
        <message>
            <source>Standort:</source>
            <translation>Standort:</translation>
        </message>
        <message>
            <source>Erfasst in:</source>
            <translation>Erfasst in:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Wert:</source>
            <translation>Wert:</translation>
        </message>
        <message>
            <source>{what} ({count} Personen)</source>
            <translation>{what} ({count} Personen)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Gesperrt – bitte anmelden</source>
            <translation>Gesperrt – bitte anmelden</translation>
        </message>
        <message>
            <source>Anmelden/Wechseln</source>
            <translation>Anmelden/Wechseln</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Kürzel:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>Anmelden</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Angemeldet: {name}</source>
            <translation>Angemeldet: {name}</translation>
        </message>
        <message>
            <source>Niemand angemeldet.</source>
            <translation>Niemand angemeldet.</translation>
        </message>
        <message>
            <source>Bitte Kürzel und PIN eingeben.</source>
            <translation>Bitte Kürzel und PIN eingeben.</translation>
        </message>
    </context>
    <context>
        <name>StaffControls</name>
        <message>
            <source>&amp;Anmelden/Wechseln …</source>
            <translation>&amp;Anmelden/Wechseln …</translation>
        </message>
        <message>
            <source>&amp;Sperren</source>
            <translation>&amp;Sperren</translation>
        </message>
        <message>
            <source>Ab&amp;melden</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <source>Angemeldet: {name}</source>
            <translation>Angemeldet: {name}</translation>
        </message>
        <message>
            <source>Nicht angemeldet ({name})</source>
            <translation>Nicht angemeldet ({name})</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Personal</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Mitarbeitende</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>&amp;Inaktive zeigen</source>
            <translation>&amp;Inaktive zeigen</translation>
        </message>
        <message>
            <source>&amp;Neu …</source>
            <translation>&amp;Neu …</translation>
        </message>
        <message>
            <source>&amp;Rolle ändern …</source>
            <translation>&amp;Rolle ändern …</translation>
        </message>
        <message>
            <source>&amp;PIN zurücksetzen …</source>
            <translation>&amp;PIN zurücksetzen …</translation>
        </message>
        <message>
            <source>&amp;Deaktivieren</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>Re&amp;aktivieren</source>
            <translation>Re&amp;aktivieren</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>aktiv</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>deaktiviert</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>{name} angelegt.</source>
            <translation>{name} angelegt.</translation>
        </message>
        <message>
            <source>Rolle ändern</source>
            <translation>Rolle ändern</translation>
        </message>
        <message>
            <source>Neue Rolle für {name}:</source>
            <translation>Neue Rolle für {name}:</translation>
        </message>
        <message>
            <source>Rolle von {name} geändert.</source>
            <translation>Rolle von {name} geändert.</translation>
        </message>
        <message>
            <source>Neue PIN für {name} gesetzt.</source>
            <translation>Neue PIN für {name} gesetzt.</translation>
        </message>
        <message>
            <source>PIN zurücksetzen</source>
            <translation>PIN zurücksetzen</translation>
        </message>
        <message>
            <source>Neue PIN für {name} (4–8 Ziffern):</source>
            <translation>Neue PIN für {name} (4–8 Ziffern):</translation>
        </message>
        <message>
            <source>PIN wiederholen:</source>
            <translation>PIN wiederholen:</translation>
        </message>
        <message>
            <source>Die beiden PINs stimmen nicht überein.</source>
            <translation>Die beiden PINs stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Deaktivieren</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>{name} kann sich danach nicht mehr anmelden. Frühere Einträge behalten den Namen. Deaktivieren?</source>
            <translation>{name} kann sich danach nicht mehr anmelden. Frühere Einträge behalten den Namen. Deaktivieren?</translation>
        </message>
        <message>
            <source>{name} deaktiviert.</source>
            <translation>{name} deaktiviert.</translation>
        </message>
        <message>
            <source>{name} wieder aktiv.</source>
            <translation>{name} wieder aktiv.</translation>
        </message>
    </context>
    <context>
        <name>StaffFormDialog</name>
        <message>
            <source>Neue Mitarbeiterin / neuer Mitarbeiter</source>
            <translation>Neue Mitarbeiterin / neuer Mitarbeiter</translation>
        </message>
        <message>
            <source>z. B. AM</source>
            <translation>z. B. AM</translation>
        </message>
        <message>
            <source>&amp;Anlegen</source>
            <translation>&amp;Anlegen</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Kürzel:</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>&amp;Standort:</source>
            <translation>&amp;Standort:</translation>
        </message>
        <message>
            <source>&amp;PIN (4–8 Ziffern):</source>
            <translation>&amp;PIN (4–8 Ziffern):</translation>
        </message>
        <message>
            <source>PIN &amp;wiederholen:</source>
            <translation>PIN &amp;wiederholen:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kürzel</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN wiederholen</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <source>Bitte einen Namen eingeben.</source>
            <translation>Bitte einen Namen eingeben.</translation>
        </message>
        <message>
            <source>Bitte ein Kürzel eingeben.</source>
            <translation>Bitte ein Kürzel eingeben.</translation>
        </message>
        <message>
            <source>Die beiden PINs stimmen nicht überein.</source>
            <translation>Die beiden PINs stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <source>Kürzel</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Status von {inventory_no} ändern</source>
            <translation>Status von {inventory_no} ändern</translation>
        </message>
        <message>
            <source>z. B. Lampe defekt, geht zur Reparatur</source>
            <translation>z. B. Lampe defekt, geht zur Reparatur</translation>
        </message>
        <message>
            <source>voraussichtlich zurück am</source>
            <translation>voraussichtlich zurück am</translation>
        </message>
        <message>
            <source>Neuer &amp;Status</source>
            <translation>Neuer &amp;Status</translation>
        </message>
        <message>
            <source>&amp;Grund</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>Status setzen</source>
            <translation>Status setzen</translation>
        </message>
        <message>
            <source>{inventory_no} – {name}, jetzt: {status}</source>
            <translation>{inventory_no} – {name}, jetzt: {status}</translation>
        </message>
    </context>
    <context>
        <name>SyncLogDialog</name>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Noch keine Synchronisation aufgezeichnet.</source>
            <translation>Noch keine Synchronisation aufgezeichnet.</translation>
        </message>
        <message>
            <source>&amp;Jetzt synchronisieren</source>
            <translation>&amp;Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Jetzt synchronisieren</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Der Stand wird gelesen …</source>
            <translation>Der Stand wird gelesen …</translation>
        </message>
        <message>
            <source>An diesem Arbeitsplatz läuft keine Synchronisation (kein Replikat).</source>
            <translation>An diesem Arbeitsplatz läuft keine Synchronisation (kein Replikat).</translation>
        </message>
        <message>
            <source>Offline: keine Verbindung zur gemeinsamen Datenbank.</source>
            <translation>Offline: keine Verbindung zur gemeinsamen Datenbank.</translation>
        </message>
        <message>
            <source>Bitte Datum und Uhrzeit dieses PCs korrigieren.</source>
            <translation>Bitte Datum und Uhrzeit dieses PCs korrigieren.</translation>
        </message>
        <message>
            <source>Synchronisation angefordert …</source>
            <translation>Synchronisation angefordert …</translation>
        </message>
    </context>
    <context>
        <name>SyncLogModel</name>
        <message>
            <source>Zeit</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Synchronisationsprotokoll öffnen (Klick oder Eingabetaste)</source>
            <translation>Synchronisationsprotokoll öffnen (Klick oder Eingabetaste)</translation>
        </message>
        <message>
            <source>Letzte erfolgreiche Synchronisation</source>
            <translation>Letzte erfolgreiche Synchronisation</translation>
        </message>
        <message>
            <source>Änderungen dieses PCs, die noch nicht gesendet sind</source>
            <translation>Änderungen dieses PCs, die noch nicht gesendet sind</translation>
        </message>
        <message>
            <source>Offene Konflikte im ganzen Haus (Tab „Konflikte“)</source>
            <translation>Offene Konflikte im ganzen Haus (Tab „Konflikte“)</translation>
        </message>
        <message>
            <source>Direkt verbunden</source>
            <translation>Direkt verbunden</translation>
        </message>
        <message>
            <source>○ Verbindung wird geprüft …</source>
            <translation>○ Verbindung wird geprüft …</translation>
        </message>
        <message>
            <source>Noch nie synchronisiert</source>
            <translation>Noch nie synchronisiert</translation>
        </message>
        <message numerus="yes">
            <source>Wartend: %n</source>
            <translation>
                <numerusform>Wartend: %n</numerusform>
                <numerusform>Wartend: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>⟳ Synchronisiert …</source>
            <translation>⟳ Synchronisiert …</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source>● Offline</source>
            <translation>● Offline</translation>
        </message>
        <message>
            <source>Zuletzt: {date}, {time} Uhr</source>
            <translation>Zuletzt: {date}, {time} Uhr</translation>
        </message>
        <message>
            <source>⚠ PC-Uhr falsch</source>
            <translation>⚠ PC-Uhr falsch</translation>
        </message>
        <message>
            <source>⚠ Senden angehalten</source>
            <translation>⚠ Senden angehalten</translation>
        </message>
        <message>
            <source>⚠ Fehler beim Synchronisieren</source>
            <translation>⚠ Fehler beim Synchronisieren</translation>
        </message>
        <message numerus="yes">
            <source>Die Uhr dieses PCs geht etwa %n Minute(n) nach. Bitte Datum und Uhrzeit des PCs korrigieren.</source>
            <translation>
                <numerusform>Die Uhr dieses PCs geht etwa %n Minute nach. Bitte Datum und Uhrzeit des PCs korrigieren.</numerusform>
                <numerusform>Die Uhr dieses PCs geht etwa %n Minuten nach. Bitte Datum und Uhrzeit des PCs korrigieren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Die Uhr dieses PCs geht etwa %n Minute(n) vor. Bitte Datum und Uhrzeit des PCs korrigieren.</source>
            <translation>
                <numerusform>Die Uhr dieses PCs geht etwa %n Minute vor. Bitte Datum und Uhrzeit des PCs korrigieren.</numerusform>
                <numerusform>Die Uhr dieses PCs geht etwa %n Minuten vor. Bitte Datum und Uhrzeit des PCs korrigieren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Konflikte: %n</source>
            <translation>
                <numerusform>Konflikte: %n</numerusform>
                <numerusform>Konflikte: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Zeit</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Schließtag</source>
            <translation>Schließtag</translation>
        </message>
        <message>
            <source>frei</source>
            <translation>frei</translation>
        </message>
        <message>
            <source>trotz Schließtag: %1</source>
            <translation>trotz Schließtag: %1</translation>
        </message>
        <message>
            <source>Raum</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Plätze</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>keine Nummer</source>
            <translation>keine Nummer</translation>
        </message>
    </context>
    <context>
        <name>desks</name>
        <message>
            <source>Vormittag</source>
            <translation>Vormittag</translation>
        </message>
        <message>
            <source>Nachmittag</source>
            <translation>Nachmittag</translation>
        </message>
        <message>
            <source>ganzer Tag</source>
            <translation>ganzer Tag</translation>
        </message>
    </context>
    <context>
        <name>inventory</name>
        <message>
            <source>verfügbar</source>
            <translation>verfügbar</translation>
        </message>
        <message>
            <source>in Wartung</source>
            <translation>in Wartung</translation>
        </message>
        <message>
            <source>ausgemustert</source>
            <translation>ausgemustert</translation>
        </message>
        <message>
            <source>verloren</source>
            <translation>verloren</translation>
        </message>
        <message>
            <source>reserviert</source>
            <translation>reserviert</translation>
        </message>
        <message>
            <source>verliehen</source>
            <translation>verliehen</translation>
        </message>
        <message>
            <source>zurückgegeben</source>
            <translation>zurückgegeben</translation>
        </message>
        <message>
            <source>storniert</source>
            <translation>storniert</translation>
        </message>
    </context>
    <context>
        <name>lending</name>
        <message>
            <source>Inventarnr.</source>
            <translation>Inventarnr.</translation>
        </message>
        <message>
            <source>Gerät</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Zustand bei Ausgabe</source>
            <translation>Zustand bei Ausgabe</translation>
        </message>
        <message>
            <source>Zubehör</source>
            <translation>Zubehör</translation>
        </message>
        <message>
            <source>Leihschein</source>
            <translation>Leihschein</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Fällig am</source>
            <translation>Fällig am</translation>
        </message>
        <message>
            <source>Tage überfällig</source>
            <translation>Tage überfällig</translation>
        </message>
        <message>
            <source>Geräte</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <source>{receipt} (vorläufig)</source>
            <translation>{receipt} (vorläufig)</translation>
        </message>
        <message>
            <source>Beginn</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Jetzt in</source>
            <translation>Jetzt in</translation>
        </message>
        <message>
            <source>Gebraucht in</source>
            <translation>Gebraucht in</translation>
        </message>
        <message>
            <source>Leihschein kann in der Historie nachgedruckt werden.</source>
            <translation>Leihschein kann in der Historie nachgedruckt werden.</translation>
        </message>
        <message>
            <source>Rücknahmeprotokoll kann in der Historie nachgedruckt werden.</source>
            <translation>Rücknahmeprotokoll kann in der Historie nachgedruckt werden.</translation>
        </message>
        <message>
            <source>Dokument archiviert ({file}). {hint}</source>
            <translation>Dokument archiviert ({file}). {hint}</translation>
        </message>
        <message>
            <source>Dokument nicht erstellt: {reason} {hint}</source>
            <translation>Dokument nicht erstellt: {reason} {hint}</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Datenbank bereits geöffnet</source>
            <translation>Datenbank bereits geöffnet</translation>
        </message>
        <message>
            <source>HoR Desk läuft auf diesem PC schon mit dieser Datenbank.</source>
            <translation>HoR Desk läuft auf diesem PC schon mit dieser Datenbank.</translation>
        </message>
        <message>
            <source>Datenbank ist neuer als das Programm</source>
            <translation>Datenbank ist neuer als das Programm</translation>
        </message>
        <message>
            <source>Diese HoR-Desk-Version ist zu alt für die Datenbank.</source>
            <translation>Diese HoR-Desk-Version ist zu alt für die Datenbank.</translation>
        </message>
        <message>
            <source>Datenbank nicht erreichbar</source>
            <translation>Datenbank nicht erreichbar</translation>
        </message>
        <message>
            <source>HoR Desk konnte die Datenbank nicht öffnen. Bitte Netzwerk, Pfad und Einstellungen prüfen oder die Administration fragen.</source>
            <translation>HoR Desk konnte die Datenbank nicht öffnen. Bitte Netzwerk, Pfad und Einstellungen prüfen oder die Administration fragen.</translation>
        </message>
        <message>
            <source>Einstellungen ungültig</source>
            <translation>Einstellungen ungültig</translation>
        </message>
        <message>
            <source>Die Einstellungen von HoR Desk lassen sich nicht verwenden.</source>
            <translation>Die Einstellungen von HoR Desk lassen sich nicht verwenden.</translation>
        </message>
        <message>
            <source>HoR Desk kann nicht starten</source>
            <translation>HoR Desk kann nicht starten</translation>
        </message>
        <message>
            <source>Beim Start ist ein Problem aufgetreten.</source>
            <translation>Beim Start ist ein Problem aufgetreten.</translation>
        </message>
    </context>
    <context>
        <name>organisations</name>
        <message>
            <source>Zeile</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Prüfung</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Fehler: {message}</source>
            <translation>Fehler: {message}</translation>
        </message>
        <message>
            <source>Warnung: ähnlich wie „{name}“ im Bestand</source>
            <translation>Warnung: ähnlich wie „{name}“ im Bestand</translation>
        </message>
        <message>
            <source>in Ordnung</source>
            <translation>in Ordnung</translation>
        </message>
        <message>
            <source>Semikolon (;)</source>
            <translation>Semikolon (;)</translation>
        </message>
        <message>
            <source>Komma (,)</source>
            <translation>Komma (,)</translation>
        </message>
        <message>
            <source>Tabulator</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>gesperrt</source>
            <translation>gesperrt</translation>
        </message>
        <message>
            <source>zusammengeführt</source>
            <translation>zusammengeführt</translation>
        </message>
        <message>
            <source>aktiv</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kurzname</source>
            <translation>Kurzname</translation>
        </message>
        <message>
            <source>Rechtsform</source>
            <translation>Rechtsform</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Funktion</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Verantwortlich</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Zeichnet</source>
            <translation>Zeichnet</translation>
        </message>
        <message>
            <source>Einwilligung</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Vorgang</source>
            <translation>Vorgang</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Ausleihe</source>
            <translation>Ausleihe</translation>
        </message>
        <message>
            <source>Reservierung</source>
            <translation>Reservierung</translation>
        </message>
        <message>
            <source>Raum</source>
            <translation>Raum</translation>
        </message>
        <message>
            <source>Arbeitsplatz (vormittags)</source>
            <translation>Arbeitsplatz (vormittags)</translation>
        </message>
        <message>
            <source>Arbeitsplatz (nachmittags)</source>
            <translation>Arbeitsplatz (nachmittags)</translation>
        </message>
        <message>
            <source>Arbeitsplatz (ganztags)</source>
            <translation>Arbeitsplatz (ganztags)</translation>
        </message>
        <message>
            <source>reserviert</source>
            <translation>reserviert</translation>
        </message>
        <message>
            <source>ausgeliehen</source>
            <translation>ausgeliehen</translation>
        </message>
        <message>
            <source>zurück</source>
            <translation>zurück</translation>
        </message>
        <message>
            <source>storniert</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>vorläufig</source>
            <translation>vorläufig</translation>
        </message>
        <message>
            <source>bestätigt</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>Letzte Aktivität</source>
            <translation>Letzte Aktivität</translation>
        </message>
    </context>
    <context>
        <name>staff</name>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Standort-Admin</source>
            <translation>Standort-Admin</translation>
        </message>
        <message>
            <source>Empfang</source>
            <translation>Empfang</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Synchronisation nicht gestartet: {reason}</source>
            <translation>Synchronisation nicht gestartet: {reason}</translation>
        </message>
    </context>
</TS>
