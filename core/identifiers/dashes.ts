/**
 * The guide itself prints "RNNNNNN–n" with an en dash, and word processors turn hyphens into dashes;
 * identifiers copied from either must still be recognised.
 */
export function normaliseDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
}
