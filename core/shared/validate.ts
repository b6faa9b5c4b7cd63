import { z } from 'zod';
import { CarelineError } from './errors.ts';

/** Parses a use case's input; a mismatch becomes INVALID_INPUT naming each field and its problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(input)',
    problem: issue.message,
  }));
  throw new CarelineError(
    'INVALID_INPUT',
    problems.map((p) => `${p.field}: ${p.problem}`).join('; '),
    { problems },
  );
}

export const RequesterSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('contact'),
    contactId: z.string().min(1),
    accountId: z.string().min(1),
    role: z.enum(['CONTACT', 'ACCOUNT_ADMIN']),
  }),
  z.object({
    kind: z.literal('staff'),
    staffId: z.string().min(1),
    role: z.enum(['REP', 'ESCALATION', 'MANAGER', 'ADMIN', 'OPERATOR']),
  }),
]);

/** Free text from a customer: trimmed, bounded, no NUL bytes (PostgreSQL rejects them in text). */
export const customerText = (max: number) =>
  z.string().transform((s) => s.replace(/\0/g, '').trim()).pipe(z.string().max(max));
