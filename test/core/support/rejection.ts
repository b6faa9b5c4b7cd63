/** The error a use case rejected with; fails the story if it resolved instead. */
import type { CarelineError } from '../../../core/index.ts';

export async function rejection(promise: Promise<unknown>): Promise<CarelineError> {
  return promise.then(
    (value) => { throw new Error(`expected a rejection, got ${JSON.stringify(value)}`); },
    (error: CarelineError) => error,
  );
}
