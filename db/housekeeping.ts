/** Database housekeeping: data that has served its purpose. */
import type { PrismaClient } from './generated/prisma/client.ts';

/**
 * Idempotency keys protect against retries (a redelivered chat activity, a re-sent email, a CLI retry);
 * retries stop within minutes, so keys older than the retention are deleted.
 */
export async function purgeIdempotencyKeys(prisma: PrismaClient, olderThan: Date): Promise<number> {
  const { count } = await prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: olderThan } } });
  return count;
}
