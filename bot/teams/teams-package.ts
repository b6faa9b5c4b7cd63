/**
 * `careline teams-package`: the Teams app package a Teams administrator uploads (Teams admin center → Manage
 * apps → Upload, or Teams → Apps → Manage your apps → Upload an app): manifest.json (schema 1.17), a 192×192
 * colour icon and a 32×32 white-on-transparent outline icon, zipped at the root. The bot id is the Azure
 * Bot's app id (MicrosoftAppId); personal and team scopes.
 */
import { writeFile } from 'node:fs/promises';
import { encodePng } from './png.ts';
import { zip } from './zip.ts';

export interface TeamsPackageInput {
  /** MicrosoftAppId: a GUID. */
  botId: string;
  /** Where the vendor's support site lives (developer, privacy and terms links). */
  websiteUrl: string;
  version?: string;
  shortName?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCENT: [number, number, number] = [0x1f, 0x5f, 0xa8];

export function teamsManifest(input: TeamsPackageInput): Record<string, unknown> {
  if (!GUID.test(input.botId)) throw new Error(`the bot id must be the Azure Bot's app id (a GUID), got "${input.botId}"; set MicrosoftAppId`);
  const site = new URL(input.websiteUrl);
  if (site.protocol !== 'https:') throw new Error(`Teams requires https links; got ${input.websiteUrl}`);
  const name = input.shortName ?? 'Customer Care';
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json',
    manifestVersion: '1.17',
    version: input.version ?? '1.0.0',
    id: input.botId,
    developer: { name, websiteUrl: site.href, privacyUrl: new URL('/privacy', site).href, termsOfUseUrl: new URL('/terms', site).href },
    name: { short: name, full: `${name} assistant` },
    description: {
      short: 'Open service requests, check cases, RMAs and coverage.',
      full: 'The Customer Care assistant opens Admin Service Requests, tells you the status of your cases and RMAs, checks whether a device is covered, and hands you to a Customer Care representative.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#1F5FA8',
    bots: [{
      botId: input.botId, scopes: ['personal', 'team'], isNotificationOnly: false, supportsFiles: false,
      commandLists: [{ scopes: ['personal'], commands: [
        { title: 'Open a case', description: 'Open an Admin Service Request' },
        { title: 'My cases', description: 'List the cases you opened' },
        { title: 'RMA status', description: 'Where is my replacement?' },
        { title: 'Check coverage', description: 'Is a device covered by a support contract?' },
        { title: 'Talk to a person', description: 'Hand the conversation to a representative' },
      ] }],
    }],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [site.hostname],
  };
}

/** The package's bytes: manifest.json, color.png, outline.png. */
export function buildTeamsPackage(input: TeamsPackageInput): Buffer {
  const manifest = Buffer.from(`${JSON.stringify(teamsManifest(input), null, 2)}\n`);
  const color = encodePng(192, (x, y) => {
    const inner = x > 56 && x < 136 && y > 56 && y < 136; // a white square on the accent colour
    return inner ? [255, 255, 255, 255] : [...ACCENT, 255];
  });
  const outline = encodePng(32, (x, y) => {
    const edge = x >= 6 && x <= 25 && y >= 6 && y <= 25 && (x <= 8 || x >= 23 || y <= 8 || y >= 23);
    return edge ? [255, 255, 255, 255] : [0, 0, 0, 0];
  });
  return zip([{ name: 'manifest.json', data: manifest }, { name: 'color.png', data: color }, { name: 'outline.png', data: outline }]);
}

/** Writes the package; returns the manifest for the command to print. */
export async function writeTeamsPackage(path: string, input: TeamsPackageInput): Promise<Record<string, unknown>> {
  const manifest = teamsManifest(input);
  await writeFile(path, buildTeamsPackage(input));
  return manifest;
}
