/**
 * Open an Admin Service Request: the nontechnical case of the guide's "How to Open a New Case".
 * Records what a Customer Care representative needs (serial number, contract number, licence information
 * when relevant, the problem in detail, priority and impact, software version) and returns the case number
 * with the promise of contact within 24 hours.
 */
import { z } from 'zod';
import type { CaseRecord, CoreDeps } from '../ports.ts';
import { CarelineError } from '../shared/errors.ts';
import { deskDay } from '../shared/desk-time.ts';
import { actorOf, type Requester } from '../shared/requester.ts';
import { AdminCategory, Channel, FIRST_CONTACT_PROMISE_HOURS, Priority, RESPONSE_TARGETS } from '../shared/vocabulary.ts';
import { customerText, RequesterSchema, validate } from '../shared/validate.ts';
import { parseSerialNumber } from '../identifiers/serial-number.ts';

const optionalText = (max: number) => customerText(max).transform((s) => (s === '' ? null : s)).nullish();

export const OpenAdminCaseInput = z.object({
  requester: RequesterSchema,
  /** The contact the case is for; defaults to the requester when a customer opens it. */
  contactId: z.string().min(1).optional(),
  category: AdminCategory.default('other'),
  priority: Priority.default('P3'),
  subject: customerText(200).pipe(z.string().min(1, 'a subject is required')),
  description: customerText(20_000).pipe(z.string().min(1, 'a problem definition is required')),
  impact: optionalText(2_000),
  serialNumber: optionalText(40),
  contractNumber: optionalText(40),
  licenseInfo: optionalText(2_000),
  softwareVersion: optionalText(100),
  siteId: optionalText(40),
  customerTrackingNumber: optionalText(100),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or de-CH').default('en'),
  channel: Channel,
  /** Makes retries safe: the same key returns the case the first call opened. */
  idempotencyKey: z.string().min(1).max(200).nullish(),
});
export type OpenAdminCaseInput = z.input<typeof OpenAdminCaseInput>;

export interface OpenAdminCaseResult {
  case: CaseRecord;
  /** False when an earlier call with the same idempotency key had already opened it. */
  created: boolean;
  /** True when the serial number given belongs to the case's account. */
  serialVerified: boolean;
  promise: { firstContactWithinHours: number; responseTarget: string };
}

export async function openAdminCase(deps: CoreDeps, rawInput: OpenAdminCaseInput): Promise<OpenAdminCaseResult> {
  const input = validate(OpenAdminCaseInput, rawInput);
  const requester = input.requester;
  const contact = await resolveContact(deps, requester, input.contactId);

  const serialNumber = input.serialNumber ? (parseSerialNumber(input.serialNumber) ?? input.serialNumber) : null;
  const device = serialNumber ? await deps.installedBase.findDevice(serialNumber) : null;
  const ownDevice = device && device.device.accountId === contact.accountId ? device.device : null;

  let siteRowId: string | null = null;
  if (input.siteId) {
    const site = await deps.installedBase.findSite(input.siteId);
    // A site of another account is reported exactly like an unknown one: it discloses nothing.
    if (!site || site.accountId !== contact.accountId) {
      throw new CarelineError('INVALID_INPUT', `siteId: no site ${input.siteId} on this account`, {
        problems: [{ field: 'siteId', problem: 'unknown site' }],
      });
    }
    siteRowId = site.id;
  }

  const { record, created } = await deps.cases.createCase({
    day: deskDay(deps.clock.now(), deps.deskTimeZone),
    type: 'ADMIN_SERVICE_REQUEST',
    category: input.category,
    priority: input.priority,
    subject: input.subject,
    description: input.description,
    impact: input.impact ?? null,
    customerTrackingNumber: input.customerTrackingNumber ?? null,
    accountId: contact.accountId,
    siteRowId,
    platform: ownDevice?.platform ?? null,
    softwareVersion: input.softwareVersion ?? null,
    serialNumber,
    contractNumber: input.contractNumber ?? null,
    licenseInfo: input.licenseInfo ?? null,
    language: input.language,
    originChannel: input.channel,
    openedById: contact.id,
    actor: actorOf(requester),
  }, input.idempotencyKey ?? null);

  return {
    case: record,
    created,
    serialVerified: ownDevice !== null,
    promise: { firstContactWithinHours: FIRST_CONTACT_PROMISE_HOURS, responseTarget: RESPONSE_TARGETS[record.priority] },
  };
}

async function resolveContact(deps: CoreDeps, requester: Requester, contactId: string | undefined) {
  if (requester.kind === 'contact') {
    if (contactId && contactId !== requester.contactId) {
      throw new CarelineError('FORBIDDEN', 'a customer opens cases only for themselves');
    }
    const self = await deps.installedBase.findContactById(requester.contactId);
    if (!self) throw new CarelineError('CONTACT_NOT_FOUND', 'the requester is not a known contact');
    return self;
  }
  if (!contactId) {
    throw new CarelineError('INVALID_INPUT', 'contactId: staff must say which contact the case is for', {
      problems: [{ field: 'contactId', problem: 'required when staff open a case' }],
    });
  }
  const contact = await deps.installedBase.findContactById(contactId);
  if (!contact) throw new CarelineError('CONTACT_NOT_FOUND', `no contact ${contactId}`);
  return contact;
}
