/**
 * Every fixed sentence the chat door says, in each language it replies in. English is the template: every
 * other language must have every key (the type says so, and test/bot/catalogue.test.ts checks it at run
 * time). The reply language is the language of the customer's message when understanding is sure of it,
 * else the one the conversation was in, else the contact's preferred language, else English.
 */
import { pickLanguage } from '../core/shared/language.ts';
import type { Priority } from '../core/index.ts';

export const REPLY_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

const en = {
  menuText: 'I can open an Admin Service Request, tell you the status of a case or an RMA, check whether a device is ' +
    'covered, or put you in touch with a person. What would you like to do?',
  /** Same order in every language: the position maps a localised button back to its request. */
  menuChoices: ['Open a case', 'Case status', 'My cases', 'RMA status', 'Check coverage', 'Talk to a person'],
  greeting: 'Hello, I am the Customer Care assistant. ',
  verifyFirst: 'Before I can look at account information or open a case for you, I need to know who you are. ' +
    'Please sign in on the support site (or chat with us from Microsoft Teams) and ask again. ' +
    'If you cannot sign in, type "talk to a person".',
  describe: 'I will open an Admin Service Request. Please describe the problem in a sentence or two.',
  describeRetry: 'Please tell me a little more about the problem (at least a few words).',
  priorityQuestion: 'How urgent is it? P1: a critical business impact; P2: a major impact; P3: a minor impact; P4: a question or information request.',
  priorityRetry: 'Please choose P1, P2, P3 or P4.',
  serialQuestion: 'What is the serial number of the device concerned? (Type "none" if the request is not about one device.)',
  serialRetry: 'That does not look like a serial number (for example JN11A2B3C4D5). Type "none" if there is none.',
  confirmQuestion: 'Shall I open this case? (yes or no)',
  cardTitle: 'Please check your request',
  cardProblem: 'Problem',
  cardPriority: 'Priority',
  cardSerial: 'Serial number',
  cardNotGiven: 'not given',
  cardOpen: 'Open the case',
  cardCancel: 'Cancel',
  malformedSubmission: 'I could not read that card submission. Please press "Open the case" or "Cancel" on the card above, or type yes or no.',
  notOpened: 'OK, I have not opened a case. What else can I do for you?',
  responseTargets: { P1: 'within 2 hours', P2: 'within 24 hours', P3: 'within 5 business days', P4: 'within 7 business days' } as Record<Priority, string>,
  caseOpened: (c: { caseNumber: string; hours: number; priority: Priority; target: string }) =>
    `I have opened case ${c.caseNumber} for you. A Customer Care representative will contact you within ${c.hours} hours ` +
    `(priority ${c.priority}: response ${c.target}). Please keep the case number for reference.`,
  caseNotFound: 'I could not find that case among the cases you opened. Please check the number.',
  rmaNotFound: 'I could not find that RMA on your account. Please check the number.',
  deviceNotFound: 'I could not find that serial number in your installed base. Please check it, or ask a person to help.',
  contractNotFound: 'I could not find that contract on your account. Please check the contract ID.',
  invalidCaseNumber: 'That does not look like a case number. Case numbers look like 2026-1102-0001.',
  invalidRmaNumber: 'That does not look like an RMA number. RMA numbers look like R2123456, or R2123456-1 for one line.',
  invalidSerialNumber: 'That does not look like a serial number. It is printed on the device label, for example JN11A2B3C4D5.',
  invalidInput: 'Some of what you gave me is not valid; please check it and try again.',
  forbidden: 'I am not allowed to do that for you. A Customer Care representative can help: type "talk to a person".',
  handoffCreated: (contactBy: string) =>
    `I have asked a Customer Care representative to take over. Someone will contact you by ${contactBy}. You can keep writing here; they will see it.`,
  handoffQueued: (contactBy: string) => `You are already in the queue for a Customer Care representative, who will contact you by ${contactBy}.`,
  cancelled: 'OK, I have stopped that; nothing was opened or changed. What else can I do for you?',
  nothingToCancel: 'There is nothing to cancel. ',
  helpLead: 'To stop what we are doing, type "cancel". ',
  staleButton: 'That button belongs to a request that is already finished or was cancelled. ',
  backToIt: 'Now, back to where we were:',
  offerCase: 'Shall I open an Admin Service Request about this for you? (yes or no)',
  offerRetry: 'Please answer yes or no: shall I open an Admin Service Request about this?',
  yes: 'Yes',
  no: 'No',
  noCase: 'OK, no case. What else can I do for you?',
  askEmail: 'To show you account information I need to verify who you are. What is the e-mail address registered with us? I will send a 6-digit code to it.',
  emailRetry: 'That does not look like an e-mail address. Please type it like name@company.com, or "cancel".',
  codeSent: 'If that address is registered with us, I have sent a 6-digit code to it (valid for 10 minutes). Please type the code here.',
  codeFormat: 'Please type the 6-digit code from the e-mail, or "cancel".',
  codeWrong: (left: number) => `That code is not right. You have ${left} more ${left === 1 ? 'try' : 'tries'}.`,
  codeLocked: 'Too many wrong codes: that code is locked. Type "verify" to get a new one, or "talk to a person".',
  codeExpired: 'That code has expired or is not valid any more. Type "verify" to get a new one.',
  signedIn: (name: string) => `Thank you, ${name}: you are verified.`,
  escalationAck: (caseNumber: string | null) => caseNumber
    ? `I understand that you want case ${caseNumber} escalated.`
    : 'I understand that you want your case escalated.',
};

export type Catalogue = typeof en;

const de: Catalogue = {
  menuText: 'Ich kann eine Admin Service Request eröffnen, Ihnen den Status eines Falls oder einer RMA nennen, prüfen, ob ein Gerät ' +
    'abgedeckt ist, oder Sie mit einem Mitarbeiter verbinden. Was möchten Sie tun?',
  menuChoices: ['Fall eröffnen', 'Fallstatus', 'Meine Fälle', 'RMA-Status', 'Abdeckung prüfen', 'Mit einem Menschen sprechen'],
  greeting: 'Hallo, ich bin der Customer-Care-Assistent. ',
  verifyFirst: 'Bevor ich Kontodaten einsehen oder einen Fall für Sie eröffnen kann, muss ich wissen, wer Sie sind. ' +
    'Bitte melden Sie sich auf der Support-Website an (oder schreiben Sie uns aus Microsoft Teams) und fragen Sie erneut. ' +
    'Wenn Sie sich nicht anmelden können, schreiben Sie "Mit einem Menschen sprechen".',
  describe: 'Ich eröffne eine Admin Service Request. Bitte beschreiben Sie das Problem in ein, zwei Sätzen.',
  describeRetry: 'Bitte beschreiben Sie das Problem etwas genauer (wenigstens ein paar Wörter).',
  priorityQuestion: 'Wie dringend ist es? P1: kritische geschäftliche Auswirkung; P2: erhebliche Auswirkung; P3: geringe Auswirkung; P4: Frage oder Informationswunsch.',
  priorityRetry: 'Bitte wählen Sie P1, P2, P3 oder P4.',
  serialQuestion: 'Wie lautet die Seriennummer des betroffenen Geräts? (Schreiben Sie "keine", wenn es nicht um ein Gerät geht.)',
  serialRetry: 'Das sieht nicht wie eine Seriennummer aus (zum Beispiel JN11A2B3C4D5). Schreiben Sie "keine", wenn es keine gibt.',
  confirmQuestion: 'Soll ich diesen Fall eröffnen? (ja oder nein)',
  cardTitle: 'Bitte prüfen Sie Ihre Anfrage',
  cardProblem: 'Problem',
  cardPriority: 'Priorität',
  cardSerial: 'Seriennummer',
  cardNotGiven: 'nicht angegeben',
  cardOpen: 'Fall eröffnen',
  cardCancel: 'Abbrechen',
  malformedSubmission: 'Diese Kartenantwort konnte ich nicht lesen. Bitte klicken Sie auf der Karte oben auf "Fall eröffnen" oder "Abbrechen", oder schreiben Sie ja oder nein.',
  notOpened: 'In Ordnung, ich habe keinen Fall eröffnet. Was kann ich sonst für Sie tun?',
  responseTargets: { P1: 'innerhalb von 2 Stunden', P2: 'innerhalb von 24 Stunden', P3: 'innerhalb von 5 Werktagen', P4: 'innerhalb von 7 Werktagen' },
  caseOpened: (c) =>
    `Ich habe den Fall ${c.caseNumber} für Sie eröffnet. Ein Customer-Care-Mitarbeiter meldet sich innerhalb von ${c.hours} Stunden bei Ihnen ` +
    `(Priorität ${c.priority}: Antwort ${c.target}). Bitte notieren Sie sich die Fallnummer.`,
  caseNotFound: 'Ich konnte diesen Fall unter den von Ihnen eröffneten Fällen nicht finden. Bitte prüfen Sie die Nummer.',
  rmaNotFound: 'Ich konnte diese RMA in Ihrem Konto nicht finden. Bitte prüfen Sie die Nummer.',
  deviceNotFound: 'Ich konnte diese Seriennummer in Ihrer installierten Basis nicht finden. Bitte prüfen Sie sie oder lassen Sie sich von einem Mitarbeiter helfen.',
  contractNotFound: 'Ich konnte diesen Vertrag in Ihrem Konto nicht finden. Bitte prüfen Sie die Vertrags-ID.',
  invalidCaseNumber: 'Das sieht nicht wie eine Fallnummer aus. Fallnummern sehen so aus: 2026-1102-0001.',
  invalidRmaNumber: 'Das sieht nicht wie eine RMA-Nummer aus. RMA-Nummern sehen so aus: R2123456, oder R2123456-1 für eine Position.',
  invalidSerialNumber: 'Das sieht nicht wie eine Seriennummer aus. Sie steht auf dem Typenschild des Geräts, zum Beispiel JN11A2B3C4D5.',
  invalidInput: 'Einige Ihrer Angaben sind ungültig; bitte prüfen Sie sie und versuchen Sie es erneut.',
  forbidden: 'Das darf ich für Sie nicht tun. Ein Customer-Care-Mitarbeiter kann helfen: schreiben Sie "Mit einem Menschen sprechen".',
  handoffCreated: (contactBy) =>
    `Ich habe einen Customer-Care-Mitarbeiter gebeten, zu übernehmen. Jemand meldet sich bis ${contactBy} bei Ihnen. Sie können hier weiterschreiben; er oder sie liest es.`,
  handoffQueued: (contactBy) => `Sie stehen bereits in der Warteschlange für einen Customer-Care-Mitarbeiter, der sich bis ${contactBy} bei Ihnen meldet.`,
  cancelled: 'In Ordnung, ich habe das abgebrochen; nichts wurde eröffnet oder geändert. Was kann ich sonst für Sie tun?',
  nothingToCancel: 'Es gibt nichts abzubrechen. ',
  helpLead: 'Um abzubrechen, schreiben Sie "abbrechen". ',
  staleButton: 'Diese Schaltfläche gehört zu einer Anfrage, die bereits erledigt oder abgebrochen ist. ',
  backToIt: 'Nun zurück zu unserem Thema:',
  offerCase: 'Soll ich dazu eine Admin Service Request für Sie eröffnen? (ja oder nein)',
  offerRetry: 'Bitte antworten Sie mit ja oder nein: Soll ich dazu eine Admin Service Request eröffnen?',
  yes: 'Ja',
  no: 'Nein',
  noCase: 'In Ordnung, kein Fall. Was kann ich sonst für Sie tun?',
  askEmail: 'Um Ihnen Kontodaten zu zeigen, muss ich prüfen, wer Sie sind. Wie lautet die bei uns registrierte E-Mail-Adresse? Ich sende einen 6-stelligen Code dorthin.',
  emailRetry: 'Das sieht nicht wie eine E-Mail-Adresse aus. Bitte schreiben Sie sie wie name@firma.de, oder "abbrechen".',
  codeSent: 'Wenn diese Adresse bei uns registriert ist, habe ich einen 6-stelligen Code dorthin gesendet (10 Minuten gültig). Bitte geben Sie den Code hier ein.',
  codeFormat: 'Bitte geben Sie den 6-stelligen Code aus der E-Mail ein, oder "abbrechen".',
  codeWrong: (left) => `Dieser Code ist nicht richtig. Sie haben noch ${left} ${left === 1 ? 'Versuch' : 'Versuche'}.`,
  codeLocked: 'Zu viele falsche Codes: dieser Code ist gesperrt. Schreiben Sie "verify" für einen neuen, oder "Mit einem Menschen sprechen".',
  codeExpired: 'Dieser Code ist abgelaufen oder nicht mehr gültig. Schreiben Sie "verify" für einen neuen.',
  signedIn: (name) => `Danke, ${name}: Sie sind verifiziert.`,
  escalationAck: (caseNumber) => caseNumber
    ? `Ich verstehe, dass Sie den Fall ${caseNumber} eskalieren möchten.`
    : 'Ich verstehe, dass Sie Ihren Fall eskalieren möchten.',
};

const fr: Catalogue = {
  menuText: 'Je peux ouvrir une Admin Service Request, vous donner le statut d\'un dossier ou d\'un RMA, vérifier si un appareil est ' +
    'couvert, ou vous mettre en relation avec une personne. Que souhaitez-vous faire ?',
  menuChoices: ['Ouvrir un dossier', 'Statut du dossier', 'Mes dossiers', 'Statut du RMA', 'Vérifier la couverture', 'Parler à une personne'],
  greeting: 'Bonjour, je suis l\'assistant du Customer Care. ',
  verifyFirst: 'Avant de consulter les informations de votre compte ou d\'ouvrir un dossier, je dois savoir qui vous êtes. ' +
    'Veuillez vous connecter sur le site de support (ou nous écrire depuis Microsoft Teams) et redemander. ' +
    'Si vous ne pouvez pas vous connecter, écrivez "Parler à une personne".',
  describe: 'Je vais ouvrir une Admin Service Request. Veuillez décrire le problème en une ou deux phrases.',
  describeRetry: 'Veuillez m\'en dire un peu plus sur le problème (quelques mots au moins).',
  priorityQuestion: 'Quelle est l\'urgence ? P1 : impact critique sur l\'activité ; P2 : impact majeur ; P3 : impact mineur ; P4 : question ou demande d\'information.',
  priorityRetry: 'Veuillez choisir P1, P2, P3 ou P4.',
  serialQuestion: 'Quel est le numéro de série de l\'appareil concerné ? (Écrivez "aucun" si la demande ne concerne pas un appareil.)',
  serialRetry: 'Cela ne ressemble pas à un numéro de série (par exemple JN11A2B3C4D5). Écrivez "aucun" s\'il n\'y en a pas.',
  confirmQuestion: 'Dois-je ouvrir ce dossier ? (oui ou non)',
  cardTitle: 'Veuillez vérifier votre demande',
  cardProblem: 'Problème',
  cardPriority: 'Priorité',
  cardSerial: 'Numéro de série',
  cardNotGiven: 'non indiqué',
  cardOpen: 'Ouvrir le dossier',
  cardCancel: 'Annuler',
  malformedSubmission: 'Je n\'ai pas pu lire cette réponse de carte. Veuillez cliquer sur "Ouvrir le dossier" ou "Annuler" sur la carte ci-dessus, ou écrire oui ou non.',
  notOpened: 'D\'accord, je n\'ai pas ouvert de dossier. Que puis-je faire d\'autre pour vous ?',
  responseTargets: { P1: 'sous 2 heures', P2: 'sous 24 heures', P3: 'sous 5 jours ouvrés', P4: 'sous 7 jours ouvrés' },
  caseOpened: (c) =>
    `J'ai ouvert le dossier ${c.caseNumber} pour vous. Un représentant du Customer Care vous contactera dans les ${c.hours} heures ` +
    `(priorité ${c.priority} : réponse ${c.target}). Veuillez conserver le numéro de dossier.`,
  caseNotFound: 'Je n\'ai pas trouvé ce dossier parmi ceux que vous avez ouverts. Veuillez vérifier le numéro.',
  rmaNotFound: 'Je n\'ai pas trouvé ce RMA sur votre compte. Veuillez vérifier le numéro.',
  deviceNotFound: 'Je n\'ai pas trouvé ce numéro de série dans votre parc installé. Veuillez le vérifier, ou demandez l\'aide d\'une personne.',
  contractNotFound: 'Je n\'ai pas trouvé ce contrat sur votre compte. Veuillez vérifier l\'identifiant du contrat.',
  invalidCaseNumber: 'Cela ne ressemble pas à un numéro de dossier. Les numéros de dossier ressemblent à 2026-1102-0001.',
  invalidRmaNumber: 'Cela ne ressemble pas à un numéro de RMA. Les numéros de RMA ressemblent à R2123456, ou R2123456-1 pour une ligne.',
  invalidSerialNumber: 'Cela ne ressemble pas à un numéro de série. Il figure sur l\'étiquette de l\'appareil, par exemple JN11A2B3C4D5.',
  invalidInput: 'Certaines de vos informations ne sont pas valides ; veuillez les vérifier et réessayer.',
  forbidden: 'Je ne suis pas autorisé à faire cela pour vous. Un représentant du Customer Care peut vous aider : écrivez "Parler à une personne".',
  handoffCreated: (contactBy) =>
    `J'ai demandé à un représentant du Customer Care de prendre le relais. Quelqu'un vous contactera d'ici ${contactBy}. Vous pouvez continuer à écrire ici ; il ou elle le verra.`,
  handoffQueued: (contactBy) => `Vous êtes déjà dans la file d'attente d'un représentant du Customer Care, qui vous contactera d'ici ${contactBy}.`,
  cancelled: 'D\'accord, j\'ai arrêté ; rien n\'a été ouvert ni modifié. Que puis-je faire d\'autre pour vous ?',
  nothingToCancel: 'Il n\'y a rien à annuler. ',
  helpLead: 'Pour arrêter ce que nous faisons, écrivez "annuler". ',
  staleButton: 'Ce bouton appartient à une demande déjà terminée ou annulée. ',
  backToIt: 'Revenons à ce que nous faisions :',
  offerCase: 'Dois-je ouvrir une Admin Service Request à ce sujet ? (oui ou non)',
  offerRetry: 'Veuillez répondre oui ou non : dois-je ouvrir une Admin Service Request à ce sujet ?',
  yes: 'Oui',
  no: 'Non',
  noCase: 'D\'accord, pas de dossier. Que puis-je faire d\'autre pour vous ?',
  askEmail: 'Pour vous montrer les informations de votre compte, je dois vérifier qui vous êtes. Quelle est l\'adresse e-mail enregistrée chez nous ? J\'y enverrai un code à 6 chiffres.',
  emailRetry: 'Cela ne ressemble pas à une adresse e-mail. Écrivez-la comme nom@entreprise.fr, ou "annuler".',
  codeSent: 'Si cette adresse est enregistrée chez nous, je lui ai envoyé un code à 6 chiffres (valable 10 minutes). Veuillez saisir le code ici.',
  codeFormat: 'Veuillez saisir le code à 6 chiffres de l\'e-mail, ou "annuler".',
  codeWrong: (left) => `Ce code n'est pas correct. Il vous reste ${left} essai(s).`,
  codeLocked: 'Trop de codes erronés : ce code est bloqué. Écrivez "verify" pour en obtenir un nouveau, ou "Parler à une personne".',
  codeExpired: 'Ce code a expiré ou n\'est plus valable. Écrivez "verify" pour en obtenir un nouveau.',
  signedIn: (name) => `Merci, ${name} : votre identité est vérifiée.`,
  escalationAck: (caseNumber) => caseNumber
    ? `Je comprends que vous souhaitez faire escalader le dossier ${caseNumber}.`
    : 'Je comprends que vous souhaitez faire escalader votre dossier.',
};

const es: Catalogue = {
  menuText: 'Puedo abrir una Admin Service Request, decirle el estado de un caso o de una RMA, comprobar si un dispositivo está ' +
    'cubierto o ponerle en contacto con una persona. ¿Qué desea hacer?',
  menuChoices: ['Abrir un caso', 'Estado del caso', 'Mis casos', 'Estado de la RMA', 'Comprobar cobertura', 'Hablar con una persona'],
  greeting: 'Hola, soy el asistente de Customer Care. ',
  verifyFirst: 'Antes de consultar información de su cuenta o abrir un caso, necesito saber quién es usted. ' +
    'Inicie sesión en el sitio de soporte (o escríbanos desde Microsoft Teams) y vuelva a preguntar. ' +
    'Si no puede iniciar sesión, escriba "Hablar con una persona".',
  describe: 'Voy a abrir una Admin Service Request. Describa el problema en una o dos frases.',
  describeRetry: 'Cuénteme un poco más sobre el problema (al menos unas palabras).',
  priorityQuestion: '¿Qué urgencia tiene? P1: impacto crítico en el negocio; P2: impacto importante; P3: impacto menor; P4: pregunta o solicitud de información.',
  priorityRetry: 'Elija P1, P2, P3 o P4.',
  serialQuestion: '¿Cuál es el número de serie del dispositivo afectado? (Escriba "ninguno" si la solicitud no trata de un dispositivo.)',
  serialRetry: 'Eso no parece un número de serie (por ejemplo JN11A2B3C4D5). Escriba "ninguno" si no lo hay.',
  confirmQuestion: '¿Abro este caso? (sí o no)',
  cardTitle: 'Revise su solicitud',
  cardProblem: 'Problema',
  cardPriority: 'Prioridad',
  cardSerial: 'Número de serie',
  cardNotGiven: 'no indicado',
  cardOpen: 'Abrir el caso',
  cardCancel: 'Cancelar',
  malformedSubmission: 'No pude leer esa respuesta de la tarjeta. Pulse "Abrir el caso" o "Cancelar" en la tarjeta de arriba, o escriba sí o no.',
  notOpened: 'De acuerdo, no he abierto ningún caso. ¿Qué más puedo hacer por usted?',
  responseTargets: { P1: 'en 2 horas', P2: 'en 24 horas', P3: 'en 5 días laborables', P4: 'en 7 días laborables' },
  caseOpened: (c) =>
    `He abierto el caso ${c.caseNumber} para usted. Un representante de Customer Care se pondrá en contacto con usted en ${c.hours} horas ` +
    `(prioridad ${c.priority}: respuesta ${c.target}). Conserve el número de caso como referencia.`,
  caseNotFound: 'No encontré ese caso entre los casos que usted abrió. Compruebe el número.',
  rmaNotFound: 'No encontré esa RMA en su cuenta. Compruebe el número.',
  deviceNotFound: 'No encontré ese número de serie en su base instalada. Compruébelo o pida ayuda a una persona.',
  contractNotFound: 'No encontré ese contrato en su cuenta. Compruebe el ID del contrato.',
  invalidCaseNumber: 'Eso no parece un número de caso. Los números de caso tienen la forma 2026-1102-0001.',
  invalidRmaNumber: 'Eso no parece un número de RMA. Los números de RMA tienen la forma R2123456, o R2123456-1 para una línea.',
  invalidSerialNumber: 'Eso no parece un número de serie. Está impreso en la etiqueta del dispositivo, por ejemplo JN11A2B3C4D5.',
  invalidInput: 'Parte de lo que me ha dado no es válido; revíselo e inténtelo de nuevo.',
  forbidden: 'No tengo permiso para hacer eso por usted. Un representante de Customer Care puede ayudarle: escriba "Hablar con una persona".',
  handoffCreated: (contactBy) =>
    `He pedido a un representante de Customer Care que se haga cargo. Alguien se pondrá en contacto con usted antes de ${contactBy}. Puede seguir escribiendo aquí; lo verán.`,
  handoffQueued: (contactBy) => `Ya está en la cola para un representante de Customer Care, que se pondrá en contacto con usted antes de ${contactBy}.`,
  cancelled: 'De acuerdo, lo he detenido; no se ha abierto ni cambiado nada. ¿Qué más puedo hacer por usted?',
  nothingToCancel: 'No hay nada que cancelar. ',
  helpLead: 'Para detener lo que estamos haciendo, escriba "cancelar". ',
  staleButton: 'Ese botón pertenece a una solicitud ya terminada o cancelada. ',
  backToIt: 'Volvamos a lo que estábamos haciendo:',
  offerCase: '¿Abro una Admin Service Request sobre esto? (sí o no)',
  offerRetry: 'Responda sí o no: ¿abro una Admin Service Request sobre esto?',
  yes: 'Sí',
  no: 'No',
  noCase: 'De acuerdo, sin caso. ¿Qué más puedo hacer por usted?',
  askEmail: 'Para mostrarle información de su cuenta necesito verificar quién es usted. ¿Cuál es la dirección de correo registrada con nosotros? Le enviaré un código de 6 dígitos.',
  emailRetry: 'Eso no parece una dirección de correo. Escríbala como nombre@empresa.es, o "cancelar".',
  codeSent: 'Si esa dirección está registrada con nosotros, le he enviado un código de 6 dígitos (válido 10 minutos). Escriba el código aquí.',
  codeFormat: 'Escriba el código de 6 dígitos del correo, o "cancelar".',
  codeWrong: (left) => `Ese código no es correcto. Le quedan ${left} intento(s).`,
  codeLocked: 'Demasiados códigos incorrectos: ese código está bloqueado. Escriba "verify" para obtener uno nuevo, o "Hablar con una persona".',
  codeExpired: 'Ese código ha caducado o ya no es válido. Escriba "verify" para obtener uno nuevo.',
  signedIn: (name) => `Gracias, ${name}: su identidad está verificada.`,
  escalationAck: (caseNumber) => caseNumber
    ? `Entiendo que desea escalar el caso ${caseNumber}.`
    : 'Entiendo que desea escalar su caso.',
};

const ja: Catalogue = {
  menuText: 'Admin Service Request の作成、ケースや RMA のステータス確認、デバイスのサポート対象確認、担当者へのおつなぎができます。' +
    '何をご希望ですか？',
  menuChoices: ['ケースを作成', 'ケースのステータス', '自分のケース', 'RMA のステータス', 'サポート対象を確認', '担当者と話す'],
  greeting: 'こんにちは、Customer Care アシスタントです。',
  verifyFirst: 'アカウント情報の確認やケースの作成の前に、お客様の本人確認が必要です。' +
    'サポートサイトにサインインして（または Microsoft Teams からチャットして）もう一度お尋ねください。' +
    'サインインできない場合は「担当者と話す」と入力してください。',
  describe: 'Admin Service Request を作成します。問題を一、二文でご説明ください。',
  describeRetry: '問題についてもう少し詳しくお聞かせください（数語以上）。',
  priorityQuestion: '緊急度はどのくらいですか？ P1: 業務への重大な影響、P2: 大きな影響、P3: 軽微な影響、P4: 質問または情報のご依頼。',
  priorityRetry: 'P1、P2、P3、P4 のいずれかを選んでください。',
  serialQuestion: '対象デバイスのシリアル番号を教えてください。（特定のデバイスに関するご依頼でなければ「なし」と入力してください。）',
  serialRetry: 'シリアル番号の形式ではないようです（例: JN11A2B3C4D5）。ない場合は「なし」と入力してください。',
  confirmQuestion: 'このケースを作成してよろしいですか？（はい / いいえ）',
  cardTitle: 'ご依頼内容をご確認ください',
  cardProblem: '問題',
  cardPriority: '優先度',
  cardSerial: 'シリアル番号',
  cardNotGiven: '未入力',
  cardOpen: 'ケースを作成',
  cardCancel: 'キャンセル',
  malformedSubmission: 'カードの送信内容を読み取れませんでした。上のカードの「ケースを作成」または「キャンセル」を押すか、はい / いいえ と入力してください。',
  notOpened: '承知しました。ケースは作成していません。ほかにお手伝いできることはありますか？',
  responseTargets: { P1: '2 時間以内', P2: '24 時間以内', P3: '5 営業日以内', P4: '7 営業日以内' },
  caseOpened: (c) =>
    `ケース ${c.caseNumber} を作成しました。${c.hours} 時間以内に Customer Care の担当者からご連絡します` +
    `（優先度 ${c.priority}: 応答 ${c.target}）。ケース番号をお控えください。`,
  caseNotFound: 'お客様が作成したケースの中に、そのケースは見つかりませんでした。番号をご確認ください。',
  rmaNotFound: 'お客様のアカウントにその RMA は見つかりませんでした。番号をご確認ください。',
  deviceNotFound: 'お客様のインストールベースにそのシリアル番号は見つかりませんでした。ご確認いただくか、担当者にお尋ねください。',
  contractNotFound: 'お客様のアカウントにその契約は見つかりませんでした。契約 ID をご確認ください。',
  invalidCaseNumber: 'ケース番号の形式ではないようです。ケース番号は 2026-1102-0001 のような形式です。',
  invalidRmaNumber: 'RMA 番号の形式ではないようです。RMA 番号は R2123456、明細の場合は R2123456-1 のような形式です。',
  invalidSerialNumber: 'シリアル番号の形式ではないようです。デバイスのラベルに記載されています（例: JN11A2B3C4D5）。',
  invalidInput: '入力内容の一部が正しくありません。ご確認のうえ、もう一度お試しください。',
  forbidden: 'その操作はお手伝いできません。Customer Care の担当者がお手伝いします。「担当者と話す」と入力してください。',
  handoffCreated: (contactBy) =>
    `Customer Care の担当者に引き継ぎを依頼しました。${contactBy} までにご連絡します。このままここに書き込んでいただければ、担当者が確認します。`,
  handoffQueued: (contactBy) => `すでに Customer Care の担当者の順番待ちに入っています。${contactBy} までにご連絡します。`,
  cancelled: '承知しました。中止しました。何も作成・変更していません。ほかにお手伝いできることはありますか？',
  nothingToCancel: '中止するものはありません。',
  helpLead: '中止するには「キャンセル」と入力してください。',
  staleButton: 'そのボタンは、すでに完了または中止されたご依頼のものです。',
  backToIt: 'では、先ほどの続きです:',
  offerCase: 'この件について Admin Service Request を作成しましょうか？（はい / いいえ）',
  offerRetry: 'はい または いいえ でお答えください: この件について Admin Service Request を作成しますか？',
  yes: 'はい',
  no: 'いいえ',
  noCase: '承知しました。ケースは作成しません。ほかにお手伝いできることはありますか？',
  askEmail: 'アカウント情報をお見せするには本人確認が必要です。ご登録のメールアドレスを教えてください。6 桁のコードをお送りします。',
  emailRetry: 'メールアドレスの形式ではないようです。name@company.com のように入力するか、「キャンセル」と入力してください。',
  codeSent: 'そのアドレスが登録されている場合、6 桁のコードをお送りしました（10 分間有効）。ここにコードを入力してください。',
  codeFormat: 'メールに記載の 6 桁のコードを入力するか、「キャンセル」と入力してください。',
  codeWrong: (left) => `コードが正しくありません。残り ${left} 回です。`,
  codeLocked: '誤ったコードが多すぎるため、このコードはロックされました。新しいコードは「verify」、または「担当者と話す」と入力してください。',
  codeExpired: 'このコードは期限切れか、すでに無効です。新しいコードは「verify」と入力してください。',
  signedIn: (name) => `${name} 様、本人確認が完了しました。`,
  escalationAck: (caseNumber) => caseNumber
    ? `ケース ${caseNumber} のエスカレーションをご希望と承りました。`
    : 'ケースのエスカレーションをご希望と承りました。',
};

export const CATALOGUE: Record<ReplyLanguage, Catalogue> = { en, de, fr, es, ja };

export function isReplyLanguage(code: string | null | undefined): code is ReplyLanguage {
  return (REPLY_LANGUAGES as readonly string[]).includes(code ?? '');
}

/** The first of the candidates (ISO 639-1 codes or locales such as de-DE) the bot replies in; English otherwise. */
export function replyLanguage(...candidates: (string | null | undefined)[]): ReplyLanguage {
  return pickLanguage(REPLY_LANGUAGES, candidates, 'en');
}

export function repliesIn(language: string | null | undefined): Catalogue {
  return CATALOGUE[replyLanguage(language)];
}

const CJK = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** Fewer words than this, and a detected language is a guess ("open a case" reads as Spanish). */
const MIN_WORDS_FOR_LANGUAGE = 4;

/**
 * The language of a message, when the detected one is a reply language and the text says enough to trust it:
 * a few words, or any Japanese script. Null otherwise (keep the conversation's language).
 */
export function messageLanguage(text: string, detected: string | null | undefined): ReplyLanguage | null {
  if (!isReplyLanguage(detected)) return null;
  if (detected === 'ja') return CJK.test(text) ? 'ja' : null;
  const words = text.split(/\s+/).filter((token) => /\p{L}{2,}/u.test(token) && !/\d/.test(token));
  return words.length >= MIN_WORDS_FOR_LANGUAGE ? detected : null;
}

/** A menu button in any language, as the English button it stands for, with its language; null if it is none. */
export function menuChoiceOf(text: string): { choice: string; language: ReplyLanguage } | null {
  const typed = text.trim().toLowerCase();
  for (const language of REPLY_LANGUAGES) {
    const index = CATALOGUE[language].menuChoices.findIndex((choice) => choice.toLowerCase() === typed);
    if (index >= 0) return { choice: en.menuChoices[index] ?? typed, language };
  }
  return null;
}

const YES = /^(y|yes|yep|yeah|ok|okay|sure|confirm|open( it| the case)?|go ahead|please do|ja|jawohl|gerne|bitte|oui|d'accord|sí|si|claro|はい|お願いします)[.!。！]*$/i;
const NO = /^(n|no|nope|don'?t|do not|nein|non|いいえ|不要です)[.!。！]*$/i;

/** A typed yes, in any reply language. */
export const isYes = (text: string): boolean => YES.test(text.trim());
/** A typed no, in any reply language. */
export const isNo = (text: string): boolean => NO.test(text.trim());
