// Production never runs the bot in local mode (which accepts unauthenticated requests), and a web chat identity
// vouches for one user id, for a limited time, only with careline's signature.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireBotCredentials } from '../../app/config.ts';
import { signWebIdentity, verifyWebIdentity } from '../../bot/identity.ts';

const PRODUCTION = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://db.internal/careline', REDIS_URL: 'redis://redis.internal:6379' };
const SECRET = 'x'.repeat(40);

describe('bot credentials', () => {
  it('are optional in development: local mode', () => {
    const config = loadConfig({});
    expect(config.bot).toMatchObject({ appId: null, appType: 'MultiTenant' });
    expect(() => requireBotCredentials(config)).not.toThrow();
  });

  it('are required in production, naming each missing setting', () => {
    expect(() => requireBotCredentials(loadConfig(PRODUCTION))).toThrow(ConfigError);
    expect(() => requireBotCredentials(loadConfig(PRODUCTION))).toThrow(/MicrosoftAppId: required[\s\S]*MicrosoftAppPassword[\s\S]*DIRECTLINE_SECRET/);
    expect(() => requireBotCredentials(loadConfig({ ...PRODUCTION, MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant', DIRECTLINE_SECRET: SECRET })))
      .toThrow(/MicrosoftAppTenantId/);
    expect(() => requireBotCredentials(loadConfig({ ...PRODUCTION, MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', DIRECTLINE_SECRET: SECRET }))).not.toThrow();
  });

  it('reject a short Direct Line secret', () => {
    expect(() => loadConfig({ DIRECTLINE_SECRET: 'short' })).toThrow(/DIRECTLINE_SECRET: must be at least 32 characters/);
  });
});

describe('web chat identity tokens', () => {
  const now = new Date('2026-11-28T10:00:00Z');
  const token = signWebIdentity(SECRET, { email: 'Dana@Example.test', userId: 'dl_1' }, now, 3600);

  it('vouch for the e-mail address, for the user id they were minted for', () => {
    expect(verifyWebIdentity(SECRET, token, 'dl_1', now)).toBe('dana@example.test');
    expect(verifyWebIdentity(SECRET, token, 'dl_2', now)).toBeNull();
  });

  it('expire, and are worthless when signed with another secret or altered', () => {
    expect(verifyWebIdentity(SECRET, token, 'dl_1', new Date(now.getTime() + 3601_000))).toBeNull();
    expect(verifyWebIdentity('y'.repeat(40), token, 'dl_1', now)).toBeNull();
    const [payload, signature] = token.split('.');
    const altered = Buffer.from(JSON.stringify({ e: 'boss@example.test', u: 'dl_1', x: 9e9 })).toString('base64url');
    expect(verifyWebIdentity(SECRET, `${altered}.${signature ?? ''}`, 'dl_1', now)).toBeNull();
    expect(verifyWebIdentity(SECRET, `${payload ?? ''}.`, 'dl_1', now)).toBeNull();
    expect(verifyWebIdentity(SECRET, 42, 'dl_1', now)).toBeNull();
  });
});
