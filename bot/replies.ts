/**
 * The words the chat door says for core's outcomes. Core's error codes are stable; the customer reads these
 * sentences (from the catalogue, in their language), never an internal message or a stack trace.
 */
import { isCarelineError, type ErrorCode } from '../core/index.ts';
import { CATALOGUE, repliesIn, type Catalogue } from './catalogue.ts';

export const VERIFY_FIRST = CATALOGUE.en.verifyFirst;

export const MENU_TEXT = CATALOGUE.en.menuText;

export const MENU_CHOICES = CATALOGUE.en.menuChoices;

export const WELCOME = CATALOGUE.en.greeting + MENU_TEXT;

/** The welcome in a language: greeting and menu text (the menu buttons go with it as suggested actions). */
export const welcomeIn = (language: string | null | undefined): string => {
  const words = repliesIn(language);
  return words.greeting + words.menuText;
};

/** Longest message the bot reads; longer ones are refused with an answer (a pasted log is not a request). */
export const MAX_MESSAGE_LENGTH = 10_000;

const WORDS: Partial<Record<ErrorCode, keyof Catalogue>> = {
  INVALID_CASE_NUMBER: 'invalidCaseNumber',
  INVALID_RMA_NUMBER: 'invalidRmaNumber',
  INVALID_SERIAL_NUMBER: 'invalidSerialNumber',
  INVALID_INPUT: 'invalidInput',
  CASE_NOT_FOUND: 'caseNotFound',
  RMA_NOT_FOUND: 'rmaNotFound',
  DEVICE_NOT_FOUND: 'deviceNotFound',
  CONTRACT_NOT_FOUND: 'contractNotFound',
  CONTACT_NOT_FOUND: 'verifyFirst',
  FORBIDDEN: 'forbidden',
};

/** The sentence for an expected failure of a use case, or null when the error is unexpected (a bug or an outage). */
export function wordsFor(error: unknown, language = 'en'): string | null {
  if (!isCarelineError(error)) return null;
  const key = WORDS[error.code];
  if (!key) return null;
  const words = repliesIn(language)[key];
  return typeof words === 'string' ? words : null;
}
