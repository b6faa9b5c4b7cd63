/** Sender trust from the receiving server's Authentication-Results: what counts as the domain vouching. */
import { describe, expect, it } from 'vitest';
import { senderTrust } from '../../mail/sender-trust.ts';

const mail = (from: string, ...results: string[]) => ({
  from: { address: from, name: '' },
  header: (name: string) => (name === 'authentication-results' ? results : []),
});

describe('sender trust', () => {
  it('DMARC pass for the From domain (Gmail) is authenticated', () => {
    expect(senderTrust(mail('dana@northwind.example', 'mx.google.com; dkim=pass header.i=@northwind.example; spf=pass; dmarc=pass (p=REJECT) header.from=northwind.example')))
      .toEqual({ authenticated: true, evidence: 'dmarc=pass' });
  });

  it('DKIM pass aligned with the From domain is authenticated; a third-party signature is not', () => {
    expect(senderTrust(mail('dana@mail.northwind.example', 'mx.desk.example; dkim=pass header.d=northwind.example')).authenticated).toBe(true);
    expect(senderTrust(mail('dana@northwind.example', 'mx.desk.example; dkim=pass header.d=bulkmailer.example; dmarc=fail header.from=northwind.example')).authenticated).toBe(false);
  });

  it("Microsoft 365's header without a server id is read; bestguesspass is not a pass", () => {
    expect(senderTrust(mail('kim@contoso.example', 'spf=pass smtp.mailfrom=contoso.example; dkim=pass header.d=contoso.example; dmarc=pass action=none header.from=contoso.example')).authenticated).toBe(true);
    expect(senderTrust(mail('kim@contoso.example', 'spf=pass smtp.mailfrom=contoso.example; dkim=none; dmarc=bestguesspass action=none header.from=contoso.example')).authenticated).toBe(false);
  });

  it('only the topmost header counts, and only from a trusted server when a list is given', () => {
    expect(senderTrust(mail('dana@northwind.example', 'mx.desk.example; dmarc=fail header.from=northwind.example', 'mx.desk.example; dmarc=pass header.from=northwind.example')).authenticated).toBe(false);
    expect(senderTrust(mail('dana@northwind.example', 'evil.example; dmarc=pass header.from=northwind.example'), ['mx.desk.example']))
      .toMatchObject({ authenticated: false, evidence: expect.stringContaining('evil.example') as string });
    expect(senderTrust(mail('dana@northwind.example')).evidence).toBe('no Authentication-Results');
  });
});
