import { describe, expect, it } from 'vitest';
import { getCaseStatus } from '../../../core/index.ts';
import { createFakeWorld } from '../support/fake-stores.ts';
import { rejection } from '../support/rejection.ts';
import { asContact, asStaff } from '../support/requesters.ts';
import { ACME_ACCOUNT_ID, aCaseOpenedBy, aContact, GLOBEX_ACCOUNT_ID } from '../support/records.ts';

/** Alice opened 2026-1120-0007 at Acme; Bob is her colleague, Ada Acme's administrator, Gus works at Globex. */
function aliceHasACase() {
  const world = createFakeWorld();
  const alice = world.installedBase.addContact(aContact({ accountId: ACME_ACCOUNT_ID }));
  const bob = world.installedBase.addContact(aContact({ accountId: ACME_ACCOUNT_ID }));
  const ada = world.installedBase.addContact(aContact({ accountId: ACME_ACCOUNT_ID, role: 'ACCOUNT_ADMIN' }));
  const gus = world.installedBase.addContact(aContact({ accountId: GLOBEX_ACCOUNT_ID, role: 'ACCOUNT_ADMIN' }));
  const alicesCase = world.cases.add(aCaseOpenedBy(alice, {
    caseNumber: '2026-1120-0007', subject: 'Transfer ownership of JN11F3A2BAFA', updatedAt: new Date('2026-11-27T23:04:00Z'),
  }));
  return { world, alice, bob, ada, gus, alicesCase };
}

describe('getCaseStatus', () => {
  it('when Alice keys her case number by telephone, then she gets her case with "last modified" in Pacific time', async () => {
    const { world, alice } = aliceHasACase();

    const answer = await getCaseStatus(world.deps, { requester: asContact(alice), caseNumber: '202611200007#' });

    expect(answer.case).toMatchObject({ caseNumber: '2026-1120-0007', subject: 'Transfer ownership of JN11F3A2BAFA' });
    expect(answer.lastModifiedPacific).toBe('2026-11-27 15:04 PST');
  });

  it('when her account administrator asks, then they get it', async () => {
    const { world, ada } = aliceHasACase();

    const answer = await getCaseStatus(world.deps, { requester: asContact(ada), caseNumber: '2026-1120-0007' });

    expect(answer.case.caseNumber).toBe('2026-1120-0007');
  });

  it('when Customer Care staff ask, then they get it', async () => {
    const { world } = aliceHasACase();

    const answer = await getCaseStatus(world.deps, { requester: asStaff('ESCALATION'), caseNumber: '20261120-0007' });

    expect(answer.case.caseNumber).toBe('2026-1120-0007');
  });

  describe.each([
    ['her colleague Bob (a plain contact)', 'bob'],
    ['Globex\'s administrator', 'gus'],
  ] as const)('when %s asks', (_who, key) => {
    it('then the answer is exactly the one for a case number that does not exist', async () => {
      const desk = aliceHasACase();
      const requester = asContact(desk[key]);

      const notTheirs = await rejection(getCaseStatus(desk.world.deps, { requester, caseNumber: '2026-1120-0007' }));
      const unknown = await rejection(getCaseStatus(desk.world.deps, { requester, caseNumber: '2026-1120-0999' }));

      expect(notTheirs.code).toBe('CASE_NOT_FOUND');
      expect(unknown.code).toBe('CASE_NOT_FOUND');
      expect(notTheirs.message.replace('2026-1120-0007', '<case>')).toBe(unknown.message.replace('2026-1120-0999', '<case>'));
      expect(notTheirs.details).toEqual(unknown.details);
    });
  });

  it('when the text is not a case number, then it is INVALID_CASE_NUMBER', async () => {
    const { world, alice } = aliceHasACase();

    const error = await rejection(getCaseStatus(world.deps, { requester: asContact(alice), caseNumber: '2026-1320-0007' }));

    expect(error.code).toBe('INVALID_CASE_NUMBER');
  });
});
