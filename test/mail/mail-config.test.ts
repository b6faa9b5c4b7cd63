/** The email channel's settings: optional, checked, and the watcher runs only when a mailbox is configured. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/config.ts';

describe('email settings', () => {
  it('without IMAP settings there is no mailbox to watch', () => {
    expect(loadConfig({}).mail).toMatchObject({ imap: null, smtpUrl: null, repliesPerHour: 5, pollIntervalMs: 30_000 });
  });

  it('reads the mailbox from IMAP_URL, user and password URL-decoded', () => {
    const { imap } = loadConfig({ IMAP_URL: 'imaps://support%40example.com:p%40ss@imap.example.com/Support' }).mail;
    expect(imap).toEqual({ host: 'imap.example.com', port: 993, secure: true, user: 'support@example.com', password: 'p@ss', mailbox: 'Support' });
  });

  it('or from IMAP_HOST and its companions, which it requires', () => {
    expect(loadConfig({ IMAP_HOST: '127.0.0.1', IMAP_PORT: '3143', IMAP_TLS: 'false', IMAP_USER: 'u', IMAP_PASSWORD: 'p' }).mail.imap)
      .toEqual({ host: '127.0.0.1', port: 3143, secure: false, user: 'u', password: 'p', mailbox: 'INBOX' });
    expect(() => loadConfig({ IMAP_HOST: 'imap.example.com' })).toThrow(/IMAP_USER: required with IMAP_HOST[\s\S]*IMAP_PASSWORD/);
  });

  it('production with a mailbox needs SMTP_URL, MAIL_FROM and a MESSAGE_ID_SECRET of its own', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/careline', REDIS_URL: 'redis://cache:6379', IMAP_URL: 'imaps://u:p@imap.example.com' };
    expect(() => loadConfig(production)).toThrow(/SMTP_URL[\s\S]*MAIL_FROM[\s\S]*MESSAGE_ID_SECRET/);
    expect(() => loadConfig({ ...production, SMTP_URL: 'smtps://u:p@smtp.example.com', MAIL_FROM: 'Care <care@example.com>', MESSAGE_ID_SECRET: 'short' })).toThrow(ConfigError);
    expect(loadConfig({ ...production, SMTP_URL: 'smtps://u:p@smtp.example.com', MAIL_FROM: 'Care <care@example.com>', MESSAGE_ID_SECRET: 'a-long-enough-secret' }).mail.from).toBe('Care <care@example.com>');
  });

  it('names a malformed setting', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example.com', MAIL_REPLIES_PER_HOUR: '-1' })).toThrow(/SMTP_URL[\s\S]*MAIL_REPLIES_PER_HOUR/);
  });
});
