/**
 * The last line of defence for a turn: whatever failed, the customer reads a short apology with a reference
 * an operator can find in the log, never a stack trace; the conversation's dialog state is dropped so the
 * next message starts cleanly instead of failing the same way again.
 */
import { randomBytes } from 'node:crypto';
import type { ConversationState, TurnContext } from 'botbuilder';

export type ChatLog = (message: string, error?: unknown) => void;

export const defaultChatLog: ChatLog = (message, error) => console.error(`[careline chat] ${message}`, error ?? '');

export function apology(reference: string): string {
  return `Sorry, something went wrong on our side. Please try again in a moment; if it happens again, quote reference ${reference}.`;
}

export function turnErrorHandler(conversationState: ConversationState, log: ChatLog) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const reference = randomBytes(4).toString('hex').toUpperCase();
    log(`turn failed (reference ${reference}, ${context.activity.channelId ?? '?'} conversation ${context.activity.conversation?.id ?? '?'})`, error);
    // Invoke activities expect their answer in the HTTP response; the adapter sends a 500 for them.
    if (context.activity.type === 'invoke') return;
    try {
      await context.sendActivity(apology(reference));
    } catch (sendError) {
      log(`could not send the apology (reference ${reference})`, sendError);
    }
    await conversationState.delete(context).catch((deleteError: unknown) => log(`could not reset the conversation state (reference ${reference})`, deleteError));
  };
}
