import { describe, expect, it } from 'vitest';
import { CATALOGUE, isNo, isYes, menuChoiceOf, messageLanguage, REPLY_LANGUAGES, replyLanguage } from '../../bot/catalogue.ts';

describe('the reply catalogue', () => {
  const english = CATALOGUE.en;

  it('has every key in every language, of the same kind, and nothing left untranslated by accident', () => {
    for (const language of REPLY_LANGUAGES) {
      const words = CATALOGUE[language] as Record<string, unknown>;
      expect(Object.keys(words).sort(), language).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(english)) {
        const translated = words[key];
        expect(typeof translated, `${language}.${key}`).toBe(typeof value);
        if (Array.isArray(value)) expect((translated as unknown[]).length, `${language}.${key}`).toBe(value.length);
        if (typeof value === 'object' && !Array.isArray(value)) expect(Object.keys(translated as object).sort()).toEqual(Object.keys(value).sort());
        if (typeof value === 'string' && value.trim()) expect((translated as string).trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('keeps the case number and the 24-hour promise in every language', () => {
    for (const language of REPLY_LANGUAGES) {
      const text = CATALOGUE[language].caseOpened({ caseNumber: '2026-1102-0001', hours: 24, priority: 'P2', target: CATALOGUE[language].responseTargets.P2 });
      expect(text).toContain('2026-1102-0001');
      expect(text).toContain('24');
      expect(CATALOGUE[language].handoffCreated('Monday 09:00')).toContain('Monday 09:00');
    }
  });

  it('picks a reply language from codes and locales, English otherwise', () => {
    expect(replyLanguage('de-DE')).toBe('de');
    expect(replyLanguage('und', 'ko', 'ja')).toBe('ja');
    expect(replyLanguage(undefined, 'ko')).toBe('en');
  });

  it('trusts a detected language only when the message says enough', () => {
    expect(messageLanguage('open a case', 'es')).toBeNull();
    expect(messageLanguage('Ich möchte einen Fall eröffnen', 'de')).toBe('de');
    expect(messageLanguage('ケースを開きたいです', 'ja')).toBe('ja');
    expect(messageLanguage('a longer english text here', 'ko')).toBeNull();
  });

  it('maps a menu button in any language to the request it stands for, and reads yes and no', () => {
    expect(menuChoiceOf('Meine Fälle')).toEqual({ choice: 'My cases', language: 'de' });
    expect(menuChoiceOf('担当者と話す')).toEqual({ choice: 'Talk to a person', language: 'ja' });
    expect(menuChoiceOf('hello')).toBeNull();
    for (const language of REPLY_LANGUAGES) {
      expect(isYes(CATALOGUE[language].yes), language).toBe(true);
      expect(isNo(CATALOGUE[language].no), language).toBe(true);
    }
  });
});
