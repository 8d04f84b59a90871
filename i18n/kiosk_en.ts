<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Kiosk</name>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>This name is too long: at most %n letter.</numerusform>
            <numerusform>This name is too long: at most %n letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>This screen closes in %n second.</numerusform>
            <numerusform>This screen closes in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>To protect your privacy, the screen will start again in %n second and your answers will be erased.</numerusform>
            <numerusform>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n slip is waiting for the printer. It is retried automatically; or tap Print all unprinted.</numerusform>
            <numerusform>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n declaration is waiting to be saved (the database was busy). It is saved automatically.</numerusform>
            <numerusform>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n slip is still in the printer&apos;s queue and is left to print there.</numerusform>
            <numerusform>%n slips are still in the printer&apos;s queue and are left to print there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n slip sent to the printer.</numerusform>
            <numerusform>%n slips sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n slip sent to the printer. The printer then stopped taking slips ({reason}).</numerusform>
            <numerusform>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n declaration was refused by the hospital record. Tell IT.</numerusform>
            <numerusform>%n declarations were refused by the hospital record. Tell IT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n declaration has not reached the hospital record for over an hour. It is sent again automatically; tell IT if this lasts.</numerusform>
            <numerusform>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n old declaration is kept because the hospital record does not have it yet. Tell IT.</numerusform>
            <numerusform>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n slip written as a PDF file (no paper printer).</numerusform>
            <numerusform>%n slips written as PDF files (no paper printer).</numerusform>
        </translation>
    </message>
</context>
</TS>
