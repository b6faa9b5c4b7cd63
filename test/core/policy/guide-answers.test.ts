import { describe, expect, it } from 'vitest';
import {
  ecertCoverageStart, GUIDE_LANGUAGES, GUIDE_TOPICS, guideAnswer, isGuideTopic, misshipEligibility,
} from '../../../core/policy/guide-answers.ts';

const day = 86_400_000;

describe('the guide policy answers', () => {
  it('states the e-Certificate rules: sales region, Next-Day in the continental USA and the EU, coverage start', () => {
    const text = guideAnswer('ecert_activation').points.join(' ');
    expect(text).toMatch(/only in the sales region where it was purchased/);
    expect(text).toMatch(/Next-Day .* only in the continental USA and the countries of the European Union/);
    expect(text).toMatch(/register the e-Certificate or 30 days after you received it, whichever comes first/);
    expect(guideAnswer('ecert_activation').caseCategory).toBe('ecertificate');
  });

  it('states the mis-shipment rules: direct orders, 90 days, the three classes', () => {
    const text = guideAnswer('misship_report').points.join(' ');
    expect(text).toMatch(/directly with Juniper Networks/);
    expect(text).toMatch(/within 90 days of the product being shipped/);
    expect(text).toMatch(/line items.*component parts or subassemblies.*documentation/);
    expect(guideAnswer('misship_report').caseCategory).toBe('misship');
  });

  it('covers account access, registration and escalation, each with its follow-up', () => {
    expect(guideAnswer('account_access').points.join(' ')).toMatch(/reset your password/);
    expect(guideAnswer('product_registration').points.join(' ')).toMatch(/warranty benefits/);
    const escalation = guideAnswer('escalation');
    expect(escalation.points.join(' ')).toMatch(/24x7x365/);
    expect(escalation.points.join(' ')).toMatch(/P1 escalation on a weekend goes to the on-call escalation person/);
    expect(escalation.caseCategory).toBeNull();
  });

  it('has every topic in every language it is written in, and falls back to English for the others', () => {
    for (const language of GUIDE_LANGUAGES) {
      for (const topic of GUIDE_TOPICS) {
        const answer = guideAnswer(topic, language);
        expect(answer.language).toBe(language);
        expect(answer.points.length).toBe(guideAnswer(topic, 'en').points.length);
      }
    }
    expect(guideAnswer('misship_report', 'de-CH').points.join(' ')).toMatch(/90 Tagen/);
    expect(guideAnswer('misship_report', 'ko').language).toBe('en');
  });

  it('knows its topics', () => {
    expect(isGuideTopic('ecert_activation')).toBe(true);
    expect(isGuideTopic('case_status')).toBe(false);
    expect(isGuideTopic(null)).toBe(false);
  });
});

describe('the rules as functions', () => {
  const shippedAt = new Date('2026-08-01T00:00:00Z');

  it('accepts a mis-shipment of a direct order within 90 days of shipment, and only then', () => {
    expect(misshipEligibility({ orderedDirectly: true, shippedAt, now: new Date(shippedAt.getTime() + 90 * day) })).toEqual({ eligible: true });
    expect(misshipEligibility({ orderedDirectly: true, shippedAt, now: new Date(shippedAt.getTime() + 91 * day) })).toEqual({ eligible: false, reason: 'TOO_LATE' });
    expect(misshipEligibility({ orderedDirectly: false, shippedAt, now: shippedAt })).toEqual({ eligible: false, reason: 'NOT_DIRECT_ORDER' });
  });

  it('starts e-Certificate coverage at registration or 30 days after receipt, whichever is first', () => {
    const receivedAt = new Date('2026-01-01T00:00:00Z');
    expect(ecertCoverageStart({ receivedAt, registeredAt: null })).toEqual(new Date('2026-01-31T00:00:00Z'));
    expect(ecertCoverageStart({ receivedAt, registeredAt: new Date('2026-01-10T00:00:00Z') })).toEqual(new Date('2026-01-10T00:00:00Z'));
    expect(ecertCoverageStart({ receivedAt, registeredAt: new Date('2026-03-01T00:00:00Z') })).toEqual(new Date('2026-01-31T00:00:00Z'));
  });
});
