import { describe, expect, it } from 'vitest';
import { formatDeadline } from '../../../core/calendar/index.ts';

// Punctuation between the parts comes from the runtime's CLDR data and changes between Node releases, so the
// stories check the parts a customer relies on: the weekday, the date, the time and the zone.
const mondayMorningInBerlin = new Date('2026-11-30T08:00:00Z');

describe('a deadline as the customer reads it', () => {
  it('when the customer writes British English from Berlin, then they read Monday, 30 November 2026, 09:00 CET', () => {
    const text = formatDeadline(mondayMorningInBerlin, { timeZone: 'Europe/Berlin', language: 'en-GB' });

    expect(text).toMatch(/^Monday,? 30 November 2026,? (at )?09:00 CET$/);
  });

  it('when the customer writes German, then they read it in German with the German zone name', () => {
    const text = formatDeadline(mondayMorningInBerlin, { timeZone: 'Europe/Berlin', language: 'de' });

    for (const part of ['Montag', '30. November 2026', '09:00', 'MEZ']) expect(text).toContain(part);
  });

  it('when the customer is in California, then they read their own time, with daylight or standard time named', () => {
    expect(formatDeadline(mondayMorningInBerlin, { timeZone: 'America/Los_Angeles', language: 'en-US' })).toMatch(/Monday, November 30, 2026.*12:00.AM PST/);
    expect(formatDeadline(new Date('2026-03-08T20:00:00Z'), { timeZone: 'America/Los_Angeles', language: 'en-US' })).toMatch(/Sunday, March 8, 2026.*1:00.PM PDT/);
  });

  it('when the customer writes Japanese, then the date is written the Japanese way', () => {
    expect(formatDeadline(mondayMorningInBerlin, { timeZone: 'Asia/Tokyo', language: 'ja' })).toContain('2026年11月30日月曜日');
  });

  it('when the language tag is malformed or the time zone unknown, then English and UTC are used rather than failing', () => {
    const text = formatDeadline(mondayMorningInBerlin, { timeZone: 'Mars/Olympus_Mons', language: 'not a language' });

    expect(text).toMatch(/Monday, November 30, 2026.*8:00.AM UTC/);
  });
});
