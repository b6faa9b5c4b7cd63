/**
 * How customers say how urgent something is, in the languages the desk serves. An explicit priority
 * (P1, "priority 2", "Priorität 1") always wins over a phrase.
 */
import type { Priority } from '../shared/vocabulary.ts';

/** "P1", "P 2", "prio 3", "priority 4", "Priorität 1", "priorité 2", "prioridad 3", "priorytet 1", "prioriteit 2", "приоритет 1", "優先度1". */
const EXPLICIT = /(?:^|[^\p{L}\p{N}])(?:p\s?|prio\.?\s?|priority\s*|priorit[äa]t\s*|priorit[ée]\s*|prioridad\s*|priorytet\s*|prioriteit\s*|приоритет\s*|優先度\s*|优先级\s*|우선순위\s*)([1-4])(?![\p{N}])/iu;

/** Phrases that mean "our network is down / this is an emergency": P1. */
const P1_PHRASES = [
  'network down', 'network is down', 'production down', 'production is down', 'outage', 'emergency', 'urgent', 'critical',
  'business down', 'site down', 'all users down',
  'dringend', 'notfall', 'netzwerk ist ausgefallen', 'netz ist down', 'ausfall', 'kritisch',
  'urgence', 'panne', 'réseau en panne', 'critique',
  'urgente', 'emergencia', 'caída de red', 'red caída', 'crítico',
  '緊急', 'ネットワークダウン', '至急',
  '紧急', '网络中断', '宕机',
  '긴급', '네트워크 다운', '장애',
  'срочно', 'авария', 'сеть не работает', 'критично',
  'pilne', 'awaria', 'krytyczne',
  'spoed', 'storing', 'netwerk ligt plat',
  'عاجل', 'طارئ', 'انقطاع الشبكة',
];

/** Phrases that ask for fast handling without an outage: P2. */
const P2_PHRASES = ['asap', 'as soon as possible', 'high priority', 'so schnell wie möglich', 'hohe priorität', 'dès que possible', 'lo antes posible', 'zo snel mogelijk', 'jak najszybciej', 'как можно скорее', 'できるだけ早く', '尽快', '최대한 빨리'];

export function priorityOf(text: string): Priority | null {
  const explicit = EXPLICIT.exec(text);
  if (explicit) return `P${explicit[1] ?? ''}` as Priority;
  const lower = text.toLowerCase();
  // "not urgent" / "nicht dringend" / "pas urgent" is the opposite of urgent.
  const denied = /\b(?:not|nicht|pas|no|niet|nie)\s+(?:urgent|dringend|urgente|pilne|spoed)/i.test(lower);
  if (!denied && P1_PHRASES.some((phrase) => lower.includes(phrase))) return 'P1';
  if (P2_PHRASES.some((phrase) => lower.includes(phrase))) return 'P2';
  return null;
}
