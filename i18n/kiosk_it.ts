<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>Radiologia interventistica</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuti</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>Risponda ad alcune domande prima dell’esame. Ci vogliono circa 5 minuti.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Scelga la Sua lingua</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Torni alle risposte</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>Salti le spiegazioni</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Passo {current} di {total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>Pagina {current} di {total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>Qual è il Suo cognome?</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>Qual è il cognome della persona che Lei accompagna?</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>Qual è il Suo nome?</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>Qual è il nome della persona che Lei accompagna?</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>Lo digiti come sulla carta d’identità, con la tastiera qui sotto.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Digiti il nome.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>Questo nome è troppo lungo: al massimo %n lettera.</numerusform>
            <numerusform>Questo nome è troppo lungo: al massimo %n lettere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>Usi solo lettere, spazi, trattini e apostrofi.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>Qual è la Sua data di nascita?</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>Qual è la data di nascita della persona che Lei accompagna?</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>Digiti il giorno, poi il mese, poi l’anno. Per esempio, per il 5 marzo 1948: 0 5 0 3 1 9 4 8.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>Per correggere il giorno, il mese o l’anno, lo tocchi.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Digiti il giorno (2 cifre), il mese (2 cifre) e l’anno (4 cifre).</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>Questa data non esiste. La controlli.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>Questa data è nel futuro. La controlli.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Controlli l’anno.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>Digiti il nome con la tastiera.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>Digiti solo lettere, numeri e punteggiatura.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>Digiti il numero con i tasti.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>Digiti un numero da {low} a {high} {unit}.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrofo</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Trattino</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Maiuscola</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>Altre lettere</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Scelga una risposta.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>Può scegliere più risposte.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>Può saltare questa domanda.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Controlli le Sue risposte</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Tocchi una risposta per modificarla.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>Risposte precedenti</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Altre risposte</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>Veda prima le altre risposte</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Salvataggio delle risposte…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>Ci vuole un po’ più di tempo. Le Sue risposte sono conservate: attenda un momento.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Grazie</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>Prenda la Sua scheda e la consegni all’accettazione.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>Le Sue risposte sono salvate. Si rechi all’accettazione: lì stamperanno la Sua scheda.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>Il Suo riferimento: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>Ci scusi, si è verificato un problema e le Sue risposte non sono state salvate. Si rechi all’accettazione.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>Segreteria di radiologia: piano -2, Route 610.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Termini</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Questa schermata si chiude tra %n secondo.</numerusform>
            <numerusform>Questa schermata si chiude tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>Tenga questa schermata più a lungo</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>Inserisca la Sua carta d&apos;identità</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>Inserisca la carta d&apos;identità belga o la Kids-ID nel lettore, con il chip per primo. Si leggono solo il nome e la data di nascita.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lettura della carta…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>Scrivere il nome a mano</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>Non è stato possibile leggere la carta. La tolga e la reinserisca, con il chip per primo, oppure scriva il nome.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>Questa non è una carta d&apos;identità belga. Usi la carta d&apos;identità o la Kids-ID, oppure scriva il nome.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>La carta è stata tolta troppo presto. La reinserisca e la lasci finché appare il nome, oppure scriva il nome.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>Il lettore di carte non funziona. Scriva il nome, per favore.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>Il lettore di carte non è disponibile al momento. Scriva il nome, per favore.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>La lettura della carta richiede troppo tempo. Scriva il nome, per favore.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>È Lei?</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>È la persona per cui compila il modulo?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Sì, è corretto</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>No, scrivere il nome</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>Non dimentichi la carta d&apos;identità nel lettore.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>È ancora qui?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>Per proteggere la Sua privacy, lo schermo ricomincerà tra %n secondo e le Sue risposte saranno cancellate.</numerusform>
            <numerusform>Per proteggere la Sua privacy, lo schermo ricomincerà tra %n secondi e le Sue risposte saranno cancellate.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Mi serve più tempo</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lettura ad alta voce</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>Voce non disponibile</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>Tocchi un pulsante una volta per ascoltarlo. Lo tocchi di nuovo per sceglierlo.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilità</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>scelta</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>Questo totem è fuori servizio. Si rivolga all’accettazione.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Accesso del personale</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>Digiti il PIN, poi OK.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errato.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Troppi PIN errati. Riprovi tra %n secondo.</numerusform>
            <numerusform>Troppi PIN errati. Riprovi tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>Il PIN {role} funziona ancora: scelga {role}.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>Nessun PIN del personale è ancora impostato: il servizio informatico ne imposta uno dalla riga di comando (set-pin).</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>Dichiarazioni di oggi</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accettazione</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>Informatica</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Answers to check</source>
        <translation>Risposte da verificare</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non stampate</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>Nessuna dichiarazione qui oggi.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>Tocchi una dichiarazione per vederne la scheda.</translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n da verificare</numerusform>
            <numerusform>%n da verificare</numerusform>
        </translation>
    </message>
    <message>
        <source>printed</source>
        <translation>stampata</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NON STAMPATA</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>solo file PDF</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Ristampa</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Stampa di prova</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Esci al desktop</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Stampante: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Elaborazione in corso…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>ferma</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>non accetta stampe</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>non raggiungibile</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>coda di stampa non trovata</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>nessuna: le schede sono file PDF</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>Ultimi errori di stampa</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>Nessun errore di stampa.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>{reference}: scheda inviata alla stampante.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>{reference}: scheda non stampata ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Pagina di prova inviata alla stampante.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>Pagina di prova non stampata ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Operazione non riuscita: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>Alle {time} una dichiarazione NON è stata salvata ({reason}). Il paziente è stato mandato all’accettazione. Avvisi il servizio informatico.</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>All’avvio il database era danneggiato ed è stato messo da parte ({path}); ne è stato creato uno nuovo. Avvisi il servizio informatico.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>Il disco è quasi pieno (restano {free} MB). Avvisi il servizio informatico.</translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n scheda è in attesa della stampante. Viene ritentata automaticamente; oppure tocchi Stampa tutte le schede non stampate.</numerusform>
            <numerusform>%n schede sono in attesa della stampante. Vengono ritentate automaticamente; oppure tocchi Stampa tutte le schede non stampate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>Le vecchie dichiarazioni non sono state cancellate: {reason}. Avvisi il servizio informatico.</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n dichiarazione è in attesa di essere salvata (il database era occupato). Viene salvata automaticamente.</numerusform>
            <numerusform>%n dichiarazioni sono in attesa di essere salvate (il database era occupato). Vengono salvate automaticamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n scheda è ancora nella coda della stampante e viene lasciata lì da stampare.</numerusform>
            <numerusform>%n schede sono ancora nella coda della stampante e vengono lasciate lì da stampare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>Stampa tutte le schede non stampate</translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n scheda inviata alla stampante.</numerusform>
            <numerusform>%n schede inviate alla stampante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n scheda inviata alla stampante. Poi la stampante ha smesso di accettare le schede ({reason}).</numerusform>
            <numerusform>%n schede inviate alla stampante. Poi la stampante ha smesso di accettare le schede ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>Nessuna scheda in attesa della stampante.</translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>inviata alla cartella clinica</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>in attesa della cartella clinica</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>trattenuta: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n dichiarazione è stata rifiutata dalla cartella clinica dell&apos;ospedale. Avvisare l&apos;informatica.</numerusform>
            <numerusform>%n dichiarazioni sono state rifiutate dalla cartella clinica dell&apos;ospedale. Avvisare l&apos;informatica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n dichiarazione non ha raggiunto la cartella clinica dell&apos;ospedale da più di un&apos;ora. Viene reinviata automaticamente; avvisare l&apos;informatica se continua.</numerusform>
            <numerusform>%n dichiarazioni non hanno raggiunto la cartella clinica dell&apos;ospedale da più di un&apos;ora. Vengono reinviate automaticamente; avvisare l&apos;informatica se continua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n vecchia dichiarazione è conservata perché la cartella clinica dell&apos;ospedale non l&apos;ha ancora ricevuta. Avvisare l&apos;informatica.</numerusform>
            <numerusform>%n vecchie dichiarazioni sono conservate perché la cartella clinica dell&apos;ospedale non le ha ancora ricevute. Avvisare l&apos;informatica.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}: scheda salvata come file PDF in {folder} (nessuna stampante per carta).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}: NON stampata, solo salvata come file PDF ({reason}); resta non stampata.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>Pagina di prova salvata come file PDF in {folder} (nessuna stampante per carta).</translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n scheda salvata come file PDF (nessuna stampante per carta).</numerusform>
            <numerusform>%n schede salvate come file PDF (nessuna stampante per carta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>Cerca: cognome o riferimento</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>Nessuna dichiarazione di oggi corrisponde a questa ricerca.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>bambino</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>Lettore di carte: disattivato</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>Lettore di carte: manca la libreria PC/SC (pyscard)</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>Lettore di carte: pcscd non è in esecuzione</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>Lettore di carte: nessuno collegato</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Lettore di carte: pronto</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>Lettore di carte: c&apos;è una carta nel lettore</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>Accesso del personale: continui a premere</translation>
    </message>
</context>
</TS>
