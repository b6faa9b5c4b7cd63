/**
 * "Open this case?" as an Adaptive Card. Teams and Web Chat deliver an Action.Submit click as a message with
 * `value` and no text; a customer may also just type yes or no. Anything else (a stale card, a hand-made or
 * malformed submission) is not taken as consent: the prompt says so and waits.
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { CATALOGUE, isNo, isYes } from '../catalogue.ts';
import { caseConfirmationCard, CONFIRM_VERB, type CaseDraft } from '../cards.ts';
import { wordsOf } from '../turn-language.ts';

export interface CardConfirmOptions extends PromptOptions {
  validations: { draft: CaseDraft; draftId: string };
}

export const MALFORMED_SUBMISSION = CATALOGUE.en.malformedSubmission;

export class CardConfirmPrompt extends Prompt<boolean> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const { draft, draftId } = (options as CardConfirmOptions).validations;
    const words = wordsOf(context);
    if (isRetry) {
      await context.sendActivity(words.malformedSubmission);
      return;
    }
    await context.sendActivity(MessageFactory.attachment(caseConfirmationCard(draft, draftId, words), words.confirmQuestion));
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
    if (isYes(typed)) return Promise.resolve({ succeeded: true, value: true });
    if (isNo(typed)) return Promise.resolve({ succeeded: true, value: false });
    return Promise.resolve({ succeeded: false });
  }
}
