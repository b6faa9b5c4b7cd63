/**
 * Adaptive Cards. Shared cards use only Action.Submit with a `verb` in their data: Teams and Web Chat both
 * deliver it as a message activity whose `value` is that data (Web Chat has no Action.Execute). Version 1.3
 * renders in both.
 */
import { CardFactory, type Attachment } from 'botbuilder';
import type { SearchResultRow } from '../core/index.ts';
import { CATALOGUE, type Catalogue } from './catalogue.ts';

const card = (body: unknown[], actions: unknown[] = []): Attachment => CardFactory.adaptiveCard({
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.3', body, actions,
});

export const CONFIRM_VERB = 'careline.confirmCase';

export interface CaseDraft {
  description: string;
  priority: string;
  serialNumber: string | null;
  category: string;
}

/** "Shall I open this case?" with Open and Cancel buttons; `draftId` ties a click to this draft. */
export function caseConfirmationCard(draft: CaseDraft, draftId: string, words: Catalogue = CATALOGUE.en): Attachment {
  return card([
    { type: 'TextBlock', text: words.cardTitle, weight: 'Bolder', size: 'Medium' },
    { type: 'FactSet', facts: [
      { title: words.cardProblem, value: draft.description.slice(0, 500) },
      { title: words.cardPriority, value: draft.priority },
      { title: words.cardSerial, value: draft.serialNumber ?? words.cardNotGiven },
    ] },
  ], [
    { type: 'Action.Submit', title: words.cardOpen, data: { verb: CONFIRM_VERB, draftId, confirm: true } },
    { type: 'Action.Submit', title: words.cardCancel, data: { verb: CONFIRM_VERB, draftId, confirm: false } },
  ]);
}

/** The guide's search result columns: ID, status, site, contact, last modified, platform, priority. */
export function casesCard(rows: SearchResultRow[]): Attachment {
  const column = (text: string, bold = false) => ({ type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text, wrap: true, size: 'Small', ...(bold ? { weight: 'Bolder' } : {}) }] });
  const headings = ['ID', 'Status', 'Site', 'Contact', 'Last modified (Pacific)', 'Platform', 'Priority'];
  return card([
    { type: 'TextBlock', text: `Your cases (${rows.length})`, weight: 'Bolder' },
    { type: 'ColumnSet', columns: headings.map((h) => column(h, true)) },
    ...rows.map((r) => ({ type: 'ColumnSet', columns: [
      r.id, r.status, r.site?.name ?? '', r.contact?.name ?? '', r.lastModifiedPacific, r.platform ?? '', r.priority ?? '',
    ].map((v) => column(v)) })),
  ]);
}
