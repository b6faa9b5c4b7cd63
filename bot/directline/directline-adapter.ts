/**
 * A botbuilder adapter for careline's own Direct Line endpoint: the bot's replies are appended to the
 * conversation's history in this process instead of being POSTed to a connector. The same bot, middleware
 * and turn-error handler serve Teams (through CloudAdapter) and web chat (through this).
 */
import { BotAdapter, TurnContext, type Activity, type ChannelAccount, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { ConversationHub } from './conversation-hub.ts';

export const DIRECTLINE_CHANNEL = 'directline';

export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly hub: ConversationHub, readonly bot: ChannelAccount) {
    super();
  }

  /** Runs one turn for an activity the user posted (or a conversationUpdate the endpoint made). */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const conversation = this.hub.get(activity.conversation?.id ?? context.activity.conversation.id);
      // 'delay' and 'trace' never reach a Direct Line client; a conversation that ended takes nothing.
      if (!conversation || activity.type === 'delay' || activity.type === 'trace') {
        responses.push({ id: '' });
        continue;
      }
      const outgoing = { ...activity, channelId: DIRECTLINE_CHANNEL, from: this.bot, timestamp: new Date() };
      if (activity.type === 'typing') {
        this.hub.ephemeral(conversation, outgoing);
        responses.push({ id: '' });
      } else {
        responses.push({ id: this.hub.append(conversation, outgoing).id ?? '' });
      }
    }
    return Promise.resolve(responses);
  }

  updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const conversation = this.hub.get(activity.conversation?.id ?? context.activity.conversation.id);
    const index = conversation?.activities.findIndex((a) => a.id === activity.id) ?? -1;
    if (!conversation || index < 0) return Promise.reject(new Error(`no activity ${activity.id ?? '?'} to update`));
    // Web Chat replaces an activity it already shows when one with the same id arrives again.
    const updated = { ...conversation.activities[index], ...activity, from: this.bot } as Activity;
    conversation.activities[index] = updated;
    this.hub.ephemeral(conversation, updated);
    return Promise.resolve();
  }

  deleteActivity(): Promise<void> {
    return Promise.reject(new Error('Direct Line clients cannot delete activities'));
  }

  /** Proactive messages (a rep's reply relayed, a finished background job) to a web chat conversation. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
