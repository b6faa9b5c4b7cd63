/** What the demo's customers write about: a few fixed stories DEMO relies on, and topics for the rest. */
import { DEMO, DEMO_CASE_OPENED_AT } from './demo-identifiers.ts';

export interface CaseStory {
  type: 'ADMIN_SERVICE_REQUEST' | 'TECHNICAL';
  category: string;
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  subject: string;
  description: string;
  impact?: string;
}

export interface FixedStory extends CaseStory {
  contactEmail: string;
  /** Days before `now` the case was opened; ignored when `openedAt` is given. */
  daysAgo: number;
  openedAt?: Date;
  closed: boolean;
  channel: 'TEAMS' | 'WEB_CHAT' | 'EMAIL' | 'PHONE';
  trackingNumber?: string;
  serialNumber?: string;
  rmaNumbers?: string[];
}

export const FIXED_STORIES: FixedStory[] = [
  {
    contactEmail: DEMO.contactEmail, daysAgo: 0, openedAt: DEMO_CASE_OPENED_AT, closed: false, channel: 'EMAIL', trackingNumber: DEMO.trackingNumber,
    type: 'ADMIN_SERVICE_REQUEST', category: 'entitlement', priority: 'P3',
    subject: 'Renewal quote for the Reno hub firewalls',
    description: 'Our SRX345 at the Reno hub shows no support contract. Could you tell us the options to get it covered before the holiday freeze?',
  },
  {
    contactEmail: DEMO.contactEmail, daysAgo: 6, closed: false, channel: 'TEAMS', serialNumber: DEMO.coveredSerial,
    rmaNumbers: [DEMO.rmaNumber], type: 'TECHNICAL', category: 'hardware', priority: 'P2',
    subject: 'MX204 at San Francisco HQ reboots with FPC errors',
    description: `Since this morning ${DEMO.coveredSerial} reboots every few hours; the log shows "FPC 0 major errors" before each restart.`,
    impact: 'Redundant path only; no outage yet but no resilience for the HQ WAN.',
  },
  {
    contactEmail: DEMO.contactEmail, daysAgo: 1, closed: false, channel: 'WEB_CHAT', trackingNumber: 'INC0049377',
    type: 'ADMIN_SERVICE_REQUEST', category: 'rma_status', priority: 'P3',
    subject: `When will the replacement for ${DEMO.rmaLine} arrive?`,
    description: `We have not received a delivery date for ${DEMO.rmaLine}. Our maintenance window is on Saturday.`,
  },
  {
    contactEmail: DEMO.contactEmail, daysAgo: 40, closed: true, channel: 'WEB_CHAT',
    type: 'ADMIN_SERVICE_REQUEST', category: 'license_management', priority: 'P4',
    subject: 'Licence key for Advanced Routing not accepted',
    description: 'The activation key we received fails with "invalid license key" on our MX204.',
  },
  {
    contactEmail: DEMO.adminEmail, daysAgo: 3, closed: false, channel: 'EMAIL',
    type: 'ADMIN_SERVICE_REQUEST', category: 'account_access', priority: 'P3',
    subject: 'Add two colleagues to our support account',
    description: 'Please give Miguel Ortega and Wei Chen access to cases for the Northwind account.',
  },
  {
    contactEmail: DEMO.adminEmail, daysAgo: 2, closed: false, channel: 'PHONE', serialNumber: DEMO.inWarrantySerial,
    type: 'ADMIN_SERVICE_REQUEST', category: 'misship', priority: 'P2',
    subject: 'Wrong power supplies shipped with SRX345',
    description: `The SRX345 (${DEMO.inWarrantySerial}) we ordered directly arrived with EU power cords instead of US ones.`,
  },
  {
    contactEmail: 'keoni.kahale@aloha-telecom.example', daysAgo: 12, closed: false, channel: 'PHONE', rmaNumbers: ['R2123461'],
    type: 'TECHNICAL', category: 'hardware', priority: 'P2',
    subject: 'New ACX7100 dead on arrival', description: 'The new ACX7100 does not power on; all PSU LEDs stay dark.',
  },
  {
    contactEmail: 'anna.schmidt@rheinwerk-energie.example', daysAgo: 47, closed: true, channel: 'EMAIL', rmaNumbers: ['R2123470'],
    type: 'TECHNICAL', category: 'hardware', priority: 'P1',
    subject: 'MX480 Linecard-Ausfall in Köln',
    description: 'Seit 06:10 Uhr ist MPC 3 offline, zwei 100G-Uplinks sind ausgefallen. Bitte dringend um Ersatz.',
    impact: 'Leitwarte Essen nur über Backup-Strecke angebunden.',
  },
];

export const ADMIN_TOPICS: CaseStory[] = [
  { type: 'ADMIN_SERVICE_REQUEST', category: 'account_access', priority: 'P3', subject: 'Cannot log in to the support portal', description: 'My login fails with "account not linked". Please link my user to our company account.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'product_registration', priority: 'P4', subject: 'Register newly delivered devices', description: 'We received five devices last week; please register them to our main site.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'entitlement', priority: 'P3', subject: 'Serial number shows no contract', description: 'The portal says our switch has no contract, but it is on our renewal from last month.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'software_download', priority: 'P3', subject: 'No access to Junos downloads', description: 'I get "not entitled" when downloading the recommended Junos release.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'license_management', priority: 'P3', subject: 'Move a licence to a replacement device', description: 'Our router was replaced under RMA; the licence is still bound to the old serial number.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'misship', priority: 'P2', subject: 'Wrong optics delivered', description: 'We ordered 100G LR4 optics and received SR4. The order was placed directly with you.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'order_status', priority: 'P4', subject: 'Delivery date for our order', description: 'Could you confirm when our sales order will ship?' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'ownership_transfer', priority: 'P4', subject: 'Transfer devices from an acquired company', description: 'We acquired a company and need their installed base moved to our account.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'rma_status', priority: 'P3', subject: 'Replacement not received yet', description: 'The replacement for our RMA was supposed to arrive yesterday.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'ecertificate', priority: 'P4', subject: 'Register an e-Certificate', description: 'Please register the e-Certificate we received to our new firewall.' },
  { type: 'ADMIN_SERVICE_REQUEST', category: 'installed_base', priority: 'P4', subject: 'Update the site address of our devices', description: 'Our data center moved; please update the site address for all devices there.' },
];

export const TECHNICAL_TOPICS: CaseStory[] = [
  { type: 'TECHNICAL', category: 'routing', priority: 'P2', subject: 'BGP sessions flapping after upgrade', description: 'After upgrading, two eBGP sessions flap every 90 seconds (hold timer expired).' },
  { type: 'TECHNICAL', category: 'hardware', priority: 'P2', subject: 'Power supply failure alarm', description: 'A major alarm reports PEM 1 failure; the PSU fan is silent.' },
  { type: 'TECHNICAL', category: 'software', priority: 'P3', subject: 'Upgrade path to the recommended release', description: 'What is the supported upgrade path from our current release to the recommended one?' },
  { type: 'TECHNICAL', category: 'security', priority: 'P2', subject: 'IPsec tunnels drop every night', description: 'Site-to-site VPNs drop around 02:00 and need a manual clear to come back.' },
  { type: 'TECHNICAL', category: 'switching', priority: 'P3', subject: 'Virtual Chassis member does not join', description: 'A new member stays in "NotPrsnt" state after cabling the VC ports.' },
  { type: 'TECHNICAL', category: 'performance', priority: 'P1', subject: 'Routing engine CPU at 100 %', description: 'RE CPU is pinned at 100 % by rpd; OSPF adjacencies are dropping.', impact: 'Core site degraded, customers affected.' },
];

export const SOFTWARE_VERSIONS = ['Junos OS 23.4R2-S3', 'Junos OS 22.4R3-S2', 'Junos OS Evolved 24.2R1', 'Junos OS 21.4R3-S5'];

export const REP_REPLIES: Record<CaseStory['type'], string[]> = {
  ADMIN_SERVICE_REQUEST: [
    'Thanks for the details. I am looking into this now and will update you shortly.',
    'I have checked our records and passed this to the right team; you will hear from me by tomorrow.',
    'I have updated your account as requested. Please check and let me know.',
  ],
  TECHNICAL: [
    'Thanks for the details. I am looking into this now and will update you shortly.',
    'Could you send the output of "show chassis alarms" and "show system core-dumps"?',
    'This matches a known issue fixed in the next maintenance release; I am preparing the upgrade notes for you.',
  ],
};

export const CUSTOMER_FOLLOW_UPS = ['Any update on this?', 'Thanks, that works for us.', 'Confirmed, all good on our side now.'];

type Priority = CaseStory['priority'];

/**
 * The bot's confirmation in the customer's language, with the promise the guide makes: an Admin Service
 * Request is answered within 24 hours, a technical case within its priority's response target.
 */
const CONFIRMATIONS: Record<string, {
  admin: string; technical: string; targets: Record<Priority, string>;
  say: (caseNumber: string, who: string, target: string) => string;
}> = {
  en: {
    admin: 'A Customer Care representative', technical: 'Our technical team',
    targets: { P1: 'within 2 hours', P2: 'within 24 hours', P3: 'within 5 business days', P4: 'within 7 business days' },
    say: (n, who, target) => `I've opened case ${n} for you. ${who} will contact you ${target}.`,
  },
  de: {
    admin: 'Ein Mitarbeiter des Customer Care', technical: 'Unser technisches Team',
    targets: { P1: 'innerhalb von 2 Stunden', P2: 'innerhalb von 24 Stunden', P3: 'innerhalb von 5 Werktagen', P4: 'innerhalb von 7 Werktagen' },
    say: (n, who, target) => `Ich habe den Fall ${n} für Sie eröffnet. ${who} meldet sich ${target} bei Ihnen.`,
  },
  fr: {
    admin: 'Un représentant du Customer Care', technical: 'Notre équipe technique',
    targets: { P1: 'sous 2 heures', P2: 'sous 24 heures', P3: 'sous 5 jours ouvrés', P4: 'sous 7 jours ouvrés' },
    say: (n, who, target) => `J'ai ouvert le dossier ${n} pour vous. ${who} vous contactera ${target}.`,
  },
  es: {
    admin: 'Un representante de Customer Care', technical: 'Nuestro equipo técnico',
    targets: { P1: 'en un plazo de 2 horas', P2: 'en un plazo de 24 horas', P3: 'en un plazo de 5 días hábiles', P4: 'en un plazo de 7 días hábiles' },
    say: (n, who, target) => `He abierto el caso ${n}. ${who} se pondrá en contacto con usted ${target}.`,
  },
  ja: {
    admin: 'カスタマーケア担当者', technical: '技術チーム',
    targets: { P1: '2時間以内に', P2: '24時間以内に', P3: '5営業日以内に', P4: '7営業日以内に' },
    say: (n, who, target) => `ケース ${n} を作成しました。${who}より${target}ご連絡いたします。`,
  },
};

export function botConfirmation(caseNumber: string, story: CaseStory, language: string): string {
  const texts = CONFIRMATIONS[language.split('-')[0] ?? 'en'] ?? CONFIRMATIONS['en'];
  if (!texts) return `Case ${caseNumber} opened.`;
  const admin = story.type === 'ADMIN_SERVICE_REQUEST';
  return texts.say(caseNumber, admin ? texts.admin : texts.technical, texts.targets[admin ? 'P2' : story.priority]);
}
