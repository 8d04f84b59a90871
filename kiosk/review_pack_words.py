"""The clinical sign-off pack's own words (headings, rules in words), per staff language.

The questions, answers and slip wordings the pack lists come from the content files;
these are only the words around them. A language without its own set here gets the
English one (its content is still shown in that language).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from types import MappingProxyType


@dataclass(frozen=True)
class PackWords:
    title: str
    intro: str
    hospital: str
    department: str
    questionnaire_file: str
    version: str
    fingerprints: str
    printed_on: str
    language: str
    reviewed: str  # {state}
    reviewed_yes: str
    reviewed_no: str
    questions: str
    groups: Mapping[str, str]  # Group values
    kinds: Mapping[str, str]  # Kind values
    required: str
    optional: str
    review_title: str
    text: str
    text_other: str
    help: str
    help_other: str
    on_the_slip: str
    answer: str
    patient_reads: str
    slip_prints: str
    notes: str
    flag_legend: str  # {attention}
    exclusive: str
    or_: str  # between the last two of a list of answers
    quote: str  # {} an answer, quoted
    asked_when: str  # {parent} {options}
    asked_each: str  # {parent} {options}
    for_whom: str  # {self}
    typed_text: str
    typed_number: str  # {unit} {low} {high}
    # what an `ago` answer prints instead of "yesterday"
    ago_day0: str
    ago_day1: str
    ago_day: str  # {n}
    ago_days: str  # {first} {last}
    ago_days_open: str  # {first}
    ago_hours_now: str  # {last}
    ago_hours: str  # {first} {last}
    ago_hours_open: str  # {first}
    examples: str  # {moment}
    example: str  # {printed}
    slip_heading: str
    slip_intro: str  # {file}
    slip_keys: Mapping[str, str]  # slip.toml key: when it is printed
    sign_off: str
    sign_off_text: str
    name: str
    role: str
    date: str
    signature: str
    page: str  # {version} {language} {page} {pages}


ENGLISH = PackWords(
    title="Questionnaire: clinical sign-off",
    intro="For the clinicians to read and sign before this questionnaire is used with "
    "patients. Every question is listed in the order it is asked, with the words the "
    "patient reads on the kiosk and the words printed on the slip for the care team.",
    hospital="Hospital",
    department="Department",
    questionnaire_file="Questionnaire file",
    version="Version",
    fingerprints="Files (SHA-256, first 16 digits)",
    printed_on="Printed on",
    language="Language",
    reviewed="Translation reviewed by a qualified translator: {state}",
    reviewed_yes="yes",
    reviewed_no="NO",
    questions="The questions, in the order asked",
    groups={
        "about": "about the patient",
        "declaration": "the six declarations",
        "practical": "practical",
    },
    kinds={
        "single": "one answer",
        "multi": "several answers",
        "text": "typed text",
        "number": "typed number",
    },
    required="required",
    optional="optional",
    review_title="Title on the review screen",
    text="Question",
    text_other="Question, filled in for someone else",
    help="Help",
    help_other="Help, filled in for someone else",
    on_the_slip="On the slip",
    answer="Answer",
    patient_reads="The patient reads",
    slip_prints="The slip prints",
    notes="Notes",
    flag_legend="marks an answer that must not be missed: the slip prints it bold, boxed, "
    "after {attention}.",
    exclusive="clears the other answers",
    or_="or",
    quote="“{}”",
    asked_when="Asked when “{parent}” is {options}.",
    asked_each="Asked once for each chosen {options} of “{parent}”, each screen naming it.",
    for_whom="Any answer but “{self}” shows every question in its wording for someone else.",
    typed_text="Typed on the on-screen keyboard, checked like a name.",
    typed_number="Typed on the keypad: a whole number of {unit}, from {low} to {high}.",
    ago_day0="the date of the declaration",
    ago_day1="the date of the day before the declaration",
    ago_day="the date {n} days before the declaration",
    ago_days="the dates {first} to {last} days before the declaration",
    ago_days_open="the date {first} days before the declaration, or earlier",
    ago_hours_now="the window of the {last} hours before the declaration",
    ago_hours="the window from {first} to {last} hours before the declaration",
    ago_hours_open="before the time {first} hours before the declaration",
    examples="The slip prints dates, never “yesterday”; the examples are for a declaration "
    "made on {moment}.",
    example="e.g. “{printed}”",
    slip_heading="Fixed wordings of the slip",
    slip_intro="From {file}. N stands for a number and … for words filled in when the slip "
    "is printed.",
    slip_keys={
        "title": "heading of every slip",
        "flag_summary": "black band at the top when any answer must be checked",
        "attention": "beside each answer that must not be missed, in a box",
        "all_no": "when all six declarations are “no”",
        "all_no_applicable": "when every declaration that applies is “no”",
        "not_answered": "a question the patient left unanswered",
        "typed": "after words the patient typed",
        "unverified": "under the patient's identity",
    },
    sign_off="Sign-off",
    sign_off_text="I have read the questions, answers, rules and slip wordings above and "
    "approve them for use with patients.",
    name="Name",
    role="Role",
    date="Date",
    signature="Signature",
    page="Questionnaire {version} · {language} · page {page} of {pages}",
)

FRENCH = PackWords(
    title="Questionnaire : validation clinique",
    intro="À relire et signer par les cliniciens avant que ce questionnaire soit proposé "
    "aux patients. Chaque question y figure dans l’ordre où elle est posée, avec les mots "
    "que le patient lit sur la borne et ceux que la fiche imprime pour l’équipe soignante.",
    hospital="Hôpital",
    department="Service",
    questionnaire_file="Fichier du questionnaire",
    version="Version",
    fingerprints="Fichiers (SHA-256, 16 premiers chiffres)",
    printed_on="Imprimé le",
    language="Langue",
    reviewed="Traduction relue par un traducteur qualifié : {state}",
    reviewed_yes="oui",
    reviewed_no="NON",
    questions="Les questions, dans l’ordre où elles sont posées",
    groups={
        "about": "à propos du patient",
        "declaration": "les six déclarations",
        "practical": "questions pratiques",
    },
    kinds={
        "single": "une réponse",
        "multi": "plusieurs réponses",
        "text": "texte saisi",
        "number": "nombre saisi",
    },
    required="obligatoire",
    optional="facultative",
    review_title="Intitulé sur l’écran de vérification",
    text="Question",
    text_other="Question, remplie pour une autre personne",
    help="Aide",
    help_other="Aide, remplie pour une autre personne",
    on_the_slip="Sur la fiche",
    answer="Réponse",
    patient_reads="Le patient lit",
    slip_prints="La fiche imprime",
    notes="Remarques",
    flag_legend="signale une réponse à ne pas manquer : la fiche l’imprime en gras, "
    "encadrée, après {attention}.",
    exclusive="efface les autres réponses",
    or_="ou",
    quote="« {} »",
    asked_when="Posée quand « {parent} » est {options}.",
    asked_each="Posée une fois pour chaque réponse choisie parmi {options} à « {parent} », "
    "chaque écran la nommant.",
    for_whom="Toute réponse autre que « {self} » fait lire chaque question dans sa "
    "formulation pour une autre personne.",
    typed_text="Saisi sur le clavier de la borne, vérifié comme un nom.",
    typed_number="Saisi sur le pavé numérique : un nombre entier de {unit}, de {low} à {high}.",
    ago_day0="la date de la déclaration",
    ago_day1="la date de la veille de la déclaration",
    ago_day="la date {n} jours avant la déclaration",
    ago_days="les dates de {first} à {last} jours avant la déclaration",
    ago_days_open="la date {first} jours avant la déclaration, ou avant",
    ago_hours_now="la plage horaire des {last} heures précédant la déclaration",
    ago_hours="la plage horaire de {first} à {last} heures avant la déclaration",
    ago_hours_open="avant l’heure située {first} heures avant la déclaration",
    examples="La fiche imprime des dates, jamais « hier » ; les exemples valent pour une "
    "déclaration faite le {moment}.",
    example="ex. « {printed} »",
    slip_heading="Textes fixes de la fiche",
    slip_intro="Tirés de {file}. N tient lieu d’un nombre et … de mots complétés à "
    "l’impression de la fiche.",
    slip_keys={
        "title": "titre de chaque fiche",
        "flag_summary": "bandeau noir en haut quand une réponse est à vérifier",
        "attention": "à côté de chaque réponse à ne pas manquer, encadrée",
        "all_no": "quand les six déclarations sont « non »",
        "all_no_applicable": "quand chaque déclaration qui s’applique est « non »",
        "not_answered": "une question laissée sans réponse",
        "typed": "après des mots saisis par le patient",
        "unverified": "sous l’identité du patient",
    },
    sign_off="Validation",
    sign_off_text="J’ai relu les questions, les réponses, les règles et les textes de la "
    "fiche ci-dessus et j’en approuve l’usage avec les patients.",
    name="Nom",
    role="Fonction",
    date="Date",
    signature="Signature",
    page="Questionnaire {version} · {language} · page {page} sur {pages}",
)

DUTCH = PackWords(
    title="Vragenlijst: klinische goedkeuring",
    intro="Te lezen en te ondertekenen door de clinici voordat deze vragenlijst aan "
    "patiënten wordt voorgelegd. Elke vraag staat hier in de volgorde waarin ze gesteld "
    "wordt, met de woorden die de patiënt op de kiosk leest en die welke het briefje voor "
    "het zorgteam afdrukt.",
    hospital="Ziekenhuis",
    department="Dienst",
    questionnaire_file="Bestand van de vragenlijst",
    version="Versie",
    fingerprints="Bestanden (SHA-256, eerste 16 cijfers)",
    printed_on="Afgedrukt op",
    language="Taal",
    reviewed="Vertaling nagelezen door een gekwalificeerde vertaler: {state}",
    reviewed_yes="ja",
    reviewed_no="NEE",
    questions="De vragen, in de volgorde waarin ze gesteld worden",
    groups={
        "about": "over de patiënt",
        "declaration": "de zes verklaringen",
        "practical": "praktische vragen",
    },
    kinds={
        "single": "één antwoord",
        "multi": "meerdere antwoorden",
        "text": "getypte tekst",
        "number": "getypt getal",
    },
    required="verplicht",
    optional="facultatief",
    review_title="Titel op het controlescherm",
    text="Vraag",
    text_other="Vraag, ingevuld voor iemand anders",
    help="Hulp",
    help_other="Hulp, ingevuld voor iemand anders",
    on_the_slip="Op het briefje",
    answer="Antwoord",
    patient_reads="De patiënt leest",
    slip_prints="Het briefje drukt af",
    notes="Opmerkingen",
    flag_legend="markeert een antwoord dat niet gemist mag worden: het briefje drukt het "
    "vet en omkaderd af, na {attention}.",
    exclusive="wist de andere antwoorden",
    or_="of",
    quote="‘{}’",
    asked_when="Gesteld wanneer ‘{parent}’ {options} is.",
    asked_each="Eén keer gesteld voor elk gekozen antwoord uit {options} bij ‘{parent}’, "
    "elk scherm noemt dat antwoord.",
    for_whom="Elk antwoord behalve ‘{self}’ toont elke vraag in haar formulering voor "
    "iemand anders.",
    typed_text="Getypt op het schermtoetsenbord, gecontroleerd zoals een naam.",
    typed_number="Getypt op het cijferklavier: een geheel getal in {unit}, van {low} tot {high}.",
    ago_day0="de datum van de verklaring",
    ago_day1="de datum van de dag vóór de verklaring",
    ago_day="de datum {n} dagen vóór de verklaring",
    ago_days="de data {first} tot {last} dagen vóór de verklaring",
    ago_days_open="de datum {first} dagen vóór de verklaring, of vroeger",
    ago_hours_now="het tijdvak van de {last} uur vóór de verklaring",
    ago_hours="het tijdvak van {first} tot {last} uur vóór de verklaring",
    ago_hours_open="vóór het tijdstip {first} uur vóór de verklaring",
    examples="Het briefje drukt data af, nooit ‘gisteren’; de voorbeelden gelden voor een "
    "verklaring op {moment}.",
    example="bv. ‘{printed}’",
    slip_heading="Vaste teksten van het briefje",
    slip_intro="Uit {file}. N staat voor een getal en … voor woorden die bij het afdrukken "
    "worden ingevuld.",
    slip_keys={
        "title": "titel van elk briefje",
        "flag_summary": "zwarte band bovenaan wanneer een antwoord nagekeken moet worden",
        "attention": "naast elk antwoord dat niet gemist mag worden, omkaderd",
        "all_no": "wanneer alle zes verklaringen ‘nee’ zijn",
        "all_no_applicable": "wanneer elke verklaring die van toepassing is ‘nee’ is",
        "not_answered": "een vraag zonder antwoord",
        "typed": "na woorden die de patiënt typte",
        "unverified": "onder de identiteit van de patiënt",
    },
    sign_off="Goedkeuring",
    sign_off_text="Ik heb de vragen, antwoorden, regels en teksten van het briefje hierboven "
    "gelezen en keur het gebruik ervan bij patiënten goed.",
    name="Naam",
    role="Functie",
    date="Datum",
    signature="Handtekening",
    page="Vragenlijst {version} · {language} · pagina {page} van {pages}",
)

GERMAN = PackWords(
    title="Fragebogen: klinische Freigabe",
    intro="Von den Klinikern zu lesen und zu unterschreiben, bevor dieser Fragebogen "
    "Patienten vorgelegt wird. Jede Frage steht hier in der Reihenfolge, in der sie gestellt "
    "wird, mit den Worten, die der Patient am Kiosk liest, und denen, die der Beleg für das "
    "Behandlungsteam druckt.",
    hospital="Krankenhaus",
    department="Abteilung",
    questionnaire_file="Datei des Fragebogens",
    version="Version",
    fingerprints="Dateien (SHA-256, erste 16 Ziffern)",
    printed_on="Gedruckt am",
    language="Sprache",
    reviewed="Übersetzung von einem qualifizierten Übersetzer geprüft: {state}",
    reviewed_yes="ja",
    reviewed_no="NEIN",
    questions="Die Fragen, in der Reihenfolge, in der sie gestellt werden",
    groups={
        "about": "zum Patienten",
        "declaration": "die sechs Angaben",
        "practical": "praktische Fragen",
    },
    kinds={
        "single": "eine Antwort",
        "multi": "mehrere Antworten",
        "text": "getippter Text",
        "number": "getippte Zahl",
    },
    required="Pflicht",
    optional="freiwillig",
    review_title="Titel auf dem Prüfbildschirm",
    text="Frage",
    text_other="Frage, für eine andere Person ausgefüllt",
    help="Hilfe",
    help_other="Hilfe, für eine andere Person ausgefüllt",
    on_the_slip="Auf dem Beleg",
    answer="Antwort",
    patient_reads="Der Patient liest",
    slip_prints="Der Beleg druckt",
    notes="Hinweise",
    flag_legend="kennzeichnet eine Antwort, die nicht übersehen werden darf: der Beleg "
    "druckt sie fett und umrahmt, nach {attention}.",
    exclusive="löscht die anderen Antworten",
    or_="oder",
    quote="„{}“",
    asked_when="Gestellt, wenn „{parent}“ {options} ist.",
    asked_each="Einmal für jede gewählte Antwort aus {options} zu „{parent}“ gestellt; "
    "jeder Bildschirm nennt sie.",
    for_whom="Jede Antwort außer „{self}“ zeigt jede Frage in ihrer Fassung für eine andere "
    "Person.",
    typed_text="Auf der Bildschirmtastatur getippt, wie ein Name geprüft.",
    typed_number="Auf dem Ziffernblock getippt: eine ganze Zahl in {unit}, von {low} bis {high}.",
    ago_day0="das Datum der Angabe",
    ago_day1="das Datum des Tages vor der Angabe",
    ago_day="das Datum {n} Tage vor der Angabe",
    ago_days="die Daten {first} bis {last} Tage vor der Angabe",
    ago_days_open="das Datum {first} Tage vor der Angabe, oder früher",
    ago_hours_now="der Zeitraum der {last} Stunden vor der Angabe",
    ago_hours="der Zeitraum von {first} bis {last} Stunden vor der Angabe",
    ago_hours_open="vor der Uhrzeit {first} Stunden vor der Angabe",
    examples="Der Beleg druckt Daten, nie „gestern“; die Beispiele gelten für eine Angabe "
    "am {moment}.",
    example="z. B. „{printed}“",
    slip_heading="Feste Texte des Belegs",
    slip_intro="Aus {file}. N steht für eine Zahl und … für Worte, die beim Drucken "
    "eingesetzt werden.",
    slip_keys={
        "title": "Überschrift jedes Belegs",
        "flag_summary": "schwarzes Band oben, wenn eine Antwort zu prüfen ist",
        "attention": "neben jeder Antwort, die nicht übersehen werden darf, umrahmt",
        "all_no": "wenn alle sechs Angaben „nein“ sind",
        "all_no_applicable": "wenn jede zutreffende Angabe „nein“ ist",
        "not_answered": "eine unbeantwortete Frage",
        "typed": "nach Worten, die der Patient getippt hat",
        "unverified": "unter der Identität des Patienten",
    },
    sign_off="Freigabe",
    sign_off_text="Ich habe die obigen Fragen, Antworten, Regeln und Texte des Belegs "
    "gelesen und gebe sie für die Verwendung mit Patienten frei.",
    name="Name",
    role="Funktion",
    date="Datum",
    signature="Unterschrift",
    page="Fragebogen {version} · {language} · Seite {page} von {pages}",
)


def _french_spacing(words: PackWords) -> PackWords:
    """No line break between « », :, ; and the word beside them (a no-break space)."""

    def spaced(value: str) -> str:
        for plain, tied in (
            ("« ", "«\u00a0"),
            (" »", "\u00a0»"),
            (" :", "\u00a0:"),
            (" ;", "\u00a0;"),
        ):
            value = value.replace(plain, tied)
        return value

    changes: dict[str, object] = {}
    for field in fields(words):
        value = getattr(words, field.name)
        if isinstance(value, str):
            changes[field.name] = spaced(value)
        else:
            changes[field.name] = {key: spaced(text) for key, text in value.items()}
    return replace(words, **changes)  # type: ignore[arg-type]


FRENCH = _french_spacing(FRENCH)

WORDS: Mapping[str, PackWords] = MappingProxyType(
    {"en": ENGLISH, "fr": FRENCH, "nl": DUTCH, "de": GERMAN}
)


def pack_words(code: str) -> PackWords:
    return WORDS.get(code, ENGLISH)
