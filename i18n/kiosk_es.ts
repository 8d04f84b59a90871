<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>Radiología intervencionista</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>Por favor, responda a unas preguntas antes de su prueba. Se tarda unos 5 minutos.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Volver a sus respuestas</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>Saltar las explicaciones</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Paso {current} de {total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>Página {current} de {total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>¿Cuál es su apellido?</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>¿Cuál es el apellido de la persona a la que acompaña?</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>¿Cuál es su nombre?</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>¿Cuál es el nombre de la persona a la que acompaña?</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>Escríbalo como en el documento de identidad, con el teclado de abajo.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Escriba el nombre, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>Este nombre es demasiado largo: %n letra como máximo.</numerusform>
            <numerusform>Este nombre es demasiado largo: %n letras como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>Use solo letras, espacios, guiones y apóstrofos.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>¿Cuál es su fecha de nacimiento?</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>¿Cuál es la fecha de nacimiento de la persona a la que acompaña?</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>Escriba el día, luego el mes y luego el año. Por ejemplo, para el 5 de marzo de 1948: 0 5 0 3 1 9 4 8.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>Para corregir el día, el mes o el año, tóquelo.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Escriba el día (2 cifras), el mes (2 cifras) y el año (4 cifras).</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>Esta fecha no existe. Compruébela, por favor.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>Esta fecha está en el futuro. Compruébela, por favor.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Compruebe el año, por favor.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>Escriba el nombre con el teclado.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>Escriba solo letras, números y signos de puntuación.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>Escriba el número con las teclas.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>Escriba un número de {low} a {high} {unit}.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apóstrofo</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>Otras letras</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Elija una respuesta.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>Puede elegir varias respuestas.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>Puede saltarse esta pregunta.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Compruebe sus respuestas</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Toque una respuesta para cambiarla.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>Respuestas anteriores</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Más respuestas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>Vea antes las demás respuestas</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>Guardando sus respuestas…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>Esto tarda un poco más. Sus respuestas se conservan: espere un momento, por favor.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>Recoja su hoja y entréguela en recepción.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>Sus respuestas están guardadas. Diríjase a recepción: allí imprimirán su hoja.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>Su referencia: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>Lo sentimos, ha habido un problema y no se han podido guardar sus respuestas. Diríjase a recepción.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>Secretaría de radiología: planta -2, Route 610.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Esta pantalla se cierra en %n segundo.</numerusform>
            <numerusform>Esta pantalla se cierra en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>Mantener esta pantalla más tiempo</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>Introduzca su tarjeta de identidad</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>Introduzca su tarjeta de identidad belga o Kids-ID en el lector, con el chip primero. Solo se leen el nombre y la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Leyendo la tarjeta…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>Escribir mi nombre</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>No se pudo leer la tarjeta. Sáquela y vuelva a introducirla, con el chip primero, o escriba el nombre.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>Esta tarjeta no es una tarjeta de identidad belga. Use la tarjeta de identidad o la Kids-ID, o escriba el nombre.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>La tarjeta se retiró demasiado pronto. Vuelva a introducirla y déjela hasta que aparezca el nombre, o escriba el nombre.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>El lector de tarjetas no funciona. Escriba el nombre, por favor.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>El lector de tarjetas no está disponible ahora. Escriba el nombre, por favor.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>La lectura de la tarjeta tarda demasiado. Escriba el nombre, por favor.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>¿Es usted?</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>¿Es la persona para la que rellena el formulario?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Sí, es correcto</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>No, escribir el nombre</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>No olvide su tarjeta de identidad en el lector.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>Para proteger su privacidad, la pantalla volverá a empezar en %n segundo y se borrarán sus respuestas.</numerusform>
            <numerusform>Para proteger su privacidad, la pantalla volverá a empezar en %n segundos y se borrarán sus respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>Voz no disponible</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>Toque un botón una vez para oírlo. Tóquelo otra vez para elegirlo.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>Este terminal está fuera de servicio. Diríjase a recepción, por favor.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Acceso del personal</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>Escriba su PIN y pulse OK.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>El PIN de {role} sigue funcionando: elija {role}.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>Aún no hay ningún PIN del personal: Informática lo define por línea de comandos (set-pin).</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>Declaraciones de hoy</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>Informática</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Answers to check</source>
        <translation>Respuestas que comprobar</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impresas</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>Hoy no hay ninguna declaración aquí.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>Toque una declaración para ver su hoja.</translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n que comprobar</numerusform>
            <numerusform>%n que comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impresa</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NO IMPRESA</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>solo archivo PDF</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impresión de prueba</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Salir al escritorio</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Impresora: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>no acepta trabajos</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>cola de impresión no encontrada</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>ninguna: las hojas son archivos PDF</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>Últimos errores de impresión</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>Ningún error de impresión.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>{reference}: hoja enviada a la impresora.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>{reference}: hoja no impresa ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Página de prueba enviada a la impresora.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>Página de prueba no impresa ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>No ha funcionado: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>A las {time} NO se pudo guardar una declaración ({reason}). Se ha enviado al paciente a recepción. Avise a Informática.</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>La base de datos estaba dañada al arrancar y se ha apartado ({path}); se ha creado una nueva. Avise a Informática.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>El disco está casi lleno (quedan {free} MB). Avise a Informática.</translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n hoja espera a la impresora. Se reintenta automáticamente; o toque Imprimir todas las no impresas.</numerusform>
            <numerusform>%n hojas esperan a la impresora. Se reintentan automáticamente; o toque Imprimir todas las no impresas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>No se han borrado las declaraciones antiguas: {reason}. Avise a Informática.</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n declaración espera a guardarse (la base de datos estaba ocupada). Se guardará automáticamente.</numerusform>
            <numerusform>%n declaraciones esperan a guardarse (la base de datos estaba ocupada). Se guardarán automáticamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n hoja sigue en la cola de la impresora y se deja que se imprima allí.</numerusform>
            <numerusform>%n hojas siguen en la cola de la impresora y se deja que se impriman allí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>Imprimir todas las no impresas</translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n hoja enviada a la impresora.</numerusform>
            <numerusform>%n hojas enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n hoja enviada a la impresora. Después, la impresora dejó de aceptar hojas ({reason}).</numerusform>
            <numerusform>%n hojas enviadas a la impresora. Después, la impresora dejó de aceptar hojas ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>Ninguna hoja espera a la impresora.</translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>enviada al historial</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>en espera del historial</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>retenida: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n declaración fue rechazada por el historial del hospital. Avise a informática.</numerusform>
            <numerusform>%n declaraciones fueron rechazadas por el historial del hospital. Avise a informática.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n declaración no ha llegado al historial del hospital desde hace más de una hora. Se reenvía automáticamente; avise a informática si continúa.</numerusform>
            <numerusform>%n declaraciones no han llegado al historial del hospital desde hace más de una hora. Se reenvían automáticamente; avise a informática si continúa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n declaración antigua se conserva porque el historial del hospital aún no la tiene. Avise a informática.</numerusform>
            <numerusform>%n declaraciones antiguas se conservan porque el historial del hospital aún no las tiene. Avise a informática.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}: hoja guardada como archivo PDF en {folder} (sin impresora de papel).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}: NO impresa, solo guardada como archivo PDF ({reason}); sigue sin imprimir.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>Página de prueba guardada como archivo PDF en {folder} (sin impresora de papel).</translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n hoja guardada como archivo PDF (sin impresora de papel).</numerusform>
            <numerusform>%n hojas guardadas como archivos PDF (sin impresora de papel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>Buscar: apellido o referencia</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>Ninguna declaración de hoy coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>niño</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>Lector de tarjetas: desactivado</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>Lector de tarjetas: falta la biblioteca PC/SC (pyscard)</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>Lector de tarjetas: pcscd no está en marcha</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>Lector de tarjetas: ninguno conectado</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Lector de tarjetas: listo</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>Lector de tarjetas: hay una tarjeta en el lector</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>Acceso del personal: siga pulsando</translation>
    </message>
</context>
</TS>
