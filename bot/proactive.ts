/**
 * Writing to a customer later (a representative's reply relayed, a slow job's result): the conversation
 * reference stored on their last turn says which channel and conversation; Teams goes through the Bot
 * Connector (CloudAdapter.continueConversationAsync), web chat through careline's Direct Line endpoint.
 */
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Channel } from '../core/index.ts';
import { DIRECTLINE_CHANNEL, type DirectLineAdapter } from './directline/directline-adapter.ts';
import type { ChatStore } from './ports.ts';

export interface ChatDelivery {
  /** Sends `text` into the conversation; false when careline has no reference for it (never chatted there). */
  sendText(conversation: { channel: Channel; externalId: string }, text: string): Promise<boolean>;
}

export function createChatDelivery(deps: { chat: ChatStore; cloudAdapter: CloudAdapter; directLineAdapter: DirectLineAdapter; appId: string | null }): ChatDelivery {
  return {
    async sendText(conversation, text) {
      const reference = await deps.chat.findReference(conversation.channel, conversation.externalId) as Partial<ConversationReference> | null;
      if (!reference?.conversation) return false;
      const logic = async (context: { sendActivity(text: string): Promise<unknown> }) => { await context.sendActivity(text); };
      if (reference.channelId === DIRECTLINE_CHANNEL) await deps.directLineAdapter.continueConversation(reference, logic);
      else await deps.cloudAdapter.continueConversationAsync(deps.appId ?? '', reference, logic);
      return true;
    },
  };
}
