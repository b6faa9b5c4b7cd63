/**
 * The Direct Line conversations this process serves: each conversation's activity history (the watermark
 * is an index into it) and its live listeners (WebSocket streams).
 *
 * Held in memory, bounded: one careline process serves a web chat conversation from start to end. Running
 * several web processes behind a load balancer needs sticky sessions for /v3/directline, or this history
 * moved to Redis with pub/sub (documented in docs/chat.md); Teams traffic has no such limit.
 */
import type { Activity } from 'botbuilder';

export interface DirectLineConversation {
  id: string;
  userId: string;
  identity: string | null;
  activities: Activity[];
  listeners: Set<(activities: Activity[], watermark: number) => void>;
}

const MAX_CONVERSATIONS = 10_000;
const MAX_HISTORY = 2_000;

export class ConversationHub {
  private readonly conversations = new Map<string, DirectLineConversation>();

  get(id: string): DirectLineConversation | undefined {
    return this.conversations.get(id);
  }

  create(id: string, userId: string, identity: string | null): DirectLineConversation {
    if (this.conversations.size >= MAX_CONVERSATIONS) {
      const oldest = this.conversations.keys().next().value;
      if (oldest !== undefined) this.conversations.delete(oldest);
    }
    const conversation: DirectLineConversation = { id, userId, identity, activities: [], listeners: new Set() };
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Stores the activity with the next id (`{conversationId}|0000001`) and pushes it to the listeners. */
  append(conversation: DirectLineConversation, activity: Partial<Activity>): Activity {
    const sequence = conversation.activities.length + 1;
    const stored = { ...activity, id: `${conversation.id}|${String(sequence).padStart(7, '0')}` } as Activity;
    conversation.activities.push(stored);
    if (conversation.activities.length > MAX_HISTORY) conversation.activities.splice(0, conversation.activities.length - MAX_HISTORY);
    this.notify(conversation, [stored]);
    return stored;
  }

  /** Typing indicators go to live streams only, as on the Azure service. */
  ephemeral(conversation: DirectLineConversation, activity: Partial<Activity>): void {
    this.notify(conversation, [activity as Activity]);
  }

  /** Activities after the watermark, and the new watermark. */
  since(conversation: DirectLineConversation, watermark: number): { activities: Activity[]; watermark: number } {
    const all = conversation.activities;
    const start = Math.max(0, Math.min(watermark, all.length));
    return { activities: all.slice(start), watermark: all.length };
  }

  close(): void {
    this.conversations.clear();
  }

  private notify(conversation: DirectLineConversation, activities: Activity[]): void {
    for (const listener of conversation.listeners) listener(activities, conversation.activities.length);
  }
}
