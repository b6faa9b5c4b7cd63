import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../app/config.ts';

describe('configuration', () => {
  it('a developer machine needs no settings: local PostgreSQL and Redis, port 3978, Pacific desk time', () => {
    expect(loadConfig({})).toMatchObject({
      env: 'development', databaseUrl: 'postgresql://postgres@127.0.0.1:5432/careline', redisUrl: 'redis://127.0.0.1:6379',
      port: 3978, deskTimeZone: 'America/Los_Angeles',
    });
  });

  it('a wrong setting stops startup with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty', CARELINE_DESK_TIMEZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x' }))
      .toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', CARELINE_DESK_TIMEZONE: 'Mars/Olympus', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('CARELINE_DESK_TIMEZONE');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('production refuses to guess where its data lives', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: required when NODE_ENV=production[\s\S]*REDIS_URL/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/careline', REDIS_URL: 'redis://cache:6379' }).env).toBe('production');
  });

  it('an empty variable counts as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3978);
  });
});
