/**
 * A question the guide's policy answers (account access, e-Certificates, registration, mis-shipments): say
 * the policy (core's text, rendered), then offer to open the Admin Service Request of the right category
 * through the open-case dialog, which asks only for what is still missing.
 */
import { MessageFactory } from 'botbuilder';
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { guideAnswer, type GuideAnswer, type GuideTopic } from '../../core/policy/guide-answers.ts';
import { isNo, isYes } from '../catalogue.ts';
import { turnLanguage, wordsOf } from '../turn-language.ts';
import { OPEN_CASE, type OpenCaseOptions } from './open-case-dialog.ts';

export const GUIDE = 'guide';

export interface GuideOptions {
  topic: Exclude<GuideTopic, 'escalation'>;
  /** What the first message already said, for the case if the customer wants one. */
  openCase: OpenCaseOptions;
}

/** The policy as a chat message: the title in bold, one rule a line. */
export function renderGuideAnswer(answer: GuideAnswer): string {
  return [`**${answer.title}**`, ...answer.points.map((point) => `- ${point}`)].join('\n\n');
}

export class GuideDialog extends ComponentDialog {
  constructor() {
    super(GUIDE);
    this.addDialog(new TextPrompt(`${GUIDE}.offer`, (p) => {
      const text = p.recognized.value ?? '';
      return Promise.resolve(p.recognized.succeeded && (isYes(text) || isNo(text)));
    }));
    this.addDialog(new WaterfallDialog(`${GUIDE}.steps`, [this.answer.bind(this), this.decide.bind(this), (step) => step.endDialog(step.result)]));
    this.initialDialogId = `${GUIDE}.steps`;
  }

  private async answer(step: WaterfallStepContext) {
    const { topic } = step.options as GuideOptions;
    const words = wordsOf(step.context);
    await step.context.sendActivity(renderGuideAnswer(guideAnswer(topic, turnLanguage(step.context))));
    return step.prompt(`${GUIDE}.offer`, {
      prompt: MessageFactory.suggestedActions([words.yes, words.no], words.offerCase),
      retryPrompt: MessageFactory.suggestedActions([words.yes, words.no], words.offerRetry),
    });
  }

  private async decide(step: WaterfallStepContext) {
    if (isYes(step.result as string)) return step.beginDialog(OPEN_CASE, (step.options as GuideOptions).openCase);
    await step.context.sendActivity(wordsOf(step.context).noCase);
    return step.endDialog();
  }
}
