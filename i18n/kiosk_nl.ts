<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en_GB">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>Interventionele radiologie</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>Wilt u een paar vragen beantwoorden vóór uw onderzoek? Dat duurt ongeveer 5 minuten.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Kies uw taal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Terug naar uw antwoorden</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>De uitleg overslaan</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Stap {current} van {total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>Pagina {current} van {total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>Wat is uw familienaam?</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>Wat is de familienaam van de persoon die u begeleidt?</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>Wat is uw voornaam?</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>Wat is de voornaam van de persoon die u begeleidt?</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>Typ het zoals op de identiteitskaart, met het toetsenbord hieronder.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Typ de naam, alstublieft.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>Deze naam is te lang: maximaal %n letter.</numerusform>
            <numerusform>Deze naam is te lang: maximaal %n letters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>Gebruik alleen letters, spaties, koppeltekens en apostroffen.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>Wat is uw geboortedatum?</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>Wat is de geboortedatum van de persoon die u begeleidt?</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>Typ eerst de dag, dan de maand, dan het jaar. Bijvoorbeeld voor 5 maart 1948: 0 5 0 3 1 9 4 8.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>Tik op de dag, de maand of het jaar om het te verbeteren.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Typ de dag (2 cijfers), de maand (2 cijfers) en het jaar (4 cijfers).</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>Deze datum bestaat niet. Kijk hem alstublieft na.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>Deze datum ligt in de toekomst. Kijk hem alstublieft na.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Kijk het jaar alstublieft na.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>Typ de naam met het toetsenbord.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>Typ alleen letters, cijfers en leestekens, alstublieft.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>Typ het getal met de toetsen.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>Typ een getal van {low} tot {high} {unit}, alstublieft.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrof</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Koppelteken</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Hoofdletter</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>Andere letters</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Kies één antwoord.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>U kunt meerdere antwoorden kiezen.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>U mag deze vraag overslaan.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Kijk uw antwoorden na</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Tik op een antwoord om het te wijzigen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>Vorige antwoorden</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Meer antwoorden</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>Bekijk eerst de volgende antwoorden</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Uw antwoorden worden bewaard…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>Dit duurt iets langer. Uw antwoorden blijven bewaard: even geduld alstublieft.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dank u wel</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>Neem uw briefje en geef het af aan het onthaal.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>Uw antwoorden zijn bewaard. Ga naar het onthaal: daar drukken ze uw briefje af.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>Uw referentie: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>Het spijt ons, er ging iets mis en uw antwoorden konden niet worden bewaard. Ga naar het onthaal.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>Secretariaat radiologie: Verdieping -2, Route 610.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>Dit scherm langer tonen</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>Steek uw identiteitskaart in de lezer</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>Steek uw Belgische identiteitskaart of Kids-ID in de lezer, met de chip eerst. Alleen de naam en de geboortedatum worden gelezen.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>De kaart wordt gelezen…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>Mijn naam liever intypen</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>De kaart kon niet worden gelezen. Haal ze eruit en steek ze opnieuw in, met de chip eerst, of typ de naam in.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>Deze kaart is geen Belgische identiteitskaart. Gebruik de identiteitskaart of de Kids-ID, of typ de naam in.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>De kaart werd te vroeg uitgenomen. Steek ze opnieuw in en laat ze zitten tot de naam verschijnt, of typ de naam in.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>De kaartlezer werkt niet. Typ de naam in, alstublieft.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>De kaartlezer is op dit moment niet beschikbaar. Typ de naam in, alstublieft.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>Het lezen van de kaart duurt te lang. Typ de naam in, alstublieft.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Bent u dit?</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>Is dit de persoon voor wie u dit invult?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Ja, dat klopt</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>Nee, de naam intypen</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>Vergeet uw identiteitskaart niet in de lezer.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>Om uw privacy te beschermen, begint het scherm over %n seconde opnieuw en worden uw antwoorden gewist.</numerusform>
            <numerusform>Om uw privacy te beschermen, begint het scherm over %n seconden opnieuw en worden uw antwoorden gewist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Te veel verkeerde pincodes. Probeer het opnieuw over %n seconde.</numerusform>
            <numerusform>Te veel verkeerde pincodes. Probeer het opnieuw over %n seconden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n na te kijken</numerusform>
            <numerusform>%n na te kijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n briefje wacht op de printer. Het wordt automatisch opnieuw geprobeerd; of tik op Alle niet-afgedrukte afdrukken.</numerusform>
            <numerusform>%n briefjes wachten op de printer. Ze worden automatisch opnieuw geprobeerd; of tik op Alle niet-afgedrukte afdrukken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n verklaring wacht om bewaard te worden (de databank was bezet). Ze wordt automatisch bewaard.</numerusform>
            <numerusform>%n verklaringen wachten om bewaard te worden (de databank was bezet). Ze worden automatisch bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n briefje staat nog in de wachtrij van de printer en wordt daar afgedrukt.</numerusform>
            <numerusform>%n briefjes staan nog in de wachtrij van de printer en worden daar afgedrukt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n briefje naar de printer gestuurd.</numerusform>
            <numerusform>%n briefjes naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n briefje naar de printer gestuurd. Daarna nam de printer geen briefjes meer aan ({reason}).</numerusform>
            <numerusform>%n briefjes naar de printer gestuurd. Daarna nam de printer geen briefjes meer aan ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>naar het dossier verstuurd</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>wacht op verzending naar het dossier</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>tegengehouden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n verklaring is geweigerd door het ziekenhuisdossier. Verwittig de IT-dienst.</numerusform>
            <numerusform>%n verklaringen zijn geweigerd door het ziekenhuisdossier. Verwittig de IT-dienst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n verklaring staat al meer dan een uur niet in het ziekenhuisdossier. Ze wordt automatisch opnieuw verstuurd; verwittig de IT-dienst als dit aanhoudt.</numerusform>
            <numerusform>%n verklaringen staan al meer dan een uur niet in het ziekenhuisdossier. Ze worden automatisch opnieuw verstuurd; verwittig de IT-dienst als dit aanhoudt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n oude verklaring wordt bewaard omdat het ziekenhuisdossier ze nog niet heeft. Verwittig de IT-dienst.</numerusform>
            <numerusform>%n oude verklaringen worden bewaard omdat het ziekenhuisdossier ze nog niet heeft. Verwittig de IT-dienst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n briefje als PDF-bestand opgeslagen (geen papierprinter).</numerusform>
            <numerusform>%n briefjes als PDF-bestanden opgeslagen (geen papierprinter).</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Ik heb meer tijd nodig</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Dit scherm sluit over %n seconde.</numerusform>
            <numerusform>Dit scherm sluit over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>Spraak niet beschikbaar</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>Raak een knop één keer aan om hem te horen. Raak hem opnieuw aan om hem te kiezen.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>Deze kiosk is buiten gebruik. Ga naar het onthaal.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Toegang personeel</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>Typ uw pincode en tik dan op OK.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Verkeerde pincode.</translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>De pincode {role} werkt nog: kies {role}.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>Er is nog geen pincode voor het personeel ingesteld: de IT-dienst stelt er een in via de opdrachtregel (set-pin).</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>Verklaringen van vandaag</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Onthaal</translation>
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
        <translation>Na te kijken antwoorden</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>Vandaag staat hier geen verklaring.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>Tik op een verklaring om het briefje te zien.</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NIET AFGEDRUKT</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>alleen PDF-bestand</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Opnieuw afdrukken</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testafdruk</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Afsluiten naar bureaublad</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Printer: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>aanvaardt geen afdruktaken</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>afdrukwachtrij niet gevonden</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>geen: de briefjes zijn PDF-bestanden</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>Laatste afdrukfouten</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>Geen afdrukfouten.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>{reference}: naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>{reference}: niet afgedrukt ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Testpagina naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>Testpagina niet afgedrukt ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Dat is niet gelukt: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>Om {time} kon een verklaring NIET worden opgeslagen ({reason}). De patiënt werd naar het onthaal gestuurd. Verwittig de IT-dienst.</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>De database was bij het opstarten beschadigd en werd opzijgezet ({path}); er werd een nieuwe aangemaakt. Verwittig de IT-dienst.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>De schijf is bijna vol (nog {free} MB vrij). Verwittig de IT-dienst.</translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>Oude verklaringen zijn niet gewist: {reason}. Verwittig de IT-dienst.</translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>Alle niet-afgedrukte afdrukken</translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>Er wacht geen briefje op de printer.</translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}: briefje als PDF-bestand opgeslagen in {folder} (geen papierprinter).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}: NIET afgedrukt, alleen als PDF-bestand opgeslagen ({reason}); het blijft niet afgedrukt.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>Testpagina als PDF-bestand opgeslagen in {folder} (geen papierprinter).</translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>Zoeken: achternaam of referentie</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>Geen enkele verklaring van vandaag komt overeen met deze zoekopdracht.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>Kaartlezer: uitgeschakeld</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>Kaartlezer: de PC/SC-bibliotheek (pyscard) ontbreekt</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>Kaartlezer: pcscd draait niet</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>Kaartlezer: geen aangesloten</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Kaartlezer: klaar</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>Kaartlezer: er zit een kaart in de lezer</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>Toegang voor personeel: blijf drukken</translation>
    </message>
</context>
</TS>
