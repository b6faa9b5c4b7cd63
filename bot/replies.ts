/**
 * The words the chat door says for core's outcomes. Core's error codes are stable; the customer reads these
 * sentences, never an internal message or a stack trace.
 */
import { isCarelineError, type ErrorCode } from '../core/index.ts';

export const VERIFY_FIRST =
  'Before I can look at account information or open a case for you, I need to know who you are. ' +
  'Please sign in on the support site (or chat with us from Microsoft Teams) and ask again. ' +
  'If you cannot sign in, type "talk to a person".';

export const MENU_TEXT =
  'I can open an Admin Service Request, tell you the status of a case or an RMA, check whether a device is ' +
  'covered, or put you in touch with a person. What would you like to do?';

export const MENU_CHOICES = ['Open a case', 'Case status', 'My cases', 'RMA status', 'Check coverage', 'Talk to a person'];

export const WELCOME = 'Hello, I am the Customer Care assistant. ' + MENU_TEXT;

/** Longest message the bot reads; longer ones are refused with an answer (a pasted log is not a request). */
export const MAX_MESSAGE_LENGTH = 10_000;

const WORDS: Partial<Record<ErrorCode, string>> = {
  INVALID_CASE_NUMBER: 'That does not look like a case number. Case numbers look like 2026-1102-0001.',
  INVALID_RMA_NUMBER: 'That does not look like an RMA number. RMA numbers look like R2123456, or R2123456-1 for one line.',
  INVALID_SERIAL_NUMBER: 'That does not look like a serial number. It is printed on the device label, for example JN11A2B3C4D5.',
  CASE_NOT_FOUND: 'I could not find that case among the cases you opened. Please check the number.',
  RMA_NOT_FOUND: 'I could not find that RMA on your account. Please check the number.',
  DEVICE_NOT_FOUND: 'I could not find that serial number in your installed base. Please check it, or ask a person to help.',
  CONTRACT_NOT_FOUND: 'I could not find that contract on your account. Please check the contract ID.',
  CONTACT_NOT_FOUND: VERIFY_FIRST,
  FORBIDDEN: 'I am not allowed to do that for you. A Customer Care representative can help: type "talk to a person".',
};

/** The sentence for an expected failure of a use case, or null when the error is unexpected (a bug or an outage). */
export function wordsFor(error: unknown): string | null {
  if (!isCarelineError(error)) return null;
  if (error.code === 'INVALID_INPUT') return 'Some of what you gave me is not valid; please check it and try again.';
  return WORDS[error.code] ?? null;
}
