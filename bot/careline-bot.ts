/**
 * The chat door's activity handler, for Teams and web chat alike. Per message: act once per activity id,
 * refuse what cannot be a request (too long), identify the customer, remember how to reach the
 * conversation later, stay silent while a representative holds it, otherwise run the dialogs. Everything
 * the customer asks for is decided in core; this class only routes.
 */
import {
  ConversationState, TeamsActivityHandler, TurnContext, UserState, type Storage,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { responderFor } from '../core/index.ts';
import { MainDialog, MAIN } from './dialogs/main-dialog.ts';
import { identifyCustomer, setCustomer } from './identity.ts';
import type { ActivityLedger, ChatServices, ChatStore } from './ports.ts';
import { MAX_MESSAGE_LENGTH, welcomeIn } from './replies.ts';

export interface BotDeps extends ChatServices {
  chat: ChatStore;
  ledger: ActivityLedger;
  storage: Storage;
  /** Verifies the web chat identity tokens the hosting page vouches with (see identity.ts). */
  identitySecret: string;
}

export const UNKNOWN_ACTIVITY = 'I can read text messages and the buttons of my cards; I cannot handle that kind of activity here.';

export class CarelineBot extends TeamsActivityHandler {
  readonly conversationState: ConversationState;
  readonly userState: UserState;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: BotDeps) {
    super();
    this.conversationState = new ConversationState(deps.storage);
    this.userState = new UserState(deps.storage);
    this.dialogs = new DialogSet(this.conversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(new MainDialog(deps));

    this.onMembersAdded(async (context, next) => {
      const { activity } = context;
      const someoneElse = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient.id);
      // Web chat adds the user; Teams adds the bot to a personal chat. A team's channel is not greeted.
      // Nobody has said anything yet: the welcome is in the client's locale (English when it is none we speak).
      if (someoneElse || activity.conversation.conversationType === 'personal') await context.sendActivity(welcomeIn(activity.locale));
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onUnrecognizedActivityType(async (context, next) => {
      await context.sendActivity(UNKNOWN_ACTIVITY);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    // A redelivered message (same id in the same conversation) was already acted on: acknowledge, do nothing.
    if (activity.type === 'message' && activity.id) {
      const first = await this.deps.ledger.firstTime(`${activity.channelId}:${activity.conversation.id}:${activity.id}`);
      if (!first) return;
    }
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    if ((activity.text?.length ?? 0) > MAX_MESSAGE_LENGTH) {
      await context.sendActivity(`That message is too long for me (${activity.text?.length ?? 0} characters). ` +
        `Please send a short description of what you need, up to ${MAX_MESSAGE_LENGTH} characters; a representative can receive logs and files later.`);
      return;
    }
    // In Teams channels the text starts with "<at>Bot</at>": what the customer said is the rest.
    if (activity.text) activity.text = TurnContext.removeRecipientMention(activity)?.trim() ?? activity.text;

    const customer = await identifyCustomer({
      core: this.deps.core, chat: this.deps.chat, identitySecret: this.deps.identitySecret, ...(this.deps.signIn ? { signIns: this.deps.signIn.codes } : {}),
    }, activity);
    setCustomer(context, customer);
    const conversationKey = { channel: customer.channel, externalId: activity.conversation.id };
    await this.deps.chat.saveReference({ ...conversationKey, contactId: customer.contact?.id ?? null, reference: TurnContext.getConversationReference(activity) });

    const conversation = await this.deps.handoff.handoffs.findConversation(conversationKey);
    // A representative holds the conversation: they answer, the bot stays silent (the handoff relays).
    if (conversation && responderFor(conversation.state) === 'rep') return;

    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN);
  }
}
