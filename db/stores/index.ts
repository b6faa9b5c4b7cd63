import type { PrismaClient } from '../generated/prisma/client.ts';
import { createCaseStore } from './case-store.ts';
import { createInstalledBaseStore } from './installed-base-store.ts';
import { createRmaStore } from './rma-store.ts';

export { createCaseStore, createInstalledBaseStore, createRmaStore };

/** Every store core needs, on one Prisma client. */
export function createStores(prisma: PrismaClient) {
  return { cases: createCaseStore(prisma), installedBase: createInstalledBaseStore(prisma), rmas: createRmaStore(prisma) };
}
