/**
 * The Customer Care guide's policy, as answers to the questions customers ask about it: account access,
 * e-Certificates, product registration, mis-shipments and escalation. Pure data and pure functions, so chat
 * and email answer alike; each door only renders the points. An answer names the Admin Service Request
 * category a follow-up case belongs to (none for escalation, which goes to a person).
 */
import type { AdminCategory } from '../shared/vocabulary.ts';

export const GUIDE_TOPICS = ['account_access', 'ecert_activation', 'product_registration', 'misship_report', 'escalation'] as const;
export type GuideTopic = (typeof GUIDE_TOPICS)[number];

/** Languages the policy texts are written in; any other language gets English. */
export const GUIDE_LANGUAGES = ['en', 'de'] as const;
export type GuideLanguage = (typeof GUIDE_LANGUAGES)[number];

export interface GuideAnswer {
  topic: GuideTopic;
  /** The language the text is in (English when the asked-for language has no translation). */
  language: GuideLanguage;
  title: string;
  /** The policy, one rule a point, in the guide's order. */
  points: string[];
  /** The Admin Service Request category for a follow-up case; null when the follow-up is a person (escalation). */
  caseCategory: AdminCategory | null;
}

/** Mis-shipments are accepted within this many days of the product being shipped. */
export const MISSHIP_WINDOW_DAYS = 90;
/** Juniper Care starts this many days after the e-Certificate was received, unless registered earlier. */
export const ECERT_GRACE_DAYS = 30;

const CATEGORY: Record<GuideTopic, AdminCategory | null> = {
  account_access: 'account_access', ecert_activation: 'ecertificate', product_registration: 'product_registration',
  misship_report: 'misship', escalation: null,
};

type Texts = Record<GuideTopic, { title: string; points: string[] }>;

const TEXTS: Record<GuideLanguage, Texts> = {
  en: {
    account_access: { title: 'Your Customer Support Center (CSC) account', points: [
      'Customer Care creates CSC accounts, restores account access and resets passwords.',
      'A new online account is created with the four-step web form on the support site.',
      'If you forgot your password, request the e-mail notification on the sign-in page to unlock your account and reset your password.',
    ] },
    ecert_activation: { title: 'Activating a support e-Certificate', points: [
      'Juniper Care service contracts are activated with e-Certificates; activate yours to receive the full service coverage.',
      'An e-Certificate is valid, and can be activated, only in the sales region where it was purchased.',
      'Next-Day e-Certificates are valid only in the continental USA and the countries of the European Union (not, for example, in Latin America, Canada, Eastern Europe or Asia Pacific).',
      `Coverage starts on the date you register the e-Certificate or ${ECERT_GRACE_DAYS} days after you received it, whichever comes first.`,
    ] },
    product_registration: { title: 'Registering your products', points: [
      'Register your products to keep your full product warranty benefits.',
      'You can register products, view your installed base and contracts, and activate support certificates with the online tools of the support site.',
      'An up-to-date installed base keeps our depots stocked with the right parts and your renewal quotes accurate.',
    ] },
    misship_report: { title: 'Reporting a mis-shipment', points: [
      'A mis-shipment is reported by the customer who placed the order directly with Juniper Networks.',
      `It must be reported within ${MISSHIP_WINDOW_DAYS} days of the product being shipped.`,
      'It covers missing or incorrect sales order line items, missing or incorrect component parts or subassemblies, and missing or incorrect documentation.',
      'Customer Care opens the case, keeps you updated and gives you a tracking number once the correct part has shipped.',
    ] },
    escalation: { title: 'Escalating a case', points: [
      'An escalation hands your case to the Customer Care Escalation team when the representative cannot resolve it, or when you ask.',
      'Escalation timeframes are measured 24x7x365, and Customer Care managers are available around the clock for management escalations.',
      'On a weekend or holiday, an escalation goes to the Escalation team, which contacts you; a P1 escalation on a weekend goes to the on-call escalation person.',
      'Please have your case number ready.',
    ] },
  },
  de: {
    account_access: { title: 'Ihr Konto im Customer Support Center (CSC)', points: [
      'Customer Care legt CSC-Konten an, stellt den Kontozugang wieder her und setzt Passwörter zurück.',
      'Ein neues Online-Konto legen Sie mit dem Webformular in vier Schritten auf der Support-Website an.',
      'Wenn Sie Ihr Passwort vergessen haben, fordern Sie auf der Anmeldeseite die E-Mail an, mit der Sie Ihr Konto entsperren und das Passwort zurücksetzen.',
    ] },
    ecert_activation: { title: 'Ein Support-e-Certificate aktivieren', points: [
      'Juniper-Care-Serviceverträge werden mit e-Certificates aktiviert; aktivieren Sie Ihres, um den vollen Serviceumfang zu erhalten.',
      'Ein e-Certificate gilt nur in der Vertriebsregion, in der es gekauft wurde, und kann nur dort aktiviert werden.',
      'Next-Day-e-Certificates gelten nur im Kontinentalgebiet der USA und in den Ländern der Europäischen Union (nicht z. B. in Lateinamerika, Kanada, Osteuropa oder Asien-Pazifik).',
      `Der Service beginnt mit der Registrierung des e-Certificates oder ${ECERT_GRACE_DAYS} Tage nach seinem Erhalt, je nachdem, was zuerst eintritt.`,
    ] },
    product_registration: { title: 'Produkte registrieren', points: [
      'Registrieren Sie Ihre Produkte, damit Sie die vollen Garantieleistungen behalten.',
      'Mit den Online-Werkzeugen der Support-Website registrieren Sie Produkte, sehen Ihre installierte Basis und Verträge ein und aktivieren Support-Zertifikate.',
      'Eine aktuelle installierte Basis sorgt dafür, dass unsere Lager die richtigen Teile führen und Ihre Verlängerungsangebote stimmen.',
    ] },
    misship_report: { title: 'Eine Fehllieferung melden', points: [
      'Eine Fehllieferung meldet der Kunde, der direkt bei Juniper Networks bestellt hat.',
      `Sie muss innerhalb von ${MISSHIP_WINDOW_DAYS} Tagen nach dem Versand gemeldet werden.`,
      'Dazu zählen fehlende oder falsche Auftragspositionen, fehlende oder falsche Komponenten oder Baugruppen und fehlende oder falsche Dokumentation.',
      'Customer Care eröffnet den Fall, hält Sie auf dem Laufenden und nennt Ihnen eine Sendungsnummer, sobald das richtige Teil versandt ist.',
    ] },
    escalation: { title: 'Einen Fall eskalieren', points: [
      'Bei einer Eskalation übernimmt das Customer-Care-Eskalationsteam Ihren Fall, wenn der Mitarbeiter ihn nicht lösen kann oder Sie es wünschen.',
      'Eskalationsfristen laufen rund um die Uhr an 365 Tagen (24x7x365); Customer-Care-Manager sind jederzeit für Management-Eskalationen erreichbar.',
      'Am Wochenende oder an Feiertagen geht eine Eskalation an das Eskalationsteam, das Sie kontaktiert; eine P1-Eskalation am Wochenende geht an die diensthabende Eskalationsperson.',
      'Bitte halten Sie Ihre Fallnummer bereit.',
    ] },
  },
};

export function isGuideTopic(intent: string | null | undefined): intent is GuideTopic {
  return (GUIDE_TOPICS as readonly string[]).includes(intent ?? '');
}

/** The guide's answer to a topic, in `language` (an ISO 639-1 code or a locale such as de-DE) or else English. */
export function guideAnswer(topic: GuideTopic, language = 'en'): GuideAnswer {
  const base = language.slice(0, 2).toLowerCase();
  const lang: GuideLanguage = (GUIDE_LANGUAGES as readonly string[]).includes(base) ? base as GuideLanguage : 'en';
  const { title, points } = TEXTS[lang][topic];
  return { topic, language: lang, title, points: [...points], caseCategory: CATEGORY[topic] };
}

export type MisshipEligibility = { eligible: true } | { eligible: false; reason: 'NOT_DIRECT_ORDER' | 'TOO_LATE' };

/** Whether a mis-shipment can be reported: ordered directly, and within 90 days of shipment (day of shipment counts as day 0). */
export function misshipEligibility(input: { orderedDirectly: boolean; shippedAt: Date; now: Date }): MisshipEligibility {
  if (!input.orderedDirectly) return { eligible: false, reason: 'NOT_DIRECT_ORDER' };
  const days = (input.now.getTime() - input.shippedAt.getTime()) / 86_400_000;
  return days <= MISSHIP_WINDOW_DAYS ? { eligible: true } : { eligible: false, reason: 'TOO_LATE' };
}

/** When Juniper Care coverage starts: at registration or 30 days after receipt, whichever is first. */
export function ecertCoverageStart(input: { receivedAt: Date; registeredAt: Date | null }): Date {
  const grace = new Date(input.receivedAt.getTime() + ECERT_GRACE_DAYS * 86_400_000);
  return input.registeredAt && input.registeredAt < grace ? input.registeredAt : grace;
}
