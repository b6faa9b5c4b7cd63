/**
 * What the customer's message asks for, in the chat door's terms. Menu phrases and commands ("cancel",
 * "help", "my cases") are recognised exactly; everything else goes through core's request understanding.
 */
import type { AdminCategory, Priority } from '../../core/index.ts';
import { understand } from '../../core/understanding/understand.ts';
import type { Intent } from '../../core/understanding/intents.ts';
import type { ChatServices } from '../ports.ts';

export type ChatRequest =
  | { kind: 'open_case'; category: AdminCategory; description: string | null; priority: Priority | null; serialNumber: string | null }
  | { kind: 'case_status'; caseNumber: string | null }
  | { kind: 'my_cases' }
  | { kind: 'rma_status'; rma: string | null }
  | { kind: 'entitlement'; serialNumber: string | null; contractId: string | null }
  | { kind: 'handoff'; reason: string }
  | { kind: 'technical' }
  | { kind: 'cancel' }
  | { kind: 'help' }
  /** Understanding could not tell (or it is not something the desk does): the guided menu. */
  | { kind: 'unclear' };

export interface Interpretation {
  request: ChatRequest;
  /** How sure understanding was (1 for exact commands). */
  confidence: number;
  intent: Intent | null;
}

const COMMANDS: [RegExp, ChatRequest][] = [
  [/^(please )?(cancel|stop|abort|quit|never ?mind|forget it)( (it|that|this))?( please)?[.!]*$/i, { kind: 'cancel' }],
  [/^(help|menu|start over|main menu|what can you do\??)[.!]*$/i, { kind: 'help' }],
  [/^(show )?(all )?my (open )?cases\b/i, { kind: 'my_cases' }],
];

const CASE_CATEGORY: Partial<Record<Intent, AdminCategory>> = {
  open_admin_case: 'other', product_registration: 'product_registration', ecert_activation: 'ecertificate',
  account_access: 'account_access', misship_report: 'misship', license_transfer: 'license_management',
};

/** Words that only ask to open a case; what remains, if it says enough, is the problem definition. */
const OPENING = /\b(please|pls|i('d| would)? (like|want|need) to|can you|could you|open(ing)?|create|raise|log|file|new|an?|case|ticket|service request|admin(istrative)?|request|for me|me|help)\b|[,.:;!?-]/gi;

function problemDefinition(text: string): string | null {
  const remaining = text.replace(OPENING, ' ').trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return remaining.length >= 4 ? text.trim() : null;
}

export async function interpret(services: ChatServices, text: string): Promise<Interpretation> {
  const trimmed = text.trim();
  for (const [pattern, request] of COMMANDS) if (pattern.test(trimmed)) return { request, confidence: 1, intent: null };

  const u = understand(await services.understanding(), { text: trimmed });
  const e = u.entities;
  const category = CASE_CATEGORY[u.intent];
  const request: ChatRequest = u.unsure ? { kind: 'unclear' }
    : category ? { kind: 'open_case', category, description: problemDefinition(trimmed), priority: e.priority, serialNumber: e.serialNumbers[0] ?? null }
    : u.intent === 'case_status' ? { kind: 'case_status', caseNumber: e.caseNumbers[0] ?? null }
    : u.intent === 'rma_status' ? { kind: 'rma_status', rma: e.rmaNumbers[0] ?? null }
    : u.intent === 'entitlement_check' ? { kind: 'entitlement', serialNumber: e.serialNumbers[0] ?? null, contractId: e.contractIds[0] ?? null }
    : u.intent === 'human_handoff' || u.intent === 'escalation' ? { kind: 'handoff', reason: trimmed.slice(0, 500) }
    : u.intent === 'technical_issue' ? { kind: 'technical' }
    : { kind: 'unclear' };
  return { request, confidence: u.confidence, intent: u.intent };
}
