<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
    <context>
        <name>AdminActions</name>
        <message>
            <source>P&amp;ersonal …</source>
            <translation>St&amp;aff …</translation>
        </message>
        <message>
            <source>&amp;Einstellungen …</source>
            <translation>&amp;Settings …</translation>
        </message>
        <message>
            <source>Das dürfen nur Admins. Bitte als Admin anmelden (Strg+Umschalt+A).</source>
            <translation>Only admins may do this. Please sign in as an admin (Ctrl+Shift+A).</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>Erstes Admin-Konto</source>
            <translation>First admin account</translation>
        </message>
        <message>
            <source>Mit Kürzel und PIN melden Sie sich an und legen weiteres Personal an (Verwaltung → Personal).</source>
            <translation>With initials and PIN you sign in and add further staff (Administration → Staff).</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kürzel</source>
            <translation>Initials</translation>
        </message>
        <message>
            <source>z. B. AM</source>
            <translation>e.g. AM</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN wiederholen</source>
            <translation>Repeat PIN</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Initials:</translation>
        </message>
        <message>
            <source>&amp;PIN (4–8 Ziffern):</source>
            <translation>&amp;PIN (4–8 digits):</translation>
        </message>
        <message>
            <source>PIN &amp;wiederholen:</source>
            <translation>&amp;Repeat PIN:</translation>
        </message>
        <message>
            <source>Auf dem Server gibt es schon Personal. Bitte nach dem Start mit dem eigenen Kürzel anmelden.</source>
            <translation>There is already staff on the server. Please sign in with your own initials after the start.</translation>
        </message>
        <message>
            <source>Bitte einen Namen eingeben.</source>
            <translation>Please enter a name.</translation>
        </message>
        <message>
            <source>Die PIN hat 4 bis 8 Ziffern.</source>
            <translation>The PIN has 4 to 8 digits.</translation>
        </message>
        <message>
            <source>Das Kürzel hat 1 bis 8 Buchstaben.</source>
            <translation>The initials have 1 to 8 letters.</translation>
        </message>
        <message>
            <source>Die beiden PINs stimmen nicht überein.</source>
            <translation>The two PINs do not match.</translation>
        </message>
    </context>
    <context>
        <name>AdministrationMenu</name>
        <message>
            <source>&amp;Verwaltung</source>
            <translation>&amp;Administration</translation>
        </message>
        <message>
            <source>&amp;Protokoll …</source>
            <translation>&amp;Audit log …</translation>
        </message>
        <message>
            <source>&amp;Datensicherung erstellen …</source>
            <translation>&amp;Create backup …</translation>
        </message>
        <message>
            <source>Protokoll</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Das Protokoll sehen nur Standort-Admins und Admins. Bitte zuerst anmelden (Strg+Umschalt+A).</source>
            <translation>Only location admins and admins can see the audit log. Please sign in first (Ctrl+Shift+A).</translation>
        </message>
        <message>
            <source>Datensicherung erstellen</source>
            <translation>Create backup</translation>
        </message>
        <message>
            <source>SQLite-Datenbank (*.sqlite)</source>
            <translation>SQLite database (*.sqlite)</translation>
        </message>
        <message>
            <source>Datensicherung läuft …</source>
            <translation>Creating backup …</translation>
        </message>
        <message>
            <source>Datensicherung gespeichert: {path}</source>
            <translation>Backup saved: {path}</translation>
        </message>
        <message>
            <source>Datensicherung</source>
            <translation>Backup</translation>
        </message>
    </context>
    <context>
        <name>AlternativeDialog</name>
        <message>
            <source>anderer Raum</source>
            <translation>other room</translation>
        </message>
        <message>
            <source>andere Zeit</source>
            <translation>other time</translation>
        </message>
        <message>
            <source>anderer Platz</source>
            <translation>other desk</translation>
        </message>
        <message>
            <source>andere Tageshälfte</source>
            <translation>other half of the day</translation>
        </message>
        <message>
            <source>anderes Gerät</source>
            <translation>other device</translation>
        </message>
        <message>
            <source>Keine freie Alternative gefunden. Bitte stornieren oder die Leitung fragen.</source>
            <translation>No free alternative found. Please cancel or ask the management.</translation>
        </message>
        <message>
            <source>Notiz (freiwillig), z. B. mit wem gesprochen</source>
            <translation>Note (optional), e.g. who you spoke to</translation>
        </message>
        <message>
            <source>&amp;Notiz:</source>
            <translation>&amp;Note:</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Protokoll</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Alle Personen</source>
            <translation>All people</translation>
        </message>
        <message>
            <source>Alle Bereiche</source>
            <translation>All areas</translation>
        </message>
        <message>
            <source>Alle Standorte</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>&amp;Von:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Bis:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Be&amp;reich:</source>
            <translation>A&amp;rea:</translation>
        </message>
        <message>
            <source>&amp;Standort:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>Protokolleinträge</source>
            <translation>Audit log entries</translation>
        </message>
        <message>
            <source>&amp;Aktualisieren</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Weitere laden</source>
            <translation>Load &amp;more</translation>
        </message>
        <message>
            <source>Als &amp;CSV exportieren …</source>
            <translation>Export as &amp;CSV …</translation>
        </message>
        <message numerus="yes">
            <source>%n Einträge geladen</source>
            <translation>
                <numerusform>%n entry loaded</numerusform>
                <numerusform>%n entries loaded</numerusform>
            </translation>
        </message>
        <message>
            <source>Protokoll exportieren</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <source>protokoll-{day}.csv</source>
            <translation>audit-log-{day}.csv</translation>
        </message>
        <message>
            <source>CSV für Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n Einträge exportiert</source>
            <translation>
                <numerusform>%n entry exported</numerusform>
                <numerusform>%n entries exported</numerusform>
            </translation>
        </message>
        <message>
            <source>Export fehlgeschlagen: {reason}</source>
            <translation>Export failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>Zeitpunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Mitarbeiter:in</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Bereich</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Aktion</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Änderungen</source>
            <translation>Changes</translation>
        </message>
    </context>
    <context>
        <name>BookingDetailDialog</name>
        <message>
            <source>Raumbuchung: %1</source>
            <translation>Room booking: %1</translation>
        </message>
        <message>
            <source>%1 (%2 Plätze)</source>
            <translation>%1 (%2 seats)</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Pflicht beim Stornieren</source>
            <translation>Required when cancelling</translation>
        </message>
        <message>
            <source>&amp;Raum:</source>
            <translation>&amp;Room:</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Beginn:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <source>&amp;Ende:</source>
            <translation>&amp;End:</translation>
        </message>
        <message>
            <source>Teil&amp;nehmende:</source>
            <translation>Partici&amp;pants:</translation>
        </message>
        <message>
            <source>N&amp;otizen:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>Storno&amp;grund:</source>
            <translation>Cancellation &amp;reason:</translation>
        </message>
        <message>
            <source>Gilt für</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <source>nur &amp;dieser Termin</source>
            <translation>only &amp;this appointment</translation>
        </message>
        <message>
            <source>dieser und alle &amp;folgenden</source>
            <translation>this and all &amp;following</translation>
        </message>
        <message>
            <source>ganze &amp;Serie</source>
            <translation>whole &amp;series</translation>
        </message>
        <message>
            <source>&amp;Konflikte überspringen</source>
            <translation>&amp;Skip conflicts</translation>
        </message>
        <message>
            <source>Zeitraum der Serie stornieren</source>
            <translation>Cancel a period of the series</translation>
        </message>
        <message>
            <source>vom</source>
            <translation>from</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Speichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>S&amp;tornieren …</source>
            <translation>&amp;Cancel booking …</translation>
        </message>
        <message>
            <source>&amp;Zeitraum stornieren …</source>
            <translation>Cancel &amp;period …</translation>
        </message>
        <message>
            <source>Bestätigung &amp;drucken</source>
            <translation>&amp;Print confirmation</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Storniert: %1</source>
            <translation>Cancelled: %1</translation>
        </message>
        <message>
            <source>ohne Grund</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <source>bestätigt</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>vorläufig</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>storniert</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 · Termin einer Serie</source>
            <translation>%1 · appointment of a series</translation>
        </message>
        <message>
            <source>Das Datum lässt sich nur für diesen einen Termin ändern.</source>
            <translation>The date can only be changed for this single appointment.</translation>
        </message>
        <message>
            <source>Bitte einen Grund für die Stornierung angeben.</source>
            <translation>Please give a reason for the cancellation.</translation>
        </message>
        <message>
            <source>Diesen Termin wirklich stornieren?</source>
            <translation>Really cancel this appointment?</translation>
        </message>
        <message>
            <source>Diesen und alle folgenden Termine der Serie stornieren?</source>
            <translation>Cancel this and all following appointments of the series?</translation>
        </message>
        <message>
            <source>Alle kommenden Termine der Serie stornieren?</source>
            <translation>Cancel all upcoming appointments of the series?</translation>
        </message>
        <message>
            <source>Stornieren</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Alle Termine der Serie vom %1 bis %2 stornieren?</source>
            <translation>Cancel all appointments of the series from %1 to %2?</translation>
        </message>
        <message>
            <source>Zeitraum stornieren</source>
            <translation>Cancel period</translation>
        </message>
        <message>
            <source>Buchungsbestätigung</source>
            <translation>Booking confirmation</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>Raum buchen</source>
            <translation>Book a room</translation>
        </message>
        <message>
            <source>%1 (%2 Plätze)</source>
            <translation>%1 (%2 seats)</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>&amp;Wiederholen</source>
            <translation>&amp;Repeat</translation>
        </message>
        <message>
            <source>wöchentlich</source>
            <translation>weekly</translation>
        </message>
        <message>
            <source>monatlich am gleichen Wochentag</source>
            <translation>monthly on the same weekday</translation>
        </message>
        <message>
            <source>1.</source>
            <translation>1st</translation>
        </message>
        <message>
            <source>2.</source>
            <translation>2nd</translation>
        </message>
        <message>
            <source>3.</source>
            <translation>3rd</translation>
        </message>
        <message>
            <source>4.</source>
            <translation>4th</translation>
        </message>
        <message>
            <source>letzten</source>
            <translation>last</translation>
        </message>
        <message>
            <source>bis Enddatum</source>
            <translation>until end date</translation>
        </message>
        <message>
            <source>&amp;Konflikte überspringen</source>
            <translation>&amp;Skip conflicts</translation>
        </message>
        <message>
            <source>Regel:</source>
            <translation>Rule:</translation>
        </message>
        <message>
            <source>Alle … Wochen/Monate:</source>
            <translation>Every … weeks/months:</translation>
        </message>
        <message>
            <source>Woche im Monat:</source>
            <translation>Week of the month:</translation>
        </message>
        <message>
            <source>Anzahl:</source>
            <translation>Count:</translation>
        </message>
        <message>
            <source>Enddatum:</source>
            <translation>End date:</translation>
        </message>
        <message>
            <source>Inventarnummern scannen oder tippen, mit Komma</source>
            <translation>Scan or type inventory numbers, separated by commas</translation>
        </message>
        <message>
            <source>&amp;Raum:</source>
            <translation>&amp;Room:</translation>
        </message>
        <message>
            <source>&amp;Titel:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Beginn:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <source>&amp;Ende:</source>
            <translation>&amp;End:</translation>
        </message>
        <message>
            <source>&amp;Teilnehmende:</source>
            <translation>&amp;Participants:</translation>
        </message>
        <message>
            <source>&amp;Notizen:</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <source>&amp;Geräte:</source>
            <translation>&amp;Devices:</translation>
        </message>
        <message>
            <source>Mehr Personen, als der Raum fasst (%1).</source>
            <translation>More people than the room holds (%1).</translation>
        </message>
        <message>
            <source>Schon gebucht: %1 (%2), %3–%4 Uhr.</source>
            <translation>Already booked: %1 (%2), %3–%4.</translation>
        </message>
        <message>
            <source>%1 Termine belegt.</source>
            <translation>%1 appointments taken.</translation>
        </message>
        <message>
            <source>Bitte Raum und Organisation wählen.</source>
            <translation>Please choose a room and an organisation.</translation>
        </message>
        <message>
            <source>Buchungsbestätigung</source>
            <translation>Booking confirmation</translation>
        </message>
        <message>
            <source>Arbeitsplatz buchen</source>
            <translation>Book a desk</translation>
        </message>
        <message>
            <source>Kontakt wählen oder Namen eingeben</source>
            <translation>Choose a contact or enter a name</translation>
        </message>
        <message>
            <source>Nur an diesen Wochentagen:</source>
            <translation>Only on these weekdays:</translation>
        </message>
        <message>
            <source>nur ausfüllen, um das Kontingent zu überschreiten</source>
            <translation>fill in only to exceed the quota</translation>
        </message>
        <message>
            <source>Buchen</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Arbeitsplatz</source>
            <translation>Desk</translation>
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
            <translation>Quota</translation>
        </message>
        <message>
            <source>Vom</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Grund für Überschreitung</source>
            <translation>Reason for exceeding</translation>
        </message>
        <message>
            <source>Im {month}: {used} Platztage gebucht (kein Kontingent)</source>
            <translation>In {month}: {used} desk days booked (no quota)</translation>
        </message>
        <message>
            <source>Im {month}: {used} von {quota} Platztagen gebucht</source>
            <translation>In {month}: {used} of {quota} desk days booked</translation>
        </message>
        <message>
            <source>Bitte eine Organisation aus der Liste wählen.</source>
            <translation>Please choose an organisation from the list.</translation>
        </message>
        <message>
            <source>An diesem Standort ist kein Arbeitsplatz buchbar.</source>
            <translation>No desk can be booked at this location.</translation>
        </message>
    </context>
    <context>
        <name>CalendarGrid</name>
        <message>
            <source>Raumbelegung</source>
            <translation>Room occupancy</translation>
        </message>
        <message>
            <source>Dieser Standort hat keine Räume.</source>
            <translation>This location has no rooms.</translation>
        </message>
        <message>
            <source>%1
%2
%3–%4 Uhr</source>
            <translation>%1
%2
%3–%4</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>◀ Zurück</source>
            <translation>◀ Back</translation>
        </message>
        <message>
            <source>Weiter ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <source>&amp;Heute</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>&amp;Woche</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <source>&amp;Tag</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <source>Gehe zu &amp;Datum</source>
            <translation>Go to &amp;date</translation>
        </message>
        <message>
            <source>&amp;Neue Buchung</source>
            <translation>&amp;New booking</translation>
        </message>
        <message>
            <source>Buchung ö&amp;ffnen</source>
            <translation>&amp;Open booking</translation>
        </message>
        <message>
            <source>Raum &amp;finden …</source>
            <translation>&amp;Find a room …</translation>
        </message>
        <message>
            <source>&amp;Sperren und Schließtage …</source>
            <translation>&amp;Blocks and closing days …</translation>
        </message>
        <message>
            <source>&amp;Aktualisieren</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>%1 · KW %2</source>
            <translation>%1 · week %2</translation>
        </message>
        <message>
            <source>KW %1 · %2 – %3</source>
            <translation>Week %1 · %2 – %3</translation>
        </message>
        <message>
            <source>Dieser Standort hat keine Räume.</source>
            <translation>This location has no rooms.</translation>
        </message>
    </context>
    <context>
        <name>CancelRangeDialog</name>
        <message>
            <source>Zeitraum stornieren</source>
            <translation>Cancel period</translation>
        </message>
        <message>
            <source>alle Arbeitsplätze</source>
            <translation>all desks</translation>
        </message>
        <message>
            <source>alle Organisationen</source>
            <translation>all organisations</translation>
        </message>
        <message>
            <source>optional, z. B. Urlaub</source>
            <translation>optional, e.g. holiday</translation>
        </message>
        <message>
            <source>Stornieren</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Arbeitsplatz</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Vom</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Bitte eine Organisation aus der Liste wählen.</source>
            <translation>Please choose an organisation from the list.</translation>
        </message>
    </context>
    <context>
        <name>CartPanel</name>
        <message>
            <source>Inventarnummer scannen oder Set-Namen eingeben</source>
            <translation>Scan an inventory number or enter a kit name</translation>
        </message>
        <message>
            <source>Bereit zum Scannen.</source>
            <translation>Ready to scan.</translation>
        </message>
        <message>
            <source>Warenkorb</source>
            <translation>Cart</translation>
        </message>
        <message numerus="yes">
            <source>%n Gerät(e) im Warenkorb</source>
            <translation>
                <numerusform>%n device in the cart</numerusform>
                <numerusform>%n devices in the cart</numerusform>
            </translation>
        </message>
        <message>
            <source>Gerät {number} ist schon im Warenkorb.</source>
            <translation>Device {number} is already in the cart.</translation>
        </message>
        <message>
            <source>✓ {number} {name} hinzugefügt (Standort {location}).</source>
            <translation>✓ {number} {name} added (location {location}).</translation>
        </message>
        <message>
            <source>{number} {name} entfernt.</source>
            <translation>{number} {name} removed.</translation>
        </message>
        <message>
            <source>Weder Gerät noch Set „{text}“ gefunden.</source>
            <translation>No device or kit “{text}” found.</translation>
        </message>
        <message>
            <source>Mehrere Sets passen zu „{text}“: {names}</source>
            <translation>Several kits match “{text}”: {names}</translation>
        </message>
        <message>
            <source>Es sind keine Sets angelegt.</source>
            <translation>No kits have been set up.</translation>
        </message>
        <message>
            <source>Set hinzufügen</source>
            <translation>Add kit</translation>
        </message>
        <message>
            <source>Set:</source>
            <translation>Kit:</translation>
        </message>
        <message>
            <source>{number} ist schon im Warenkorb.</source>
            <translation>{number} is already in the cart.</translation>
        </message>
        <message>
            <source>Set „{kit}“: {count} Gerät(e) hinzugefügt. Nicht möglich: {problems}</source>
            <translation>Kit “{kit}”: {count} device(s) added. Not possible: {problems}</translation>
        </message>
        <message>
            <source>✓ Set „{kit}“: {count} Gerät(e) hinzugefügt.</source>
            <translation>✓ Kit “{kit}”: {count} device(s) added.</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Kategorien</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source> Tage</source>
            <translation> days</translation>
        </message>
        <message>
            <source>z. B. 50,00</source>
            <translation>e.g. 50.00</translation>
        </message>
        <message>
            <source>Ein Punkt pro Zeile, z. B. Fernbedienung</source>
            <translation>One item per line, e.g. remote control</translation>
        </message>
        <message>
            <source>&amp;Neue Kategorie</source>
            <translation>&amp;New category</translation>
        </message>
        <message>
            <source>&amp;Speichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Leihdauer</source>
            <translation>&amp;Loan period</translation>
        </message>
        <message>
            <source>&amp;Kaution (€)</source>
            <translation>&amp;Deposit (€)</translation>
        </message>
        <message>
            <source>&amp;Rückgabe-Checkliste</source>
            <translation>&amp;Return checklist</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Die Kaution bitte als Betrag angeben, z. B. 50,00.</source>
            <translation>Please enter the deposit as an amount, e.g. 50,00.</translation>
        </message>
        <message>
            <source>Kategorie „{name}“ gespeichert.</source>
            <translation>Category “{name}” saved.</translation>
        </message>
    </context>
    <context>
        <name>CheckOutDialog</name>
        <message>
            <source>Ausleihe</source>
            <translation>Loan</translation>
        </message>
        <message>
            <source>z. B. Sommerfest im Bürgerzentrum</source>
            <translation>e.g. summer festival at the community centre</translation>
        </message>
        <message>
            <source>Ausleihen</source>
            <translation>Lend</translation>
        </message>
        <message>
            <source>Position entfernen</source>
            <translation>Remove item</translation>
        </message>
        <message>
            <source>Set hinzufügen …</source>
            <translation>Add kit …</translation>
        </message>
        <message>
            <source>Neue Ausleihe</source>
            <translation>New loan</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Wer leiht aus?</source>
            <translation>Who is borrowing?</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Von:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>K&amp;aution:</source>
            <translation>De&amp;posit:</translation>
        </message>
        <message>
            <source>&amp;Zweck:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>Geräte</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Standard: {date}</source>
            <translation>Default: {date}</translation>
        </message>
        <message>
            <source>Standard ergibt sich aus den Geräten</source>
            <translation>The default follows from the devices</translation>
        </message>
        <message>
            <source>von Hand gesetzt</source>
            <translation>set by hand</translation>
        </message>
        <message>
            <source>Reservieren</source>
            <translation>Reserve</translation>
        </message>
        <message>
            <source>Bitte zuerst die Organisation wählen.</source>
            <translation>Please choose the organisation first.</translation>
        </message>
        <message>
            <source>Bitte eine Kontaktperson wählen.</source>
            <translation>Please choose a contact person.</translation>
        </message>
        <message>
            <source>Der Warenkorb ist leer.</source>
            <translation>The cart is empty.</translation>
        </message>
        <message numerus="yes">
            <source>✓ Reservierung {receipt} gespeichert: %n Gerät(e), {start} bis {due}.</source>
            <translation>
                <numerusform>✓ Reservation {receipt} saved: %n device, {start} to {due}.</numerusform>
                <numerusform>✓ Reservation {receipt} saved: %n devices, {start} to {due}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ Leihvorgang {receipt} gespeichert: %n Gerät(e) bis {due}, Kaution {deposit}.</source>
            <translation>
                <numerusform>✓ Loan {receipt} saved: %n device until {due}, deposit {deposit}.</numerusform>
                <numerusform>✓ Loan {receipt} saved: %n devices until {due}, deposit {deposit}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Leihschein wird erstellt …</source>
            <translation>Creating loan slip …</translation>
        </message>
        <message>
            <source>Leihschein {receipt}</source>
            <translation>Loan slip {receipt}</translation>
        </message>
        <message>
            <source>Ausleihe abbrechen?</source>
            <translation>Cancel the loan?</translation>
        </message>
        <message>
            <source>Im Warenkorb liegen noch Geräte. Ausleihe wirklich abbrechen?</source>
            <translation>There are still devices in the cart. Really cancel the loan?</translation>
        </message>
    </context>
    <context>
        <name>ClosuresDialog</name>
        <message>
            <source>Sperren und Schließtage</source>
            <translation>Blocks and closing days</translation>
        </message>
        <message>
            <source>&amp;Raum sperren</source>
            <translation>&amp;Block a room</translation>
        </message>
        <message>
            <source>&amp;Schließtag des Hauses</source>
            <translation>&amp;Closing day of the house</translation>
        </message>
        <message>
            <source>Raumsperre</source>
            <translation>Room block</translation>
        </message>
        <message>
            <source>Ra&amp;um:</source>
            <translation>Ro&amp;om:</translation>
        </message>
        <message>
            <source>&amp;Von:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Bis:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Schließtag</source>
            <translation>Closing day</translation>
        </message>
        <message>
            <source>erst &amp;ab</source>
            <translation>only &amp;from</translation>
        </message>
        <message>
            <source>für &amp;alle Standorte</source>
            <translation>for &amp;all locations</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Day:</translation>
        </message>
        <message>
            <source>Geschlossen:</source>
            <translation>Closed:</translation>
        </message>
        <message>
            <source>z. B. Malerarbeiten, Betriebsausflug</source>
            <translation>e.g. painting work, staff outing</translation>
        </message>
        <message>
            <source>Betroffene Buchungen</source>
            <translation>Affected bookings</translation>
        </message>
        <message>
            <source>&amp;Eintragen</source>
            <translation>&amp;Enter</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Eintragen (Strg+S)</source>
            <translation>Enter (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Grund:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Betroffene Buchungen – bitte anrufen:</source>
            <translation>Affected bookings – please call:</translation>
        </message>
        <message>
            <source>Sperren und Schließtage trägt die Standortleitung ein.</source>
            <translation>Blocks and closing days are entered by the location management.</translation>
        </message>
        <message>
            <source>Das Ende muss nach dem Beginn liegen.</source>
            <translation>The end must be after the start.</translation>
        </message>
        <message numerus="yes">
            <source>%n Buchung(en) betroffen. Sie bleiben bestehen: bitte anrufen.</source>
            <translation>
                <numerusform>%n booking affected. It stays in place: please call.</numerusform>
                <numerusform>%n bookings affected. They stay in place: please call.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keine Buchung betroffen.</source>
            <translation>No booking affected.</translation>
        </message>
        <message numerus="yes">
            <source>Eingetragen. %n betroffene Buchung(en) bitte anrufen.</source>
            <translation>
                <numerusform>Entered. Please call %n affected booking.</numerusform>
                <numerusform>Entered. Please call %n affected bookings.</numerusform>
            </translation>
        </message>
        <message>
            <source>Eingetragen.</source>
            <translation>Entered.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDetail</name>
        <message>
            <source>A – behält den Platz</source>
            <translation>A – keeps the place</translation>
        </message>
        <message>
            <source>B – im Konflikt</source>
            <translation>B – in conflict</translation>
        </message>
        <message>
            <source>{kind}: {resource}, {when}</source>
            <translation>{kind}: {resource}, {when}</translation>
        </message>
        <message>
            <source>A – behält den Platz (vom Server bestätigt)</source>
            <translation>A – keeps the place (confirmed by the server)</translation>
        </message>
        <message>
            <source>B – im Konflikt (nicht bestätigt)</source>
            <translation>B – in conflict (not confirmed)</translation>
        </message>
        <message>
            <source>{kind}: „{field}“ von {what} wurde an zwei Standorten geändert</source>
            <translation>{kind}: “{field}” of {what} was changed at two locations</translation>
        </message>
        <message>
            <source>A – dieser Wert gilt</source>
            <translation>A – this value applies</translation>
        </message>
        <message>
            <source>B – dieser Wert wurde überschrieben</source>
            <translation>B – this value was overwritten</translation>
        </message>
        <message>
            <source>Betroffener Datensatz</source>
            <translation>Affected record</translation>
        </message>
        <message>
            <source>Abgelehnte Änderung</source>
            <translation>Rejected change</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>Keine offenen Konflikte. Doppelbuchungen zwischen den Standorten, gleichzeitige Änderungen und abgelehnte Änderungen erscheinen hier nach der Synchronisation.</source>
            <translation>No open conflicts. Double bookings between the locations, simultaneous changes and rejected changes appear here after synchronisation.</translation>
        </message>
        <message>
            <source>Verschieben …</source>
            <translation>Move …</translation>
        </message>
        <message>
            <source>Stornieren …</source>
            <translation>Cancel booking …</translation>
        </message>
        <message>
            <source>Tauschen …</source>
            <translation>Swap …</translation>
        </message>
        <message>
            <source>Übergehen (Leitung) …</source>
            <translation>Override (management) …</translation>
        </message>
        <message>
            <source>Erledigt …</source>
            <translation>Done …</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Refresh</translation>
        </message>
        <message numerus="yes">
            <source>Offene Konflikte an diesem Standort: %n</source>
            <translation>
                <numerusform>Open conflicts at this location: %n</numerusform>
                <numerusform>Open conflicts at this location: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Tauschen</source>
            <translation>Swap</translation>
        </message>
        <message>
            <source>B ({b}) bekommt {resource}. Wohin weicht A ({a}) aus?</source>
            <translation>B ({b}) gets {resource}. Where does A ({a}) move to?</translation>
        </message>
        <message>
            <source>Verschieben</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Wohin soll B ({b}: {what}) ausweichen?</source>
            <translation>Where should B ({b}: {what}) move to?</translation>
        </message>
        <message>
            <source>Stornieren</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Die Buchung von B ({b}: {what}) wird storniert. Warum?</source>
            <translation>The booking of B ({b}: {what}) will be cancelled. Why?</translation>
        </message>
        <message>
            <source>Konflikt übergehen</source>
            <translation>Override conflict</translation>
        </message>
        <message>
            <source>Beide Buchungen bleiben bestehen (z. B. teilen sich die Gruppen den Raum). Die Begründung wird protokolliert.</source>
            <translation>Both bookings stay in place (e.g. the groups share the room). The reason is logged.</translation>
        </message>
        <message>
            <source>Konflikt übergangen; beide Buchungen bleiben bestehen.</source>
            <translation>Conflict overridden; both bookings stay in place.</translation>
        </message>
        <message>
            <source>Als erledigt markieren</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>Der Eintrag verschwindet aus der Liste. Was wurde getan?</source>
            <translation>The entry disappears from the list. What was done?</translation>
        </message>
        <message>
            <source>Als erledigt markiert.</source>
            <translation>Marked as done.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTableModel</name>
        <message>
            <source>Wann</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Raum / Platz / Gerät / Datensatz</source>
            <translation>Room / desk / device / record</translation>
        </message>
        <message>
            <source>A – behält den Platz / gilt</source>
            <translation>A – keeps the place / applies</translation>
        </message>
        <message>
            <source>B – im Konflikt / überschrieben</source>
            <translation>B – in conflict / overwritten</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Neue Kontaktperson</source>
            <translation>New contact person</translation>
        </message>
        <message>
            <source>Kontaktperson bearbeiten</source>
            <translation>Edit contact person</translation>
        </message>
        <message>
            <source>verantwortlich für Ausleihen</source>
            <translation>responsible for loans</translation>
        </message>
        <message>
            <source>darf unterschreiben</source>
            <translation>may sign</translation>
        </message>
        <message>
            <source>(keine Angabe)</source>
            <translation>(not specified)</translation>
        </message>
        <message>
            <source>Einwilligung</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Vertrag</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>berechtigtes Interesse</source>
            <translation>legitimate interest</translation>
        </message>
        <message>
            <source>Einwilligung liegt vor</source>
            <translation>Consent given</translation>
        </message>
        <message>
            <source>z. B. 2026-1</source>
            <translation>e.g. 2026-1</translation>
        </message>
        <message>
            <source>Papier</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>mündlich</source>
            <translation>verbal</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Funktion</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Rechtsgrundlage</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Einwilligung am</source>
            <translation>Consent on</translation>
        </message>
        <message>
            <source>Textversion</source>
            <translation>Text version</translation>
        </message>
        <message>
            <source>Eingegangen über</source>
            <translation>Received via</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>HoR Desk – unerwarteter Fehler</source>
            <translation>HoR Desk – unexpected error</translation>
        </message>
        <message>
            <source>Es ist ein unerwarteter Fehler aufgetreten. Gespeicherte Daten bleiben erhalten. Bitte die Details kopieren und an die Administration schicken.</source>
            <translation>An unexpected error has occurred. Saved data is kept. Please copy the details and send them to the administration.</translation>
        </message>
        <message>
            <source>Protokolldatei: {path}</source>
            <translation>Log file: {path}</translation>
        </message>
        <message>
            <source>Details kopieren</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Kopiert</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>Organisationen aus CSV importieren</source>
            <translation>Import organisations from CSV</translation>
        </message>
        <message>
            <source>Noch keine Datei gewählt.</source>
            <translation>No file chosen yet.</translation>
        </message>
        <message>
            <source>Datei &amp;wählen …</source>
            <translation>&amp;Choose file …</translation>
        </message>
        <message>
            <source>&amp;Importieren</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>CSV-Datei wählen</source>
            <translation>Choose CSV file</translation>
        </message>
        <message>
            <source>CSV-Dateien (*.csv *.txt)</source>
            <translation>CSV files (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Datei wird geprüft …</source>
            <translation>Checking file …</translation>
        </message>
        <message>
            <source>Die Datei kann nicht gelesen werden: {reason}</source>
            <translation>The file cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Kodierung: {encoding} · Trennzeichen: {separator}</source>
            <translation>Encoding: {encoding} · Separator: {separator}</translation>
        </message>
        <message numerus="yes">
            <source>%n Zeile(n) mit Fehlern – bitte die Datei korrigieren und neu wählen. Es wird nichts importiert.</source>
            <translation>
                <numerusform>%n line with errors – please correct the file and choose it again. Nothing is imported.</numerusform>
                <numerusform>%n lines with errors – please correct the file and choose it again. Nothing is imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>{orgs} Organisationen und {contacts} Kontaktpersonen können importiert werden.</source>
            <translation>{orgs} organisations and {contacts} contact persons can be imported.</translation>
        </message>
        <message numerus="yes">
            <source>%n Zeile(n) ähneln Organisationen im Bestand (bitte prüfen).</source>
            <translation>
                <numerusform>%n line resembles an existing organisation (please check).</numerusform>
                <numerusform>%n lines resemble existing organisations (please check).</numerusform>
            </translation>
        </message>
        <message>
            <source>Organisationen werden importiert …</source>
            <translation>Importing organisations …</translation>
        </message>
        <message>
            <source>Importiert: {orgs} Organisationen, {contacts} Kontaktpersonen.</source>
            <translation>Imported: {orgs} organisations, {contacts} contact persons.</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>Aktualisieren (F5)</source>
            <translation>Refresh (F5)</translation>
        </message>
        <message>
            <source>Beleg</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Geräte</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Tage über</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Raum</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Inventarnr.</source>
            <translation>Inventory no.</translation>
        </message>
        <message>
            <source>Gerät</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Coworking öffnen</source>
            <translation>Open coworking</translation>
        </message>
        <message>
            <source>Abholungen heute</source>
            <translation>Pick-ups today</translation>
        </message>
        <message>
            <source>Rückgaben heute fällig</source>
            <translation>Returns due today</translation>
        </message>
        <message>
            <source>Überfällig</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Raumbuchungen heute</source>
            <translation>Room bookings today</translation>
        </message>
        <message>
            <source>In Wartung</source>
            <translation>In maintenance</translation>
        </message>
        <message>
            <source>Coworking und Synchronisierung</source>
            <translation>Coworking and synchronisation</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Heute, {weekday} {date} – {location}</source>
            <translation>Today, {weekday} {date} – {location}</translation>
        </message>
        <message>
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <source>Coworking heute: {booked} von {available} Plätzen belegt ({rate})</source>
            <translation>Coworking today: {booked} of {available} desks taken ({rate})</translation>
        </message>
        <message>
            <source>Coworking: heute geschlossen</source>
            <translation>Coworking: closed today</translation>
        </message>
        <message>
            <source>Offene Konflikte: 0 – Synchronisierung noch nicht eingerichtet</source>
            <translation>Open conflicts: 0 – synchronisation not set up yet</translation>
        </message>
        <message>
            <source>Offene Konflikte: {count}</source>
            <translation>Open conflicts: {count}</translation>
        </message>
        <message>
            <source>{title} (Konflikt)</source>
            <translation>{title} (conflict)</translation>
        </message>
        <message>
            <source>{title} (unbestätigt)</source>
            <translation>{title} (unconfirmed)</translation>
        </message>
        <message>
            <source>{reason} (bis {date})</source>
            <translation>{reason} (until {date})</translation>
        </message>
    </context>
    <context>
        <name>DeskBoardModel</name>
        <message>
            <source>vorläufig</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>ganzer Tag: {person} · {organisation} – ✓ da seit {time}</source>
            <translation>whole day: {person} · {organisation} – ✓ here since {time}</translation>
        </message>
        <message>
            <source>ganzer Tag: {organisation} – ✓ da seit {time}</source>
            <translation>whole day: {organisation} – ✓ here since {time}</translation>
        </message>
        <message>
            <source>{person} · {organisation} – ✓ da seit {time}</source>
            <translation>{person} · {organisation} – ✓ here since {time}</translation>
        </message>
        <message>
            <source>{organisation} – ✓ da seit {time}</source>
            <translation>{organisation} – ✓ here since {time}</translation>
        </message>
        <message>
            <source>ganzer Tag: {person} · {organisation}</source>
            <translation>whole day: {person} · {organisation}</translation>
        </message>
        <message>
            <source>ganzer Tag: {organisation}</source>
            <translation>whole day: {organisation}</translation>
        </message>
        <message>
            <source>{person} · {organisation}</source>
            <translation>{person} · {organisation}</translation>
        </message>
        <message>
            <source>{slot}: {person} · {organisation} – storniert: {reason}</source>
            <translation>{slot}: {person} · {organisation} – cancelled: {reason}</translation>
        </message>
        <message>
            <source>{slot}: {organisation} – storniert: {reason}</source>
            <translation>{slot}: {organisation} – cancelled: {reason}</translation>
        </message>
        <message>
            <source>geschlossen</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>außer Betrieb</source>
            <translation>out of service</translation>
        </message>
        <message>
            <source>frei</source>
            <translation>free</translation>
        </message>
        <message>
            <source>Arbeitsplatz</source>
            <translation>Desk</translation>
        </message>
        <message>
            <source>Ausstattung</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Vormittag</source>
            <translation>Morning</translation>
        </message>
        <message>
            <source>Nachmittag</source>
            <translation>Afternoon</translation>
        </message>
        <message>
            <source>voll</source>
            <translation>full</translation>
        </message>
        <message>
            <source>halb</source>
            <translation>half</translation>
        </message>
        <message>
            <source>Belegung: {booked} von {available} Platztagen ({percent} %)</source>
            <translation>Occupancy: {booked} of {available} desk days ({percent} %)</translation>
        </message>
        <message>
            <source>Platztage</source>
            <translation>Desk days</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Platztage im Monat</source>
            <translation>Desk days per month</translation>
        </message>
        <message>
            <source>Standard für alle Organisationen</source>
            <translation>Default for all organisations</translation>
        </message>
    </context>
    <context>
        <name>DeskPanel</name>
        <message>
            <source>Am Tresen</source>
            <translation>At the desk</translation>
        </message>
        <message>
            <source> Tage</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Reservierungen der nächsten</source>
            <translation>Reservations in the next</translation>
        </message>
        <message>
            <source>Heute fällig</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Überfällig</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Umlagerungen</source>
            <translation>Transfers</translation>
        </message>
        <message>
            <source>Abholungen</source>
            <translation>Pick-ups</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Mahntext kopieren</source>
            <translation>Copy reminder text</translation>
        </message>
        <message>
            <source>E-Mail-Entwurf öffnen</source>
            <translation>Open email draft</translation>
        </message>
        <message>
            <source>Anruf erfassen …</source>
            <translation>Log call …</translation>
        </message>
        <message>
            <source>Reservierung ausgeben</source>
            <translation>Hand out reservation</translation>
        </message>
        <message numerus="yes">
            <source>Heute fällig (%n)</source>
            <translation>
                <numerusform>Due today (%n)</numerusform>
                <numerusform>Due today (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Überfällig (%n)</source>
            <translation>
                <numerusform>Overdue (%n)</numerusform>
                <numerusform>Overdue (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Abholungen (%n)</source>
            <translation>
                <numerusform>Pick-ups (%n)</numerusform>
                <numerusform>Pick-ups (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Umlagerungen (%n)</source>
            <translation>
                <numerusform>Transfers (%n)</numerusform>
                <numerusform>Transfers (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Bitte zuerst einen Leihvorgang wählen.</source>
            <translation>Please choose a loan first.</translation>
        </message>
        <message>
            <source>Mahntext für {receipt} kopiert.</source>
            <translation>Reminder text for {receipt} copied.</translation>
        </message>
        <message>
            <source>Rückgabe der Leihgeräte – {receipt}</source>
            <translation>Return of the borrowed devices – {receipt}</translation>
        </message>
        <message>
            <source>Für {organisation} ist keine E-Mail-Adresse hinterlegt.</source>
            <translation>No email address is stored for {organisation}.</translation>
        </message>
        <message>
            <source>E-Mail-Entwurf geöffnet.</source>
            <translation>Email draft opened.</translation>
        </message>
        <message>
            <source>Kein E-Mail-Programm gefunden; bitte den Mahntext kopieren.</source>
            <translation>No email program found; please copy the reminder text.</translation>
        </message>
        <message>
            <source>Anruf zu {receipt} erfasst.</source>
            <translation>Call about {receipt} logged.</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Reservierung wählen.</source>
            <translation>Please choose a reservation first.</translation>
        </message>
        <message>
            <source>{receipt} ausgegeben.</source>
            <translation>{receipt} handed out.</translation>
        </message>
        <message>
            <source>Leihschein {receipt}</source>
            <translation>Loan slip {receipt}</translation>
        </message>
    </context>
    <context>
        <name>DesksTab</name>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Ausstattung</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Alle Ausstattungen</source>
            <translation>All equipment</translation>
        </message>
        <message>
            <source>Belegung des Tages</source>
            <translation>Occupancy of the day</translation>
        </message>
        <message>
            <source>Belegung der Woche</source>
            <translation>Occupancy of the week</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Woche</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>◀ Vortag</source>
            <translation>◀ Previous day</translation>
        </message>
        <message>
            <source>Heute</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Folgetag ▶</source>
            <translation>Next day ▶</translation>
        </message>
        <message>
            <source>Buchen…</source>
            <translation>Book…</translation>
        </message>
        <message>
            <source>Einchecken</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Stornieren…</source>
            <translation>Cancel…</translation>
        </message>
        <message>
            <source>Zeitraum stornieren…</source>
            <translation>Cancel period…</translation>
        </message>
        <message>
            <source>Nicht erschienene freigeben</source>
            <translation>Release no-shows</translation>
        </message>
        <message>
            <source>Kontingente…</source>
            <translation>Quotas…</translation>
        </message>
        <message>
            <source>Namen ausblenden</source>
            <translation>Hide names</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Ausstattung:</source>
            <translation>Equipment:</translation>
        </message>
        <message>
            <source>{day} · {location}</source>
            <translation>{day} · {location}</translation>
        </message>
        <message>
            <source>{day} · geschlossen ({reason})</source>
            <translation>{day} · closed ({reason})</translation>
        </message>
        <message>
            <source>Enter bucht den gewählten freien Platz.</source>
            <translation>Enter books the selected free desk.</translation>
        </message>
        <message>
            <source>eingecheckt um {time}</source>
            <translation>checked in at {time}</translation>
        </message>
        <message>
            <source>noch nicht eingecheckt</source>
            <translation>not checked in yet</translation>
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
            <translation>{desk} booked on {day}: {organisation}.</translation>
        </message>
        <message>
            <source>{count} Tage gebucht.</source>
            <translation>{count} days booked.</translation>
        </message>
        <message>
            <source>Übersprungen, weil geschlossen: {days}</source>
            <translation>Skipped because closed: {days}</translation>
        </message>
        <message>
            <source>Nicht gebucht am {day}: {reason}</source>
            <translation>Not booked on {day}: {reason}</translation>
        </message>
        <message>
            <source>Buchung</source>
            <translation>Booking</translation>
        </message>
        <message>
            <source>Stornieren</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{desk}: eingecheckt um {time}.</source>
            <translation>{desk}: checked in at {time}.</translation>
        </message>
        <message>
            <source>Buchung stornieren</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Buchung von {desk} am {day} ({slot}) stornieren?</source>
            <translation>Cancel the booking of {desk} on {day} ({slot})?</translation>
        </message>
        <message>
            <source>Behalten</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Buchung von {desk} am {day} storniert.</source>
            <translation>Booking of {desk} on {day} cancelled.</translation>
        </message>
        <message>
            <source>{count} Buchungen von {start} bis {end} storniert.</source>
            <translation>{count} bookings from {start} to {end} cancelled.</translation>
        </message>
        <message>
            <source>{count} Buchungen freigegeben (nicht erschienen): {desks}</source>
            <translation>{count} bookings released (no-show): {desks}</translation>
        </message>
        <message>
            <source>Keine Buchung ist über die Freigabezeit hinaus offen (vormittags ab {time}, nachmittags ab 14:00).</source>
            <translation>No booking is open past the release time (mornings from {time}, afternoons from 14:00).</translation>
        </message>
    </context>
    <context>
        <name>DocumentHistoryDialog</name>
        <message>
            <source>Dokumente zu {reference}</source>
            <translation>Documents for {reference}</translation>
        </message>
        <message>
            <source>Ausgestellte Dokumente</source>
            <translation>Issued documents</translation>
        </message>
        <message>
            <source>Öffnen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Nachdrucken</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Für diesen Vorgang wurde noch kein Dokument ausgestellt.</source>
            <translation>No document has been issued for this transaction yet.</translation>
        </message>
        <message>
            <source>Die PDF-Datei liegt nicht im Archiv dieses PCs. Bitte am ausstellenden Standort öffnen oder nachdrucken.</source>
            <translation>The PDF file is not in this PC's archive. Please open or reprint it at the issuing location.</translation>
        </message>
    </context>
    <context>
        <name>DocumentTextsPage</name>
        <message>
            <source>Leihbedingungen</source>
            <translation>Lending conditions</translation>
        </message>
        <message>
            <source>Datenschutzhinweis</source>
            <translation>Privacy notice</translation>
        </message>
        <message>
            <source>Leer lassen für die mitgelieferten Texte. Sie stehen auf jedem Leihschein.</source>
            <translation>Leave empty for the texts supplied with the program. They are printed on every loan slip.</translation>
        </message>
        <message>
            <source>&amp;Leihbedingungen:</source>
            <translation>&amp;Lending conditions:</translation>
        </message>
        <message>
            <source>&amp;Datenschutzhinweis (Art. 13 DSGVO):</source>
            <translation>&amp;Privacy notice (Art. 13 GDPR):</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTableModel</name>
        <message>
            <source>Leihschein</source>
            <translation>Loan slip</translation>
        </message>
        <message>
            <source>Rücknahmeprotokoll</source>
            <translation>Return record</translation>
        </message>
        <message>
            <source>Buchungsbestätigung</source>
            <translation>Booking confirmation</translation>
        </message>
        <message>
            <source>Nachdruck</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Ausgestellt am</source>
            <translation>Issued on</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>HoR Desk einrichten</source>
            <translation>Set up HoR Desk</translation>
        </message>
        <message>
            <source>&amp;Weiter &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Zurück</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Fertigstellen</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Nur ausprobieren</source>
            <translation>&amp;Just try it out</translation>
        </message>
        <message>
            <source>Ohne Einrichtung lokal starten; der Assistent kommt beim nächsten Start wieder.</source>
            <translation>Start locally without setting up; the wizard comes back at the next start.</translation>
        </message>
        <message>
            <source>HoR Desk wird eingerichtet …</source>
            <translation>Setting up HoR Desk …</translation>
        </message>
        <message>
            <source>Eingerichtet.</source>
            <translation>Set up.</translation>
        </message>
        <message>
            <source>Einrichtung fehlgeschlagen: {reason}</source>
            <translation>Setup failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FreeItemsDialog</name>
        <message>
            <source>Was ist frei?</source>
            <translation>What is free?</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Freie Geräte</source>
            <translation>Free devices</translation>
        </message>
        <message>
            <source>Suchen</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Kategorie:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>&amp;Anzahl:</source>
            <translation>&amp;Quantity:</translation>
        </message>
        <message>
            <source>&amp;Zeitraum:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Kategorie, Anzahl und Zeitraum wählen, dann Enter.</source>
            <translation>Choose category, quantity and period, then press Enter.</translation>
        </message>
        <message>
            <source>alle Kategorien</source>
            <translation>all categories</translation>
        </message>
        <message numerus="yes">
            <source>%n Gerät(e) frei – genug für {wanted}.</source>
            <translation>
                <numerusform>%n device free – enough for {wanted}.</numerusform>
                <numerusform>%n devices free – enough for {wanted}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nur %n Gerät(e) frei, gebraucht werden {wanted}.</source>
            <translation>
                <numerusform>Only %n device free, {wanted} are needed.</numerusform>
                <numerusform>Only %n devices free, {wanted} are needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FreeSlotDialog</name>
        <message>
            <source>Raum finden</source>
            <translation>Find a room</translation>
        </message>
        <message>
            <source> Personen</source>
            <translation> people</translation>
        </message>
        <message>
            <source>jeder Tag</source>
            <translation>every day</translation>
        </message>
        <message>
            <source>Montag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Dienstag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Mittwoch</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Donnerstag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Freitag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Samstag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sonntag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source> Wochen</source>
            <translation> weeks</translation>
        </message>
        <message>
            <source>&amp;Suchen</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>&amp;Buchen</source>
            <translation>&amp;Book</translation>
        </message>
        <message>
            <source>Suchen (Enter)</source>
            <translation>Search (Enter)</translation>
        </message>
        <message>
            <source>Buchen (Strg+Enter)</source>
            <translation>Book (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>bis</source>
            <translation>to</translation>
        </message>
        <message>
            <source>für</source>
            <translation>for</translation>
        </message>
        <message>
            <source>&amp;Personen:</source>
            <translation>&amp;People:</translation>
        </message>
        <message>
            <source>&amp;Wochentag:</source>
            <translation>&amp;Weekday:</translation>
        </message>
        <message>
            <source>Uhrzeit:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>&amp;Standort:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>Ab:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>Personen, Wochentag und Uhrzeit wählen, dann Enter.</source>
            <translation>Choose people, weekday and time, then press Enter.</translation>
        </message>
        <message>
            <source>Kein passender Raum frei.</source>
            <translation>No suitable room is free.</translation>
        </message>
        <message>
            <source>%1 freie Termine – Enter auf einem Termin bucht ihn.</source>
            <translation>%1 free slots – press Enter on a slot to book it.</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Standort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Öffnungszeiten (leer: geschlossen)</source>
            <translation>Opening hours (empty: closed)</translation>
        </message>
        <message>
            <source>Öffnungszeiten {day}</source>
            <translation>Opening hours {day}</translation>
        </message>
        <message>
            <source>geschlossen</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>z. B. 09:00–18:00 oder 09:00–12:00, 13:00–17:00</source>
            <translation>e.g. 09:00–18:00 or 09:00–12:00, 13:00–17:00</translation>
        </message>
        <message>
            <source>Schließtage der nächsten zwölf Monate</source>
            <translation>Closing days in the next twelve months</translation>
        </message>
        <message>
            <source>Schließtage</source>
            <translation>Closing days</translation>
        </message>
        <message>
            <source>Grund, z. B. Betriebsausflug</source>
            <translation>Reason, e.g. staff outing</translation>
        </message>
        <message>
            <source>alle &amp;Standorte</source>
            <translation>all &amp;locations</translation>
        </message>
        <message>
            <source>Schließtag &amp;eintragen</source>
            <translation>&amp;Enter closing day</translation>
        </message>
        <message>
            <source>&amp;Entfernen</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>T&amp;ag:</source>
            <translation>D&amp;ay:</translation>
        </message>
        <message>
            <source>&amp;Grund:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>S&amp;tandort:</source>
            <translation>L&amp;ocation:</translation>
        </message>
        <message>
            <source>Montag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Dienstag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Mittwoch</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Donnerstag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Freitag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Samstag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sonntag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>alle Standorte</source>
            <translation>all locations</translation>
        </message>
        <message>
            <source>ab {time} Uhr</source>
            <translation>from {time}</translation>
        </message>
        <message>
            <source>Schließtag eingetragen.</source>
            <translation>Closing day entered.</translation>
        </message>
        <message>
            <source>Schließtag entfernt.</source>
            <translation>Closing day removed.</translation>
        </message>
    </context>
    <context>
        <name>HousePage</name>
        <message>
            <source>Willkommen bei HoR Desk</source>
            <translation>Welcome to HoR Desk</translation>
        </message>
        <message>
            <source>In einer Minute eingerichtet. Alles lässt sich später unter Verwaltung → Einstellungen ändern.</source>
            <translation>Set up in a minute. Everything can be changed later under Administration → Settings.</translation>
        </message>
        <message>
            <source>Haus der Ressourcen Köln</source>
            <translation>House of Resources Cologne</translation>
        </message>
        <message>
            <source>Name des Hauses</source>
            <translation>Name of the house</translation>
        </message>
        <message>
            <source>Standort dieses PCs</source>
            <translation>Location of this PC</translation>
        </message>
        <message>
            <source>Neuer Standort …</source>
            <translation>New location …</translation>
        </message>
        <message>
            <source>Kürzel des neuen Standorts</source>
            <translation>Code of the new location</translation>
        </message>
        <message>
            <source>z. B. EHR</source>
            <translation>e.g. EHR</translation>
        </message>
        <message>
            <source>Name des neuen Standorts</source>
            <translation>Name of the new location</translation>
        </message>
        <message>
            <source>z. B. HoR Köln – Ehrenfeld</source>
            <translation>e.g. HoR Köln – Ehrenfeld</translation>
        </message>
        <message>
            <source>&amp;Name des Hauses:</source>
            <translation>&amp;Name of the house:</translation>
        </message>
        <message>
            <source>Steht im Briefkopf jedes Leihscheins.</source>
            <translation>Printed in the letterhead of every loan slip.</translation>
        </message>
        <message>
            <source>&amp;Standort dieses PCs:</source>
            <translation>&amp;Location of this PC:</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Initials:</translation>
        </message>
        <message>
            <source>N&amp;ame des Standorts:</source>
            <translation>N&amp;ame of the location:</translation>
        </message>
    </context>
    <context>
        <name>InventoryCommands</name>
        <message>
            <source>Bitte zuerst ein Gerät auswählen.</source>
            <translation>Please select a device first.</translation>
        </message>
        <message>
            <source>Gerät {inventory_no} gespeichert.</source>
            <translation>Device {inventory_no} saved.</translation>
        </message>
        <message>
            <source>{inventory_no} ist jetzt: {status}.</source>
            <translation>{inventory_no} is now: {status}.</translation>
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
            <translation>{inventory_no} is now: {status}. Affected reservations – please inform the organisations:
{reservations}</translation>
        </message>
        <message>
            <source>Bitte zuerst Geräte in der Liste auswählen.</source>
            <translation>Please select devices in the list first.</translation>
        </message>
        <message>
            <source>Inventaretiketten</source>
            <translation>Inventory labels</translation>
        </message>
        <message>
            <source>{count} Etiketten bereit zum Drucken.</source>
            <translation>{count} labels ready to print.</translation>
        </message>
        <message>
            <source>Bitte zuerst ein Set in der Liste „Sets“ auswählen.</source>
            <translation>Please select a kit in the “Kits” list first.</translation>
        </message>
        <message>
            <source>Set „{name}“ gespeichert.</source>
            <translation>Kit “{name}” saved.</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <source>Bezeichnung oder Inventarnummer suchen – oder scannen (Strg+F)</source>
            <translation>Search name or inventory number – or scan (Ctrl+F)</translation>
        </message>
        <message>
            <source>Alle Standorte</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>Alle Kategorien</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Jeder Status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>verliehen</source>
            <translation>on loan</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Kit</translation>
        </message>
        <message>
            <source>Geräte</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Geräte suchen</source>
            <translation>Search devices</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Kits</translation>
        </message>
        <message>
            <source>Suchen</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Aktualisieren</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Neues Gerät…</source>
            <translation>New device…</translation>
        </message>
        <message>
            <source>Gerät bearbeiten…</source>
            <translation>Edit device…</translation>
        </message>
        <message>
            <source>Status ändern…</source>
            <translation>Change status…</translation>
        </message>
        <message>
            <source>Etiketten drucken…</source>
            <translation>Print labels…</translation>
        </message>
        <message>
            <source>Neues Set…</source>
            <translation>New kit…</translation>
        </message>
        <message>
            <source>Set bearbeiten…</source>
            <translation>Edit kit…</translation>
        </message>
        <message>
            <source>Kategorien…</source>
            <translation>Categories…</translation>
        </message>
        <message>
            <source>Die Datei ließ sich nicht schreiben: {error}</source>
            <translation>The file could not be written: {error}</translation>
        </message>
        <message>
            <source>{count} Geräte geladen, weitere beim Blättern</source>
            <translation>{count} devices loaded, more when scrolling</translation>
        </message>
        <message>
            <source>{count} Geräte</source>
            <translation>{count} devices</translation>
        </message>
        <message>
            <source>Kein Gerät mit der Inventarnummer {number}.</source>
            <translation>No device with inventory number {number}.</translation>
        </message>
    </context>
    <context>
        <name>ItemDetailPane</name>
        <message>
            <source>Kein Gerät ausgewählt</source>
            <translation>No device selected</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Heimatstandort</source>
            <translation>Home location</translation>
        </message>
        <message>
            <source>Jetzt bei</source>
            <translation>Now at</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Zubehör</source>
            <translation>Accessories</translation>
        </message>
        <message>
            <source>Zustand</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Seriennummer</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>Wert</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Leihschein</source>
            <translation>Loan slip</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Zurück am</source>
            <translation>Returned on</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Am</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Ausleihen</source>
            <translation>Lend</translation>
        </message>
        <message>
            <source>Reservierungen</source>
            <translation>Reservations</translation>
        </message>
        <message>
            <source>Wartung und Status</source>
            <translation>Maintenance and status</translation>
        </message>
        <message>
            <source>{inventory_no} – {name}</source>
            <translation>{inventory_no} – {name}</translation>
        </message>
        <message>
            <source>{status}: {reason} (bis {until})</source>
            <translation>{status}: {reason} (until {until})</translation>
        </message>
        <message>
            <source>{status}: {reason}</source>
            <translation>{status}: {reason}</translation>
        </message>
        <message>
            <source>{status} (bis {until})</source>
            <translation>{status} (until {until})</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>{name}, Tel. {phone}</source>
            <translation>{name}, phone {phone}</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Neues Gerät</source>
            <translation>New device</translation>
        </message>
        <message>
            <source>Gerät {inventory_no} bearbeiten</source>
            <translation>Edit device {inventory_no}</translation>
        </message>
        <message>
            <source>4 bis 12 Ziffern</source>
            <translation>4 to 12 digits</translation>
        </message>
        <message>
            <source>z. B. Fernbedienung, HDMI-Kabel</source>
            <translation>e.g. remote control, HDMI cable</translation>
        </message>
        <message>
            <source>z. B. 450,00</source>
            <translation>e.g. 450.00</translation>
        </message>
        <message>
            <source>&amp;Inventarnummer</source>
            <translation>&amp;Inventory number</translation>
        </message>
        <message>
            <source>&amp;Bezeichnung</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Kategorie</source>
            <translation>&amp;Category</translation>
        </message>
        <message>
            <source>&amp;Heimatstandort</source>
            <translation>&amp;Home location</translation>
        </message>
        <message>
            <source>&amp;Seriennummer</source>
            <translation>&amp;Serial number</translation>
        </message>
        <message>
            <source>&amp;Zubehör</source>
            <translation>&amp;Accessories</translation>
        </message>
        <message>
            <source>Zus&amp;tand</source>
            <translation>Condi&amp;tion</translation>
        </message>
        <message>
            <source>&amp;Wert (€)</source>
            <translation>&amp;Value (€)</translation>
        </message>
        <message>
            <source>&amp;Notizen</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Den Wert bitte als Betrag angeben, z. B. 450,00.</source>
            <translation>Please enter the value as an amount, e.g. 450,00.</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Kategorie anlegen.</source>
            <translation>Please create a category first.</translation>
        </message>
    </context>
    <context>
        <name>ItemsTableModel</name>
        <message>
            <source>Inventar-Nr.</source>
            <translation>Inventory no.</translation>
        </message>
        <message>
            <source>Bezeichnung</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Heimat</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Jetzt bei</source>
            <translation>Now at</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Termin</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>verliehen bis {date}</source>
            <translation>on loan until {date}</translation>
        </message>
        <message>
            <source>bis {date}</source>
            <translation>until {date}</translation>
        </message>
        <message>
            <source>reserviert ab {date}</source>
            <translation>reserved from {date}</translation>
        </message>
        <message>
            <source>verliehen</source>
            <translation>on loan</translation>
        </message>
    </context>
    <context>
        <name>KitDialog</name>
        <message>
            <source>Neues Set</source>
            <translation>New kit</translation>
        </message>
        <message>
            <source>Set bearbeiten</source>
            <translation>Edit kit</translation>
        </message>
        <message>
            <source>Inventarnummer scannen oder tippen, Enter</source>
            <translation>Scan or type an inventory number, then Enter</translation>
        </message>
        <message>
            <source>Aus dem Set entfernen</source>
            <translation>Remove from kit</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Gerät hinzufügen</source>
            <translation>&amp;Add device</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Geräte im Set (Entf entfernt):</source>
            <translation>Devices in the kit (Del removes):</translation>
        </message>
        <message>
            <source>{inventory_no} ist schon im Set.</source>
            <translation>{inventory_no} is already in the kit.</translation>
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
            <translation>&amp;Lending</translation>
        </message>
        <message>
            <source>&amp;Ausleihe …</source>
            <translation>&amp;Lend …</translation>
        </message>
        <message>
            <source>&amp;Rückgabe …</source>
            <translation>&amp;Return …</translation>
        </message>
        <message>
            <source>&amp;Fällig/Überfällig</source>
            <translation>&amp;Due/overdue</translation>
        </message>
        <message>
            <source>&amp;Was ist frei? …</source>
            <translation>&amp;What is free? …</translation>
        </message>
        <message>
            <source>&amp;Umlagerungen</source>
            <translation>&amp;Transfers</translation>
        </message>
        <message>
            <source>A&amp;bholungen</source>
            <translation>Pick-&amp;ups</translation>
        </message>
        <message>
            <source>&amp;Belege nachdrucken …</source>
            <translation>Re&amp;print receipts …</translation>
        </message>
    </context>
    <context>
        <name>LetterheadPage</name>
        <message>
            <source>Name des Hauses</source>
            <translation>Name of the house</translation>
        </message>
        <message>
            <source>Logo-Datei</source>
            <translation>Logo file</translation>
        </message>
        <message>
            <source>kein Logo</source>
            <translation>no logo</translation>
        </message>
        <message>
            <source>&amp;Durchsuchen …</source>
            <translation>&amp;Browse …</translation>
        </message>
        <message>
            <source>Sprache</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Die Sprache wechselt nach einem Neustart von HoR Desk.</source>
            <translation>The language changes after restarting HoR Desk.</translation>
        </message>
        <message>
            <source>&amp;Name des Hauses:</source>
            <translation>&amp;Name of the house:</translation>
        </message>
        <message>
            <source>&amp;Logo (PNG/JPEG):</source>
            <translation>&amp;Logo (PNG/JPEG):</translation>
        </message>
        <message>
            <source>&amp;Sprache:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Logo wählen</source>
            <translation>Choose logo</translation>
        </message>
        <message>
            <source>Bilder (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Bitte den Namen des Hauses angeben (er steht im Briefkopf).</source>
            <translation>Please enter the name of the house (it appears in the letterhead).</translation>
        </message>
    </context>
    <context>
        <name>LoanDefaultsPage</name>
        <message>
            <source>Leihdauer je Kategorie</source>
            <translation>Loan period per category</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Leihdauer</source>
            <translation>Loan period</translation>
        </message>
        <message>
            <source>Noch keine Kategorien – sie entstehen im Inventar.</source>
            <translation>No categories yet – they are created in the inventory.</translation>
        </message>
        <message>
            <source>Vorgeschlagene Leihdauer beim Ausleihen; fällt das Ende auf einen Schließtag, gilt der nächste Öffnungstag.</source>
            <translation>Suggested loan period when lending; if the end falls on a closing day, the next opening day applies.</translation>
        </message>
        <message>
            <source> Tage</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Leihdauer {category}</source>
            <translation>Loan period {category}</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>HoR Desk ist gesperrt. Bitte mit Kürzel und PIN anmelden.</source>
            <translation>HoR Desk is locked. Please sign in with initials and PIN.</translation>
        </message>
    </context>
    <context>
        <name>LogCallDialog</name>
        <message>
            <source>Anruf erfassen – {receipt}</source>
            <translation>Log call – {receipt}</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Besuch</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>z. B. Rückgabe für Freitag zugesagt</source>
            <translation>e.g. return promised for Friday</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <source>Kontakt:</source>
            <translation>Contact:</translation>
        </message>
        <message>
            <source>&amp;Weg:</source>
            <translation>&amp;Channel:</translation>
        </message>
        <message>
            <source>&amp;Notiz:</source>
            <translation>&amp;Note:</translation>
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
            <translation>Today</translation>
        </message>
        <message>
            <source>Organisationen</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Inventar</source>
            <translation>Inventory</translation>
        </message>
        <message>
            <source>Raumkalender</source>
            <translation>Room calendar</translation>
        </message>
        <message>
            <source>Coworking</source>
            <translation>Coworking</translation>
        </message>
        <message>
            <source>Konflikte</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>&amp;Beenden</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>HoR Desk schließen</source>
            <translation>Close HoR Desk</translation>
        </message>
        <message>
            <source>&amp;Berichte…</source>
            <translation>&amp;Reports…</translation>
        </message>
        <message>
            <source>Zahlen für Fördergeber: Tabellen, Diagramme, PDF, CSV</source>
            <translation>Figures for funders: tables, charts, PDF, CSV</translation>
        </message>
        <message>
            <source>&amp;Synchronisationsprotokoll …</source>
            <translation>&amp;Synchronisation log …</translation>
        </message>
        <message>
            <source>&amp;Jetzt synchronisieren</source>
            <translation>&amp;Synchronise now</translation>
        </message>
        <message>
            <source>Änderungen senden und die der anderen Standorte holen</source>
            <translation>Send changes and fetch those of the other locations</translation>
        </message>
        <message>
            <source>&amp;Datei</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Ansicht</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Datenbank: {database}</source>
            <translation>Database: {database}</translation>
        </message>
        <message>
            <source>Standort: {code} – {name}</source>
            <translation>Location: {code} – {name}</translation>
        </message>
        <message>
            <source>Synchronisation angefordert …</source>
            <translation>Synchronisation requested …</translation>
        </message>
        <message>
            <source>Die Synchronisation startet gerade …</source>
            <translation>Synchronisation is starting …</translation>
        </message>
        <message>
            <source>Modus: Replikat</source>
            <translation>Mode: replica</translation>
        </message>
        <message>
            <source>Modus: Direkt</source>
            <translation>Mode: direct</translation>
        </message>
        <message>
            <source>Modus: lokal</source>
            <translation>Mode: local</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Organisationen zusammenführen</source>
            <translation>Merge organisations</translation>
        </message>
        <message>
            <source>Die gewählte Organisation wird in „{name}“ übernommen: Ausleihen, Buchungen, Kontaktpersonen und Notizen wandern mit, die gewählte wird als zusammengeführt markiert.</source>
            <translation>The chosen organisation is merged into “{name}”: loans, bookings, contact persons and notes move along, and the chosen one is marked as merged.</translation>
        </message>
        <message>
            <source>Organisation suchen …</source>
            <translation>Search organisation …</translation>
        </message>
        <message>
            <source>Zusammenführen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Bitte eine Organisation wählen.</source>
            <translation>Please choose an organisation.</translation>
        </message>
    </context>
    <context>
        <name>ModePage</name>
        <message>
            <source>Wo liegen die Daten?</source>
            <translation>Where is the data kept?</translation>
        </message>
        <message>
            <source>Im Zweifel „Lokal“ – das passt für einen einzelnen PC.</source>
            <translation>If in doubt, “Local” – it suits a single PC.</translation>
        </message>
        <message>
            <source>&amp;Lokal auf diesem PC</source>
            <translation>&amp;Local on this PC</translation>
        </message>
        <message>
            <source>&amp;Replikat: lokal arbeiten, mit dem Server abgleichen</source>
            <translation>&amp;Replica: work locally, synchronise with the server</translation>
        </message>
        <message>
            <source>&amp;Direkt mit dem gemeinsamen Server</source>
            <translation>&amp;Direct with the shared server</translation>
        </message>
        <message>
            <source>Eine Datei auf diesem PC. Richtig für einen einzelnen Standort oder zum Ausprobieren.</source>
            <translation>A file on this PC. Right for a single location or for trying it out.</translation>
        </message>
        <message>
            <source>Arbeitet auch ohne Netz weiter und gleicht sich mit dem PostgreSQL-Server des Hauses ab.</source>
            <translation>Keeps working without a network and synchronises with the house's PostgreSQL server.</translation>
        </message>
        <message>
            <source>Jede Änderung geht sofort auf den PostgreSQL-Server; braucht eine stabile Verbindung.</source>
            <translation>Every change goes straight to the PostgreSQL server; needs a stable connection.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDetail</name>
        <message>
            <source>Rechtsform / Register</source>
            <translation>Legal form / register</translation>
        </message>
        <message>
            <source>Anschrift</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Webseite</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Dokumentsprache</source>
            <translation>Document language</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Kontaktpersonen</source>
            <translation>Contact persons</translation>
        </message>
        <message>
            <source>Neue Person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Bearbeiten</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Datenauskunft …</source>
            <translation>Data access request …</translation>
        </message>
        <message>
            <source>Anonymisieren …</source>
            <translation>Anonymise …</translation>
        </message>
        <message>
            <source>Datenschutzhinweis &amp;drucken …</source>
            <translation>Print privacy &amp;notice …</translation>
        </message>
        <message>
            <source>Datenschutzhinweis …</source>
            <translation>Privacy notice …</translation>
        </message>
        <message>
            <source>Datenschutzhinweis drucken (Strg+Umschalt+D)</source>
            <translation>Print privacy notice (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <source>Verlauf</source>
            <translation>History</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kontaktpersonen&lt;/b&gt;</source>
            <translation>&lt;b&gt;Contact persons&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Verlauf&lt;/b&gt; (Ausleihen, Reservierungen, Räume, Arbeitsplätze)</source>
            <translation>&lt;b&gt;History&lt;/b&gt; (loans, reservations, rooms, desks)</translation>
        </message>
        <message>
            <source>Keine Organisation gewählt</source>
            <translation>No organisation selected</translation>
        </message>
        <message>
            <source>Gesperrt: {reason}</source>
            <translation>Blocked: {reason}</translation>
        </message>
        <message>
            <source>Englisch</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Deutsch</source>
            <translation>German</translation>
        </message>
        <message>
            <source>Nicht möglich</source>
            <translation>Not possible</translation>
        </message>
        <message>
            <source>Datenauskunft speichern</source>
            <translation>Save data access report</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Datenauskunft gespeichert: {pdf} und {json}</source>
            <translation>Data access report saved: {pdf} and {json}</translation>
        </message>
        <message>
            <source>Kontaktperson anonymisieren</source>
            <translation>Anonymise contact person</translation>
        </message>
        <message>
            <source>Name, E-Mail und Telefon von „{name}“ werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?</source>
            <translation>Name, email and phone of “{name}” will be deleted permanently. Loans and bookings are kept for the statistics. Continue?</translation>
        </message>
        <message>
            <source>Bitte zuerst eine Kontaktperson wählen.</source>
            <translation>Please choose a contact person first.</translation>
        </message>
        <message>
            <source>Datenschutzhinweis – {name}</source>
            <translation>Privacy notice – {name}</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Neue Organisation</source>
            <translation>New organisation</translation>
        </message>
        <message>
            <source>Organisation bearbeiten</source>
            <translation>Edit organisation</translation>
        </message>
        <message>
            <source>z. B. VR 12345</source>
            <translation>e.g. VR 12345</translation>
        </message>
        <message>
            <source>5 Ziffern</source>
            <translation>5 digits</translation>
        </message>
        <message>
            <source>z. B. 0221 123456</source>
            <translation>e.g. 0221 123456</translation>
        </message>
        <message>
            <source>Deutsch</source>
            <translation>German</translation>
        </message>
        <message>
            <source>Englisch</source>
            <translation>English</translation>
        </message>
        <message>
            <source>(kein Standort)</source>
            <translation>(no location)</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Kurzname</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Rechtsform</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Registernummer</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Straße</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>PLZ</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>City</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Webseite</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Dokumentsprache</source>
            <translation>Document language</translation>
        </message>
        <message>
            <source>Heimatstandort</source>
            <translation>Home location</translation>
        </message>
        <message>
            <source>Notizen</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Speichern</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>• {name} ({city}) – {why}</source>
            <translation>• {name} ({city}) – {why}</translation>
        </message>
        <message>
            <source>Diese Organisationen sehen ähnlich aus:</source>
            <translation>These organisations look similar:</translation>
        </message>
        <message>
            <source>Bitte prüfen, ob die Organisation schon erfasst ist.</source>
            <translation>Please check whether the organisation has already been entered.</translation>
        </message>
        <message>
            <source>Trotzdem anlegen</source>
            <translation>Create anyway</translation>
        </message>
        <message>
            <source>gleicher Name</source>
            <translation>same name</translation>
        </message>
        <message>
            <source>ähnlicher Name</source>
            <translation>similar name</translation>
        </message>
        <message>
            <source>gleiche E-Mail</source>
            <translation>same email</translation>
        </message>
        <message>
            <source>gleiche Telefonnummer</source>
            <translation>same phone number</translation>
        </message>
    </context>
    <context>
        <name>OrganisationField</name>
        <message>
            <source>Name der Organisation eingeben</source>
            <translation>Enter the name of the organisation</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPicker</name>
        <message>
            <source>Name oder Kurzname eingeben …</source>
            <translation>Enter name or short name …</translation>
        </message>
        <message>
            <source>Begründung für die Ausnahme</source>
            <translation>Reason for the exception</translation>
        </message>
        <message>
            <source>Begründung, um die Sperre zu übergehen (nur Administration)</source>
            <translation>Reason to override the block (administration only)</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;Kontaktperson:</source>
            <translation>&amp;Contact person:</translation>
        </message>
        <message>
            <source>{name} ({short})</source>
            <translation>{name} ({short})</translation>
        </message>
        <message>
            <source>{name} (verantwortlich)</source>
            <translation>{name} (responsible)</translation>
        </message>
        <message>
            <source>Keine Kontaktperson hinterlegt.</source>
            <translation>No contact person stored.</translation>
        </message>
        <message>
            <source>Gesperrt: {reason}</source>
            <translation>Blocked: {reason}</translation>
        </message>
        <message>
            <source>ohne Angabe</source>
            <translation>not specified</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTab</name>
        <message>
            <source>Organisationen suchen</source>
            <translation>Search organisations</translation>
        </message>
        <message>
            <source>Suchen: Name, Kurzname, Kontaktperson, E-Mail oder Telefon (Strg+F)</source>
            <translation>Search: name, short name, contact person, email or phone (Ctrl+F)</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Alle Standorte</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Aktiv und gesperrt</source>
            <translation>Active and blocked</translation>
        </message>
        <message>
            <source>Nur aktive</source>
            <translation>Active only</translation>
        </message>
        <message>
            <source>Nur gesperrte</source>
            <translation>Blocked only</translation>
        </message>
        <message>
            <source>Zusammengeführte</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Rechtsform</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Alle Rechtsformen</source>
            <translation>All legal forms</translation>
        </message>
        <message>
            <source>Organisationen</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Suchen</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;Neue Organisation</source>
            <translation>&amp;New organisation</translation>
        </message>
        <message>
            <source>&amp;Bearbeiten</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>Öffnen</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Sperren …</source>
            <translation>&amp;Block …</translation>
        </message>
        <message>
            <source>Sperre &amp;aufheben</source>
            <translation>&amp;Lift block</translation>
        </message>
        <message>
            <source>&amp;Zusammenführen …</source>
            <translation>&amp;Merge …</translation>
        </message>
        <message>
            <source>{count} Organisationen angezeigt, weitere beim Blättern</source>
            <translation>{count} organisations shown, more when scrolling</translation>
        </message>
        <message>
            <source>{count} Organisationen</source>
            <translation>{count} organisations</translation>
        </message>
        <message>
            <source>„{name}“ sperren</source>
            <translation>Block “{name}”</translation>
        </message>
        <message>
            <source>Grund *</source>
            <translation>Reason *</translation>
        </message>
        <message>
            <source>Sperre aufheben</source>
            <translation>Lift block</translation>
        </message>
        <message>
            <source>Die Sperre von „{name}“ aufheben?</source>
            <translation>Lift the block of “{name}”?</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Vorschau: {title}</source>
            <translation>Preview: {title}</translation>
        </message>
        <message>
            <source>Drucken…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Als PDF speichern…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Drucken… (Strg+P)</source>
            <translation>Print… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Als PDF speichern… (Strg+S)</source>
            <translation>Save as PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <source>Schließen (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Die Vorschau lässt sich nicht anzeigen. Sie können das Dokument als PDF speichern und mit einem anderen Programm öffnen.</source>
            <translation>The preview cannot be shown. You can save the document as a PDF and open it with another program.</translation>
        </message>
        <message numerus="yes">
            <source>%n Seite(n)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Das Dokument bleibt im Archiv gespeichert und kann jederzeit über den Dokumentverlauf nachgedruckt werden.</source>
            <translation>The document stays in the archive and can be reprinted at any time from the document history.</translation>
        </message>
        <message>
            <source>Auf diesem PC ist kein Drucker eingerichtet. {hint} Sie können es auch als PDF speichern.</source>
            <translation>No printer is set up on this PC. {hint} You can also save it as a PDF.</translation>
        </message>
        <message>
            <source>Drucken: {title}</source>
            <translation>Print: {title}</translation>
        </message>
        <message>
            <source>Der Druck wurde abgebrochen. {hint}</source>
            <translation>Printing was cancelled. {hint}</translation>
        </message>
        <message>
            <source>Der Drucker hat den Auftrag nicht angenommen. {hint}</source>
            <translation>The printer did not accept the job. {hint}</translation>
        </message>
        <message>
            <source>Als PDF speichern</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF-Dateien (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Die Datei {file} konnte nicht gespeichert werden: {reason}. {hint}</source>
            <translation>The file {file} could not be saved: {reason}. {hint}</translation>
        </message>
    </context>
    <context>
        <name>QuotaDialog</name>
        <message>
            <source>Kontingente für Arbeitsplätze</source>
            <translation>Desk quotas</translation>
        </message>
        <message>
            <source>leer: Standard für alle</source>
            <translation>empty: default for all</translation>
        </message>
        <message>
            <source>Festlegen</source>
            <translation>Set</translation>
        </message>
        <message>
            <source>Vormittage und ganze Tage ohne Check-in; Nachmittage ab 14:00.</source>
            <translation>Mornings and whole days without check-in; afternoons from 14:00.</translation>
        </message>
        <message>
            <source>Freigabezeit speichern</source>
            <translation>Save release time</translation>
        </message>
        <message>
            <source>Gewähltes entfernen</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Platztage im Monat (halber Tag = 0,5)</source>
            <translation>Desk days per month (half day = 0.5)</translation>
        </message>
        <message>
            <source>Nicht Erschienene freigeben ab</source>
            <translation>Release no-shows from</translation>
        </message>
        <message>
            <source>Bitte eine Organisation aus der Liste wählen.</source>
            <translation>Please choose an organisation from the list.</translation>
        </message>
        <message>
            <source>Kontingent gespeichert.</source>
            <translation>Quota saved.</translation>
        </message>
        <message>
            <source>Freigabezeit gespeichert: ab {time} Uhr.</source>
            <translation>Release time saved: from {time}.</translation>
        </message>
    </context>
    <context>
        <name>QuotaPage</name>
        <message>
            <source>Standard-Kontingent</source>
            <translation>Default quota</translation>
        </message>
        <message>
            <source>unbegrenzt</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <source> Platztage im Monat</source>
            <translation> desk days per month</translation>
        </message>
        <message>
            <source>Kontingente je &amp;Organisation …</source>
            <translation>Quotas per &amp;organisation …</translation>
        </message>
        <message>
            <source>Standort {name}</source>
            <translation>Location {name}</translation>
        </message>
        <message>
            <source>&amp;Standard für alle Organisationen:</source>
            <translation>&amp;Default for all organisations:</translation>
        </message>
        <message>
            <source>Eigene Kontingente: {count} Organisation(en).</source>
            <translation>Own quotas: {count} organisation(s).</translation>
        </message>
        <message>
            <source>Noch keine Organisation hat ein eigenes Kontingent.</source>
            <translation>No organisation has its own quota yet.</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Sperren</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Grund (Pflichtfeld)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <source>Notiz (freiwillig)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>&amp;Grund:</source>
            <translation>&amp;Reason:</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <source>CSV &amp;importieren …</source>
            <translation>&amp;Import CSV …</translation>
        </message>
        <message>
            <source>Als CSV e&amp;xportieren …</source>
            <translation>E&amp;xport as CSV …</translation>
        </message>
        <message>
            <source>Aufbewahrungsfrist &amp;prüfen …</source>
            <translation>Check &amp;retention period …</translation>
        </message>
        <message>
            <source>Importiert: {orgs} Organisationen, {contacts} Kontaktpersonen.</source>
            <translation>Imported: {orgs} organisations, {contacts} contact persons.</translation>
        </message>
        <message>
            <source>Organisationen als CSV exportieren</source>
            <translation>Export organisations as CSV</translation>
        </message>
        <message>
            <source>CSV-Dateien (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Organisationen werden exportiert …</source>
            <translation>Exporting organisations …</translation>
        </message>
        <message numerus="yes">
            <source>%n Zeile(n) exportiert nach {file}.</source>
            <translation>
                <numerusform>%n line exported to {file}.</numerusform>
                <numerusform>%n lines exported to {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Die Datei {file} kann nicht geschrieben werden: {reason}</source>
            <translation>The file {file} cannot be written: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <source>Berichte</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Monat</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quartal</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Jahr</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Frei</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Von</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Bis</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Alle Standorte</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>Alle Kategorien</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Bericht erstellen</source>
            <translation>Create report</translation>
        </message>
        <message>
            <source>Als PDF speichern…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Als CSV speichern…</source>
            <translation>Save as CSV…</translation>
        </message>
        <message>
            <source>&amp;Zeitraum:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;Von/Bis:</source>
            <translation>&amp;From/to:</translation>
        </message>
        <message>
            <source>&amp;Standort:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>&amp;Kategorie:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>Bericht wird erstellt …</source>
            <translation>Creating report …</translation>
        </message>
        <message>
            <source>{start} – {end} · {location} · {category}</source>
            <translation>{start} – {end} · {location} · {category}</translation>
        </message>
        <message>
            <source>Diagramme</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Geräte-Tage und Raumstunden je Monat</source>
            <translation>Device days and room hours per month</translation>
        </message>
        <message>
            <source>Geräte-Tage</source>
            <translation>Device days</translation>
        </message>
        <message>
            <source>Raumstunden</source>
            <translation>Room hours</translation>
        </message>
        <message>
            <source>Standorte im Vergleich</source>
            <translation>Locations compared</translation>
        </message>
        <message>
            <source>Organisationen</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Ausleihen</source>
            <translation>Lend</translation>
        </message>
        <message>
            <source>Bericht als PDF speichern</source>
            <translation>Save report as PDF</translation>
        </message>
        <message>
            <source>PDF-Dateien (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Ordner für die CSV-Dateien</source>
            <translation>Folder for the CSV files</translation>
        </message>
        <message>
            <source>Gespeichert: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>Speichern fehlgeschlagen: {reason}</source>
            <translation>Saving failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Aufbewahrungsfrist prüfen</source>
            <translation>Check retention period</translation>
        </message>
        <message>
            <source> Jahre</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Alle &amp;markieren</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <source>&amp;Keine markieren</source>
            <translation>Select &amp;none</translation>
        </message>
        <message>
            <source>&amp;Anonymisieren …</source>
            <translation>&amp;Anonymise …</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Ohne Ausleihe, Buchung oder Änderung seit</source>
            <translation>No loan, booking or change since</translation>
        </message>
        <message>
            <source>Keine Kontaktpersonen über der Frist.</source>
            <translation>No contact persons past the retention period.</translation>
        </message>
        <message>
            <source>{checked} von {total} Kontaktpersonen markiert.</source>
            <translation>{checked} of {total} contact persons selected.</translation>
        </message>
        <message>
            <source>Kontaktpersonen anonymisieren</source>
            <translation>Anonymise contact persons</translation>
        </message>
        <message numerus="yes">
            <source>Name, E-Mail und Telefon von %n Kontaktperson(en) werden endgültig gelöscht. Ausleihen und Buchungen bleiben für die Statistik erhalten. Fortfahren?</source>
            <translation>
                <numerusform>Name, email and phone of %n contact person will be deleted permanently. Loans and bookings are kept for the statistics. Continue?</numerusform>
                <numerusform>Name, email and phone of %n contact persons will be deleted permanently. Loans and bookings are kept for the statistics. Continue?</numerusform>
            </translation>
        </message>
        <message>
            <source>Kontaktpersonen werden anonymisiert …</source>
            <translation>Anonymising contact persons …</translation>
        </message>
        <message numerus="yes">
            <source>%n Kontaktperson(en) anonymisiert.</source>
            <translation>
                <numerusform>%n contact person anonymised.</numerusform>
                <numerusform>%n contact persons anonymised.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Rückgabe</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Zurückgegebenes Gerät scannen</source>
            <translation>Scan the returned device</translation>
        </message>
        <message>
            <source>Bereit zum Scannen.</source>
            <translation>Ready to scan.</translation>
        </message>
        <message>
            <source>Erfasste Geräte</source>
            <translation>Recorded devices</translation>
        </message>
        <message>
            <source>Checkliste</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>z. B. gut, leichte Kratzer</source>
            <translation>e.g. good, light scratches</translation>
        </message>
        <message>
            <source>Nur bei Schaden: das Gerät geht in Wartung</source>
            <translation>Only if damaged: the device goes into maintenance</translation>
        </message>
        <message>
            <source>Zurücknehmen</source>
            <translation>Take back</translation>
        </message>
        <message>
            <source>Strg+Eingabe</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Zustand</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>&amp;Zustand:</source>
            <translation>&amp;Condition:</translation>
        </message>
        <message>
            <source>&amp;Schaden:</source>
            <translation>&amp;Damage:</translation>
        </message>
        <message>
            <source>Gerät {number} ist schon erfasst.</source>
            <translation>Device {number} has already been recorded.</translation>
        </message>
        <message>
            <source>Gerät {number} gehört zu {other}, nicht zu {receipt}. Bitte zuerst diese Rücknahme abschließen.</source>
            <translation>Device {number} belongs to {other}, not to {receipt}. Please finish that return first.</translation>
        </message>
        <message>
            <source>✓ {number} {name} erfasst.</source>
            <translation>✓ {number} {name} recorded.</translation>
        </message>
        <message>
            <source>Noch kein Gerät gescannt.</source>
            <translation>No device scanned yet.</translation>
        </message>
        <message numerus="yes">
            <source>fällig am {date} – %n Tag(e) überfällig</source>
            <translation>
                <numerusform>due on {date} – %n day overdue</numerusform>
                <numerusform>due on {date} – %n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>fällig am {date}</source>
            <translation>due on {date}</translation>
        </message>
        <message>
            <source>{receipt} · {organisation} · {contact} · {due}</source>
            <translation>{receipt} · {organisation} · {contact} · {due}</translation>
        </message>
        <message>
            <source>Bleibt ausgeliehen: {items}</source>
            <translation>Still on loan: {items}</translation>
        </message>
        <message>
            <source>Damit ist alles zurück.</source>
            <translation>Everything is back now.</translation>
        </message>
        <message numerus="yes">
            <source>✓ %n Gerät(e) zurückgenommen; {receipt} ist abgeschlossen.</source>
            <translation>
                <numerusform>✓ %n device taken back; {receipt} is closed.</numerusform>
                <numerusform>✓ %n devices taken back; {receipt} is closed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ %n Gerät(e) zurückgenommen; {receipt} bleibt offen.</source>
            <translation>
                <numerusform>✓ %n device taken back; {receipt} stays open.</numerusform>
                <numerusform>✓ %n devices taken back; {receipt} stays open.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rücknahmeprotokoll {receipt}</source>
            <translation>Return record {receipt}</translation>
        </message>
        <message>
            <source>Rückgabe abbrechen?</source>
            <translation>Cancel the return?</translation>
        </message>
        <message>
            <source>Gescannte Geräte sind noch nicht zurückgenommen. Wirklich abbrechen?</source>
            <translation>Scanned devices have not been taken back yet. Really cancel?</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>PostgreSQL-Server</source>
            <translation>PostgreSQL server</translation>
        </message>
        <message>
            <source>Die Angaben bekommen Sie von der Administration des Hauses.</source>
            <translation>You get these details from the house's administration.</translation>
        </message>
        <message>
            <source>z. B. db.hor-koeln.de</source>
            <translation>e.g. db.hor-koeln.de</translation>
        </message>
        <message>
            <source>Verbindung &amp;testen</source>
            <translation>&amp;Test connection</translation>
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
            <translation>Database</translation>
        </message>
        <message>
            <source>Benutzer</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Passwort</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>TLS-Modus</source>
            <translation>TLS mode</translation>
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
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;Benutzer:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>Pass&amp;wort:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>T&amp;LS-Modus:</source>
            <translation>T&amp;LS mode:</translation>
        </message>
        <message>
            <source>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</source>
            <translation>The password is kept in the system keyring, never in the settings file.</translation>
        </message>
        <message>
            <source>disable – unverschlüsselt</source>
            <translation>disable – unencrypted</translation>
        </message>
        <message>
            <source>allow – verschlüsselt, wenn der Server es verlangt</source>
            <translation>allow – encrypted if the server requires it</translation>
        </message>
        <message>
            <source>prefer – verschlüsselt, wenn möglich (Standard)</source>
            <translation>prefer – encrypted if possible (default)</translation>
        </message>
        <message>
            <source>require – immer verschlüsselt</source>
            <translation>require – always encrypted</translation>
        </message>
        <message>
            <source>verify-ca – verschlüsselt, Zertifikat geprüft</source>
            <translation>verify-ca – encrypted, certificate checked</translation>
        </message>
        <message>
            <source>verify-full – verschlüsselt, Zertifikat und Name geprüft</source>
            <translation>verify-full – encrypted, certificate and name checked</translation>
        </message>
        <message>
            <source>Angaben geändert – bitte erneut testen.</source>
            <translation>Details changed – please test again.</translation>
        </message>
        <message>
            <source>Bitte Server, Datenbank und Benutzer angeben.</source>
            <translation>Please enter server, database and user.</translation>
        </message>
        <message>
            <source>Verbinde mit {host} …</source>
            <translation>Connecting to {host} …</translation>
        </message>
        <message>
            <source>verschlüsselt (TLS)</source>
            <translation>encrypted (TLS)</translation>
        </message>
        <message>
            <source>unverschlüsselt</source>
            <translation>unencrypted</translation>
        </message>
        <message>
            <source>✔ Verbindung in Ordnung: PostgreSQL {version}, {tls}.</source>
            <translation>✔ Connection OK: PostgreSQL {version}, {tls}.</translation>
        </message>
        <message>
            <source>Das Haus ist dort schon eingerichtet ({count} Mitarbeitende).</source>
            <translation>The house is already set up there ({count} staff).</translation>
        </message>
        <message>
            <source>✘ {explanation}</source>
            <translation>✘ {explanation}</translation>
        </message>
        <message>
            <source>Meldung des Servers: {detail}</source>
            <translation>Server message: {detail}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Einstellungen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Öffnungszeiten</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>Ausleihe</source>
            <translation>Lending</translation>
        </message>
        <message>
            <source>Kontingente</source>
            <translation>Quotas</translation>
        </message>
        <message>
            <source>Dokumenttexte</source>
            <translation>Document texts</translation>
        </message>
        <message>
            <source>Briefkopf und Sprache</source>
            <translation>Letterhead and language</translation>
        </message>
        <message>
            <source>Briefkopf, Dokumenttexte und Sprache gelten ab dem nächsten Start von HoR Desk; alles andere sofort.</source>
            <translation>Letterhead, document texts and language apply from the next start of HoR Desk; everything else immediately.</translation>
        </message>
        <message>
            <source>&amp;Speichern</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Wird gespeichert …</source>
            <translation>Saving …</translation>
        </message>
        <message>
            <source>Gespeichert.</source>
            <translation>Saved.</translation>
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
            <translation>What:</translation>
        </message>
        <message>
            <source>Raum / Platz / Gerät:</source>
            <translation>Room / desk / device:</translation>
        </message>
        <message>
            <source>Wann:</source>
            <translation>When:</translation>
        </message>
        <message>
            <source>Standort:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <source>Erfasst in:</source>
            <translation>Recorded at:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Wert:</source>
            <translation>Value:</translation>
        </message>
        <message>
            <source>{what} ({count} Personen)</source>
            <translation>{what} ({count} people)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Gesperrt – bitte anmelden</source>
            <translation>Locked – please sign in</translation>
        </message>
        <message>
            <source>Anmelden/Wechseln</source>
            <translation>Sign in/switch</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Initials:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>Anmelden</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Angemeldet: {name}</source>
            <translation>Signed in: {name}</translation>
        </message>
        <message>
            <source>Niemand angemeldet.</source>
            <translation>Nobody is signed in.</translation>
        </message>
        <message>
            <source>Bitte Kürzel und PIN eingeben.</source>
            <translation>Please enter initials and PIN.</translation>
        </message>
    </context>
    <context>
        <name>StaffControls</name>
        <message>
            <source>&amp;Anmelden/Wechseln …</source>
            <translation>&amp;Sign in/switch …</translation>
        </message>
        <message>
            <source>&amp;Sperren</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>Ab&amp;melden</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Angemeldet: {name}</source>
            <translation>Signed in: {name}</translation>
        </message>
        <message>
            <source>Nicht angemeldet ({name})</source>
            <translation>Not signed in ({name})</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Personal</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Mitarbeitende</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>&amp;Inaktive zeigen</source>
            <translation>Show &amp;inactive</translation>
        </message>
        <message>
            <source>&amp;Neu …</source>
            <translation>&amp;New …</translation>
        </message>
        <message>
            <source>&amp;Rolle ändern …</source>
            <translation>Change &amp;role …</translation>
        </message>
        <message>
            <source>&amp;PIN zurücksetzen …</source>
            <translation>Reset &amp;PIN …</translation>
        </message>
        <message>
            <source>&amp;Deaktivieren</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>Re&amp;aktivieren</source>
            <translation>Re&amp;activate</translation>
        </message>
        <message>
            <source>Schließen</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>aktiv</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deaktiviert</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>{name} angelegt.</source>
            <translation>{name} created.</translation>
        </message>
        <message>
            <source>Rolle ändern</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Neue Rolle für {name}:</source>
            <translation>New role for {name}:</translation>
        </message>
        <message>
            <source>Rolle von {name} geändert.</source>
            <translation>Role of {name} changed.</translation>
        </message>
        <message>
            <source>Neue PIN für {name} gesetzt.</source>
            <translation>New PIN set for {name}.</translation>
        </message>
        <message>
            <source>PIN zurücksetzen</source>
            <translation>Reset PIN</translation>
        </message>
        <message>
            <source>Neue PIN für {name} (4–8 Ziffern):</source>
            <translation>New PIN for {name} (4–8 digits):</translation>
        </message>
        <message>
            <source>PIN wiederholen:</source>
            <translation>Repeat PIN:</translation>
        </message>
        <message>
            <source>Die beiden PINs stimmen nicht überein.</source>
            <translation>The two PINs do not match.</translation>
        </message>
        <message>
            <source>Deaktivieren</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>{name} kann sich danach nicht mehr anmelden. Frühere Einträge behalten den Namen. Deaktivieren?</source>
            <translation>{name} can no longer sign in afterwards. Earlier entries keep the name. Deactivate?</translation>
        </message>
        <message>
            <source>{name} deaktiviert.</source>
            <translation>{name} deactivated.</translation>
        </message>
        <message>
            <source>{name} wieder aktiv.</source>
            <translation>{name} active again.</translation>
        </message>
    </context>
    <context>
        <name>StaffFormDialog</name>
        <message>
            <source>Neue Mitarbeiterin / neuer Mitarbeiter</source>
            <translation>New staff member</translation>
        </message>
        <message>
            <source>z. B. AM</source>
            <translation>e.g. AM</translation>
        </message>
        <message>
            <source>&amp;Anlegen</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <source>Abbrechen</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kürzel:</source>
            <translation>&amp;Initials:</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Standort:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>&amp;PIN (4–8 Ziffern):</source>
            <translation>&amp;PIN (4–8 digits):</translation>
        </message>
        <message>
            <source>PIN &amp;wiederholen:</source>
            <translation>&amp;Repeat PIN:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kürzel</source>
            <translation>Initials</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN wiederholen</source>
            <translation>Repeat PIN</translation>
        </message>
        <message>
            <source>Bitte einen Namen eingeben.</source>
            <translation>Please enter a name.</translation>
        </message>
        <message>
            <source>Bitte ein Kürzel eingeben.</source>
            <translation>Please enter initials.</translation>
        </message>
        <message>
            <source>Die beiden PINs stimmen nicht überein.</source>
            <translation>The two PINs do not match.</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <source>Kürzel</source>
            <translation>Initials</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Location</translation>
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
            <translation>Change status of {inventory_no}</translation>
        </message>
        <message>
            <source>z. B. Lampe defekt, geht zur Reparatur</source>
            <translation>e.g. lamp broken, goes for repair</translation>
        </message>
        <message>
            <source>voraussichtlich zurück am</source>
            <translation>expected back on</translation>
        </message>
        <message>
            <source>Neuer &amp;Status</source>
            <translation>New &amp;status</translation>
        </message>
        <message>
            <source>&amp;Grund</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <source>Status setzen</source>
            <translation>Set status</translation>
        </message>
        <message>
            <source>{inventory_no} – {name}, jetzt: {status}</source>
            <translation>{inventory_no} – {name}, now: {status}</translation>
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
            <translation>No synchronisation recorded yet.</translation>
        </message>
        <message>
            <source>&amp;Jetzt synchronisieren</source>
            <translation>&amp;Synchronise now</translation>
        </message>
        <message>
            <source>Jetzt synchronisieren</source>
            <translation>Synchronise now</translation>
        </message>
        <message>
            <source>Der Stand wird gelesen …</source>
            <translation>Reading the state …</translation>
        </message>
        <message>
            <source>An diesem Arbeitsplatz läuft keine Synchronisation (kein Replikat).</source>
            <translation>No synchronisation runs at this workstation (not a replica).</translation>
        </message>
        <message>
            <source>Offline: keine Verbindung zur gemeinsamen Datenbank.</source>
            <translation>Offline: no connection to the shared database.</translation>
        </message>
        <message>
            <source>Bitte Datum und Uhrzeit dieses PCs korrigieren.</source>
            <translation>Please correct the date and time of this PC.</translation>
        </message>
        <message>
            <source>Synchronisation angefordert …</source>
            <translation>Synchronisation requested …</translation>
        </message>
    </context>
    <context>
        <name>SyncLogModel</name>
        <message>
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Ergebnis</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Synchronisationsprotokoll öffnen (Klick oder Eingabetaste)</source>
            <translation>Open the synchronisation log (click or Enter)</translation>
        </message>
        <message>
            <source>Letzte erfolgreiche Synchronisation</source>
            <translation>Last successful synchronisation</translation>
        </message>
        <message>
            <source>Änderungen dieses PCs, die noch nicht gesendet sind</source>
            <translation>Changes on this PC not sent yet</translation>
        </message>
        <message>
            <source>Offene Konflikte im ganzen Haus (Tab „Konflikte“)</source>
            <translation>Open conflicts in the whole house (tab “Conflicts”)</translation>
        </message>
        <message>
            <source>Direkt verbunden</source>
            <translation>Connected directly</translation>
        </message>
        <message>
            <source>○ Verbindung wird geprüft …</source>
            <translation>○ Checking connection …</translation>
        </message>
        <message>
            <source>Noch nie synchronisiert</source>
            <translation>Never synchronised</translation>
        </message>
        <message numerus="yes">
            <source>Wartend: %n</source>
            <translation>
                <numerusform>Waiting: %n</numerusform>
                <numerusform>Waiting: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>⟳ Synchronisiert …</source>
            <translation>⟳ Synchronising …</translation>
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
            <translation>Last: {date}, {time}</translation>
        </message>
        <message>
            <source>⚠ PC-Uhr falsch</source>
            <translation>⚠ PC clock wrong</translation>
        </message>
        <message>
            <source>⚠ Senden angehalten</source>
            <translation>⚠ Sending paused</translation>
        </message>
        <message>
            <source>⚠ Fehler beim Synchronisieren</source>
            <translation>⚠ Error while synchronising</translation>
        </message>
        <message numerus="yes">
            <source>Die Uhr dieses PCs geht etwa %n Minute(n) nach. Bitte Datum und Uhrzeit des PCs korrigieren.</source>
            <translation>
                <numerusform>The clock of this PC is about %n minute slow. Please correct the date and time of the PC.</numerusform>
                <numerusform>The clock of this PC is about %n minutes slow. Please correct the date and time of the PC.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Die Uhr dieses PCs geht etwa %n Minute(n) vor. Bitte Datum und Uhrzeit des PCs korrigieren.</source>
            <translation>
                <numerusform>The clock of this PC is about %n minute fast. Please correct the date and time of the PC.</numerusform>
                <numerusform>The clock of this PC is about %n minutes fast. Please correct the date and time of the PC.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Konflikte: %n</source>
            <translation>
                <numerusform>Conflicts: %n</numerusform>
                <numerusform>Conflicts: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Zeit</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Grund</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Schließtag</source>
            <translation>Closing day</translation>
        </message>
        <message>
            <source>frei</source>
            <translation>free</translation>
        </message>
        <message>
            <source>trotz Schließtag: %1</source>
            <translation>despite closing day: %1</translation>
        </message>
        <message>
            <source>Raum</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Plätze</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>keine Nummer</source>
            <translation>no number</translation>
        </message>
    </context>
    <context>
        <name>desks</name>
        <message>
            <source>Vormittag</source>
            <translation>Morning</translation>
        </message>
        <message>
            <source>Nachmittag</source>
            <translation>Afternoon</translation>
        </message>
        <message>
            <source>ganzer Tag</source>
            <translation>whole day</translation>
        </message>
    </context>
    <context>
        <name>inventory</name>
        <message>
            <source>verfügbar</source>
            <translation>available</translation>
        </message>
        <message>
            <source>in Wartung</source>
            <translation>in maintenance</translation>
        </message>
        <message>
            <source>ausgemustert</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>verloren</source>
            <translation>lost</translation>
        </message>
        <message>
            <source>reserviert</source>
            <translation>reserved</translation>
        </message>
        <message>
            <source>verliehen</source>
            <translation>on loan</translation>
        </message>
        <message>
            <source>zurückgegeben</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>storniert</source>
            <translation>cancelled</translation>
        </message>
    </context>
    <context>
        <name>lending</name>
        <message>
            <source>Inventarnr.</source>
            <translation>Inventory no.</translation>
        </message>
        <message>
            <source>Gerät</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Kategorie</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Standort</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Zustand bei Ausgabe</source>
            <translation>Condition at hand-out</translation>
        </message>
        <message>
            <source>Zubehör</source>
            <translation>Accessories</translation>
        </message>
        <message>
            <source>Leihschein</source>
            <translation>Loan slip</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kontakt</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Fällig am</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Tage überfällig</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Geräte</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>{receipt} (vorläufig)</source>
            <translation>{receipt} (provisional)</translation>
        </message>
        <message>
            <source>Beginn</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Jetzt in</source>
            <translation>Now in</translation>
        </message>
        <message>
            <source>Gebraucht in</source>
            <translation>Needed in</translation>
        </message>
        <message>
            <source>Leihschein kann in der Historie nachgedruckt werden.</source>
            <translation>The loan slip can be reprinted from the history.</translation>
        </message>
        <message>
            <source>Rücknahmeprotokoll kann in der Historie nachgedruckt werden.</source>
            <translation>The return record can be reprinted from the history.</translation>
        </message>
        <message>
            <source>Dokument archiviert ({file}). {hint}</source>
            <translation>Document archived ({file}). {hint}</translation>
        </message>
        <message>
            <source>Dokument nicht erstellt: {reason} {hint}</source>
            <translation>Document not created: {reason} {hint}</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Datenbank bereits geöffnet</source>
            <translation>Database already open</translation>
        </message>
        <message>
            <source>HoR Desk läuft auf diesem PC schon mit dieser Datenbank.</source>
            <translation>HoR Desk is already running on this PC with this database.</translation>
        </message>
        <message>
            <source>Datenbank ist neuer als das Programm</source>
            <translation>The database is newer than the program</translation>
        </message>
        <message>
            <source>Diese HoR-Desk-Version ist zu alt für die Datenbank.</source>
            <translation>This version of HoR Desk is too old for the database.</translation>
        </message>
        <message>
            <source>Datenbank nicht erreichbar</source>
            <translation>Database not reachable</translation>
        </message>
        <message>
            <source>HoR Desk konnte die Datenbank nicht öffnen. Bitte Netzwerk, Pfad und Einstellungen prüfen oder die Administration fragen.</source>
            <translation>HoR Desk could not open the database. Please check the network, path and settings, or ask the administration.</translation>
        </message>
        <message>
            <source>Einstellungen ungültig</source>
            <translation>Invalid settings</translation>
        </message>
        <message>
            <source>Die Einstellungen von HoR Desk lassen sich nicht verwenden.</source>
            <translation>The settings of HoR Desk cannot be used.</translation>
        </message>
        <message>
            <source>HoR Desk kann nicht starten</source>
            <translation>HoR Desk cannot start</translation>
        </message>
        <message>
            <source>Beim Start ist ein Problem aufgetreten.</source>
            <translation>A problem occurred during start-up.</translation>
        </message>
    </context>
    <context>
        <name>organisations</name>
        <message>
            <source>Zeile</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kontaktperson</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Prüfung</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Fehler: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <source>Warnung: ähnlich wie „{name}“ im Bestand</source>
            <translation>Warning: similar to “{name}” in the records</translation>
        </message>
        <message>
            <source>in Ordnung</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Semikolon (;)</source>
            <translation>Semicolon (;)</translation>
        </message>
        <message>
            <source>Komma (,)</source>
            <translation>Comma (,)</translation>
        </message>
        <message>
            <source>Tabulator</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>gesperrt</source>
            <translation>blocked</translation>
        </message>
        <message>
            <source>zusammengeführt</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>aktiv</source>
            <translation>active</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kurzname</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Rechtsform</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Ort</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-Mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Funktion</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Verantwortlich</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Zeichnet</source>
            <translation>Signs</translation>
        </message>
        <message>
            <source>Einwilligung</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Vorgang</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <source>Zeitraum</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Ausleihe</source>
            <translation>Loan</translation>
        </message>
        <message>
            <source>Reservierung</source>
            <translation>Reservation</translation>
        </message>
        <message>
            <source>Raum</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Arbeitsplatz (vormittags)</source>
            <translation>Desk (morning)</translation>
        </message>
        <message>
            <source>Arbeitsplatz (nachmittags)</source>
            <translation>Desk (afternoon)</translation>
        </message>
        <message>
            <source>Arbeitsplatz (ganztags)</source>
            <translation>Desk (whole day)</translation>
        </message>
        <message>
            <source>reserviert</source>
            <translation>reserved</translation>
        </message>
        <message>
            <source>ausgeliehen</source>
            <translation>on loan</translation>
        </message>
        <message>
            <source>zurück</source>
            <translation>back</translation>
        </message>
        <message>
            <source>storniert</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>vorläufig</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>bestätigt</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>Konflikt</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Letzte Aktivität</source>
            <translation>Last activity</translation>
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
            <translation>Location admin</translation>
        </message>
        <message>
            <source>Empfang</source>
            <translation>Reception</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Synchronisation nicht gestartet: {reason}</source>
            <translation>Synchronisation not started: {reason}</translation>
        </message>
    </context>
</TS>
