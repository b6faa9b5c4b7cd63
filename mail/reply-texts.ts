/**
 * The words of careline's automatic email replies: templates in English, German, French, Spanish and
 * Japanese, each rendered as plain text and as HTML. Every text says what happened and what comes next, and
 * none discloses anything about a case the sender may not see.
 *
 * A template is a list of paragraphs: `{name}` is a value (escaped in HTML, always — the only way a value
 * reaches the output), `[[…]]` is left out unless every value inside it is given, a paragraph starting `> `
 * is a quotation and a paragraph `{*name}` a list. Values that depend on the language (status words, reasons)
 * come from the catalogue's `words`, so a reply is a function of the language chosen when it is rendered.
 */
import { pickLanguage } from '../core/shared/language.ts';
import type { CaseRecord } from '../core/index.ts';

export const REPLY_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

type TemplateKey =
  | 'caseOpened' | 'notAParticipant' | 'notRegistered' | 'caseStatus' | 'caseNotFound' | 'rmaStatus' | 'notFound'
  | 'entitlementSerial' | 'entitlementContract' | 'attachmentsSkipped' | 'handedOff' | 'signInCode';
type WordKey =
  | 'open' | 'closed' | 'covered' | 'notCovered' | 'rma' | 'serialNumber' | 'contract' | 'megabytes'
  | 'tooLarge' | 'messageTooLarge' | 'tooMany' | 'signatureName' | 'signatureNote' | 'signInCodeSubject';

interface Catalogue {
  templates: Record<TemplateKey, string[]>;
  words: Record<WordKey, string>;
}

type Value = string | number | null | undefined;
type Vars = Record<string, Value | string[]>;

/** One block of a reply; its values are computed in the language it is rendered in. */
export interface ReplyPart {
  key: TemplateKey;
  vars: (words: Record<WordKey, string>) => Vars;
}

export interface RenderedReply {
  language: ReplyLanguage;
  text: string;
  html: string;
}

const CATALOGUES: Record<ReplyLanguage, Catalogue> = {
  en: {
    templates: {
      caseOpened: [
        'Thank you for contacting Customer Care. We opened case {caseNumber} (priority {priority}) for your request:',
        '> {subject}',
        'A Customer Care representative will contact you within {hours} hours; the response target for this priority is {responseTarget}. Please keep [Case {caseNumber}] in the subject when you write about it.',
      ],
      notAParticipant: ['You wrote about case {quoted}. Only the people of the customer that case belongs to can add to it, and your address is not one of them, so we did not add your message to it. We opened a new case for you instead: {caseNumber}. A Customer Care representative will contact you within 24 hours.'],
      notRegistered: ['Thank you for your message. Your email address is not registered with Customer Care, so we cannot open a case or share case details by email[[ (including case {quoted})]]. A Customer Care representative will review your message and contact you by {contactBy}. If you have an account with us, please write from the address registered on it.'],
      caseStatus: ['Case {caseNumber}: {status}, priority {priority}.', '> {subject}\nLast modified: {lastModified}'],
      caseNotFound: ['We could not find case {caseNumber} among the cases you can see. Please check the number, or write from the address that opened the case.'],
      rmaStatus: ['Here is the status of your RMA:', '{*lines}'],
      notFound: ['We could not find {thing} {id} for your company. Please check the number; a representative can help if you reply to this email.'],
      entitlementSerial: ['Serial number {serial} ({platform}): {coverage} for 24x7 phone and web support[[, contract {contractId} ({serviceLevel}) until {endDate}]].'],
      entitlementContract: ['Contract {contractId} ({serviceLevel}): {state}, {startDate} to {endDate}, {count} serial number(s).'],
      attachmentsSkipped: ['We could not keep these attachments with your case:', '{*lines}', 'Please send them in smaller parts or compressed, or ask your representative for an upload link.'],
      handedOff: ['[[We opened case {caseNumber} for your request. ]]A Customer Care representative will contact you by {contactBy}.'],
      signInCode: ['Your Customer Care chat verification code is {code}.', 'Type it in the chat window within {minutes} minutes. If you did not ask for it, ignore this email: nobody can use it without the chat window it was asked in.'],
    },
    words: {
      open: 'open', closed: 'closed', covered: 'covered', notCovered: 'not covered', rma: 'RMA', serialNumber: 'serial number', contract: 'contract',
      megabytes: 'MB', tooLarge: 'larger than {max} MB', messageTooLarge: 'the attachments of one message together exceed {max} MB', tooMany: 'too many attachments in one message',
      signInCodeSubject: 'Your Customer Care verification code', signatureName: 'Customer Care', signatureNote: 'This is an automatic reply. Answer above this line to add to your case.',
    },
  },
  de: {
    templates: {
      caseOpened: [
        'Vielen Dank, dass Sie sich an den Kundendienst gewandt haben. Wir haben für Ihre Anfrage den Fall {caseNumber} (Priorität {priority}) eröffnet:',
        '> {subject}',
        'Ein Mitarbeiter des Kundendienstes meldet sich innerhalb von {hours} Stunden bei Ihnen; das Reaktionsziel für diese Priorität ist {responseTarget}. Bitte behalten Sie [Case {caseNumber}] im Betreff, wenn Sie dazu schreiben.',
      ],
      notAParticipant: ['Sie haben zum Fall {quoted} geschrieben. Nur Personen des Kunden, dem dieser Fall gehört, können etwas hinzufügen, und Ihre Adresse gehört nicht dazu; deshalb haben wir Ihre Nachricht dem Fall nicht hinzugefügt. Stattdessen haben wir für Sie einen neuen Fall eröffnet: {caseNumber}. Ein Mitarbeiter des Kundendienstes meldet sich innerhalb von 24 Stunden bei Ihnen.'],
      notRegistered: ['Vielen Dank für Ihre Nachricht. Ihre E-Mail-Adresse ist beim Kundendienst nicht registriert; daher können wir per E-Mail keinen Fall eröffnen und keine Angaben zu Fällen machen[[ (auch nicht zum Fall {quoted})]]. Ein Mitarbeiter des Kundendienstes prüft Ihre Nachricht und meldet sich bis {contactBy} bei Ihnen. Wenn Sie ein Konto bei uns haben, schreiben Sie bitte von der dort registrierten Adresse.'],
      caseStatus: ['Fall {caseNumber}: {status}, Priorität {priority}.', '> {subject}\nZuletzt geändert: {lastModified}'],
      caseNotFound: ['Wir konnten den Fall {caseNumber} unter den Fällen, die Sie einsehen können, nicht finden. Bitte prüfen Sie die Nummer oder schreiben Sie von der Adresse, mit der der Fall eröffnet wurde.'],
      rmaStatus: ['Hier ist der Status Ihrer RMA:', '{*lines}'],
      notFound: ['Zu {thing} {id} haben wir für Ihr Unternehmen nichts gefunden. Bitte prüfen Sie die Nummer; wenn Sie auf diese E-Mail antworten, hilft Ihnen ein Mitarbeiter weiter.'],
      entitlementSerial: ['Seriennummer {serial} ({platform}): {coverage} für 24x7-Support per Telefon und Web[[, Vertrag {contractId} ({serviceLevel}) bis {endDate}]].'],
      entitlementContract: ['Vertrag {contractId} ({serviceLevel}): {state}, {startDate} bis {endDate}, {count} Seriennummer(n).'],
      attachmentsSkipped: ['Diese Anhänge konnten wir nicht zu Ihrem Fall speichern:', '{*lines}', 'Bitte senden Sie sie in kleineren Teilen oder komprimiert, oder bitten Sie Ihren Ansprechpartner um einen Upload-Link.'],
      handedOff: ['[[Wir haben für Ihre Anfrage den Fall {caseNumber} eröffnet. ]]Ein Mitarbeiter des Kundendienstes meldet sich bis {contactBy} bei Ihnen.'],
      signInCode: ['Ihr Bestätigungscode für den Customer-Care-Chat lautet {code}.', 'Geben Sie ihn innerhalb von {minutes} Minuten im Chatfenster ein. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: ohne das Chatfenster, in dem er angefordert wurde, ist er nutzlos.'],
    },
    words: {
      open: 'offen', closed: 'geschlossen', covered: 'abgedeckt', notCovered: 'nicht abgedeckt', rma: 'RMA', serialNumber: 'Seriennummer', contract: 'Vertrag',
      megabytes: 'MB', tooLarge: 'größer als {max} MB', messageTooLarge: 'die Anhänge einer Nachricht überschreiten zusammen {max} MB', tooMany: 'zu viele Anhänge in einer Nachricht',
      signInCodeSubject: 'Ihr Bestätigungscode für den Kundendienst', signatureName: 'Kundendienst', signatureNote: 'Dies ist eine automatische Antwort. Schreiben Sie oberhalb dieser Zeile, um Ihrem Fall etwas hinzuzufügen.',
    },
  },
  fr: {
    templates: {
      caseOpened: [
        'Merci d’avoir contacté le service client. Nous avons ouvert le dossier {caseNumber} (priorité {priority}) pour votre demande :',
        '> {subject}',
        'Un conseiller du service client vous contactera dans les {hours} heures ; le délai de réponse visé pour cette priorité est {responseTarget}. Merci de conserver [Case {caseNumber}] dans l’objet lorsque vous nous écrivez à ce sujet.',
      ],
      notAParticipant: ['Vous avez écrit au sujet du dossier {quoted}. Seules les personnes du client auquel appartient ce dossier peuvent le compléter, et votre adresse n’en fait pas partie : nous n’y avons donc pas ajouté votre message. Nous avons ouvert un nouveau dossier pour vous : {caseNumber}. Un conseiller du service client vous contactera dans les 24 heures.'],
      notRegistered: ['Merci pour votre message. Votre adresse e-mail n’est pas enregistrée auprès du service client : nous ne pouvons donc ni ouvrir de dossier ni communiquer d’informations sur un dossier par e-mail[[ (y compris le dossier {quoted})]]. Un conseiller du service client examinera votre message et vous contactera d’ici le {contactBy}. Si vous avez un compte chez nous, merci d’écrire depuis l’adresse qui y est enregistrée.'],
      caseStatus: ['Dossier {caseNumber} : {status}, priorité {priority}.', '> {subject}\nDernière modification : {lastModified}'],
      caseNotFound: ['Nous n’avons pas trouvé le dossier {caseNumber} parmi les dossiers que vous pouvez consulter. Merci de vérifier le numéro ou d’écrire depuis l’adresse qui a ouvert le dossier.'],
      rmaStatus: ['Voici l’état de votre RMA :', '{*lines}'],
      notFound: ['Nous n’avons rien trouvé pour {thing} {id} concernant votre entreprise. Merci de vérifier le numéro ; un conseiller peut vous aider si vous répondez à cet e-mail.'],
      entitlementSerial: ['Numéro de série {serial} ({platform}) : {coverage} pour l’assistance 24 h/24, 7 j/7 par téléphone et sur le web[[, contrat {contractId} ({serviceLevel}) jusqu’au {endDate}]].'],
      entitlementContract: ['Contrat {contractId} ({serviceLevel}) : {state}, du {startDate} au {endDate}, {count} numéro(s) de série.'],
      attachmentsSkipped: ['Nous n’avons pas pu conserver ces pièces jointes avec votre dossier :', '{*lines}', 'Merci de les envoyer en plusieurs parties ou compressées, ou de demander un lien de dépôt à votre conseiller.'],
      handedOff: ['[[Nous avons ouvert le dossier {caseNumber} pour votre demande. ]]Un conseiller du service client vous contactera d’ici le {contactBy}.'],
      signInCode: ['Votre code de vérification pour le chat du service client est {code}.', 'Saisissez-le dans la fenêtre de chat dans les {minutes} minutes. Si vous ne l’avez pas demandé, ignorez cet e-mail : il est inutilisable sans la fenêtre de chat où il a été demandé.'],
    },
    words: {
      open: 'ouvert', closed: 'clos', covered: 'couvert', notCovered: 'non couvert', rma: 'le RMA', serialNumber: 'le numéro de série', contract: 'le contrat',
      megabytes: 'Mo', tooLarge: 'plus de {max} Mo', messageTooLarge: 'les pièces jointes d’un même message dépassent ensemble {max} Mo', tooMany: 'trop de pièces jointes dans un même message',
      signInCodeSubject: 'Votre code de vérification du service client', signatureName: 'Service client', signatureNote: 'Ceci est une réponse automatique. Répondez au-dessus de cette ligne pour compléter votre dossier.',
    },
  },
  es: {
    templates: {
      caseOpened: [
        'Gracias por ponerse en contacto con Atención al Cliente. Hemos abierto el caso {caseNumber} (prioridad {priority}) para su solicitud:',
        '> {subject}',
        'Un representante de Atención al Cliente se pondrá en contacto con usted en un plazo de {hours} horas; el objetivo de respuesta para esta prioridad es {responseTarget}. Mantenga [Case {caseNumber}] en el asunto cuando escriba sobre este caso.',
      ],
      notAParticipant: ['Nos escribió sobre el caso {quoted}. Solo las personas del cliente al que pertenece ese caso pueden añadir información, y su dirección no es una de ellas, por lo que no añadimos su mensaje al caso. En su lugar, hemos abierto un caso nuevo para usted: {caseNumber}. Un representante de Atención al Cliente se pondrá en contacto con usted en un plazo de 24 horas.'],
      notRegistered: ['Gracias por su mensaje. Su dirección de correo electrónico no está registrada en Atención al Cliente, por lo que no podemos abrir un caso ni compartir detalles de casos por correo electrónico[[ (tampoco del caso {quoted})]]. Un representante de Atención al Cliente revisará su mensaje y se pondrá en contacto con usted antes del {contactBy}. Si tiene una cuenta con nosotros, escríbanos desde la dirección registrada en ella.'],
      caseStatus: ['Caso {caseNumber}: {status}, prioridad {priority}.', '> {subject}\nÚltima modificación: {lastModified}'],
      caseNotFound: ['No encontramos el caso {caseNumber} entre los casos que puede consultar. Compruebe el número o escriba desde la dirección con la que se abrió el caso.'],
      rmaStatus: ['Este es el estado de su RMA:', '{*lines}'],
      notFound: ['No encontramos {thing} {id} para su empresa. Compruebe el número; un representante puede ayudarle si responde a este correo.'],
      entitlementSerial: ['Número de serie {serial} ({platform}): {coverage} para soporte telefónico y web 24x7[[, contrato {contractId} ({serviceLevel}) hasta el {endDate}]].'],
      entitlementContract: ['Contrato {contractId} ({serviceLevel}): {state}, del {startDate} al {endDate}, {count} número(s) de serie.'],
      attachmentsSkipped: ['No pudimos guardar estos archivos adjuntos con su caso:', '{*lines}', 'Envíelos en partes más pequeñas o comprimidos, o pida a su representante un enlace de carga.'],
      handedOff: ['[[Hemos abierto el caso {caseNumber} para su solicitud. ]]Un representante de Atención al Cliente se pondrá en contacto con usted antes del {contactBy}.'],
      signInCode: ['Su código de verificación para el chat de Atención al Cliente es {code}.', 'Escríbalo en la ventana de chat en un plazo de {minutes} minutos. Si no lo ha pedido, ignore este correo: no sirve sin la ventana de chat en la que se pidió.'],
    },
    words: {
      open: 'abierto', closed: 'cerrado', covered: 'cubierto', notCovered: 'no cubierto', rma: 'el RMA', serialNumber: 'el número de serie', contract: 'el contrato',
      megabytes: 'MB', tooLarge: 'más de {max} MB', messageTooLarge: 'los adjuntos de un mismo mensaje superan en conjunto {max} MB', tooMany: 'demasiados adjuntos en un mismo mensaje',
      signInCodeSubject: 'Su código de verificación de Atención al Cliente', signatureName: 'Atención al Cliente', signatureNote: 'Esta es una respuesta automática. Responda por encima de esta línea para añadir información a su caso.',
    },
  },
  ja: {
    templates: {
      caseOpened: [
        'カスタマーケアにお問い合わせいただきありがとうございます。お問い合わせについてケース {caseNumber}（優先度 {priority}）を作成しました。',
        '> {subject}',
        '{hours} 時間以内にカスタマーケア担当者からご連絡いたします。この優先度の応答目標は {responseTarget} です。本件についてご連絡いただく際は、件名の [Case {caseNumber}] をそのまま残してください。',
      ],
      notAParticipant: ['ケース {quoted} についてご連絡いただきました。このケースに追記できるのは、ケースが属するお客様の関係者のみです。お客様のアドレスは含まれていないため、メッセージはこのケースに追加していません。代わりに新しいケース {caseNumber} を作成しました。24 時間以内にカスタマーケア担当者からご連絡いたします。'],
      notRegistered: ['メッセージをお送りいただきありがとうございます。お客様のメールアドレスはカスタマーケアに登録されていないため、メールでケースを作成したりケースの詳細をお伝えしたりすることはできません[[（ケース {quoted} を含みます）]]。カスタマーケア担当者がメッセージを確認し、{contactBy} までにご連絡いたします。アカウントをお持ちの場合は、登録済みのアドレスからお送りください。'],
      caseStatus: ['ケース {caseNumber}：{status}、優先度 {priority}。', '> {subject}\n最終更新：{lastModified}'],
      caseNotFound: ['ご覧いただけるケースの中に、ケース {caseNumber} が見つかりませんでした。番号をご確認いただくか、ケースを作成したアドレスからお送りください。'],
      rmaStatus: ['RMA のステータスは次のとおりです。', '{*lines}'],
      notFound: ['貴社の{thing} {id} が見つかりませんでした。番号をご確認ください。このメールに返信いただければ担当者がお手伝いします。'],
      entitlementSerial: ['シリアル番号 {serial}（{platform}）：24 時間 365 日の電話・Web サポートの{coverage}[[（契約 {contractId}（{serviceLevel}）、{endDate} まで）]]。'],
      entitlementContract: ['契約 {contractId}（{serviceLevel}）：{state}、{startDate} から {endDate} まで、シリアル番号 {count} 件。'],
      attachmentsSkipped: ['次の添付ファイルはケースに保存できませんでした。', '{*lines}', '小さく分割するか圧縮して再送いただくか、担当者にアップロード用リンクをお尋ねください。'],
      handedOff: ['[[お問い合わせについてケース {caseNumber} を作成しました。]]{contactBy} までにカスタマーケア担当者からご連絡いたします。'],
      signInCode: ['カスタマーケアのチャット確認コードは {code} です。', '{minutes} 分以内にチャット画面に入力してください。お心当たりがない場合は、このメールを無視してください。コードを要求したチャット画面以外では使用できません。'],
    },
    words: {
      open: 'オープン', closed: 'クローズ', covered: '対象です', notCovered: '対象外です', rma: 'RMA', serialNumber: 'シリアル番号', contract: '契約',
      megabytes: 'MB', tooLarge: '{max} MB を超えています', messageTooLarge: '1 通のメッセージの添付ファイルの合計が {max} MB を超えています', tooMany: '1 通のメッセージの添付ファイルが多すぎます',
      signInCodeSubject: 'カスタマーケア確認コード', signatureName: 'カスタマーケア', signatureNote: 'このメールは自動送信されています。ケースに追記するには、この行より上にご返信ください。',
    },
  },
};

/**
 * The language of a reply: the contact's preferred language, else the language detected in the mail, when
 * careline has templates in it (`de-CH` uses `de`); English otherwise.
 */
/** A word of the catalogue in a language (a subject line, say). */
export function replyWord(key: WordKey, language: ReplyLanguage): string {
  return CATALOGUES[language].words[key];
}

export function replyLanguage(...candidates: (string | null | undefined)[]): ReplyLanguage {
  return pickLanguage(REPLY_LANGUAGES, candidates, 'en');
}

const PLACEHOLDER = /\{(\w+)\}/g;
const given = (value: Vars[string]): boolean => value !== null && value !== undefined && value !== '';

function fill(template: string, vars: Vars, escape: (text: string) => string): string {
  const kept = template.replace(/\[\[(.*?)\]\]/gs, (_, inner: string) => ([...inner.matchAll(PLACEHOLDER)].every((m) => given(vars[m[1] ?? ''])) ? inner : ''));
  return kept.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === undefined || Array.isArray(value)) throw new Error(`reply template: no value for {${name}}`);
    return escape(String(value ?? ''));
  });
}

const plain = (text: string): string => text;
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const htmlLines = (text: string): string => text.replace(/\r?\n/g, '<br>\n');

/** Renders the parts of one reply, then the signature, as plain text and HTML in `language`. */
export function renderReply(parts: ReplyPart[], language: ReplyLanguage): RenderedReply {
  const { templates, words } = CATALOGUES[language];
  const text: string[] = [];
  const html: string[] = [];
  for (const part of parts) {
    const vars = part.vars(words);
    for (const paragraph of templates[part.key]) {
      const list = /^\{\*(\w+)\}$/.exec(paragraph);
      if (list) {
        const items = vars[list[1] ?? ''];
        if (!Array.isArray(items)) throw new Error(`reply template: {*${list[1] ?? ''}} is not a list`);
        text.push(items.map((item) => `  ${item}`).join('\n'));
        html.push(`<ul>\n${items.map((item) => `<li>${htmlLines(escapeHtml(item))}</li>`).join('\n')}\n</ul>`);
      } else if (paragraph.startsWith('> ')) {
        const body = paragraph.slice(2);
        text.push(fill(body, vars, plain).split('\n').map((line) => `  ${line}`).join('\n'));
        html.push(`<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #ccc">${htmlLines(fill(body, vars, escapeHtml))}</blockquote>`);
      } else {
        text.push(fill(paragraph, vars, plain));
        html.push(`<p style="margin:0 0 1em">${htmlLines(fill(paragraph, vars, escapeHtml))}</p>`);
      }
    }
  }
  text.push(`-- \n${words.signatureName}\n${words.signatureNote}`);
  html.push(`<p style="margin:1.5em 0 0;color:#666;font-size:90%">-- <br>\n${escapeHtml(words.signatureName)}<br>\n${escapeHtml(words.signatureNote)}</p>`);
  return {
    language,
    text: text.join('\n\n'),
    html: `<!DOCTYPE html>\n<html lang="${language}">\n<head><meta charset="utf-8"></head>\n<body style="font-family:sans-serif;font-size:14px;line-height:1.4">\n${html.join('\n')}\n</body>\n</html>\n`,
  };
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
const word = (template: string, vars: Vars): string => fill(template, vars, plain);

export interface SkippedAttachment {
  filename: string;
  size: number;
  reason: 'too_large' | 'message_too_large' | 'too_many';
}

/** The parts careline's replies are made of. */
export const replyTexts = {
  caseOpened(record: CaseRecord, promise: { firstContactWithinHours: number; responseTarget: string }): ReplyPart {
    return { key: 'caseOpened', vars: () => ({ caseNumber: record.caseNumber, priority: record.priority, subject: record.subject, hours: promise.firstContactWithinHours, responseTarget: promise.responseTarget }) };
  },
  notAParticipant(quoted: string, record: CaseRecord): ReplyPart {
    return { key: 'notAParticipant', vars: () => ({ quoted, caseNumber: record.caseNumber }) };
  },
  notRegistered(contactByText: string, quoted: string | null): ReplyPart {
    return { key: 'notRegistered', vars: () => ({ contactBy: contactByText, quoted }) };
  },
  caseStatus(record: CaseRecord, lastModified: string): ReplyPart {
    return { key: 'caseStatus', vars: (w) => ({ caseNumber: record.caseNumber, status: record.status === 'OPEN' ? w.open : w.closed, priority: record.priority, subject: record.subject, lastModified }) };
  },
  caseNotFound(caseNumber: string): ReplyPart {
    return { key: 'caseNotFound', vars: () => ({ caseNumber }) };
  },
  rmaStatus(lines: string[]): ReplyPart {
    return { key: 'rmaStatus', vars: () => ({ lines }) };
  },
  notFound(thing: 'rma' | 'serialNumber' | 'contract', id: string): ReplyPart {
    return { key: 'notFound', vars: (w) => ({ thing: w[thing], id }) };
  },
  entitlementSerial(answer: { serialNumber: string; platform: string; covered: boolean; contract: { contractId: string; serviceLevel: string; endDate: string } | null }): ReplyPart {
    return {
      key: 'entitlementSerial',
      vars: (w) => ({ serial: answer.serialNumber, platform: answer.platform, coverage: answer.covered ? w.covered : w.notCovered, contractId: answer.contract?.contractId, serviceLevel: answer.contract?.serviceLevel, endDate: answer.contract?.endDate }),
    };
  },
  entitlementContract(contract: { contractId: string; serviceLevel: string; state: string; startDate: string; endDate: string; coveredSerials: number }): ReplyPart {
    return { key: 'entitlementContract', vars: () => ({ contractId: contract.contractId, serviceLevel: contract.serviceLevel, state: contract.state, startDate: contract.startDate, endDate: contract.endDate, count: contract.coveredSerials }) };
  },
  attachmentsSkipped(skipped: SkippedAttachment[], limits: { maxBytes: number; maxBytesPerMessage: number }): ReplyPart {
    const reasons = { too_large: ['tooLarge', limits.maxBytes], message_too_large: ['messageTooLarge', limits.maxBytesPerMessage], too_many: ['tooMany', 0] } as const;
    return {
      key: 'attachmentsSkipped',
      vars: (w) => ({ lines: skipped.map((a) => `${a.filename} (${mb(a.size)} ${w.megabytes}): ${word(w[reasons[a.reason][0]], { max: mb(reasons[a.reason][1]) })}`) }),
    };
  },
  /** The web chat sign-in code (bot/dialogs/sign-in-dialog.ts); its subject is the word `signInCodeSubject`. */
  signInCode(code: string, minutes: number): ReplyPart {
    return { key: 'signInCode', vars: () => ({ code, minutes }) };
  },
  handedOff(record: CaseRecord | null, contactByText: string): ReplyPart {
    return { key: 'handedOff', vars: () => ({ caseNumber: record?.caseNumber ?? null, contactBy: contactByText }) };
  },
};
