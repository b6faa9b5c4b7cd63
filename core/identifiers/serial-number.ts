/** Serial numbers: letters and digits (some platforms use a dash), compared upper-case without spaces. */
import { CarelineError } from '../shared/errors.ts';

const SERIAL = /^[A-Z0-9][A-Z0-9-]{3,39}$/;

export function parseSerialNumber(text: string): string | null {
  const serial = text.trim().replace(/\s+/g, '').toUpperCase();
  return SERIAL.test(serial) ? serial : null;
}

export function requireSerialNumber(text: string): string {
  const serial = parseSerialNumber(text);
  if (!serial) throw new CarelineError('INVALID_SERIAL_NUMBER', `"${text}" is not a serial number`);
  return serial;
}
