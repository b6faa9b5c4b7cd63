/**
 * Check entitlement by serial number or contract ID (the guide's Serial Number Entitlement Search).
 * Only the owning account's contacts (and staff) get an answer; anyone else is told the number is unknown,
 * exactly as if it did not exist.
 */
import { z } from 'zod';
import type { CoreDeps } from '../ports.ts';
import { CarelineError } from '../shared/errors.ts';
import { canSeeAccountData } from '../shared/requester.ts';
import { RequesterSchema, validate } from '../shared/validate.ts';
import { isoDay } from '../shared/desk-time.ts';
import { requireSerialNumber } from '../identifiers/serial-number.ts';
import { evaluateEntitlement, viewContract, type ContractView, type EntitlementAnswer } from './evaluate-entitlement.ts';

export const CheckEntitlementInput = z.object({
  requester: RequesterSchema,
  serialNumber: z.string().max(64).optional(),
  contractId: z.string().trim().min(1).max(64).optional(),
}).refine((i) => (i.serialNumber === undefined) !== (i.contractId === undefined), {
  message: 'give either a serial number or a contract ID',
});
export type CheckEntitlementInput = z.input<typeof CheckEntitlementInput>;

export type EntitlementResult =
  | { by: 'serial'; answer: EntitlementAnswer }
  | { by: 'contract'; contract: ContractView & { coveredSerials: number; supportsPhoneAndWeb: boolean } };

export async function checkEntitlement(deps: CoreDeps, rawInput: CheckEntitlementInput): Promise<EntitlementResult> {
  const input = validate(CheckEntitlementInput, rawInput);
  const requester = input.requester;
  const today = isoDay(deps.clock.now(), deps.deskTimeZone);

  if (input.serialNumber !== undefined) {
    const serial = requireSerialNumber(input.serialNumber);
    const found = await deps.installedBase.findDevice(serial);
    if (!found || !canSeeAccountData(requester, found.device.accountId)) {
      throw new CarelineError('DEVICE_NOT_FOUND', `no device ${serial}`);
    }
    return { by: 'serial', answer: evaluateEntitlement(found.device, found.contracts, today) };
  }

  const contractId = input.contractId ?? '';
  const found = await deps.installedBase.findContract(contractId);
  if (!found || !canSeeAccountData(requester, found.contract.accountId)) {
    throw new CarelineError('CONTRACT_NOT_FOUND', `no contract ${contractId}`);
  }
  const view = viewContract(found.contract, today);
  return {
    by: 'contract',
    contract: {
      ...view, coveredSerials: found.coveredSerials,
      supportsPhoneAndWeb: view.state === 'active' && view.serviceLevel !== 'PAR',
    },
  };
}
