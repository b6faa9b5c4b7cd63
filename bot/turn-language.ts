/**
 * The language of this turn's replies. MainDialog decides it once per turn (the message's language when
 * understanding is sure of it, else the conversation's, else the contact's preferred language) and every
 * dialog reads it from here; a turn MainDialog did not see falls back to the contact's language or the locale.
 */
import type { TurnContext } from 'botbuilder';
import { CATALOGUE, replyLanguage, type Catalogue, type ReplyLanguage } from './catalogue.ts';
import { customerOf } from './identity.ts';

const LANGUAGE = Symbol('careline.replyLanguage');

export function setTurnLanguage(context: TurnContext, language: ReplyLanguage): void {
  context.turnState.set(LANGUAGE, language);
}

export function turnLanguage(context: TurnContext): ReplyLanguage {
  return context.turnState.get<ReplyLanguage | undefined>(LANGUAGE)
    ?? replyLanguage(customerOf(context).contact?.preferredLanguage, context.activity.locale);
}

/** The catalogue in this turn's language. */
export function wordsOf(context: TurnContext): Catalogue {
  return CATALOGUE[turnLanguage(context)];
}
