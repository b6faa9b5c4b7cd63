/**
 * One catalogue of stable error codes. Adapters branch on `code` to choose the words a customer reads, the
 * HTTP status and whether to retry; `message` is for operators and logs, never shown to customers as is.
 */
export const ERROR_CODES = {
  INVALID_INPUT: 'the request does not have the expected shape',
  INVALID_CASE_NUMBER: 'not a case number (YYYY-MMDD-NNNN or its 12-digit telephone form)',
  INVALID_RMA_NUMBER: 'not an RMA number (RNNNNNN or RNNNNNN-n)',
  INVALID_SERIAL_NUMBER: 'not a serial number',
  CASE_NOT_FOUND: 'no such case visible to the requester',
  RMA_NOT_FOUND: 'no such RMA visible to the requester',
  DEVICE_NOT_FOUND: 'no such serial number visible to the requester',
  CONTRACT_NOT_FOUND: 'no such contract visible to the requester',
  CONTACT_NOT_FOUND: 'no such contact',
  CASE_NUMBERS_EXHAUSTED: 'all 9999 case numbers of the day are used',
  FORBIDDEN: 'the requester may not do this',
  HANDOFF_NOT_FOUND: 'no such handoff',
  HANDOFF_NOT_ACTIVE: 'the handoff is not waiting for or held by a rep',
  HANDOFF_HELD_BY_ANOTHER_REP: 'another rep holds this conversation; take it over explicitly to act on it',
  CONFLICT: 'the request conflicts with the current state',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class CarelineError extends Error {
  override readonly name = 'CarelineError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERROR_CODES[code]);
    this.code = code;
    this.details = details;
  }
}

export function isCarelineError(error: unknown, code?: ErrorCode): error is CarelineError {
  return error instanceof CarelineError && (code === undefined || error.code === code);
}
