/**
 * "Open this case?" as an Adaptive Card. Teams and Web Chat deliver an Action.Submit click as a message with
 * `value` and no text; a customer may also just type yes or no. Anything else (a stale card, a hand-made or
 * malformed submission) is not taken as consent: the prompt says so and waits.
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { caseConfirmationCard, CONFIRM_VERB, type CaseDraft } from '../cards.ts';

export interface CardConfirmOptions extends PromptOptions {
  validations: { draft: CaseDraft; draftId: string };
}

const YES = /^(y|yes|yep|yeah|ok|okay|sure|confirm|open( it| the case)?|go ahead|please do)[.!]*$/i;
const NO = /^(n|no|nope|don'?t|do not)[.!]*$/i;

export const MALFORMED_SUBMISSION =
  'I could not read that card submission. Please press "Open the case" or "Cancel" on the card above, or type yes or no.';

export class CardConfirmPrompt extends Prompt<boolean> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const { draft, draftId } = (options as CardConfirmOptions).validations;
    if (isRetry) {
      await context.sendActivity(MALFORMED_SUBMISSION);
      return;
    }
    await context.sendActivity(MessageFactory.attachment(caseConfirmationCard(draft, draftId), 'Shall I open this case? (yes or no)'));
  }

  protected onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<boolean>> {
    const { draftId } = (options as CardConfirmOptions).validations;
    const value: unknown = context.activity.value;
    const text = context.activity.text;
    if (value !== undefined && value !== null) {
      const data = value as { verb?: unknown; draftId?: unknown; confirm?: unknown };
      const valid = typeof data === 'object' && data.verb === CONFIRM_VERB && data.draftId === draftId && typeof data.confirm === 'boolean';
      return Promise.resolve(valid ? { succeeded: true, value: data.confirm as boolean } : { succeeded: false });
    }
    const typed = (text ?? '').trim();
    if (YES.test(typed)) return Promise.resolve({ succeeded: true, value: true });
    if (NO.test(typed)) return Promise.resolve({ succeeded: true, value: false });
    return Promise.resolve({ succeeded: false });
  }
}
