/**
 * One dialog shape for the look-ups (case status, RMA status, entitlement): ask for the identifier only when
 * the first message did not carry it, then answer from core. Account data only for a verified customer.
 */
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Activity } from 'botbuilder';
import type { Requester } from '../../core/index.ts';
import { customerOf } from '../identity.ts';
import type { ChatServices } from '../ports.ts';
import { turnLanguage, wordsOf } from '../turn-language.ts';

export interface LookupSpec {
  id: string;
  /** The question when the identifier is missing, and the retry when the answer held none. */
  ask: string;
  retry: string;
  /** Finds the identifier in what the customer typed. */
  find(text: string): string | null;
  answer(services: ChatServices, requester: Requester, identifier: string, language?: string): Promise<Partial<Activity> | string>;
}

export interface LookupOptions {
  identifier: string | null;
}

export class LookupDialog extends ComponentDialog {
  constructor(private readonly services: ChatServices, private readonly spec: LookupSpec) {
    super(spec.id);
    this.addDialog(new TextPrompt(`${spec.id}.ask`, (prompt) => Promise.resolve(prompt.recognized.succeeded && spec.find(prompt.recognized.value ?? '') !== null)));
    this.addDialog(new WaterfallDialog(`${spec.id}.steps`, [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = `${spec.id}.steps`;
  }

  private async askStep(step: WaterfallStepContext) {
    if (!customerOf(step.context).requester) {
      await step.context.sendActivity(wordsOf(step.context).verifyFirst);
      return step.endDialog();
    }
    const known = (step.options as LookupOptions | undefined)?.identifier ?? null;
    if (known) return step.next(known);
    return step.prompt(`${this.spec.id}.ask`, { prompt: this.spec.ask, retryPrompt: this.spec.retry });
  }

  private async answerStep(step: WaterfallStepContext) {
    const identifier = this.spec.find(step.result as string) ?? (step.result as string);
    const requester = customerOf(step.context).requester;
    if (requester) await step.context.sendActivity(await this.spec.answer(this.services, requester, identifier, turnLanguage(step.context)));
    return step.endDialog();
  }
}
