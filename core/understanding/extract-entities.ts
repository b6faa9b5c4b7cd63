/**
 * Identifiers in free text, by precise patterns: what a customer wrote in chat or email, turned into the
 * normalised forms the core looks up. Never invents: a token is an identifier only when its shape (and, for
 * the ambiguous kinds, a label such as "contract" or "S/N") says so. Each kind lists values once, in order.
 */
import { parseCaseNumber } from '../identifiers/case-number.ts';
import { normaliseDashes } from '../identifiers/dashes.ts';
import { formatRmaReference, parseRmaReference } from '../identifiers/rma-number.ts';
import { parseSerialNumber } from '../identifiers/serial-number.ts';
import type { Priority } from '../shared/vocabulary.ts';
import { datesIn } from './date-mentions.ts';
import { priorityOf } from './priority-phrases.ts';

export interface Entities {
  caseNumbers: string[];
  /** `R1234567`, or `R1234567-1` for a line item. */
  rmaNumbers: string[];
  serialNumbers: string[];
  contractIds: string[];
  authorizationCodes: string[];
  priority: Priority | null;
  /** The customer's own reference for a case (their internal ticket number). */
  trackingNumbers: string[];
  salesOrders: string[];
  /** ISO `YYYY-MM-DD`. */
  dates: string[];
}

// Boundaries are ASCII letters and digits only: an identifier written right next to Chinese or Japanese
// text (设备JN11A2B3C4D5的, R2123456の) must still be found.
const SEP = '[-\\s./]?';
/** 2012-0101-0123, 2012 0101 0123, 20120101-0123, 2012-01-01-0123, 201201010123#. */
const CASE_NUMBER = new RegExp(`(?<![\\d-])(\\d{4}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{4})#?(?![\\d])`, 'g');
const RMA = /(?<![A-Za-z0-9])R\s?-?\s?\d{6,7}(?:\s?-\s?\d{1,3})?(?![0-9])/giu;
const AUTH_CODE = /(?<![A-Za-z0-9])AC-[A-Z0-9]{4}-[A-Z0-9]{4}-\d{4}(?![A-Za-z0-9])/giu;
const SALES_ORDER = /(?<![A-Za-z0-9])SO[-#:\s]?\s?(\d{5,10})(?![0-9])/giu;
const TICKET = /(?<![A-Za-z0-9])(?:INC|REQ|RITM|TKT|CHG)-?\d{5,10}(?![0-9])/giu;
/** The usual serial shape: two letters and ten letters or digits, with at least four digits and three letters. */
const SERIAL_SHAPE = /(?<![A-Za-z0-9-])[A-Z]{2}[A-Z0-9]{10}(?![A-Za-z0-9-])/giu;

/** A label before an identifier; list longer words before their prefixes (vertragsnummer before vertrag). */
const label = (words: string): string => `(?:${words})\\s*(?:id|number|no\\.?|nr\\.?|#|num[ée]ro|n[º°]|番号|号|번호|номер)?\\s*[:#]?\\s*`;
const SERIAL_LABELS = label('serial number|seriennummer|serien-nr|s/n|sn|serial|num[ée]ro de s[ée]rie|n[úu]mero de serie|シリアル|序列号|序号|시리얼|серийный|numer seryjny|serienummer|الرقم التسلسلي');
const LABELLED_SERIAL = new RegExp(`${SERIAL_LABELS}([A-Z0-9][A-Z0-9-]{5,24})`, 'giu');
const CONTRACT_LABELS = label('support contract|contractnummer|contract|vertragsnummer|wartungsvertrag|vertrag|contrato|contrat|契約|合同|계약|контракт|договор|umowa|kontrakt|عقد');
const LABELLED_CONTRACT = new RegExp(`${CONTRACT_LABELS}([A-Z0-9][A-Z0-9-]{4,24})`, 'giu');
const AUTH_LABELS = label('auth(?:ori[sz]ation)? code|authorization|autorisierungscode|code d.autorisation|c[óo]digo de autorizaci[óo]n|認証コード|授权码|인증 코드|код авторизации|kod autoryzacji|autorisatiecode');
const LABELLED_AUTH = new RegExp(`${AUTH_LABELS}([A-Z0-9][A-Z0-9-]{5,30})`, 'giu');
const TRACKING_LABELS = label('our ref(?:erence)?|our ticket|our case|internal (?:case|ticket|reference)|tracking number|customer reference|ticket|reference|ref|unser(?:e)? (?:ticket|referenz)|notre r[ée]f[ée]rence|nuestra referencia|onze referentie');
const LABELLED_TRACKING = new RegExp(`${TRACKING_LABELS}([A-Z][A-Z0-9-]{3,30}\\d[A-Z0-9-]*)`, 'giu');

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function looksLikeSerial(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 4 && candidate.length - digits >= 3;
}

/** Replaces matched spans with spaces so later patterns cannot read the same characters again. */
function consume(state: { text: string }, pattern: RegExp, take: (match: RegExpExecArray) => string | null): string[] {
  const out: string[] = [];
  state.text = state.text.replace(pattern, (...args: unknown[]) => {
    const match = args.slice(0, -2) as unknown as RegExpExecArray; // [whole, ...groups]
    const value = take(match);
    if (value === null) return match[0];
    out.push(value);
    return ' '.repeat(match[0].length);
  });
  return out;
}

export function extractEntities(input: string): Entities {
  // NFKC folds full-width forms (ＲＭＡ１２３, common in Japanese and Chinese input) to ASCII.
  const state = { text: normaliseDashes(input.normalize('NFKC')) };
  const caseNumbers = consume(state, CASE_NUMBER, (m) => parseCaseNumber(m[1] ?? ''));
  const rmaNumbers = consume(state, RMA, (m) => {
    const reference = parseRmaReference(m[0].replace(/^R\s?-\s?/i, 'R'));
    return reference ? formatRmaReference(reference) : null;
  });
  const authorizationCodes = [
    ...consume(state, LABELLED_AUTH, (m) => (m[1] ?? '').toUpperCase()),
    ...consume(state, AUTH_CODE, (m) => m[0].toUpperCase()),
  ];
  const contractIds = consume(state, LABELLED_CONTRACT, (m) => (/\d/.test(m[1] ?? '') ? (m[1] ?? '').toUpperCase() : null));
  const salesOrders = consume(state, SALES_ORDER, (m) => `SO-${m[1] ?? ''}`);
  const trackingNumbers = [
    ...consume(state, TICKET, (m) => m[0].toUpperCase()),
    ...consume(state, LABELLED_TRACKING, (m) => (m[1] ?? '').toUpperCase()),
  ];
  const serialNumbers = [
    ...consume(state, LABELLED_SERIAL, (m) => (/\d/.test(m[1] ?? '') ? parseSerialNumber(m[1] ?? '') : null)),
    ...consume(state, SERIAL_SHAPE, (m) => (looksLikeSerial(m[0]) ? m[0].toUpperCase() : null)),
  ];
  return {
    caseNumbers: unique(caseNumbers),
    rmaNumbers: unique(rmaNumbers),
    serialNumbers: unique(serialNumbers),
    contractIds: unique(contractIds),
    authorizationCodes: unique(authorizationCodes),
    priority: priorityOf(input),
    trackingNumbers: unique(trackingNumbers),
    salesOrders: unique(salesOrders),
    dates: datesIn(state.text),
  };
}
