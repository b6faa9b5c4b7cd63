// End to end in a real browser: Debian's Chromium, driven by playwright-core, loads careline's web chat page
// (Microsoft's Web Chat on careline's Direct Line endpoint), opens an Admin Service Request by chatting, receives a
// case number in YYYY-MMDD-NNNN form, and asks for that case's status. The screenshot is left in test-artifacts/.
import { existsSync, mkdirSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config.ts';
import { createContainer, type Container } from '../../app/container.ts';
import { createServer, listen } from '../../app/server.ts';
import { DEMO, seedDemoData } from '../../db/seed/seed-demo-data.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { understanding } from './support/chat-world.ts';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

let db: TestDatabase;
let redis: PrivateRedis;
let server: http.Server;
let container: Container;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`the end-to-end test needs Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does)`);
  db = await createTestDatabase();
  await seedDemoData(db, { onProgress: () => undefined });
  await understanding(); // trained before the stories, so no story's time includes the training
  redis = await startPrivateRedis();
  container = createContainer(loadConfig({ DATABASE_URL: db.url, REDIS_URL: redis.url, NODE_ENV: 'test' }));
  server = createServer(container, { webChatDemoEmail: DEMO.contactEmail, understanding });
  await listen(server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  await container?.close();
  await redis?.stop();
  await db?.drop();
});

/** Web Chat renders every message twice (one copy for screen readers): wait for the visible one. */
async function seen(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).filter({ visible: true }).last().waitFor({ timeout: 30_000 });
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('.webchat__send-box-text-box__input');
  await box.fill(text);
  await box.press('Enter');
}

describe('the web chat page in Chromium', () => {
  // Web Chat streams over a WebSocket by default; `?polling` makes it poll GET …/activities?watermark= instead.
  it.each([['websocket', ''], ['polling', '?polling']])('lets a customer open a case by chatting and ask for its status (%s)', async (mode, query) => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${base}/${query}`);
    await seen(page, /Hello, I am the Customer Care assistant/);
    await seen(page, `Signed in as ${DEMO.contactEmail}`);

    await send(page, 'I want to open a case');
    await seen(page, /describe the problem/);
    await send(page, 'Our licence portal rejects every login since this morning');
    await seen(page, /How urgent is it/);
    await page.getByRole('button', { name: 'P2' }).last().click();
    await seen(page, /What is the serial number/);
    await send(page, DEMO.coveredSerial);
    await page.getByRole('button', { name: 'Open the case' }).last().click();
    await seen(page, /I have opened case \d{4}-\d{4}-\d{4}/);

    const transcript = await page.locator('.webchat__basic-transcript').innerText();
    const caseNumber = /I have opened case (\d{4}-\d{4}-\d{4})/.exec(transcript)?.[1] ?? '';
    expect(caseNumber).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect(transcript).toContain('within 24 hours');

    await send(page, `status of ${caseNumber}`);
    await seen(page, `Case ${caseNumber} is open (priority P2: response within 24 hours).`);
    expect(await page.getByText('Send failed').count()).toBe(0);
    expect(problems).toEqual([]);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: new URL(`webchat-open-case-${mode}.png`, ARTIFACTS).pathname, fullPage: true });
    await page.close();
  }, 120_000);
});
