/**
 * The chat door's store on PostgreSQL (implements bot/ports.ts ChatStore structurally; db/ does not import
 * bot/): conversation references in `conversations.reference`, verified channel identities.
 */
import type { Channel, ContactRecord } from '../../core/index.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

export function createBotChatStore(prisma: PrismaClient) {
  return {
    async saveReference(input: { channel: Channel; externalId: string; contactId: string | null; reference: unknown }): Promise<void> {
      const reference = input.reference as Prisma.InputJsonValue;
      // A conversation row may already exist (a handoff created it): keep its state, refresh the reference.
      await prisma.conversation.upsert({
        where: { channel_externalId: { channel: input.channel, externalId: input.externalId } },
        create: { channel: input.channel, externalId: input.externalId, contactId: input.contactId, reference },
        update: { reference, ...(input.contactId ? { contactId: input.contactId } : {}) },
      });
    },

    async findReference(channel: Channel, externalId: string): Promise<unknown> {
      const row = await prisma.conversation.findUnique({ where: { channel_externalId: { channel, externalId } }, select: { reference: true } });
      return row?.reference ?? null;
    },

    async findVerifiedContact(channel: Channel, externalId: string): Promise<ContactRecord | null> {
      const identity = await prisma.channelIdentity.findUnique({
        where: { channel_externalId: { channel, externalId } },
        include: { contact: true },
      });
      if (!identity?.verifiedAt) return null;
      const c = identity.contact;
      return { id: c.id, accountId: c.accountId, name: c.name, email: c.email, phone: c.phone, preferredLanguage: c.preferredLanguage, role: c.role };
    },
  };
}
