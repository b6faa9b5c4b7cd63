/**
 * Calendar dates written the ways customers write them, returned as ISO `YYYY-MM-DD`. Only real dates
 * count (no 31 February). Slash dates are read month-first like the desk (US) unless the first number
 * cannot be a month; dotted dates (27.11.2026) are day-first as in Europe.
 */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janvier: 1, enero: 1, januari: 1,
  feb: 2, february: 2, februar: 2, février: 2, fevrier: 2, febrero: 2, februari: 2,
  mar: 3, march: 3, märz: 3, maerz: 3, mars: 3, marzo: 3, maart: 3,
  apr: 4, april: 4, avril: 4, abril: 4,
  may: 5, mai: 5, mayo: 5, mei: 5,
  jun: 6, june: 6, juni: 6, juin: 6, junio: 6,
  jul: 7, july: 7, juli: 7, juillet: 7, julio: 7,
  aug: 8, august: 8, août: 8, aout: 8, agosto: 8, augustus: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9,
  oct: 10, october: 10, oktober: 10, octobre: 10, octubre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, dezember: 12, décembre: 12, decembre: 12, diciembre: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1990 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

interface DatePattern { pattern: RegExp; read: (m: RegExpExecArray) => string | null }

const PATTERNS: DatePattern[] = [
  { pattern: /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { pattern: /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { pattern: /(\d{4})\s?년\s?(\d{1,2})\s?월\s?(\d{1,2})\s?일/g, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  { pattern: /(?<![\d./])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  {
    pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    read: (m) => (+m[1]! > 12 ? iso(+m[3]!, +m[2]!, +m[1]!) : iso(+m[3]!, +m[1]!, +m[2]!)),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => iso(+m[3]!, MONTHS[m[2]!.toLowerCase()] ?? 0, +m[1]!),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => iso(+m[3]!, MONTHS[m[1]!.toLowerCase()] ?? 0, +m[2]!),
  },
];

/** Dates in order of appearance, each once. */
export function datesIn(text: string): string[] {
  const found: { at: number; date: string }[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const date = read(match);
      if (date) found.push({ at: match.index, date });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.date))];
}
