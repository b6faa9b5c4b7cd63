/**
 * The conversation's root: routes each new request to its dialog, and handles interruptions anywhere —
 * "cancel" stops the current dialog, "help" shows what the bot can do, "talk to a person" hands off, and a
 * look-up with its identifier ("actually, check R2123456 first") is answered before the interrupted
 * dialog asks its question again.
 */
import { MessageFactory } from 'botbuilder';
import { ComponentDialog, Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { guideAnswer } from '../../core/policy/guide-answers.ts';
import { replyLanguage, type ReplyLanguage } from '../catalogue.ts';
import { customerOf } from '../identity.ts';
import type { ChatServices } from '../ports.ts';
import { setTurnLanguage, turnLanguage, wordsOf } from '../turn-language.ts';
import { myCasesAnswer } from './answers.ts';
import { GUIDE, GuideDialog, renderGuideAnswer, type GuideOptions } from './guide-dialog.ts';
import { HANDOFF, HandoffDialog, type HandoffOptions } from './handoff-dialog.ts';
import { interpret, type ChatRequest } from './interpret.ts';
import { LookupDialog, type LookupOptions, type LookupSpec } from './lookup-dialog.ts';
import { CASE_STATUS, caseStatusSpec, ENTITLEMENT, entitlementSpec, RMA_STATUS, rmaStatusSpec } from './lookups.ts';
import { OPEN_CASE, OpenCaseDialog, type OpenCaseOptions } from './open-case-dialog.ts';
import { SIGN_IN, SignInDialog, type SignInResult } from './sign-in-dialog.ts';

export const MAIN = 'main';

const menu = (dc: DialogContext, lead: (words: ReturnType<typeof wordsOf>) => string = () => '') => {
  const words = wordsOf(dc.context);
  return MessageFactory.suggestedActions(words.menuChoices, `${lead(words)}${words.menuText}`);
};

/**
 * Where the conversation's language is remembered while a request is under way (MainDialog's own waterfall),
 * and the request waiting for an unverified visitor to sign in.
 */
interface MainValues { language?: ReplyLanguage; pending?: { request: ChatRequest; intent: string | null } }

/** Requests that disclose account data or act on the account: only for a verified customer. */
const NEEDS_ACCOUNT: ReadonlySet<ChatRequest['kind']> = new Set(['open_case', 'case_status', 'rma_status', 'entitlement', 'my_cases']);

/**
 * Decides this turn's reply language: the message's when it says enough, else the one this request was in,
 * else the contact's preferred language (or the channel's locale), else English; and remembers it.
 */
function settleLanguage(dc: DialogContext, values: MainValues | undefined, said: ReplyLanguage | null): void {
  const customer = customerOf(dc.context);
  const language = said ?? values?.language ?? replyLanguage(customer.contact?.preferredLanguage, dc.context.activity.locale);
  if (values) values.language = language;
  setTurnLanguage(dc.context, language);
}

/** Interruptions must be unmistakable: a confident look-up that names its identifier. */
const INTERRUPT_CONFIDENCE = 0.8;

export class MainDialog extends ComponentDialog {
  constructor(private readonly services: ChatServices) {
    super(MAIN);
    this.addDialog(new OpenCaseDialog(services));
    this.addDialog(new LookupDialog(services, caseStatusSpec));
    this.addDialog(new LookupDialog(services, rmaStatusSpec));
    this.addDialog(new LookupDialog(services, entitlementSpec));
    this.addDialog(new HandoffDialog(services));
    this.addDialog(new GuideDialog());
    if (services.signIn) this.addDialog(new SignInDialog(services, services.signIn));
    this.addDialog(new WaterfallDialog(`${MAIN}.steps`, [this.route.bind(this), this.afterSignIn.bind(this), (step) => step.endDialog(step.result)]));
    this.initialDialogId = `${MAIN}.steps`;
  }

  private async route(step: WaterfallStepContext) {
    const { activity } = step.context;
    const text = (activity.text ?? '').trim();
    if (!text) {
      settleLanguage(step, step.values, null);
      // A card button pressed after its dialog ended (or was cancelled), or an empty message.
      await step.context.sendActivity(menu(step, (words) => activity.value === undefined ? '' : words.staleButton));
      return step.endDialog();
    }
    const { request, intent, language } = await interpret(this.services, text);
    settleLanguage(step, step.values, language);
    // An unverified web chat visitor asking for account data signs in first; the request then continues.
    const canSignIn = this.services.signIn && customerOf(step.context).channel === 'WEB_CHAT' && !customerOf(step.context).requester;
    if (canSignIn && (NEEDS_ACCOUNT.has(request.kind) || request.kind === 'sign_in')) {
      if (request.kind !== 'sign_in') (step.values as MainValues).pending = { request, intent };
      return step.beginDialog(SIGN_IN);
    }
    return this.begin(step, request, intent);
  }

  private async afterSignIn(step: WaterfallStepContext) {
    const pending = (step.values as MainValues).pending;
    delete (step.values as MainValues).pending;
    if (!pending || !(step.result as SignInResult | undefined)?.verified) return step.endDialog(step.result);
    return this.begin(step, pending.request, pending.intent);
  }

  private async begin(dc: DialogContext, request: ChatRequest, intent: string | null): Promise<DialogTurnResult> {
    switch (request.kind) {
      case 'open_case': {
        const { kind: _kind, ...options } = request;
        return dc.beginDialog(OPEN_CASE, options satisfies OpenCaseOptions);
      }
      case 'case_status': return dc.beginDialog(CASE_STATUS, { identifier: request.caseNumber } satisfies LookupOptions);
      case 'rma_status': return dc.beginDialog(RMA_STATUS, { identifier: request.rma } satisfies LookupOptions);
      case 'entitlement': return dc.beginDialog(ENTITLEMENT, {
        identifier: request.serialNumber ?? (request.contractId ? `contract:${request.contractId}` : null),
      } satisfies LookupOptions);
      case 'handoff': return dc.beginDialog(HANDOFF, { reason: request.reason, intent } satisfies HandoffOptions);
      case 'guide': {
        const { kind: _kind, topic, ...openCase } = request;
        return dc.beginDialog(GUIDE, { topic, openCase } satisfies GuideOptions);
      }
      case 'escalation': return this.escalate(dc, request);
      case 'my_cases': {
        const requester = customerOf(dc.context).requester;
        await dc.context.sendActivity(requester ? await myCasesAnswer(this.services, requester, turnLanguage(dc.context)) : wordsOf(dc.context).verifyFirst);
        return dc.endDialog();
      }
      case 'technical':
        await dc.context.sendActivity('Technical problems are handled by our technical support desk, which first verifies the serial number and its support contract. ' +
          'I can check whether a device is covered, or put you in touch with a person: type "talk to a person".');
        return dc.endDialog();
      case 'sign_in':
        // Already verified (or a channel without e-mail sign-in): who they are is settled, or they are told how.
        await dc.context.sendActivity(customerOf(dc.context).requester ? menu(dc) : wordsOf(dc.context).verifyFirst);
        return dc.endDialog();
      case 'cancel':
        await dc.context.sendActivity(menu(dc, (words) => words.nothingToCancel));
        return dc.endDialog();
      case 'help':
      case 'unclear':
        await dc.context.sendActivity(menu(dc));
        return dc.endDialog();
    }
  }

  /** An escalation: acknowledge, say the guide's escalation rule, and hand off to a person with the case named. */
  private async escalate(dc: DialogContext, request: Extract<ChatRequest, { kind: 'escalation' }>): Promise<DialogTurnResult> {
    await dc.context.sendActivity(`${wordsOf(dc.context).escalationAck(request.caseNumber)}\n\n${renderGuideAnswer(guideAnswer('escalation', turnLanguage(dc.context)))}`);
    return dc.beginDialog(HANDOFF, {
      reason: request.reason, intent: 'escalation', caseNumber: request.caseNumber, priority: request.priority,
    } satisfies HandoffOptions);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    const text = activity.type === 'message' && (activity.value === undefined || activity.value === null) ? (activity.text ?? '').trim() : '';
    // The bottom of the inner stack is MainDialog's waterfall, which remembers the request's language.
    const values = (innerDc.stack[0]?.state as { values?: MainValues } | undefined)?.values;
    if (!text) settleLanguage(innerDc, values, null);
    if (text) {
      const { request, confidence, intent, language } = await interpret(this.services, text);
      settleLanguage(innerDc, values, language);
      if (request.kind === 'cancel') {
        await innerDc.context.sendActivity(wordsOf(innerDc.context).cancelled);
        return innerDc.cancelAllDialogs();
      }
      if (request.kind === 'help') {
        await innerDc.context.sendActivity(menu(innerDc, (words) => words.helpLead));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      if (request.kind === 'handoff' && confidence >= INTERRUPT_CONFIDENCE) {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(HANDOFF, { reason: request.reason, intent } satisfies HandoffOptions);
      }
      if (request.kind === 'escalation' && confidence >= INTERRUPT_CONFIDENCE) {
        await innerDc.cancelAllDialogs();
        return this.escalate(innerDc, request);
      }
      const lookup = confidence >= INTERRUPT_CONFIDENCE ? this.interruptingLookup(innerDc, request) : null;
      if (lookup) {
        // Answer the side question right here, then ask the interrupted question again.
        const requester = customerOf(innerDc.context).requester;
        const words = wordsOf(innerDc.context);
        await innerDc.context.sendActivity(requester ? await lookup.spec.answer(this.services, requester, lookup.identifier, turnLanguage(innerDc.context)) : words.verifyFirst);
        await innerDc.context.sendActivity(words.backToIt);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
    }
    return super.onContinueDialog(innerDc);
  }

  /** A look-up that names its identifier and is not simply the answer to the question being asked. */
  private interruptingLookup(innerDc: DialogContext, request: ChatRequest): { spec: LookupSpec; identifier: string } | null {
    const active = innerDc.activeDialog?.id;
    if (request.kind === 'case_status' && request.caseNumber && active !== CASE_STATUS) return { spec: caseStatusSpec, identifier: request.caseNumber };
    if (request.kind === 'rma_status' && request.rma && active !== RMA_STATUS) return { spec: rmaStatusSpec, identifier: request.rma };
    // While opening a case, a serial number is the answer to "which device?", not a coverage question.
    if (request.kind === 'entitlement' && request.serialNumber && active !== ENTITLEMENT && active !== OPEN_CASE) {
      return { spec: entitlementSpec, identifier: request.serialNumber };
    }
    return null;
  }
}
