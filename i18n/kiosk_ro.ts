<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>Radiologie intervențională</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bun venit</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>Vă rugăm să răspundeți la câteva întrebări înainte de examinare. Durează aproximativ 5 minute.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Alegeți limba</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Începeți</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Înapoi la răspunsuri</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>Săriți peste explicații</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Pasul {current} din {total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>Pagina {current} din {total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>Care este numele dumneavoastră de familie?</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>Care este numele de familie al persoanei însoțite?</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>Care este prenumele dumneavoastră?</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>Care este prenumele persoanei însoțite?</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>Scrieți-l ca pe cartea de identitate, cu tastatura de mai jos.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Vă rugăm să scrieți numele.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>Acest nume este prea lung: cel mult %n literă.</numerusform>
            <numerusform>Acest nume este prea lung: cel mult %n litere.</numerusform>
            <numerusform>Acest nume este prea lung: cel mult %n de litere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>Folosiți doar litere, spații, cratime și apostrofuri.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>Care este data dumneavoastră de naștere?</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>Care este data de naștere a persoanei însoțite?</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>Scrieți ziua, apoi luna, apoi anul. De exemplu, pentru 5 martie 1948: 0 5 0 3 1 9 4 8.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>Pentru a corecta ziua, luna sau anul, atingeți-le.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ziua</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anul</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Vă rugăm să scrieți ziua (2 cifre), luna (2 cifre) și anul (4 cifre).</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>Această dată nu există. Vă rugăm să o verificați.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>Această dată este în viitor. Vă rugăm să o verificați.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Vă rugăm să verificați anul.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>Scrieți numele cu tastatura.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>Vă rugăm să scrieți doar litere, cifre și semne de punctuație.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>Scrieți numărul cu tastele.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>Vă rugăm să scrieți un număr de la {low} la {high} {unit}.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrof</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Cratimă</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Majusculă</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>Alte litere</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Alegeți un răspuns.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>Puteți alege mai multe răspunsuri.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>Puteți sări peste această întrebare.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Verificați-vă răspunsurile</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Atingeți un răspuns pentru a-l modifica.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificați</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>Răspunsurile anterioare</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Următoarele răspunsuri</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Fără răspuns</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmați</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>Vedeți mai întâi restul răspunsurilor</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Se înregistrează răspunsurile…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>Durează puțin mai mult. Răspunsurile dumneavoastră sunt păstrate: vă rugăm să așteptați puțin.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vă mulțumim</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>Vă rugăm să luați fișa și să o dați la recepție.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>Răspunsurile dumneavoastră sunt înregistrate. Vă rugăm să mergeți la recepție: acolo vi se va tipări fișa.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>Referința dumneavoastră: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>Ne pare rău, a apărut o problemă și răspunsurile dumneavoastră nu au putut fi înregistrate. Vă rugăm să mergeți la recepție.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>Secretariatul de radiologie: etajul -2, Route 610.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminați</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Acest ecran se închide în %n secundă.</numerusform>
            <numerusform>Acest ecran se închide în %n secunde.</numerusform>
            <numerusform>Acest ecran se închide în %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>Păstrați ecranul mai mult timp</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>Introduceți cartea de identitate</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>Introduceți cartea de identitate belgiană sau Kids-ID în cititor, cu cipul înainte. Se citesc doar numele și data nașterii.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Se citește cartela…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>Scriu numele</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>Cartela nu a putut fi citită. Scoateți-o și introduceți-o din nou, cu cipul înainte, sau scrieți numele.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>Aceasta nu este o carte de identitate belgiană. Folosiți cartea de identitate sau Kids-ID, sau scrieți numele.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>Cartela a fost scoasă prea devreme. Introduceți-o din nou și lăsați-o până apare numele, sau scrieți numele.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>Cititorul de cartele nu funcționează. Vă rugăm să scrieți numele.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>Cititorul de cartele nu este disponibil acum. Vă rugăm să scrieți numele.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>Citirea cartelei durează prea mult. Vă rugăm să scrieți numele.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Sunteți dumneavoastră?</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>Este persoana pentru care completați?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Da, este corect</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>Nu, scriu numele</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>Nu uitați cartea de identitate în cititor.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Mai sunteți aici?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>Pentru a vă proteja confidențialitatea, ecranul va reporni în %n secundă, iar răspunsurile dumneavoastră vor fi șterse.</numerusform>
            <numerusform>Pentru a vă proteja confidențialitatea, ecranul va reporni în %n secunde, iar răspunsurile dumneavoastră vor fi șterse.</numerusform>
            <numerusform>Pentru a vă proteja confidențialitatea, ecranul va reporni în %n de secunde, iar răspunsurile dumneavoastră vor fi șterse.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Am nevoie de mai mult timp</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Text mai mare</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast ridicat</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Citire cu voce tare</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>Voce indisponibilă</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>Atingeți un buton o dată pentru a-l auzi. Atingeți-l din nou pentru a-l alege.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilitate</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigare</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>ales</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>gol</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>Acest terminal nu funcționează. Vă rugăm să mergeți la recepție.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Acces pentru personal</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>Introduceți codul PIN, apoi OK.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Cod PIN greșit.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Prea multe coduri PIN greșite. Încercați din nou peste %n secundă.</numerusform>
            <numerusform>Prea multe coduri PIN greșite. Încercați din nou peste %n secunde.</numerusform>
            <numerusform>Prea multe coduri PIN greșite. Încercați din nou peste %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>Codul PIN pentru {role} încă funcționează: alegeți {role}.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>Nu este setat încă niciun cod PIN pentru personal: departamentul IT setează unul din linia de comandă (set-pin).</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>Declarațiile de azi</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepție</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Answers to check</source>
        <translation>Răspunsuri de verificat</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Netipărite</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>Nicio declarație aici azi.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>Atingeți o declarație pentru a-i vedea fișa.</translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n de verificat</numerusform>
            <numerusform>%n de verificat</numerusform>
            <numerusform>%n de verificat</numerusform>
        </translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tipărită</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NETIPĂRITĂ</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>doar fișier PDF</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Retipăriți</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Tipărire de test</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizați</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocați</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Ieșire pe desktop</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Imprimantă: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Se procesează…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pregătită</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>oprită</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>nu acceptă lucrări</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesibilă</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>coada de tipărire nu a fost găsită</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>niciuna: fișele sunt fișiere PDF</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>Ultimele erori de tipărire</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>Nicio eroare de tipărire.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>{reference}: fișă trimisă la imprimantă.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>{reference}: fișă netipărită ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Pagina de test a fost trimisă la imprimantă.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>Pagina de test nu a fost tipărită ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Operațiunea a eșuat: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>La ora {time}, o declarație NU a putut fi înregistrată ({reason}). Pacientul a fost trimis la recepție. Anunțați departamentul IT.</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>Baza de date era deteriorată la pornire și a fost pusă deoparte ({path}); a fost creată una nouă. Anunțați departamentul IT.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>Discul este aproape plin (au mai rămas {free} MB). Anunțați departamentul IT.</translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n fișă așteaptă imprimanta. Este retrimisă automat; sau atingeți Tipăriți toate fișele netipărite.</numerusform>
            <numerusform>%n fișe așteaptă imprimanta. Sunt retrimise automat; sau atingeți Tipăriți toate fișele netipărite.</numerusform>
            <numerusform>%n de fișe așteaptă imprimanta. Sunt retrimise automat; sau atingeți Tipăriți toate fișele netipărite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>Declarațiile vechi nu au fost șterse: {reason}. Anunțați departamentul IT.</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n declarație așteaptă să fie înregistrată (baza de date era ocupată). Va fi înregistrată automat.</numerusform>
            <numerusform>%n declarații așteaptă să fie înregistrate (baza de date era ocupată). Vor fi înregistrate automat.</numerusform>
            <numerusform>%n de declarații așteaptă să fie înregistrate (baza de date era ocupată). Vor fi înregistrate automat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n fișă este încă în coada imprimantei și este lăsată să se tipărească acolo.</numerusform>
            <numerusform>%n fișe sunt încă în coada imprimantei și sunt lăsate să se tipărească acolo.</numerusform>
            <numerusform>%n de fișe sunt încă în coada imprimantei și sunt lăsate să se tipărească acolo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>Tipăriți toate fișele netipărite</translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n fișă trimisă la imprimantă.</numerusform>
            <numerusform>%n fișe trimise la imprimantă.</numerusform>
            <numerusform>%n de fișe trimise la imprimantă.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n fișă trimisă la imprimantă. Apoi imprimanta nu a mai acceptat fișe ({reason}).</numerusform>
            <numerusform>%n fișe trimise la imprimantă. Apoi imprimanta nu a mai acceptat fișe ({reason}).</numerusform>
            <numerusform>%n de fișe trimise la imprimantă. Apoi imprimanta nu a mai acceptat fișe ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>Nicio fișă nu așteaptă imprimanta.</translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>trimisă la dosarul medical</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>în așteptarea dosarului medical</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>reținută: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n declarație a fost refuzată de dosarul medical al spitalului. Anunțați IT.</numerusform>
            <numerusform>%n declarații au fost refuzate de dosarul medical al spitalului. Anunțați IT.</numerusform>
            <numerusform>%n de declarații au fost refuzate de dosarul medical al spitalului. Anunțați IT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n declarație nu a ajuns la dosarul medical al spitalului de peste o oră. Este retrimisă automat; anunțați IT dacă durează.</numerusform>
            <numerusform>%n declarații nu au ajuns la dosarul medical al spitalului de peste o oră. Sunt retrimise automat; anunțați IT dacă durează.</numerusform>
            <numerusform>%n de declarații nu au ajuns la dosarul medical al spitalului de peste o oră. Sunt retrimise automat; anunțați IT dacă durează.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n declarație veche este păstrată pentru că dosarul medical al spitalului nu o are încă. Anunțați IT.</numerusform>
            <numerusform>%n declarații vechi sunt păstrate pentru că dosarul medical al spitalului nu le are încă. Anunțați IT.</numerusform>
            <numerusform>%n de declarații vechi sunt păstrate pentru că dosarul medical al spitalului nu le are încă. Anunțați IT.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}: fișă salvată ca fișier PDF în {folder} (fără imprimantă de hârtie).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}: NETIPĂRITĂ, doar salvată ca fișier PDF ({reason}); rămâne netipărită.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>Pagina de test a fost salvată ca fișier PDF în {folder} (fără imprimantă de hârtie).</translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n fișă salvată ca fișier PDF (fără imprimantă de hârtie).</numerusform>
            <numerusform>%n fișe salvate ca fișiere PDF (fără imprimantă de hârtie).</numerusform>
            <numerusform>%n de fișe salvate ca fișiere PDF (fără imprimantă de hârtie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>Căutare: nume de familie sau referință</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Ștergeți căutarea</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>Nicio declarație de azi nu corespunde acestei căutări.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>copil</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>Cititor de cartele: oprit</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>Cititor de cartele: lipsește biblioteca PC/SC (pyscard)</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>Cititor de cartele: pcscd nu rulează</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>Cititor de cartele: niciunul conectat</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Cititor de cartele: pregătit</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>Cititor de cartele: o cartelă este în cititor</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>Acces pentru personal: țineți apăsat în continuare</translation>
    </message>
</context>
</TS>
