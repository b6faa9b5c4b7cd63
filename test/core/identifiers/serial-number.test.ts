import { describe, expect, it } from 'vitest';
import { parseSerialNumber, requireSerialNumber } from '../../../core/index.ts';

describe('serial numbers', () => {
  it.each([
    ['upper case as printed', 'JN11F3A2BAFA', 'JN11F3A2BAFA'],
    ['lower case', 'jn11f3a2bafa', 'JN11F3A2BAFA'],
    ['with spaces', ' JN11 F3A2 BAFA ', 'JN11F3A2BAFA'],
    ['a platform that uses a dash', 'ab-1234', 'AB-1234'],
  ])('when typed %s ("%s"), it is compared as %s', (_form, typed, expected) => {
    expect(parseSerialNumber(typed)).toBe(expected);
  });

  it.each([
    ['too short', 'JN1'],
    ['starting with a dash', '-JN1234'],
    ['punctuation', 'JN12/34'],
    ['longer than 40 characters', 'J'.repeat(41)],
  ])('when %s ("%s"), it is not a serial number', (_why, typed) => {
    expect(parseSerialNumber(typed)).toBeNull();
    expect(() => requireSerialNumber(typed)).toThrow(expect.objectContaining({ code: 'INVALID_SERIAL_NUMBER' }));
  });
});
