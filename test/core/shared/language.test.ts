import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../core/shared/language.ts';

describe('choosing the language of a reply', () => {
  const supported = ['en', 'de', 'ja'] as const;
  it('takes the first candidate whose base language has texts', () => {
    expect(pickLanguage(supported, [null, 'ko', 'de-CH', 'ja'], 'en')).toBe('de');
    expect(pickLanguage(supported, ['JA_jp'], 'en')).toBe('ja');
  });
  it('falls back when none has texts, and does not read a three-letter code as its first two letters', () => {
    expect(pickLanguage(supported, ['fil', undefined, 'ko'], 'en')).toBe('en');
    expect(pickLanguage(supported, ['deu'], 'en')).toBe('en');
  });
});
