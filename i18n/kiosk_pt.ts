<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Kiosk</name>
    <message>
        <source>Interventional radiology</source>
        <translation>Radiologia de intervenção</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Please answer a few questions before your examination. It takes about 5 minutes.</source>
        <translation>Por favor, responda a algumas perguntas antes do seu exame. Demora cerca de 5 minutos.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Escolha a sua língua</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Voltar às suas respostas</translation>
    </message>
    <message>
        <source>Skip the explanations</source>
        <translation>Saltar as explicações</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Passo {current} de {total}</translation>
    </message>
    <message>
        <source>Page {current} of {total}</source>
        <translation>Página {current} de {total}</translation>
    </message>
    <message>
        <source>What is your last name?</source>
        <translation>Qual é o seu apelido?</translation>
    </message>
    <message>
        <source>What is the last name of the person you accompany?</source>
        <translation>Qual é o apelido da pessoa que está a acompanhar?</translation>
    </message>
    <message>
        <source>What is your first name?</source>
        <translation>Qual é o seu nome próprio?</translation>
    </message>
    <message>
        <source>What is the first name of the person you accompany?</source>
        <translation>Qual é o nome próprio da pessoa que está a acompanhar?</translation>
    </message>
    <message>
        <source>Type it as on the identity card, with the keyboard below.</source>
        <translation>Escreva-o como está no cartão de identidade, com o teclado abaixo.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Por favor, escreva o nome.</translation>
    </message>
    <message numerus="yes">
        <source>This name is too long: at most %n letters.</source>
        <translation>
            <numerusform>Este nome é demasiado longo: no máximo %n letra.</numerusform>
            <numerusform>Este nome é demasiado longo: no máximo %n letras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes.</source>
        <translation>Use apenas letras, espaços, hífenes e apóstrofos.</translation>
    </message>
    <message>
        <source>What is your date of birth?</source>
        <translation>Qual é a sua data de nascimento?</translation>
    </message>
    <message>
        <source>What is the date of birth of the person you accompany?</source>
        <translation>Qual é a data de nascimento da pessoa que está a acompanhar?</translation>
    </message>
    <message>
        <source>Type the day, then the month, then the year. For example, 5 March 1948: 0 5 0 3 1 9 4 8.</source>
        <translation>Escreva o dia, depois o mês, depois o ano. Por exemplo, para 5 de março de 1948: 0 5 0 3 1 9 4 8.</translation>
    </message>
    <message>
        <source>To correct the day, the month or the year, tap it.</source>
        <translation>Para corrigir o dia, o mês ou o ano, toque nele.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Please type the day (2 digits), the month (2 digits) and the year (4 digits).</source>
        <translation>Por favor, escreva o dia (2 algarismos), o mês (2 algarismos) e o ano (4 algarismos).</translation>
    </message>
    <message>
        <source>This date does not exist. Please check it.</source>
        <translation>Esta data não existe. Por favor, verifique-a.</translation>
    </message>
    <message>
        <source>This date is in the future. Please check it.</source>
        <translation>Esta data é no futuro. Por favor, verifique-a.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Por favor, verifique o ano.</translation>
    </message>
    <message>
        <source>Type the name with the keyboard.</source>
        <translation>Escreva o nome com o teclado.</translation>
    </message>
    <message>
        <source>Please type only letters, numbers and punctuation.</source>
        <translation>Por favor, escreva apenas letras, números e pontuação.</translation>
    </message>
    <message>
        <source>Type the number with the keys.</source>
        <translation>Escreva o número com as teclas.</translation>
    </message>
    <message>
        <source>Please type a number from {low} to {high} {unit}.</source>
        <translation>Por favor, escreva um número de {low} a {high} {unit}.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apóstrofo</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Hífen</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Maiúscula</translation>
    </message>
    <message>
        <source>Other letters</source>
        <translation>Outras letras</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Escolha uma resposta.</translation>
    </message>
    <message>
        <source>You can choose several answers.</source>
        <translation>Pode escolher várias respostas.</translation>
    </message>
    <message>
        <source>You may skip this question.</source>
        <translation>Pode saltar esta pergunta.</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Verifique as suas respostas</translation>
    </message>
    <message>
        <source>Tap an answer to change it.</source>
        <translation>Toque numa resposta para a alterar.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Previous answers</source>
        <translation>Respostas anteriores</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Mais respostas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>First see the next answers</source>
        <translation>Veja primeiro as respostas seguintes</translation>
    </message>
    <message>
        <source>Saving your answers…</source>
        <translation>A guardar as suas respostas…</translation>
    </message>
    <message>
        <source>This is taking a little longer. Your answers are kept: please wait a moment.</source>
        <translation>Está a demorar um pouco mais. As suas respostas estão guardadas: aguarde um momento, por favor.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Obrigado</translation>
    </message>
    <message>
        <source>Please take your slip and give it to the reception desk.</source>
        <translation>Leve a sua ficha e entregue-a na receção.</translation>
    </message>
    <message>
        <source>Your answers are saved. Please go to the reception desk: they will print your slip.</source>
        <translation>As suas respostas estão guardadas. Dirija-se à receção: lá vão imprimir a sua ficha.</translation>
    </message>
    <message>
        <source>Your reference: {reference}</source>
        <translation>A sua referência: {reference}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong and your answers could not be saved. Please go to the reception desk.</source>
        <translation>Lamentamos, houve um problema e não foi possível guardar as suas respostas. Dirija-se à receção.</translation>
    </message>
    <message>
        <source>Radiology secretariat: floor -2, route 610.</source>
        <translation>Secretariado de radiologia: piso -2, Route 610.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Este ecrã fecha dentro de %n segundo.</numerusform>
            <numerusform>Este ecrã fecha dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep this screen longer</source>
        <translation>Manter este ecrã mais tempo</translation>
    </message>
    <message>
        <source>Insert your identity card</source>
        <translation>Introduza o seu cartão de identidade</translation>
    </message>
    <message>
        <source>Put your Belgian identity card or Kids-ID into the reader, chip first. Only the name and date of birth are read.</source>
        <translation>Introduza o cartão de identidade belga ou Kids-ID no leitor, com o chip primeiro. Só são lidos o nome e a data de nascimento.</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>A ler o cartão…</translation>
    </message>
    <message>
        <source>Type my name instead</source>
        <translation>Escrever o nome</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out and put it in again, chip first, or type the name instead.</source>
        <translation>Não foi possível ler o cartão. Retire-o e volte a introduzi-lo, com o chip primeiro, ou escreva o nome.</translation>
    </message>
    <message>
        <source>This card is not a Belgian identity card. Use the identity card or Kids-ID, or type the name instead.</source>
        <translation>Este cartão não é um cartão de identidade belga. Use o cartão de identidade ou Kids-ID, ou escreva o nome.</translation>
    </message>
    <message>
        <source>The card came out too soon. Put it in again and leave it until the name appears, or type the name instead.</source>
        <translation>O cartão foi retirado cedo demais. Volte a introduzi-lo e deixe-o até aparecer o nome, ou escreva o nome.</translation>
    </message>
    <message>
        <source>The card reader is not working. Please type the name instead.</source>
        <translation>O leitor de cartões não está a funcionar. Escreva o nome, por favor.</translation>
    </message>
    <message>
        <source>The card reader is not available just now. Please type the name instead.</source>
        <translation>O leitor de cartões não está disponível de momento. Escreva o nome, por favor.</translation>
    </message>
    <message>
        <source>Reading the card is taking too long. Please type the name instead.</source>
        <translation>A leitura do cartão está a demorar demasiado. Escreva o nome, por favor.</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>São os seus dados?</translation>
    </message>
    <message>
        <source>Is this the person you are filling in for?</source>
        <translation>É a pessoa por quem está a preencher?</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Sim, está correto</translation>
    </message>
    <message>
        <source>No, type the name instead</source>
        <translation>Não, escrever o nome</translation>
    </message>
    <message>
        <source>Do not forget your identity card in the reader.</source>
        <translation>Não se esqueça do cartão de identidade no leitor.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your privacy, the screen will start again in %n seconds and your answers will be erased.</source>
        <translation>
            <numerusform>Para proteger a sua privacidade, o ecrã vai recomeçar dentro de %n segundo e as suas respostas serão apagadas.</numerusform>
            <numerusform>Para proteger a sua privacidade, o ecrã vai recomeçar dentro de %n segundos e as suas respostas serão apagadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Preciso de mais tempo</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Speech unavailable</source>
        <translation>Voz indisponível</translation>
    </message>
    <message>
        <source>Touch a button once to hear it. Touch it again to choose it.</source>
        <translation>Toque num botão uma vez para o ouvir. Toque outra vez para o escolher.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>escolhido</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>This kiosk is out of order. Please go to the reception desk.</source>
        <translation>Este quiosque está fora de serviço. Por favor, dirija-se à receção.</translation>
    </message>
    <message>
        <source>Staff access</source>
        <translation>Acesso do pessoal</translation>
    </message>
    <message>
        <source>Type your PIN, then OK.</source>
        <translation>Escreva o seu código PIN e depois OK.</translation>
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
        <translation>Código PIN errado.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados códigos PIN errados. Tente de novo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados códigos PIN errados. Tente de novo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {role} PIN still works: choose {role}.</source>
        <translation>O código PIN de {role} ainda funciona: escolha {role}.</translation>
    </message>
    <message>
        <source>No staff PIN is set yet: IT sets one with the command line (set-pin).</source>
        <translation>Ainda não há código PIN do pessoal: a informática define um na linha de comandos (set-pin).</translation>
    </message>
    <message>
        <source>Today&apos;s declarations</source>
        <translation>Declarações de hoje</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Receção</translation>
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
        <translation>Respostas a verificar</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Não impressas</translation>
    </message>
    <message>
        <source>No declaration here today.</source>
        <translation>Nenhuma declaração aqui hoje.</translation>
    </message>
    <message>
        <source>Tap a declaration to see its slip.</source>
        <translation>Toque numa declaração para ver a sua ficha.</translation>
    </message>
    <message numerus="yes">
        <source>%n to check</source>
        <translation>
            <numerusform>%n a verificar</numerusform>
            <numerusform>%n a verificar</numerusform>
        </translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impressa</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NÃO IMPRESSA</translation>
    </message>
    <message>
        <source>PDF file only</source>
        <translation>só ficheiro PDF</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impressão de teste</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Sair para o ambiente de trabalho</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Impressora: {state}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>A processar…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>not accepting jobs</source>
        <translation>não aceita trabalhos</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inacessível</translation>
    </message>
    <message>
        <source>queue not found</source>
        <translation>fila de impressão não encontrada</translation>
    </message>
    <message>
        <source>none: slips are PDF files</source>
        <translation>nenhuma: as fichas são ficheiros PDF</translation>
    </message>
    <message>
        <source>Last print errors</source>
        <translation>Últimos erros de impressão</translation>
    </message>
    <message>
        <source>No print error.</source>
        <translation>Nenhum erro de impressão.</translation>
    </message>
    <message>
        <source>{reference}: sent to the printer.</source>
        <translation>{reference}: ficha enviada para a impressora.</translation>
    </message>
    <message>
        <source>{reference}: not printed ({reason}).</source>
        <translation>{reference}: ficha não impressa ({reason}).</translation>
    </message>
    <message>
        <source>Test page sent to the printer.</source>
        <translation>Página de teste enviada para a impressora.</translation>
    </message>
    <message>
        <source>Test page not printed ({reason}).</source>
        <translation>Página de teste não impressa ({reason}).</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>Não foi possível: {reason}</translation>
    </message>
    <message>
        <source>At {time} a declaration could NOT be saved ({reason}). The patient was sent to you. Tell IT.</source>
        <translation>Às {time}, NÃO foi possível guardar uma declaração ({reason}). O doente foi enviado para a receção. Avise a informática.</translation>
    </message>
    <message>
        <source>The database was damaged at start and was moved aside ({path}); a new one was started. Tell IT.</source>
        <translation>A base de dados estava danificada no arranque e foi posta de lado ({path}); foi criada uma nova. Avise a informática.</translation>
    </message>
    <message>
        <source>The disk is almost full ({free} MB left). Tell IT.</source>
        <translation>O disco está quase cheio (restam {free} MB). Avise a informática.</translation>
    </message>
    <message numerus="yes">
        <source>%n slips are waiting for the printer. They are retried automatically; or tap Print all unprinted.</source>
        <translation>
            <numerusform>%n ficha está à espera da impressora. É tentada de novo automaticamente; ou toque em Imprimir todas as fichas não impressas.</numerusform>
            <numerusform>%n fichas estão à espera da impressora. São tentadas de novo automaticamente; ou toque em Imprimir todas as fichas não impressas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old declarations were not deleted: {reason}. Tell IT.</source>
        <translation>As declarações antigas não foram apagadas: {reason}. Avise a informática.</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations are waiting to be saved (the database was busy). They are saved automatically.</source>
        <translation>
            <numerusform>%n declaração está à espera de ser guardada (a base de dados estava ocupada). É guardada automaticamente.</numerusform>
            <numerusform>%n declarações estão à espera de ser guardadas (a base de dados estava ocupada). São guardadas automaticamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips are still in the printer&apos;s queue and are left to print there.</source>
        <translation>
            <numerusform>%n ficha ainda está na fila da impressora e fica lá para ser impressa.</numerusform>
            <numerusform>%n fichas ainda estão na fila da impressora e ficam lá para serem impressas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print all unprinted</source>
        <translation>Imprimir todas as fichas não impressas</translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer.</source>
        <translation>
            <numerusform>%n ficha enviada para a impressora.</numerusform>
            <numerusform>%n fichas enviadas para a impressora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slips sent to the printer. The printer then stopped taking slips ({reason}).</source>
        <translation>
            <numerusform>%n ficha enviada para a impressora. Depois, a impressora deixou de aceitar fichas ({reason}).</numerusform>
            <numerusform>%n fichas enviadas para a impressora. Depois, a impressora deixou de aceitar fichas ({reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No slip is waiting for the printer.</source>
        <translation>Nenhuma ficha à espera da impressora.</translation>
    </message>
    <message>
        <source>sent to the record</source>
        <translation>enviada para o processo clínico</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>à espera do processo clínico</translation>
    </message>
    <message>
        <source>parked: {reason}</source>
        <translation>retida: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n declarations were refused by the hospital record. Tell IT.</source>
        <translation>
            <numerusform>%n declaração foi recusada pelo processo clínico do hospital. Avise a informática.</numerusform>
            <numerusform>%n declarações foram recusadas pelo processo clínico do hospital. Avise a informática.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declarations have not reached the hospital record for over an hour. They are sent again automatically; tell IT if this lasts.</source>
        <translation>
            <numerusform>%n declaração não chegou ao processo clínico do hospital há mais de uma hora. É reenviada automaticamente; avise a informática se continuar.</numerusform>
            <numerusform>%n declarações não chegaram ao processo clínico do hospital há mais de uma hora. São reenviadas automaticamente; avise a informática se continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old declarations are kept because the hospital record does not have them yet. Tell IT.</source>
        <translation>
            <numerusform>%n declaração antiga é mantida porque o processo clínico do hospital ainda não a tem. Avise a informática.</numerusform>
            <numerusform>%n declarações antigas são mantidas porque o processo clínico do hospital ainda não as tem. Avise a informática.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reference}: slip written as a PDF file in {folder} (no paper printer).</source>
        <translation>{reference}: ficha guardada como ficheiro PDF em {folder} (sem impressora de papel).</translation>
    </message>
    <message>
        <source>{reference}: NOT printed, only written as a PDF file ({reason}); it stays unprinted.</source>
        <translation>{reference}: NÃO impressa, apenas guardada como ficheiro PDF ({reason}); continua por imprimir.</translation>
    </message>
    <message>
        <source>Test page written as a PDF file in {folder} (no paper printer).</source>
        <translation>Página de teste guardada como ficheiro PDF em {folder} (sem impressora de papel).</translation>
    </message>
    <message numerus="yes">
        <source>%n slips written as PDF files (no paper printer).</source>
        <translation>
            <numerusform>%n ficha guardada como ficheiro PDF (sem impressora de papel).</numerusform>
            <numerusform>%n fichas guardadas como ficheiros PDF (sem impressora de papel).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: last name or reference</source>
        <translation>Pesquisar: apelido ou referência</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>No declaration of today matches this search.</source>
        <translation>Nenhuma declaração de hoje corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>criança</translation>
    </message>
    <message>
        <source>Card reader: turned off</source>
        <translation>Leitor de cartões: desligado</translation>
    </message>
    <message>
        <source>Card reader: the PC/SC library (pyscard) is missing</source>
        <translation>Leitor de cartões: falta a biblioteca PC/SC (pyscard)</translation>
    </message>
    <message>
        <source>Card reader: pcscd is not running</source>
        <translation>Leitor de cartões: o pcscd não está em execução</translation>
    </message>
    <message>
        <source>Card reader: none plugged in</source>
        <translation>Leitor de cartões: nenhum ligado</translation>
    </message>
    <message>
        <source>Card reader: ready</source>
        <translation>Leitor de cartões: pronto</translation>
    </message>
    <message>
        <source>Card reader: a card is in the reader</source>
        <translation>Leitor de cartões: há um cartão no leitor</translation>
    </message>
    <message>
        <source>Staff access: keep holding</source>
        <translation>Acesso do pessoal: continue a premir</translation>
    </message>
</context>
</TS>
