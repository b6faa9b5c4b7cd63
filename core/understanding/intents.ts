/**
 * What a customer can want from the Customer Care desk, and the languages the desk serves. Chat and email
 * classify into the same list, so both channels hand core the same request.
 */
import { z } from 'zod';

export const INTENTS = [
  'open_admin_case',
  'entitlement_check',
  'rma_status',
  'case_status',
  'license_transfer',
  'product_registration',
  'ecert_activation',
  'account_access',
  'misship_report',
  'escalation',
  'human_handoff',
  /** A technical problem: routed to the technical support desk, which needs a verified serial number. */
  'technical_issue',
  'out_of_scope',
] as const;

export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;

/** ISO 639-1 codes of the desk's languages: English, German, French, Spanish, Japanese, Chinese (Mandarin),
 * Korean, Russian, Polish, Dutch, Arabic. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'zh', 'ko', 'ru', 'pl', 'nl', 'ar'] as const;

export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** ISO 639's "undetermined": too little text, or none of the desk's languages. */
export const UNDETERMINED_LANGUAGE = 'und';
