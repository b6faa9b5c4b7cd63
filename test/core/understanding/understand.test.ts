import { describe, expect, it } from 'vitest';
import { isCarelineError } from '../../../core/shared/errors.ts';
import type { Intent } from '../../../core/understanding/intents.ts';
import type { IntentClassifier, IntentScore, LanguageDetector } from '../../../core/understanding/ports.ts';
import { CLASSIFIED_LENGTH, MAX_TEXT_LENGTH, understand, UNSURE_BELOW } from '../../../core/understanding/understand.ts';

/** A classifier that answers what the story tells it to, and remembers what it was asked. */
function aClassifier(answer: [Intent, number][]): IntentClassifier & { asked: { text: string; language: string }[] } {
  const asked: { text: string; language: string }[] = [];
  return {
    asked,
    classify(text: string, language: string): IntentScore[] {
      asked.push({ text, language });
      return answer.map(([intent, score]) => ({ intent, score }));
    },
  };
}

/** A detector that knows one phrase per language and nothing else. */
function aDetector(known: Record<string, string> = {}): LanguageDetector {
  return { detect: (text: string) => Object.entries(known).find(([phrase]) => text.includes(phrase))?.[1] ?? 'und' };
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('understand', () => {
  it('when the classifier is sure, then its intent, the two best candidates, the language and the identifiers come back', () => {
    const classifier = aClassifier([['rma_status', 0.91], ['case_status', 0.06], ['out_of_scope', 0.03]]);

    const result = understand({ classifier, languages: aDetector({ 'where is': 'en' }) }, { text: 'where is my replacement for r2123456-1?' });

    expect(result).toMatchObject({
      intent: 'rma_status', confidence: 0.91, unsure: false, language: 'en', decidedBy: 'classifier',
      candidates: [{ intent: 'rma_status', confidence: 0.91 }, { intent: 'case_status', confidence: 0.06 }],
    });
    expect(result.entities.rmaNumbers).toEqual(['R2123456-1']);
  });

  it('when the best score is below the threshold, then the answer is unsure and names the two best candidates', () => {
    const classifier = aClassifier([['escalation', UNSURE_BELOW - 0.1], ['human_handoff', 0.3], ['case_status', 0.05]]);

    const result = understand({ classifier, languages: aDetector() }, { text: 'this is going nowhere' });

    expect(result.unsure).toBe(true);
    expect(result.candidates.map((c) => c.intent)).toEqual(['escalation', 'human_handoff']);
  });

  it.each([
    ['an RMA line item', 'R2123456-1 ??', 'rma_status', 'bare_rma_number'],
    ['a case number in telephone form', '202403120045#', 'case_status', 'bare_case_number'],
    ['a case number with a label', 'case 2024-0312-0045', 'case_status', 'bare_case_number'],
    ['a serial number', 'JN11A2B3C4D5', 'entitlement_check', 'bare_serial_number'],
  ] as const)('when a customer sends only %s, then what they want is plain even though the classifier cannot tell', (_what, text, intent, rule) => {
    const classifier = aClassifier([['out_of_scope', 0.7], ['human_handoff', 0.2]]);

    const result = understand({ classifier, languages: aDetector() }, { text });

    expect(result).toMatchObject({ intent, unsure: false, decidedBy: rule });
    expect(result.candidates[0].intent).toBe(intent);
    expect(result.candidates[1].intent).toBe('out_of_scope');
  });

  it('when a case number comes with a clear request, then the classifier\'s intent stands', () => {
    const classifier = aClassifier([['escalation', 0.8], ['case_status', 0.15]]);

    const result = understand({ classifier, languages: aDetector() }, { text: 'escalate 2024-0312-0045' });

    expect(result).toMatchObject({ intent: 'escalation', decidedBy: 'classifier' });
  });

  it('when the classifier hesitates on a status question that names only an RMA, then the RMA settles it', () => {
    const classifier = aClassifier([['case_status', 0.4], ['rma_status', 0.35], ['escalation', 0.1]]);

    const result = understand({ classifier, languages: aDetector() }, { text: 'any news about my return R1234567, nobody told us anything yet' });

    expect(result).toMatchObject({ intent: 'rma_status', unsure: false, decidedBy: 'identifier_settles_status' });
    expect(result.candidates[1].intent).toBe('case_status');
  });

  it('when an email has a subject, then the subject is classified and searched for identifiers with the body', () => {
    const classifier = aClassifier([['case_status', 0.9], ['escalation', 0.05]]);

    const result = understand({ classifier, languages: aDetector({ Hallo: 'de' }) }, { subject: 'Case 2024-0312-0045', text: 'Hallo, gibt es Neuigkeiten?' });

    expect(classifier.asked[0]).toEqual({ text: 'Case 2024-0312-0045\nHallo, gibt es Neuigkeiten?', language: 'de' });
    expect(result.entities.caseNumbers).toEqual(['2024-0312-0045']);
  });

  it('when the body says nothing about its language, then the subject decides', () => {
    const result = understand({ classifier: aClassifier([['rma_status', 0.9]]), languages: aDetector({ Ersatz: 'de' }) }, { subject: 'Wo bleibt der Ersatz?', text: 'R2123456-1' });

    expect(result.language).toBe('de');
  });

  it('when a long email arrives, then the classifier reads its beginning, and identifiers are found anywhere in it', () => {
    const classifier = aClassifier([['rma_status', 0.9]]);
    const text = `where is my replacement? ${'blah '.repeat(19_000)} R7654321`;

    const result = understand({ classifier, languages: aDetector() }, { text });

    expect(classifier.asked[0]?.text).toHaveLength(CLASSIFIED_LENGTH);
    expect(result.entities.rmaNumbers).toEqual(['R7654321']);
  });

  it('when the classifier has only one answer, then a second candidate is still named', () => {
    const result = understand({ classifier: aClassifier([['human_handoff', 0.97]]), languages: aDetector() }, { text: 'agent please' });

    expect(result.candidates).toEqual([{ intent: 'human_handoff', confidence: 0.97 }, { intent: 'out_of_scope', confidence: 0 }]);
  });

  it.each([
    ['empty', ''],
    ['only blanks', ' \n\t '],
    ['longer than the limit', 'x'.repeat(MAX_TEXT_LENGTH + 1)],
  ])('when the text is %s, then it is refused as INVALID_INPUT', (_what, text) => {
    const error = thrown(() => understand({ classifier: aClassifier([['out_of_scope', 1]]), languages: aDetector() }, { text }));

    expect(isCarelineError(error, 'INVALID_INPUT')).toBe(true);
  });

  it('when the text is exactly as long as the limit, then it is understood', () => {
    const result = understand({ classifier: aClassifier([['out_of_scope', 0.9]]), languages: aDetector() }, { text: 'a'.repeat(MAX_TEXT_LENGTH) });

    expect(result.intent).toBe('out_of_scope');
  });
});
