/**
 * Choosing the language of a reply: the first candidate (a BCP 47 tag such as `de-CH`, or a bare code)
 * whose base language has texts, else English. Chat and email share this rule.
 */
export function pickLanguage<L extends string>(supported: readonly L[], candidates: readonly (string | null | undefined)[], fallback: L): L {
  for (const tag of candidates) {
    const base = tag?.toLowerCase().split(/[-_]/)[0];
    const found = supported.find((language) => language === base);
    if (found) return found;
  }
  return fallback;
}
