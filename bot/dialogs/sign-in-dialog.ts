/**
 * Web chat sign-in by e-mail one-time code: ask for the address; if it is a contact's, mail a 6-digit code
 * (only its hash is stored, 10 minutes, 5 attempts: bot/sign-in/code-store.ts); answer the same neutral
 * sentence either way, and for an unknown address store a decoy that behaves like a real code, so nothing
 * tells which addresses are customers'. The right code verifies the conversation's user as that contact
 * (for this turn and, through the store, for the turns after); the caller then continues the request.
 */
import { randomInt } from 'node:crypto';
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { customerOf, requesterOf, setCustomer, signInKey } from '../identity.ts';
import type { ChatServices, WebSignIn } from '../ports.ts';
import { turnLanguage, wordsOf } from '../turn-language.ts';
import { hashCode } from '../sign-in/code-store.ts';

export const SIGN_IN = 'signIn';
const CODE_LOOP = `${SIGN_IN}.code`;

const EMAIL = /[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]{2,}/;
const CODE = /^\D*(\d{3})\s?-?(\d{3})\D*$/;

export interface SignInResult { verified: boolean }

export class SignInDialog extends ComponentDialog {
  constructor(private readonly services: ChatServices, private readonly signIn: WebSignIn) {
    super(SIGN_IN);
    this.addDialog(new TextPrompt(`${SIGN_IN}.email`, (p) => Promise.resolve(p.recognized.succeeded && EMAIL.test(p.recognized.value ?? ''))));
    this.addDialog(new TextPrompt(`${SIGN_IN}.codeText`, (p) => Promise.resolve(p.recognized.succeeded && CODE.test(p.recognized.value ?? ''))));
    this.addDialog(new WaterfallDialog(`${SIGN_IN}.steps`, [this.askEmail.bind(this), this.sendCode.bind(this), (step) => step.endDialog(step.result)]));
    this.addDialog(new WaterfallDialog(CODE_LOOP, [this.askCode.bind(this), this.checkCode.bind(this)]));
    this.initialDialogId = `${SIGN_IN}.steps`;
  }

  private async askEmail(step: WaterfallStepContext) {
    const words = wordsOf(step.context);
    return step.prompt(`${SIGN_IN}.email`, { prompt: words.askEmail, retryPrompt: words.emailRetry });
  }

  private async sendCode(step: WaterfallStepContext) {
    const email = EMAIL.exec(step.result as string)?.[0].toLowerCase() ?? '';
    const key = signInKey(step.context.activity);
    const contact = await this.services.core.installedBase.findContactByEmail(email);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const issued = await this.signIn.codes.issue(key, { contactId: contact?.id ?? null, codeHash: hashCode(this.signIn.secret, key, code) });
    if (issued && contact) {
      await this.signIn.mailer.sendCode({ to: contact.email, code, language: contact.preferredLanguage ?? turnLanguage(step.context) });
    }
    return step.beginDialog(CODE_LOOP, { first: true });
  }

  private async askCode(step: WaterfallStepContext) {
    const words = wordsOf(step.context);
    const { first } = (step.options ?? {}) as { first?: boolean };
    return step.prompt(`${SIGN_IN}.codeText`, { prompt: first ? words.codeSent : words.codeFormat, retryPrompt: words.codeFormat });
  }

  private async checkCode(step: WaterfallStepContext) {
    const [, a = '', b = ''] = CODE.exec(step.result as string) ?? [];
    const key = signInKey(step.context.activity);
    const checked = await this.signIn.codes.check(key, hashCode(this.signIn.secret, key, `${a}${b}`));
    const words = wordsOf(step.context);
    if (checked.outcome === 'wrong') {
      await step.context.sendActivity(words.codeWrong(checked.attemptsLeft));
      return step.replaceDialog(CODE_LOOP, { first: false });
    }
    const contact = checked.outcome === 'verified' ? await this.services.core.installedBase.findContactById(checked.contactId) : null;
    if (!contact) {
      await step.context.sendActivity(checked.outcome === 'locked' ? words.codeLocked : words.codeExpired);
      return step.endDialog({ verified: false } satisfies SignInResult);
    }
    await this.signIn.codes.rememberSignIn(key, contact.id);
    setCustomer(step.context, { channel: customerOf(step.context).channel, contact, requester: requesterOf(contact) });
    await step.context.sendActivity(words.signedIn(contact.name));
    return step.endDialog({ verified: true } satisfies SignInResult);
  }
}
