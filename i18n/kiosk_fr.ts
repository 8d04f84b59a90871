<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en_GB">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>Radiologie interventionnelle</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>Merci de répondre à quelques questions avant votre examen. Cela prend environ 5 minutes.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Retour à vos réponses</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>Passer les explications</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Étape {current} sur {total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>Page {current} sur {total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>Quel est votre nom de famille&#x202f;?</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>Quel est le nom de famille de la personne que vous accompagnez&#x202f;?</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>Quel est votre prénom&#x202f;?</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>Quel est le prénom de la personne que vous accompagnez&#x202f;?</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>Tapez-le comme sur la carte d&apos;identité, avec le clavier ci-dessous.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Veuillez taper le nom.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>Ce nom est trop long&#xa0;: %n lettre au maximum.</numerusform>
            <numerusform>Ce nom est trop long&#xa0;: %n lettres au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>Utilisez uniquement des lettres, des espaces, des traits d’union et des apostrophes.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>Quelle est votre date de naissance&#x202f;?</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>Quelle est la date de naissance de la personne que vous accompagnez&#x202f;?</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>Tapez le jour, puis le mois, puis l’année. Par exemple, pour le 5 mars 1948&#xa0;: 0 5 0 3 1 9 4 8.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>Pour corriger le jour, le mois ou l’année, touchez-le.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Veuillez taper le jour (2 chiffres), le mois (2 chiffres) et l’année (4 chiffres).</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>Cette date n’existe pas. Veuillez la vérifier.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>Cette date est dans le futur. Veuillez la vérifier.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Veuillez vérifier l’année.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>Tapez le nom avec le clavier.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>Veuillez taper uniquement des lettres, des chiffres et de la ponctuation.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>Tapez le nombre avec les touches.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>Veuillez taper un nombre de {low} à {high} {unit}.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrophe</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Trait d’union</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>Autres lettres</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choisissez une réponse.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>Vous pouvez choisir plusieurs réponses.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>Vous pouvez passer cette question.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Touchez une réponse pour la modifier.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>Réponses précédentes</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Suite des réponses</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>Voyez d’abord la suite des réponses</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Enregistrement de vos réponses…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>Cela prend un peu plus de temps. Vos réponses sont conservées : veuillez patienter un instant.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>Prenez votre fiche et donnez-la à l’accueil.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>Vos réponses sont enregistrées. Rendez-vous à l’accueil&#xa0;: on y imprimera votre fiche.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>Votre référence&#xa0;: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>Désolés, un problème est survenu et vos réponses n’ont pas pu être enregistrées. Rendez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>Secrétariat de radiologie&#xa0;: Étage -2, Route 610.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>Garder cet écran plus longtemps</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>Introduisez votre carte d’identité</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>Introduisez votre carte d’identité belge ou Kids-ID dans le lecteur, puce en avant. Seuls le nom et la date de naissance sont lus.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>Taper mon nom à la place</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>La carte n’a pas pu être lue. Retirez-la et introduisez-la à nouveau, puce en avant, ou tapez le nom à la place.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>Cette carte n’est pas une carte d’identité belge. Utilisez la carte d’identité ou la Kids-ID, ou tapez le nom à la place.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>La carte a été retirée trop tôt. Introduisez-la à nouveau et laissez-la jusqu’à ce que le nom apparaisse, ou tapez le nom à la place.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>Le lecteur de cartes ne fonctionne pas. Veuillez taper le nom à la place.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>Le lecteur de cartes n’est pas disponible pour le moment. Veuillez taper le nom à la place.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>La lecture de la carte prend trop de temps. Veuillez taper le nom à la place.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Est-ce bien vous&#x202f;?</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>Est-ce la personne pour qui vous remplissez ce formulaire&#x202f;?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Oui, c’est exact</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>Non, taper le nom</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>N’oubliez pas votre carte d’identité dans le lecteur.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>Pour protéger votre vie privée, l’écran va recommencer dans %n seconde et vos réponses seront effacées.</numerusform>
            <numerusform>Pour protéger votre vie privée, l’écran va recommencer dans %n secondes et vos réponses seront effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n fiche attend l’imprimante. Elle est réessayée automatiquement ; ou touchez Imprimer toutes les fiches non imprimées.</numerusform>
            <numerusform>%n fiches attendent l’imprimante. Elles sont réessayées automatiquement ; ou touchez Imprimer toutes les fiches non imprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n déclaration attend d’être enregistrée (la base de données était occupée). Elle est enregistrée automatiquement.</numerusform>
            <numerusform>%n déclarations attendent d’être enregistrées (la base de données était occupée). Elles sont enregistrées automatiquement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n fiche est encore dans la file de l’imprimante et y est laissée à imprimer.</numerusform>
            <numerusform>%n fiches sont encore dans la file de l’imprimante et y sont laissées à imprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n fiche envoyée à l’imprimante.</numerusform>
            <numerusform>%n fiches envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n fiche envoyée à l’imprimante. L’imprimante a ensuite cessé de prendre les fiches ({reason}).</numerusform>
            <numerusform>%n fiches envoyées à l’imprimante. L’imprimante a ensuite cessé de prendre les fiches ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>envoyée au dossier</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>en attente d’envoi au dossier</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>bloquée&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n déclaration a été refusée par le dossier de l’hôpital. Prévenez le service informatique.</numerusform>
            <numerusform>%n déclarations ont été refusées par le dossier de l’hôpital. Prévenez le service informatique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n déclaration n’a pas atteint le dossier de l’hôpital depuis plus d’une heure. Elle est renvoyée automatiquement&#xa0;; prévenez le service informatique si cela dure.</numerusform>
            <numerusform>%n déclarations n’ont pas atteint le dossier de l’hôpital depuis plus d’une heure. Elles sont renvoyées automatiquement&#xa0;; prévenez le service informatique si cela dure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n ancienne déclaration est conservée car le dossier de l’hôpital ne l’a pas encore reçue. Prévenez le service informatique.</numerusform>
            <numerusform>%n anciennes déclarations sont conservées car le dossier de l’hôpital ne les a pas encore reçues. Prévenez le service informatique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n fiche enregistrée comme fichier PDF (pas d’imprimante papier).</numerusform>
            <numerusform>%n fiches enregistrées comme fichiers PDF (pas d’imprimante papier).</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>J’ai besoin de plus de temps</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Cet écran se ferme dans %n seconde.</numerusform>
            <numerusform>Cet écran se ferme dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>Voix indisponible</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>Touchez un bouton une fois pour l’entendre. Touchez-le encore pour le choisir.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>Cette borne est hors service. Merci de vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Accès du personnel</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>Tapez votre code PIN, puis OK.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>Le code {role} fonctionne encore : choisissez {role}.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>Aucun code PIN du personnel n’est encore défini&#xa0;: le service IT en définit un en ligne de commande (set-pin).</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>Déclarations du jour</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Answers to check</source>
        <translation>Réponses à vérifier</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimées</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>Aucune déclaration ici aujourd’hui.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>Touchez une déclaration pour voir sa fiche.</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimée</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NON IMPRIMÉE</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>fichier PDF uniquement</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Quitter vers le bureau</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Imprimante&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>refuse les tâches d’impression</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccessible</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>file d’impression introuvable</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>aucune&#xa0;: les fiches sont des fichiers PDF</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>Dernières erreurs d’impression</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>Aucune erreur d’impression.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>{reference}&#xa0;: fiche envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>{reference}&#xa0;: fiche non imprimée ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Page de test envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>Page de test non imprimée ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>L’opération a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>À {time}, une déclaration n’a PAS pu être enregistrée ({reason}). Le patient a été envoyé à l’accueil. Prévenez le service IT.</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>La base de données était endommagée au démarrage et a été mise de côté ({path}) ; une nouvelle a été créée. Prévenez le service IT.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>Le disque est presque plein (il reste {free} Mo). Prévenez le service IT.</translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>Les anciennes déclarations n’ont pas été supprimées : {reason}. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>Imprimer toutes les fiches non imprimées</translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>Aucune fiche n’attend l’imprimante.</translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}&#xa0;: fiche enregistrée comme fichier PDF dans {folder} (pas d’imprimante papier).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}&#xa0;: NON imprimée, seulement enregistrée comme fichier PDF ({reason})&#xa0;; elle reste non imprimée.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>Page de test enregistrée comme fichier PDF dans {folder} (pas d’imprimante papier).</translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>Rechercher&#xa0;: nom de famille ou référence</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>Aucune déclaration du jour ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>Lecteur de cartes&#x202f;: désactivé</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>Lecteur de cartes&#x202f;: la bibliothèque PC/SC (pyscard) manque</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>Lecteur de cartes&#x202f;: pcscd ne tourne pas</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>Lecteur de cartes&#x202f;: aucun branché</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Lecteur de cartes&#x202f;: prêt</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>Lecteur de cartes&#x202f;: une carte est dans le lecteur</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>Accès du personnel&#xa0;: continuez d’appuyer</translation>
    </message>
</context>
</TS>
