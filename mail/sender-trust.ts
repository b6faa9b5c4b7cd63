/**
 * Did the sender's own domain vouch for this mail? Read from the receiving server's `Authentication-Results`
 * (RFC 8601), never re-verified here: careline sees the mail over IMAP, long after the SMTP session. Only the
 * topmost header counts (lower ones may be planted by the sender), and, when `trustedServers` is given, only
 * when it names one of them. Microsoft 365 writes the header without an authserv-id (it starts with `spf=`),
 * so it is accepted by position when no list is given. Authenticated means DMARC `pass` for the From domain,
 * or DKIM `pass` with a signing domain aligned to it; `bestguesspass` (no DMARC record) is not a pass.
 */
import type { MailMessage } from './read-mail.ts';

export interface SenderTrust {
  authenticated: boolean;
  /** What decided it, e.g. `dmarc=pass`, `dkim=pass header.d=example.com`, `no Authentication-Results`. */
  evidence: string;
}

const aligned = (signing: string, from: string): boolean => signing === from || from.endsWith(`.${signing}`) || signing.endsWith(`.${from}`);

export function senderTrust(mail: Pick<MailMessage, 'from' | 'header'>, trustedServers: string[] = []): SenderTrust {
  const header = mail.header('authentication-results')[0];
  const fromDomain = mail.from?.address.split('@')[1]?.toLowerCase();
  if (!header || !fromDomain) return { authenticated: false, evidence: header ? 'no sender address' : 'no Authentication-Results' };
  const [first = '', ...rest] = header.split(';').map((part) => part.trim());
  const hasServerId = !/^[a-z-]+=/i.test(first);
  const server = hasServerId ? first.split(/\s+/)[0]?.toLowerCase() ?? '' : '';
  if (trustedServers.length && !trustedServers.includes(server)) return { authenticated: false, evidence: `Authentication-Results from ${server || 'an unnamed server'}, not a trusted one` };
  const results = hasServerId ? rest : [first, ...rest];
  // DMARC first: it is the domain's own policy verdict; an aligned DKIM pass is the fallback.
  results.sort((a, b) => Number(/^dkim/i.test(a)) - Number(/^dkim/i.test(b)));
  for (const result of results) {
    const method = /^(dmarc|dkim)\s*=\s*([a-z]+)/i.exec(result);
    if (!method || method[2]?.toLowerCase() !== 'pass') continue;
    const kind = method[1]?.toLowerCase();
    if (kind === 'dmarc') {
      const headerFrom = /header\.from\s*=\s*([^\s;]+)/i.exec(result)?.[1]?.toLowerCase();
      if (!headerFrom || headerFrom === fromDomain) return { authenticated: true, evidence: 'dmarc=pass' };
    } else {
      const signing = /header\.d\s*=\s*([^\s;]+)/i.exec(result)?.[1]?.toLowerCase();
      if (signing && aligned(signing, fromDomain)) return { authenticated: true, evidence: `dkim=pass header.d=${signing}` };
    }
  }
  return { authenticated: false, evidence: 'no DMARC or aligned DKIM pass' };
}
