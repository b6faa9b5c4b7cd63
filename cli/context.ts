/** Builds what a CLI command needs: the container, and the Requester it acts as (an operator, or --as a contact). */
import { CarelineError, type Requester } from '../core/index.ts';
import { loadConfig } from '../app/config.ts';
import { createContainer, type Container } from '../app/container.ts';

export async function withContainer<T>(run: (container: Container) => Promise<T>): Promise<T> {
  const container = createContainer(loadConfig());
  try {
    return await run(container);
  } finally {
    await container.close();
  }
}

/**
 * Operators act as Customer Care staff and see everything; `--as <email>` shows exactly what that customer
 * contact would see (their own cases, their account's devices and RMAs).
 */
export async function requesterFor(container: Container, asEmail: string | undefined): Promise<Requester> {
  if (!asEmail) return { kind: 'staff', staffId: `operator:${process.env['USER'] ?? 'cli'}`, role: 'OPERATOR' };
  const contact = await container.core.installedBase.findContactByEmail(asEmail);
  if (!contact) throw new CarelineError('CONTACT_NOT_FOUND', `no contact with email ${asEmail}`);
  return { kind: 'contact', contactId: contact.id, accountId: contact.accountId, role: contact.role };
}
