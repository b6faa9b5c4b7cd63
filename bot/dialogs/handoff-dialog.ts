/**
 * "Talk to a person": hands the conversation to Customer Care through core, which records the commitment
 * (first contact within 24 hours) and tells us the deadline in the customer's time; we say it as is. An
 * unverified visitor may ask too: the packet says their identity is not verified.
 */
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { TurnContext } from 'botbuilder';
import { requestHandoff, type Priority } from '../../core/index.ts';
import { customerOf } from '../identity.ts';
import type { ChatServices } from '../ports.ts';
import { turnLanguage, wordsOf } from '../turn-language.ts';

export const HANDOFF = 'handoff';

export interface HandoffOptions {
  reason: string;
  intent?: string | null;
  /** The case the customer named (an escalation), for the representative's packet. */
  caseNumber?: string | null;
  /** The priority the customer named; the commitments' deadlines follow it (default P3). */
  priority?: Priority | null;
}

export class HandoffDialog extends ComponentDialog {
  constructor(private readonly services: ChatServices) {
    super(HANDOFF);
    this.addDialog(new WaterfallDialog(`${HANDOFF}.steps`, [this.handOff.bind(this)]));
    this.initialDialogId = `${HANDOFF}.steps`;
  }

  private async handOff(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as HandoffOptions;
    const { activity } = step.context;
    const customer = customerOf(step.context);
    const result = await requestHandoff(this.services.handoff, {
      conversation: {
        channel: customer.channel, externalId: activity.conversation.id, contactId: customer.contact?.id ?? null,
        language: turnLanguage(step.context), reference: TurnContext.getConversationReference(activity),
      },
      caseNumber: options.caseNumber ?? null,
      ...(options.priority ? { priority: options.priority } : {}),
      reason: options.reason || 'customer asked for a person',
      packet: {
        intent: options.intent ?? 'human_handoff', identityVerified: customer.contact !== null,
        identifiers: options.caseNumber ? { caseNumber: options.caseNumber } : {},
      },
    });
    const words = wordsOf(step.context);
    await step.context.sendActivity(result.created ? words.handoffCreated(result.contactByText) : words.handoffQueued(result.contactByText));
    return step.endDialog({ handoffId: result.handoff.id });
  }
}
