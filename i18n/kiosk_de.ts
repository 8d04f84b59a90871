<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en_GB">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>Interventionelle Radiologie</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>Bitte beantworten Sie vor Ihrer Untersuchung einige Fragen. Das dauert etwa 5 Minuten.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Zurück zu Ihren Antworten</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>Erklärungen überspringen</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Schritt {current} von {total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>Seite {current} von {total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>Wie ist Ihr Nachname?</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>Wie ist der Nachname der Person, die Sie begleiten?</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>Wie ist Ihr Vorname?</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>Wie ist der Vorname der Person, die Sie begleiten?</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>Tippen Sie ihn wie auf dem Ausweis, mit der Tastatur unten.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Bitte tippen Sie den Namen ein.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>Dieser Name ist zu lang: höchstens %n Buchstabe.</numerusform>
            <numerusform>Dieser Name ist zu lang: höchstens %n Buchstaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>Bitte benutzen Sie nur Buchstaben, Leerzeichen, Bindestriche und Apostrophe.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>Wie ist Ihr Geburtsdatum?</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>Wie ist das Geburtsdatum der Person, die Sie begleiten?</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>Tippen Sie den Tag, dann den Monat, dann das Jahr. Zum Beispiel für den 5. März 1948: 0 5 0 3 1 9 4 8.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>Um Tag, Monat oder Jahr zu korrigieren, tippen Sie darauf.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Bitte tippen Sie den Tag (2 Ziffern), den Monat (2 Ziffern) und das Jahr (4 Ziffern).</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>Dieses Datum gibt es nicht. Bitte prüfen Sie es.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>Dieses Datum liegt in der Zukunft. Bitte prüfen Sie es.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>Tippen Sie den Namen mit der Tastatur.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>Bitte tippen Sie nur Buchstaben, Ziffern und Satzzeichen ein.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>Tippen Sie die Zahl mit den Tasten.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>Bitte tippen Sie eine Zahl von {low} bis {high} {unit} ein.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostroph</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Bindestrich</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>Andere Buchstaben</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Wählen Sie eine Antwort.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>Sie können mehrere Antworten wählen.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>Sie können diese Frage überspringen.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Bitte prüfen Sie Ihre Antworten</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Tippen Sie auf eine Antwort, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>Vorherige Antworten</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Weitere Antworten</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>Sehen Sie zuerst die weiteren Antworten</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Ihre Antworten werden gespeichert…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>Das dauert etwas länger. Ihre Antworten bleiben gespeichert: Bitte warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>Bitte nehmen Sie Ihren Zettel und geben Sie ihn am Empfang ab.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>Ihre Antworten sind gespeichert. Bitte gehen Sie zum Empfang: Dort wird Ihr Zettel gedruckt.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>Ihre Referenz: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>Entschuldigung, etwas ist schiefgegangen. Ihre Antworten konnten nicht gespeichert werden. Bitte gehen Sie zum Empfang.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>Sekretariat der Radiologie: Etage -2, Route 610.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>Diesen Bildschirm länger zeigen</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>Stecken Sie Ihren Personalausweis ein</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>Stecken Sie Ihren belgischen Personalausweis oder die Kids-ID mit dem Chip voran in das Lesegerät. Nur Name und Geburtsdatum werden gelesen.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Die Karte wird gelesen…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>Namen lieber eintippen</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>Die Karte konnte nicht gelesen werden. Ziehen Sie sie heraus und stecken Sie sie mit dem Chip voran wieder ein, oder tippen Sie den Namen ein.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>Diese Karte ist kein belgischer Personalausweis. Verwenden Sie den Personalausweis oder die Kids-ID, oder tippen Sie den Namen ein.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>Die Karte wurde zu früh herausgezogen. Stecken Sie sie wieder ein und lassen Sie sie stecken, bis der Name erscheint, oder tippen Sie den Namen ein.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>Das Kartenlesegerät funktioniert nicht. Bitte tippen Sie den Namen ein.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>Das Kartenlesegerät ist gerade nicht verfügbar. Bitte tippen Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>Das Lesen der Karte dauert zu lange. Bitte tippen Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Sind Sie das?</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>Ist das die Person, für die Sie ausfüllen?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Ja, das stimmt</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>Nein, Namen eintippen</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>Vergessen Sie Ihren Personalausweis nicht im Lesegerät.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Privatsphäre beginnt der Bildschirm in %n Sekunde von vorne. Ihre Antworten werden dann gelöscht.</numerusform>
            <numerusform>Zum Schutz Ihrer Privatsphäre beginnt der Bildschirm in %n Sekunden von vorne. Ihre Antworten werden dann gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche PINs. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n Zettel wartet auf den Drucker. Er wird automatisch erneut versucht; oder tippen Sie auf Alle nicht gedruckten drucken.</numerusform>
            <numerusform>%n Zettel warten auf den Drucker. Sie werden automatisch erneut versucht; oder tippen Sie auf Alle nicht gedruckten drucken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n Erklärung wartet auf das Speichern (die Datenbank war belegt). Sie wird automatisch gespeichert.</numerusform>
            <numerusform>%n Erklärungen warten auf das Speichern (die Datenbank war belegt). Sie werden automatisch gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n Zettel ist noch in der Warteschlange des Druckers und wird dort gedruckt.</numerusform>
            <numerusform>%n Zettel sind noch in der Warteschlange des Druckers und werden dort gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n Zettel an den Drucker gesendet.</numerusform>
            <numerusform>%n Zettel an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n Zettel an den Drucker gesendet. Danach hat der Drucker keine weiteren angenommen ({reason}).</numerusform>
            <numerusform>%n Zettel an den Drucker gesendet. Danach hat der Drucker keine weiteren angenommen ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>an die Akte gesendet</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>wartet auf Übermittlung an die Akte</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>zurückgehalten: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n Erklärung wurde von der Krankenhausakte abgelehnt. Informieren Sie die IT.</numerusform>
            <numerusform>%n Erklärungen wurden von der Krankenhausakte abgelehnt. Informieren Sie die IT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n Erklärung ist seit über einer Stunde nicht in der Krankenhausakte. Sie wird automatisch erneut gesendet; informieren Sie die IT, wenn das anhält.</numerusform>
            <numerusform>%n Erklärungen sind seit über einer Stunde nicht in der Krankenhausakte. Sie werden automatisch erneut gesendet; informieren Sie die IT, wenn das anhält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n alte Erklärung wird aufbewahrt, weil die Krankenhausakte sie noch nicht hat. Informieren Sie die IT.</numerusform>
            <numerusform>%n alte Erklärungen werden aufbewahrt, weil die Krankenhausakte sie noch nicht hat. Informieren Sie die IT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n Zettel als PDF-Datei gespeichert (kein Papierdrucker).</numerusform>
            <numerusform>%n Zettel als PDF-Dateien gespeichert (kein Papierdrucker).</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Ich brauche mehr Zeit</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Dieser Bildschirm schließt sich in %n Sekunde.</numerusform>
            <numerusform>Dieser Bildschirm schließt sich in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>Sprachausgabe nicht verfügbar</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>Berühren Sie eine Schaltfläche einmal, um sie zu hören. Berühren Sie sie erneut, um sie zu wählen.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>Dieses Terminal ist außer Betrieb. Bitte wenden Sie sich an den Empfang.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Personalzugang</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>Tippen Sie Ihre PIN ein und dann auf OK.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>Die PIN {role} funktioniert noch: wählen Sie {role}.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>Es ist noch keine Personal-PIN festgelegt: Die IT legt sie über die Kommandozeile fest (set-pin).</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>Erklärungen von heute</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Answers to check</source>
        <translation>Zu prüfende Antworten</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>Heute gibt es hier keine Erklärung.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>Tippen Sie auf eine Erklärung, um ihren Zettel zu sehen.</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NICHT GEDRUCKT</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>nur PDF-Datei</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Beenden (zum Desktop)</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Drucker: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>nimmt keine Druckaufträge an</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>Druckwarteschlange nicht gefunden</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>keiner: Die Zettel sind PDF-Dateien</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>Letzte Druckfehler</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>Kein Druckfehler.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>{reference}: an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>{reference}: nicht gedruckt ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Testseite an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>Testseite nicht gedruckt ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Das hat nicht funktioniert: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>Um {time} konnte eine Erklärung NICHT gespeichert werden ({reason}). Die Person wurde zum Empfang geschickt. Bitte die IT informieren.</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>Die Datenbank war beim Start beschädigt und wurde beiseitegelegt ({path}); eine neue wurde angelegt. Bitte die IT informieren.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>Die Festplatte ist fast voll (noch {free} MB frei). Bitte die IT informieren.</translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>Alte Erklärungen wurden nicht gelöscht: {reason}. Informieren Sie die IT.</translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>Alle nicht gedruckten drucken</translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>Kein Zettel wartet auf den Drucker.</translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}: Zettel als PDF-Datei in {folder} gespeichert (kein Papierdrucker).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}: NICHT gedruckt, nur als PDF-Datei gespeichert ({reason}); er bleibt ungedruckt.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>Testseite als PDF-Datei in {folder} gespeichert (kein Papierdrucker).</translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>Suchen: Nachname oder Referenz</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>Keine Erklärung von heute passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>Kartenlesegerät: ausgeschaltet</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>Kartenlesegerät: die PC/SC-Bibliothek (pyscard) fehlt</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>Kartenlesegerät: pcscd läuft nicht</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>Kartenlesegerät: keines angeschlossen</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Kartenlesegerät: bereit</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>Kartenlesegerät: eine Karte steckt im Lesegerät</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>Zugang für das Personal: weiter gedrückt halten</translation>
    </message>
</context>
</TS>
