/**
 * "Talk to a person": hands the conversation to Customer Care through core, which records the commitment
 * (first contact within 24 hours) and tells us the deadline in the customer's time; we say it as is. An
 * unverified visitor may ask too: the packet says their identity is not verified.
 */
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { TurnContext } from 'botbuilder';
import { requestHandoff } from '../../core/index.ts';
import { customerOf } from '../identity.ts';
import type { ChatServices } from '../ports.ts';

export const HANDOFF = 'handoff';

export interface HandoffOptions {
  reason: string;
  intent?: string | null;
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
        language: customer.contact?.preferredLanguage ?? 'en', reference: TurnContext.getConversationReference(activity),
      },
      reason: options.reason || 'customer asked for a person',
      packet: { intent: options.intent ?? 'human_handoff', identityVerified: customer.contact !== null },
    });
    await step.context.sendActivity(result.created
      ? `I have asked a Customer Care representative to take over. Someone will contact you by ${result.contactByText}. You can keep writing here; they will see it.`
      : `You are already in the queue for a Customer Care representative, who will contact you by ${result.contactByText}.`);
    return step.endDialog({ handoffId: result.handoff.id });
  }
}
