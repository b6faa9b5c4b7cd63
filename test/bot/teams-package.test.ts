// The Teams app package an administrator uploads: a zip with manifest.json (bot id from configuration, personal
// and team scopes) and the two icons Teams requires, read back the way any zip reader reads it.
import { inflateRawSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage, teamsManifest } from '../../bot/teams/teams-package.ts';

const BOT_ID = '6f1b2c3d-1234-4abc-9def-0123456789ab';

/** Reads a zip through its central directory (as unzip does), checking each entry's CRC. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString();
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(crc32(data)).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + extra;
  }
  return files;
}

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('the Teams app package', () => {
  it('holds the manifest with the configured bot id and both icons at their required sizes', () => {
    const files = unzip(buildTeamsPackage({ botId: BOT_ID, websiteUrl: 'https://support.example.com' }));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '{}') as {
      manifestVersion: string; id: string; bots: { botId: string; scopes: string[] }[]; icons: Record<string, string>; validDomains: string[];
    };
    expect(manifest).toMatchObject({ manifestVersion: '1.17', id: BOT_ID, icons: { color: 'color.png', outline: 'outline.png' }, validDomains: ['support.example.com'] });
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: BOT_ID, scopes: ['personal', 'team'] })]);
    expect(pngSize(files.get('color.png') ?? Buffer.alloc(24))).toEqual([192, 192]);
    expect(pngSize(files.get('outline.png') ?? Buffer.alloc(24))).toEqual([32, 32]);
  });

  it('refuses a bot id that is not an app id, and links that are not https', () => {
    expect(() => teamsManifest({ botId: '', websiteUrl: 'https://support.example.com' })).toThrow(/set MicrosoftAppId/);
    expect(() => teamsManifest({ botId: BOT_ID, websiteUrl: 'http://support.example.com' })).toThrow(/https/);
  });
});
