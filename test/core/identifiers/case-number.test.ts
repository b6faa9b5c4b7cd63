import { describe, expect, it } from 'vitest';
import {
  CarelineError, formatCaseNumber, parseCaseNumber, requireCaseNumber, telephoneForm,
} from '../../../core/index.ts';

describe('case numbers (YYYY-MMDD-NNNN)', () => {
  describe('when a customer writes or keys a case number, it is read as the one case it names', () => {
    it.each([
      ['the guide\'s dashed form', '2012-0101-0123', '2012-0101-0123'],
      ['the 12-digit telephone form', '201201110120', '2012-0111-0120'],
      ['the telephone form ended by the pound sign', '201201110120#', '2012-0111-0120'],
      ['the guide\'s telephone example without the second dash', '20120111-0120', '2012-0111-0120'],
      ['groups separated by spaces', '2012 0111 0120', '2012-0111-0120'],
      ['spaces and a pound sign', ' 2012 0111 0120 # ', '2012-0111-0120'],
      ['surrounding whitespace', '\t2012-0111-0120  ', '2012-0111-0120'],
      ['the date written with its own dashes', '2012-01-11-0120', '2012-0111-0120'],
      ['dots', '2012.0111.0120', '2012-0111-0120'],
      ['the 29th of February of a leap year', '2012-0229-0001', '2012-0229-0001'],
      ['the last sequence of a day', '2026-1231-9999', '2026-1231-9999'],
    ])('%s: "%s" is %s', (_form, typed, expected) => {
      expect(parseCaseNumber(typed)).toBe(expected);
    });
  });

  describe('when the text is not a case number, it is refused rather than guessed', () => {
    it.each([
      ['a 13th month', '2012-1301-0001'],
      ['a month 00', '2012-0001-0001'],
      ['a day 00', '2012-0100-0001'],
      ['the 30th of February', '2012-0230-0001'],
      ['the 29th of February of a common year', '2011-0229-0001'],
      ['sequence 0000', '2012-0101-0000'],
      ['a year before case numbers existed', '1989-1231-0001'],
      ['11 digits', '2012-0101-012'],
      ['13 digits', '2012-0101-01234'],
      ['11 digits by telephone', '20120101012#'],
      ['13 digits by telephone', '2012010101234#'],
      ['letters', '2012-01O1-0123'],
      ['an RMA number', 'R212345'],
      ['a pound sign in front', '#201201010123'],
      ['nothing', ''],
    ])('%s ("%s")', (_why, typed) => {
      expect(parseCaseNumber(typed)).toBeNull();
    });

    it('and requireCaseNumber says INVALID_CASE_NUMBER, quoting what was typed', () => {
      const error = captureError(() => requireCaseNumber('2012-1301-0001'));
      expect(error).toBeInstanceOf(CarelineError);
      expect(error).toMatchObject({ code: 'INVALID_CASE_NUMBER', message: '"2012-1301-0001" is not a case number' });
    });
  });

  it('requireCaseNumber returns the normalised number of a valid one', () => {
    expect(requireCaseNumber('201201010123#')).toBe('2012-0101-0123');
  });

  describe('when the desk numbers the day\'s cases', () => {
    it.each([
      [1, '2026-1127-0001'],
      [42, '2026-1127-0042'],
      [123, '2026-1127-0123'],
      [9999, '2026-1127-9999'],
    ])('sequence %i of 2026-1127 is %s', (sequence, expected) => {
      expect(formatCaseNumber('2026-1127', sequence)).toBe(expected);
    });

    it('then the 10,000th case of a day finds every number used (CASE_NUMBERS_EXHAUSTED)', () => {
      const error = captureError(() => formatCaseNumber('2026-1127', 10_000));
      expect(error).toBeInstanceOf(CarelineError);
      expect(error).toMatchObject({ code: 'CASE_NUMBERS_EXHAUSTED', message: 'day 2026-1127 has used all case numbers' });
    });

    it.each([0, -1, 1.5, Number.NaN])('then sequence %s is a programming error (RangeError), not a case number', (sequence) => {
      expect(() => formatCaseNumber('2026-1127', sequence)).toThrow(RangeError);
    });
  });

  describe('when a case number is read out for the telephone', () => {
    it('then it is the 12 digits without dashes', () => {
      expect(telephoneForm('2012-0111-0120')).toBe('201201110120');
    });

    it('then keying it back in (with the pound sign) finds the same case', () => {
      expect(parseCaseNumber(`${telephoneForm('2026-1127-0042')}#`)).toBe('2026-1127-0042');
    });
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('case numbers typed with typographic dashes', () => {
  it('when a case number arrives as 2012\u20130101\u20130123, then it is 2012-0101-0123', async () => {
    const { parseCaseNumber } = await import('../../../core/index.ts');
    expect(parseCaseNumber('2012\u20130101\u20130123')).toBe('2012-0101-0123');
  });
});
