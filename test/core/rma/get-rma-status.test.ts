import { describe, expect, it } from 'vitest';
import { getRmaStatus, type RmaLineStatus } from '../../../core/index.ts';
import { createFakeWorld } from '../support/fake-stores.ts';
import { rejection } from '../support/rejection.ts';
import { asContact, asStaff } from '../support/requesters.ts';
import { ACME_ACCOUNT_ID, aContact, anRma, anRmaLine, dateOnlyValue, GLOBEX_ACCOUNT_ID } from '../support/records.ts';

/** Acme's RMA R212345: line 1 shipped and due back, line 2 booked. Bob is a plain contact of Acme. */
function acmeHasAnRma(options: { now?: string; deskTimeZone?: string; line1DueBack?: string } = {}) {
  const world = createFakeWorld(options);
  const bob = world.installedBase.addContact(aContact({ accountId: ACME_ACCOUNT_ID, role: 'CONTACT' }));
  const gus = world.installedBase.addContact(aContact({ accountId: GLOBEX_ACCOUNT_ID }));
  world.rmas.add(anRma({
    rmaNumber: 'R212345', accountId: ACME_ACCOUNT_ID, caseNumber: '2026-1120-0007', type: 'ADVANCE_REPLACEMENT',
    lines: [
      anRmaLine({
        lineNumber: 1, status: 'SHIPPED', defectiveSerial: 'JN11F3A2BAFA', replacementSerial: 'JN22AAAA0001',
        carrier: 'UPS', shipmentTracking: '1Z999AA10123456784', returnDueDate: dateOnlyValue(options.line1DueBack ?? '2026-12-08'),
      }),
      anRmaLine({ lineNumber: 2, status: 'BOOKED', defectiveSerial: 'JN11F3A2CAFE' }),
    ],
  }));
  return { world, bob, gus };
}

describe('getRmaStatus', () => {
  it('when a contact of the owning account asks for the RMA, then they get every line and no internal fields', async () => {
    const { world, bob } = acmeHasAnRma();

    const answer = await getRmaStatus(world.deps, { requester: asContact(bob), rma: 'r212345' });

    expect(answer.rma).toMatchObject({ rmaNumber: 'R212345', type: 'ADVANCE_REPLACEMENT', status: 'OPEN', caseNumber: '2026-1120-0007' });
    expect(answer.rma).not.toHaveProperty('accountId');
    expect(answer.rma).not.toHaveProperty('lines');
    expect(answer.lines.map((l) => [l.reference, l.status, l.replacementSerial])).toEqual([
      ['R212345-1', 'SHIPPED', 'JN22AAAA0001'],
      ['R212345-2', 'BOOKED', null],
    ]);
  });

  it('when they ask for line item R212345-2, then they get that line only', async () => {
    const { world, bob } = acmeHasAnRma();

    const answer = await getRmaStatus(world.deps, { requester: asContact(bob), rma: 'R212345-2' });

    expect(answer.lines.map((l) => l.reference)).toEqual(['R212345-2']);
  });

  it('when they ask for a line the RMA does not have, then it is RMA_NOT_FOUND naming the line', async () => {
    const { world, bob } = acmeHasAnRma();

    const error = await rejection(getRmaStatus(world.deps, { requester: asContact(bob), rma: 'R212345-9' }));

    expect(error).toMatchObject({ code: 'RMA_NOT_FOUND', message: 'no RMA R212345-9' });
  });

  it('when staff ask, then they get it', async () => {
    const { world } = acmeHasAnRma();

    const answer = await getRmaStatus(world.deps, { requester: asStaff(), rma: 'R212345-1' });

    expect(answer.lines).toHaveLength(1);
  });

  it.each(['R212345', 'R212345-1'])('when a contact of another account asks for %s, then the answer is exactly the one for an unknown RMA', async (asked) => {
    const { world, gus } = acmeHasAnRma();
    const unknownRma = asked.replace('R212345', 'R299999');

    const notTheirs = await rejection(getRmaStatus(world.deps, { requester: asContact(gus), rma: asked }));
    const unknown = await rejection(getRmaStatus(world.deps, { requester: asContact(gus), rma: unknownRma }));

    expect([notTheirs.code, unknown.code]).toEqual(['RMA_NOT_FOUND', 'RMA_NOT_FOUND']);
    expect(notTheirs.message.replace('R212345', '<rma>')).toBe(unknown.message.replace('R299999', '<rma>'));
    expect(notTheirs.details).toEqual(unknown.details);
  });

  it('when the text is not an RMA number, then it is INVALID_RMA_NUMBER', async () => {
    const { world, bob } = acmeHasAnRma();

    const error = await rejection(getRmaStatus(world.deps, { requester: asContact(bob), rma: 'R21234567' }));

    expect(error.code).toBe('INVALID_RMA_NUMBER');
  });

  describe('whether the defective unit\'s return is overdue (desk day 2026-11-27)', () => {
    it.each([
      ['SHIPPED', '2026-11-26', true],
      ['DELIVERED', '2026-11-26', true],
      ['SHIPPED', '2026-11-27', false],
      ['DELIVERED', '2026-12-08', false],
      ['BOOKED', '2026-11-01', false],
      ['RETURN_RECEIVED', '2026-11-01', false],
      ['CLOSED', '2026-11-01', false],
      ['CANCELLED', '2026-11-01', false],
      ['SHIPPED', null, false],
    ] as const)('a %s line due back on %s: overdue %s', async (status: RmaLineStatus, due, overdue) => {
      const world = createFakeWorld();
      const bob = world.installedBase.addContact(aContact());
      world.rmas.add(anRma({
        rmaNumber: 'R2123456', lines: [anRmaLine({ lineNumber: 1, status, returnDueDate: due === null ? null : dateOnlyValue(due) })],
      }));

      const answer = await getRmaStatus(world.deps, { requester: asContact(bob), rma: 'R2123456-1' });

      expect(answer.lines[0]?.returnOverdue).toBe(overdue);
    });

    it.each([
      ['America/Los_Angeles', false],
      ['UTC', true],
    ] as const)('a line due on the 27th, asked at 21:00 Los Angeles time (05:00 UTC on the 28th), desk in %s: overdue %s', async (deskTimeZone, overdue) => {
      const { world, bob } = acmeHasAnRma({ now: '2026-11-28T05:00:00Z', deskTimeZone, line1DueBack: '2026-11-27' });

      const answer = await getRmaStatus(world.deps, { requester: asContact(bob), rma: 'R212345-1' });

      expect(answer.lines[0]?.returnOverdue).toBe(overdue);
    });
  });
});
