/**
 * The customer's own words from an email body: quoted history and signatures removed, so the classifier reads
 * the new request and not the thread below it. crisp-oss's email-reply-parser does the work (quote headers in
 * a dozen languages, signatures, "Sent from my iPhone"); a fallback then cuts at the reply headers it lets
 * through — an Outlook header block (From:/Sent:, Von:/Gesendet:, De :/Envoyé :, also Gmail's *From:*),
 * "On … wrote:" split over two lines, "Am … schrieb", "Le … a écrit", "-----Original Message-----" and its
 * translations — drops an em-dash signature, and drops trailing "> " quoted lines and separator lines.
 */
import EmailReplyParser from 'email-reply-parser';

const REPLY_VERB = "(?:wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu|skrev|kirjoitti|írta|napisał(?:\\(a\\))?|pisze|написал(?:\\(а\\))?|пишет)";
const LINE = '[^\\n]';

/** Where earlier mail begins; everything from the first match on is history. */
const HISTORY_STARTS: RegExp[] = [
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|wiadomość oryginalna|исходное сообщение|messaggio originale)\s*-{2,}\s*$/imu,
  /^\s*\*?(?:from|von|de|van|od|от|da)\s?:\*?[^\n]*\n\s*\*?(?:sent|date|gesendet|datum|envoyé|enviado|fecha|verzonden|wysłano|data|отправлено|дата|inviato)\s?:/imu,
  /^_{10,}\s*\n\s*\*?(?:from|von|de|van|od|от|da)\s?:/imu,
  // "On <date>, <name> wrote:" and its translations, the header possibly wrapped onto a second line.
  new RegExp(`^\\s*>?\\s*(?:on|am|le|el|op|il|em|den|w dniu|dnia)\\s${LINE}{1,300}?(?:\\n${LINE}{0,300}?)?${REPLY_VERB}${LINE}{0,300}?(?:\\n${LINE}{0,300}?)?[:：]\\s*$`, 'imu'),
  // "<name> <address> schrieb:" — any line that ends in a reply verb and a colon.
  new RegExp(`^${LINE}{0,300}(?<!\\p{L})${REPLY_VERB}\\s?[:：]\\s*$`, 'imu'),
  // A signature after an em or en dash on its own line.
  /^\s*[—–]{1,10}\s*$/mu,
];
const QUOTED = /^\s*>/;
/** A line of quoted history in the plain-text convention, or a separator line left above it. */
const QUOTED_OR_SEPARATOR = /^\s*(?:>.*|[-_=—–]{2,}\s*)$/;

export function stripReply(body: string): string {
  const text = requoteWrappedLines(body.replace(/\r\n?/g, '\n'));
  const visible = new EmailReplyParser().read(text).getVisibleText();
  return dropTrailing(cutAtHistory(visible)).trim();
}

/**
 * Mail clients wrap long quoted lines and the continuation loses its "> ": a line squeezed between two quoted
 * lines is quoted too. (An inline answer is set off by blank lines, so it is never squeezed.)
 */
function requoteWrappedLines(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, i) => {
    const squeezed = i > 0 && i < lines.length - 1 && line.trim() !== '' && !QUOTED.test(line)
      && QUOTED.test(lines[i - 1] ?? '') && QUOTED.test(lines[i + 1] ?? '');
    return squeezed ? `> ${line}` : line;
  }).join('\n');
}

function cutAtHistory(text: string): string {
  let end = text.length;
  for (const start of HISTORY_STARTS) {
    const match = start.exec(text);
    if (match && match.index < end) end = match.index;
  }
  return text.slice(0, end);
}

function dropTrailing(text: string): string {
  const lines = text.trimEnd().split('\n');
  while (lines.length > 0 && (QUOTED_OR_SEPARATOR.test(lines.at(-1) ?? '') || (lines.at(-1) ?? '').trim() === '')) lines.pop();
  return lines.join('\n');
}
