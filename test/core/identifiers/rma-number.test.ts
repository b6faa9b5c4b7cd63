import { describe, expect, it } from 'vitest';
import { formatRmaReference, parseRmaReference, requireRmaReference } from '../../../core/index.ts';

describe('RMA numbers (RNNNNNN or RNNNNNN-n)', () => {
  describe('when a customer writes an RMA number, it is read as the RMA and, if given, its line item', () => {
    it.each([
      ['the guide\'s example', 'R212345', 'R212345', null],
      ['the guide\'s line item example', 'R212345-1', 'R212345', 1],
      ['lower case', 'r212345', 'R212345', null],
      ['lower case with a line', 'r212345-2', 'R212345', 2],
      ['seven digits', 'R2123456', 'R2123456', null],
      ['seven digits with a line', 'R2123456-7', 'R2123456', 7],
      ['spaces after the R and around the dash', 'R 212345 - 3', 'R212345', 3],
      ['surrounding whitespace', '  r212345-12 ', 'R212345', 12],
      ['a three-digit line', 'R212345-120', 'R212345', 120],
      ['a zero-padded line', 'R212345-01', 'R212345', 1],
    ])('%s: "%s" is %s line %s', (_form, typed, rmaNumber, lineNumber) => {
      expect(parseRmaReference(typed)).toEqual({ rmaNumber, lineNumber });
    });
  });

  describe('when the text is not an RMA reference, it is refused', () => {
    it.each([
      ['line 0', 'R212345-0'],
      ['line 00', 'R212345-00'],
      ['five digits', 'R21234'],
      ['eight digits', 'R21234567'],
      ['eight digits with a line', 'R21234567-1'],
      ['no R', '212345'],
      ['another prefix', 'RMA212345'],
      ['a dash and no line', 'R212345-'],
      ['a four-digit line', 'R212345-1234'],
      ['a case number', '2012-0101-0123'],
      ['nothing', ''],
    ])('%s ("%s")', (_why, typed) => {
      expect(parseRmaReference(typed)).toBeNull();
    });

    it('and requireRmaReference says INVALID_RMA_NUMBER, quoting what was typed', () => {
      expect(() => requireRmaReference('R21234')).toThrow(
        expect.objectContaining({ code: 'INVALID_RMA_NUMBER', message: '"R21234" is not an RMA number' }),
      );
    });
  });

  it('when shown back, an RMA is RNNNNNN and a line item RNNNNNN-n', () => {
    expect(formatRmaReference(requireRmaReference('r212345'))).toBe('R212345');
    expect(formatRmaReference(requireRmaReference('r 212345 - 4'))).toBe('R212345-4');
  });
});

describe('identifiers copied from the guide or a word processor', () => {
  it('when a customer pastes the guide\'s en dash form R212345–1, then it is the line item R212345-1', () => {
    expect(parseRmaReference('R212345\u20131')).toEqual({ rmaNumber: 'R212345', lineNumber: 1 });
    expect(parseRmaReference('R212345\u20141')).toEqual({ rmaNumber: 'R212345', lineNumber: 1 });
  });
});
