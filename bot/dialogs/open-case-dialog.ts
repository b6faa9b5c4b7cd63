/**
 * Open an Admin Service Request: ask only for what is missing (problem definition, priority, serial number),
 * confirm with a card, then open the case through core and give the customer its number and the 24-hour
 * promise. The draft's id is the idempotency key, so a redelivered confirmation cannot open a second case.
 */
import { randomUUID } from 'node:crypto';
import { ChoicePrompt, ComponentDialog, ListStyle, TextPrompt, WaterfallDialog, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { openAdminCase, type AdminCategory, type Priority } from '../../core/index.ts';
import { extractEntities } from '../../core/understanding/extract-entities.ts';
import type { CaseDraft } from '../cards.ts';
import { customerOf } from '../identity.ts';
import type { ChatServices } from '../ports.ts';
import { wordsFor } from '../replies.ts';
import { turnLanguage, wordsOf } from '../turn-language.ts';
import { CardConfirmPrompt, type CardConfirmOptions } from './card-confirm-prompt.ts';

export const OPEN_CASE = 'openCase';

export interface OpenCaseOptions {
  category: AdminCategory;
  description: string | null;
  priority: Priority | null;
  serialNumber: string | null;
}

interface Draft extends CaseDraft {
  draftId: string;
  category: AdminCategory;
}

const NO_SERIAL = /^(none|no|n\/?a|skip|not sure|don'?t know|unknown|-|keine?|nein|aucun|aucune|non|ninguno|ninguna|なし|ありません)[.!。]*$/i;

export class OpenCaseDialog extends ComponentDialog {
  constructor(private readonly services: ChatServices) {
    super(OPEN_CASE);
    this.addDialog(new TextPrompt(`${OPEN_CASE}.description`, (p) => Promise.resolve(p.recognized.succeeded && (p.recognized.value ?? '').trim().length >= 10)));
    this.addDialog(new ChoicePrompt(`${OPEN_CASE}.priority`));
    this.addDialog(new TextPrompt(`${OPEN_CASE}.serial`, (p) => {
      const text = (p.recognized.value ?? '').trim();
      return Promise.resolve(p.recognized.succeeded && (NO_SERIAL.test(text) || extractEntities(text).serialNumbers.length > 0));
    }));
    this.addDialog(new CardConfirmPrompt(`${OPEN_CASE}.confirm`));
    this.addDialog(new WaterfallDialog(`${OPEN_CASE}.steps`, [
      this.describe.bind(this), this.prioritise.bind(this), this.identifyDevice.bind(this), this.confirm.bind(this), this.open.bind(this),
    ]));
    this.initialDialogId = `${OPEN_CASE}.steps`;
  }

  private draft(step: WaterfallStepContext): Draft {
    return (step.values as { draft: Draft }).draft;
  }

  private async describe(step: WaterfallStepContext) {
    if (!customerOf(step.context).requester) {
      await step.context.sendActivity(wordsOf(step.context).verifyFirst);
      return step.endDialog();
    }
    const options = step.options as OpenCaseOptions;
    const draft: Draft = {
      draftId: randomUUID(), category: options.category, description: options.description ?? '',
      priority: options.priority ?? '', serialNumber: options.serialNumber,
    };
    (step.values as { draft: Draft }).draft = draft;
    if (draft.description) return step.next(draft.description);
    const words = wordsOf(step.context);
    return step.prompt(`${OPEN_CASE}.description`, { prompt: words.describe, retryPrompt: words.describeRetry });
  }

  private async prioritise(step: WaterfallStepContext) {
    const draft = this.draft(step);
    draft.description = (step.result as string).trim();
    // Identifiers named while describing the problem count as said.
    draft.serialNumber ??= extractEntities(draft.description).serialNumbers[0] ?? null;
    draft.priority ||= extractEntities(draft.description).priority ?? '';
    if (draft.priority) return step.next({ value: draft.priority });
    const words = wordsOf(step.context);
    return step.prompt(`${OPEN_CASE}.priority`, {
      prompt: words.priorityQuestion, retryPrompt: `${words.priorityRetry} ${words.priorityQuestion}`,
      choices: ['P1', 'P2', 'P3', 'P4'], style: ListStyle.suggestedAction,
    });
  }

  private async identifyDevice(step: WaterfallStepContext) {
    const draft = this.draft(step);
    draft.priority = (step.result as FoundChoice).value;
    if (draft.serialNumber) return step.next(draft.serialNumber);
    const words = wordsOf(step.context);
    return step.prompt(`${OPEN_CASE}.serial`, { prompt: words.serialQuestion, retryPrompt: words.serialRetry });
  }

  private async confirm(step: WaterfallStepContext) {
    const draft = this.draft(step);
    const answer = (step.result as string).trim();
    draft.serialNumber = NO_SERIAL.test(answer) ? null : extractEntities(answer).serialNumbers[0] ?? answer;
    const options: CardConfirmOptions = { validations: { draft, draftId: draft.draftId } };
    return step.prompt(`${OPEN_CASE}.confirm`, options);
  }

  private async open(step: WaterfallStepContext) {
    const draft = this.draft(step);
    if (step.result !== true) {
      await step.context.sendActivity(wordsOf(step.context).notOpened);
      return step.endDialog();
    }
    const requester = customerOf(step.context).requester;
    if (!requester) return step.endDialog();
    try {
      const opened = await openAdminCase(this.services.core, {
        requester, category: draft.category, priority: draft.priority as Priority,
        subject: draft.description.split('\n')[0]?.slice(0, 120) ?? draft.description,
        description: draft.description, serialNumber: draft.serialNumber, channel: customerOf(step.context).channel,
        language: turnLanguage(step.context), idempotencyKey: `chat-case:${draft.draftId}`,
      });
      const c = opened.case;
      const words = wordsOf(step.context);
      await step.context.sendActivity(words.caseOpened({
        caseNumber: c.caseNumber, hours: opened.promise.firstContactWithinHours, priority: c.priority, target: words.responseTargets[c.priority],
      }));
      return step.endDialog({ caseNumber: c.caseNumber });
    } catch (error) {
      const words = wordsFor(error, turnLanguage(step.context));
      if (words === null) throw error;
      await step.context.sendActivity(words);
      return step.endDialog();
    }
  }
}
