/**
 * The few places where identifiers know better than the classifier. A text that is little more than an
 * identifier ("R2123456-1 ??", "2024-0312-0045") has almost no words to classify, yet what the customer
 * wants is plain: the status of that RMA or case, or the coverage of that serial number. Each rule fires only
 * when the classifier is unsure or calls the text out of scope, so "escalate 2024-0312-0045" stays an escalation.
 */
import type { Entities } from './extract-entities.ts';
import type { Intent } from './intents.ts';
import type { IntentScore } from './ports.ts';

export type Rule = 'bare_rma_number' | 'bare_case_number' | 'bare_serial_number' | 'identifier_settles_status';

export interface RuleDecision {
  name: Rule;
  intent: Intent;
  confidence: number;
}

/** How sure a bare identifier makes us: sure enough not to ask back, less than a clear classification. */
const BARE_IDENTIFIER_CONFIDENCE = 0.9;
/** At most this many short words around the identifiers ("RMA", "status", "case no") keep a text bare. */
const MAX_WORDS_AROUND = 2;
const MAX_WORD_LENGTH = 12;
/** Longer than this, a text is never "little more than an identifier" (and is not scanned further). */
const MAX_BARE_LENGTH = 200;

function isBare(text: string): boolean {
  if (text.length > MAX_BARE_LENGTH) return false;
  // Tokens with a digit (identifiers, numbers) and anything that is not a letter carry no words.
  const words = text.split(/\s+/).filter((token) => !/\d/.test(token)).map((token) => token.replace(/[^\p{L}]+/gu, '')).filter(Boolean);
  return words.length <= MAX_WORDS_AROUND && words.every((word) => [...word].length <= MAX_WORD_LENGTH);
}

export function ruleFor(text: string, entities: Entities, best: IntentScore, unsureBelow: number): RuleDecision | null {
  const doubtful = best.score < unsureBelow || best.intent === 'out_of_scope';
  const rmas = entities.rmaNumbers.length > 0;
  const cases = entities.caseNumbers.length > 0;
  if (doubtful && isBare(text)) {
    if (rmas && !cases) return { name: 'bare_rma_number', intent: 'rma_status', confidence: BARE_IDENTIFIER_CONFIDENCE };
    if (cases && !rmas) return { name: 'bare_case_number', intent: 'case_status', confidence: BARE_IDENTIFIER_CONFIDENCE };
    if (!rmas && !cases && entities.serialNumbers.length > 0) {
      return { name: 'bare_serial_number', intent: 'entitlement_check', confidence: BARE_IDENTIFIER_CONFIDENCE };
    }
  }
  // "Status?" with an RMA number is about the RMA, with a case number about the case.
  if (best.score < unsureBelow && (best.intent === 'case_status' || best.intent === 'rma_status') && rmas !== cases) {
    const intent: Intent = rmas ? 'rma_status' : 'case_status';
    if (intent !== best.intent) return { name: 'identifier_settles_status', intent, confidence: unsureBelow };
  }
  return null;
}
