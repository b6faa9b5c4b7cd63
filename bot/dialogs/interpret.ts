/**
 * What the customer's message asks for, in the chat door's terms. Menu phrases and commands ("cancel",
 * "help", "my cases") are recognised exactly; everything else goes through core's request understanding.
 */
import type { AdminCategory, Priority } from '../../core/index.ts';
import { understand } from '../../core/understanding/understand.ts';
import type { Intent } from '../../core/understanding/intents.ts';
import { isGuideTopic, type GuideTopic } from '../../core/policy/guide-answers.ts';
import { menuChoiceOf, messageLanguage, type ReplyLanguage } from '../catalogue.ts';
import type { ChatServices } from '../ports.ts';

export type ChatRequest =
  | { kind: 'open_case'; category: AdminCategory; description: string | null; priority: Priority | null; serialNumber: string | null }
  | { kind: 'case_status'; caseNumber: string | null }
  | { kind: 'my_cases' }
  | { kind: 'rma_status'; rma: string | null }
  | { kind: 'entitlement'; serialNumber: string | null; contractId: string | null }
  | { kind: 'handoff'; reason: string }
  /** A question the guide's policy answers first; then the bot offers to open a case of `category`. */
  | { kind: 'guide'; topic: Exclude<GuideTopic, 'escalation'>; category: AdminCategory; description: string | null; priority: Priority | null; serialNumber: string | null }
  | { kind: 'escalation'; reason: string; caseNumber: string | null; priority: Priority | null }
  | { kind: 'technical' }
  | { kind: 'cancel' }
  | { kind: 'help' }
  /** "verify", "sign in": prove who you are (e-mail one-time code in web chat). */
  | { kind: 'sign_in' }
  /** Understanding could not tell (or it is not something the desk does): the guided menu. */
  | { kind: 'unclear' };

export interface Interpretation {
  request: ChatRequest;
  /** How sure understanding was (1 for exact commands). */
  confidence: number;
  intent: Intent | null;
  /** The message's language when it says enough to tell (see messageLanguage), else null. */
  language: ReplyLanguage | null;
}

const COMMANDS: [RegExp, ChatRequest][] = [
  [/^(please )?(cancel|stop|abort|quit|never ?mind|forget it)( (it|that|this))?( please)?[.!]*$/i, { kind: 'cancel' }],
  [/^(help|menu|start over|main menu|what can you do\??)[.!]*$/i, { kind: 'help' }],
  [/^(show )?(all )?my (open )?cases\b/i, { kind: 'my_cases' }],
  [/^(please )?(verify( me)?|sign ?in|anmelden|verifizieren|s'identifier|se connecter|verificar|iniciar sesión|本人確認|サインイン)[.!]*$/i, { kind: 'sign_in' }],
];

const CASE_CATEGORY: Partial<Record<Intent, AdminCategory>> = {
  open_admin_case: 'other', product_registration: 'product_registration', ecert_activation: 'ecertificate',
  account_access: 'account_access', misship_report: 'misship', license_transfer: 'license_management',
};

/** "Open a case about it" in the desk's reply languages: the customer wants the case, not the policy first. */
const ASKS_FOR_CASE = [
  /\b(open|create|raise|log|file|submit)\b[^.?!]{0,40}\b(case|ticket|service request)\b/i,
  /\b(fall|ticket|anfrage)\b[^.?!]{0,40}(eröffnen|anlegen|erstellen)/i,
  /\bouvrir\b[^.?!]{0,20}\b(dossier|ticket|demande)\b/i,
  /\babrir\b[^.?!]{0,20}\b(caso|ticket|solicitud)\b/i,
  /ケース.{0,10}(作成|開)/,
];

/** Words that only ask to open a case, in the reply languages; what remains, if it says enough, is the problem definition. */
const OPENING_PHRASES = /i('d| would)? (like|want|need) to|can you|could you|service request|for me|s'il vous plaît|por favor/gi;
const OPENING_WORDS = new Set([
  'please', 'pls', 'open', 'opening', 'create', 'raise', 'log', 'file', 'new', 'a', 'an', 'case', 'ticket', 'request', 'admin',
  'administrative', 'me', 'help',
  'ich', 'möchte', 'will', 'würde', 'gerne', 'gern', 'bitte', 'einen', 'eine', 'ein', 'neuen', 'neue', 'fall', 'anfrage', 'eröffnen',
  'öffnen', 'anlegen', 'erstellen', 'sie', 'für', 'mich', 'mir',
  'je', 'voudrais', 'veux', 'aimerais', 'ouvrir', 'créer', 'un', 'une', 'nouveau', 'nouvelle', 'dossier', 'demande', 'svp',
  'quiero', 'quisiera', 'me', 'gustaría', 'abrir', 'crear', 'uno', 'caso', 'nuevo', 'nueva', 'solicitud',
]);

function problemDefinition(text: string): string | null {
  const remaining = text.replace(OPENING_PHRASES, ' ').split(/[\s,.:;!?¿¡()"-]+/)
    .filter((word) => /\p{L}/u.test(word) && !OPENING_WORDS.has(word.toLowerCase()));
  return remaining.length >= 4 ? text.trim() : null;
}

export async function interpret(services: ChatServices, text: string): Promise<Interpretation> {
  const trimmed = text.trim();
  for (const [pattern, request] of COMMANDS) if (pattern.test(trimmed)) return { request, confidence: 1, intent: null, language: null };
  // A menu button in another language stands for the English one, and tells the customer's language.
  const button = menuChoiceOf(trimmed);
  if (button && button.language !== 'en') {
    const meant = await interpret(services, button.choice);
    return { ...meant, language: button.language };
  }

  const u = understand(await services.understanding(), { text: trimmed });
  const e = u.entities;
  const category = CASE_CATEGORY[u.intent];
  const opening = { description: problemDefinition(trimmed), priority: e.priority, serialNumber: e.serialNumbers[0] ?? null };
  const request: ChatRequest = u.unsure ? { kind: 'unclear' }
    : category && isGuideTopic(u.intent) && u.intent !== 'escalation' && !ASKS_FOR_CASE.some((p) => p.test(trimmed))
      ? { kind: 'guide', topic: u.intent, category, ...opening }
    : category ? { kind: 'open_case', category, ...opening }
    : u.intent === 'case_status' ? { kind: 'case_status', caseNumber: e.caseNumbers[0] ?? null }
    : u.intent === 'rma_status' ? { kind: 'rma_status', rma: e.rmaNumbers[0] ?? null }
    : u.intent === 'entitlement_check' ? { kind: 'entitlement', serialNumber: e.serialNumbers[0] ?? null, contractId: e.contractIds[0] ?? null }
    : u.intent === 'escalation' ? { kind: 'escalation', reason: trimmed.slice(0, 500), caseNumber: e.caseNumbers[0] ?? null, priority: e.priority }
    : u.intent === 'human_handoff' ? { kind: 'handoff', reason: trimmed.slice(0, 500) }
    : u.intent === 'technical_issue' ? { kind: 'technical' }
    : { kind: 'unclear' };
  return { request, confidence: u.confidence, intent: u.intent, language: messageLanguage(trimmed, u.language) };
}
