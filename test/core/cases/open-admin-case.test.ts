import { describe, expect, it } from 'vitest';
import { openAdminCase, type OpenAdminCaseInput, type Priority } from '../../../core/index.ts';
import { createFakeWorld } from '../support/fake-stores.ts';
import { rejection } from '../support/rejection.ts';
import { asContact, asStaff } from '../support/requesters.ts';
import { ACME_ACCOUNT_ID, aContact, aDevice, aSite, GLOBEX_ACCOUNT_ID } from '../support/records.ts';

/** Acme (Alice and her colleague Bob, a site and a router) and Globex (a contact, a site, a firewall). */
function theDesk(options: { now?: string; deskTimeZone?: string } = {}) {
  const world = createFakeWorld(options);
  const { installedBase } = world;
  const alice = installedBase.addContact(aContact({ accountId: ACME_ACCOUNT_ID, name: 'Alice Archer', email: 'alice@acme.example' }));
  const bob = installedBase.addContact(aContact({ accountId: ACME_ACCOUNT_ID, name: 'Bob Baker' }));
  const globexContact = installedBase.addContact(aContact({ accountId: GLOBEX_ACCOUNT_ID }));
  const acmeSite = installedBase.addSite(aSite({ siteId: 'S-ACME-1', accountId: ACME_ACCOUNT_ID, name: 'Acme Sunnyvale' }));
  const globexSite = installedBase.addSite(aSite({ siteId: 'S-GLOBEX-1', accountId: GLOBEX_ACCOUNT_ID }));
  const acmeRouter = installedBase.addDevice(aDevice({ serialNumber: 'JN11F3A2BAFA', accountId: ACME_ACCOUNT_ID, platform: 'MX204' }));
  const globexFirewall = installedBase.addDevice(aDevice({ serialNumber: 'CW0216AF0042', accountId: GLOBEX_ACCOUNT_ID, platform: 'SRX4600' }));
  return { world, alice, bob, globexContact, acmeSite, globexSite, acmeRouter, globexFirewall };
}

const aRequest = (overrides: Partial<OpenAdminCaseInput> & Pick<OpenAdminCaseInput, 'requester'>): OpenAdminCaseInput => ({
  subject: 'Cannot download Junos 23.4R2', description: 'The download page says my account is not entitled.',
  channel: 'WEB_CHAT', ...overrides,
});

describe('openAdminCase', () => {
  describe('when a customer opens an Admin Service Request for themselves', () => {
    it('then they get the day\'s next case number, the 24-hour promise and the priority\'s response target', async () => {
      const { world, alice } = theDesk();

      const result = await openAdminCase(world.deps, aRequest({ requester: asContact(alice), priority: 'P2' }));

      expect(result).toMatchObject({
        case: { caseNumber: '2026-1127-0001', type: 'ADMIN_SERVICE_REQUEST', priority: 'P2', status: 'OPEN', accountId: ACME_ACCOUNT_ID },
        created: true,
        serialVerified: false,
        promise: { firstContactWithinHours: 24, responseTarget: 'within 24 hours' },
      });
    });

    it('then the case records who opened it, on which channel, with the defaults for what they left out', async () => {
      const { world, alice } = theDesk();

      const { case: opened } = await openAdminCase(world.deps, aRequest({ requester: asContact(alice), channel: 'TEAMS' }));

      expect(opened).toMatchObject({
        openedBy: { id: alice.id, name: 'Alice Archer', email: 'alice@acme.example' }, originChannel: 'TEAMS',
        category: 'other', priority: 'P3', language: 'en', impact: null, serialNumber: null, site: null,
      });
      expect(world.cases.requested[0]?.actor).toEqual({ actorType: 'CUSTOMER', actorId: alice.id });
    });

    it('then the next case that day gets the next number', async () => {
      const { world, alice, bob } = theDesk();

      const first = await openAdminCase(world.deps, aRequest({ requester: asContact(alice) }));
      const second = await openAdminCase(world.deps, aRequest({ requester: asContact(bob) }));

      expect([first.case.caseNumber, second.case.caseNumber]).toEqual(['2026-1127-0001', '2026-1127-0002']);
    });

    it('then at 21:00 in Los Angeles (05:00 UTC the next day) the case is numbered on the Los Angeles day', async () => {
      const { world, alice } = theDesk({ now: '2026-11-28T05:00:00Z' });

      const result = await openAdminCase(world.deps, aRequest({ requester: asContact(alice) }));

      expect(result.case.caseNumber).toBe('2026-1127-0001');
      expect(world.cases.requested[0]?.day).toBe('2026-1127');
    });

    it('then what they typed is kept trimmed, empty optional fields become nothing, NUL bytes are dropped', async () => {
      const { world, alice } = theDesk();

      const { case: opened } = await openAdminCase(world.deps, aRequest({
        requester: asContact(alice), subject: '  Licence\0 key lost  ', impact: '   ', softwareVersion: ' 23.4R2 ',
        customerTrackingNumber: '', contractNumber: 'C4000123', licenseInfo: 'JUNOS123456', language: 'de-CH',
      }));

      expect(opened).toMatchObject({
        subject: 'Licence key lost', impact: null, softwareVersion: '23.4R2', customerTrackingNumber: null,
        contractNumber: 'C4000123', licenseInfo: 'JUNOS123456', language: 'de-CH',
      });
    });

    it.each([
      ['P1', 'within 2 hours'],
      ['P2', 'within 24 hours'],
      ['P3', 'within 5 business days'],
      ['P4', 'within 7 business days'],
    ] as const)('then a %s case promises a response %s', async (priority: Priority, responseTarget) => {
      const { world, alice } = theDesk();

      const result = await openAdminCase(world.deps, aRequest({ requester: asContact(alice), priority }));

      expect(result.promise).toEqual({ firstContactWithinHours: 24, responseTarget });
    });
  });

  describe('when the request is incomplete', () => {
    it.each([
      ['subject', { subject: undefined }, 'subject'],
      ['subject', { subject: '   ' }, 'subject: a subject is required'],
      ['description', { description: undefined }, 'description'],
      ['description', { description: '\n\t ' }, 'description: a problem definition is required'],
    ])('then a missing %s (%j) is INVALID_INPUT naming the field', async (field, missing, message) => {
      const { world, alice } = theDesk();

      // What an untyped door (a chat form, an email) can send: core validates it rather than trusting the type.
      const request = { ...aRequest({ requester: asContact(alice) }), ...missing } as unknown as OpenAdminCaseInput;

      const error = await rejection(openAdminCase(world.deps, request));

      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain(message);
      expect(error.details).toMatchObject({ problems: [{ field }] });
      expect(world.cases.cases).toHaveLength(0);
    });
  });

  describe('when a customer names another contact', () => {
    it('then it is FORBIDDEN and no case is opened', async () => {
      const { world, alice, bob } = theDesk();

      const error = await rejection(openAdminCase(world.deps, aRequest({ requester: asContact(alice), contactId: bob.id })));

      expect(error.code).toBe('FORBIDDEN');
      expect(world.cases.cases).toHaveLength(0);
    });

    it('but naming themselves is fine', async () => {
      const { world, alice } = theDesk();

      const result = await openAdminCase(world.deps, aRequest({ requester: asContact(alice), contactId: alice.id }));

      expect(result.case.openedBy.id).toBe(alice.id);
    });
  });

  it('when the requester is a contact the installed base no longer knows, then it is CONTACT_NOT_FOUND', async () => {
    const { world } = theDesk();
    const departed = aContact({ accountId: ACME_ACCOUNT_ID });

    const error = await rejection(openAdminCase(world.deps, aRequest({ requester: asContact(departed) })));

    expect(error.code).toBe('CONTACT_NOT_FOUND');
    expect(world.cases.cases).toHaveLength(0);
  });

  describe('when Customer Care staff open a case', () => {
    it('without saying for which contact, then it is INVALID_INPUT naming contactId', async () => {
      const { world } = theDesk();

      const error = await rejection(openAdminCase(world.deps, aRequest({ requester: asStaff() })));

      expect(error.code).toBe('INVALID_INPUT');
      expect(error.details).toEqual({ problems: [{ field: 'contactId', problem: 'required when staff open a case' }] });
    });

    it('for a contact, then the case is the contact\'s, on their account, and the rep is the actor', async () => {
      const { world, globexContact } = theDesk();

      const result = await openAdminCase(world.deps, aRequest({ requester: asStaff('REP', 'rep-ana'), contactId: globexContact.id, channel: 'PHONE' }));

      expect(result.case).toMatchObject({ accountId: GLOBEX_ACCOUNT_ID, openedBy: { id: globexContact.id }, originChannel: 'PHONE' });
      expect(world.cases.requested[0]?.actor).toEqual({ actorType: 'REP', actorId: 'rep-ana' });
    });

    it('for a contact that does not exist, then it is CONTACT_NOT_FOUND', async () => {
      const { world } = theDesk();

      const error = await rejection(openAdminCase(world.deps, aRequest({ requester: asStaff(), contactId: 'no-such-contact' })));

      expect(error.code).toBe('CONTACT_NOT_FOUND');
    });
  });

  describe('when the customer gives a serial number', () => {
    it('of their own account\'s device, typed loosely, then it is verified and the platform recorded', async () => {
      const { world, alice } = theDesk();

      const result = await openAdminCase(world.deps, aRequest({ requester: asContact(alice), serialNumber: ' jn11f3a2bafa ' }));

      expect(result.serialVerified).toBe(true);
      expect(result.case).toMatchObject({ serialNumber: 'JN11F3A2BAFA', platform: 'MX204' });
    });

    it('of another account\'s device, then it is recorded as given but not verified, and its platform is not disclosed', async () => {
      const { world, alice } = theDesk();

      const result = await openAdminCase(world.deps, aRequest({ requester: asContact(alice), serialNumber: 'CW0216AF0042' }));

      expect(result.serialVerified).toBe(false);
      expect(result.case).toMatchObject({ serialNumber: 'CW0216AF0042', platform: null });
    });

    it('that nobody has, then it is recorded but not verified', async () => {
      const { world, alice } = theDesk();

      const result = await openAdminCase(world.deps, aRequest({ requester: asContact(alice), serialNumber: 'JN00NOSUCH00' }));

      expect(result).toMatchObject({ serialVerified: false, case: { serialNumber: 'JN00NOSUCH00', platform: null } });
    });
  });

  describe('when the customer gives a site ID', () => {
    it('of their account, then the case is at that site', async () => {
      const { world, alice } = theDesk();

      const result = await openAdminCase(world.deps, aRequest({ requester: asContact(alice), siteId: 'S-ACME-1' }));

      expect(result.case.site).toEqual({ siteId: 'S-ACME-1', name: 'Acme Sunnyvale' });
      expect(world.cases.requested[0]?.siteRowId).toBe(world.installedBase.sites.get('S-ACME-1')?.id);
    });

    it('of another account, then it is rejected exactly like a site that does not exist', async () => {
      const { world, alice } = theDesk();

      const otherAccounts = await rejection(openAdminCase(world.deps, aRequest({ requester: asContact(alice), siteId: 'S-GLOBEX-1' })));
      const unknown = await rejection(openAdminCase(world.deps, aRequest({ requester: asContact(alice), siteId: 'S-NOWHERE' })));

      expect(otherAccounts.code).toBe('INVALID_INPUT');
      expect(unknown.code).toBe('INVALID_INPUT');
      expect(otherAccounts.message.replace('S-GLOBEX-1', '<site>')).toBe(unknown.message.replace('S-NOWHERE', '<site>'));
      expect(otherAccounts.details).toEqual({ problems: [{ field: 'siteId', problem: 'unknown site' }] });
      expect(unknown.details).toEqual(otherAccounts.details);
      expect(world.cases.cases).toHaveLength(0);
    });
  });

  describe('when the same request is retried with its idempotency key', () => {
    it('then the first call\'s case is returned, not a second one', async () => {
      const { world, alice } = theDesk();
      const request = aRequest({ requester: asContact(alice), idempotencyKey: 'teams-activity-1' });

      const first = await openAdminCase(world.deps, request);
      const retry = await openAdminCase(world.deps, request);

      expect(first.created).toBe(true);
      expect(retry).toMatchObject({ created: false, case: { caseNumber: first.case.caseNumber } });
      expect(world.cases.cases).toHaveLength(1);
    });
  });

  it('when the day\'s 9999 numbers are used, then the customer gets CASE_NUMBERS_EXHAUSTED and nothing is kept', async () => {
    const { world, alice } = theDesk();
    world.cases.setCounter('2026-1127', 9999);

    const error = await rejection(openAdminCase(world.deps, aRequest({ requester: asContact(alice) })));

    expect(error.code).toBe('CASE_NUMBERS_EXHAUSTED');
    expect(world.cases.cases).toHaveLength(0);
  });
});
