/**
 * `careline start`: checks PostgreSQL and Redis, applies pending migrations, optionally loads the demo data,
 * serves HTTP, and shuts down gracefully on SIGTERM/SIGINT.
 */
import { loadConfig, requireBotCredentials } from './config.ts';
import { createContainer } from './container.ts';
import { checkHolidayCalendars, startWorkers } from './worker.ts';
import { startSupportMailboxWatcher } from '../mail/email-channel.ts';
import { checkRedisPersistence, requireServices } from './health.ts';
import { createServer, listen } from './server.ts';
import { ensureDatabase } from '../db/ensure-database.ts';
import { deployMigrations } from '../db/migrations/migrator.ts';
import { DEMO, seedDemoData } from '../db/seed/seed-demo-data.ts';

export async function start(options: { demo: boolean; json?: boolean; worker?: boolean }): Promise<void> {
  const config = loadConfig();
  requireBotCredentials(config);
  if (await ensureDatabase(config.databaseUrl).catch(() => false)) console.error('created the database');
  await requireServices(config);

  const persistence = await checkRedisPersistence(config.redisUrl);
  if (persistence.problems.length) {
    const message = `Redis is not safe for careline's queues:\n  ${persistence.problems.join('\n  ')}`;
    if (config.env === 'production') throw new Error(`${message}\ncareline refuses to start in production until these are fixed.`);
    console.error(`warning: ${message}\n(development mode: starting anyway)`);
  }

  const applied = await deployMigrations(config.databaseUrl);
  console.error(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');

  checkHolidayCalendars(config);
  const container = createContainer(config);
  if (options.demo) {
    const summary = await seedDemoData(container.database, { onProgress: (m) => console.error(m) });
    console.error(summary.alreadySeeded ? 'demo data already loaded' : 'demo data loaded');
  }

  const server = createServer(container, { webChatDemoEmail: options.demo ? DEMO.contactEmail : null });
  await listen(server, config.port, config.host);
  // One process is the whole system on a developer's machine; in production the worker runs apart (--no-worker).
  const stopWorkers = options.worker === false ? () => Promise.resolve() : await startWorkers(container);
  const mailbox = await startSupportMailboxWatcher(container);
  if (mailbox) console.error(`watching the support mailbox ${config.mail.imap?.user ?? ''}/${config.mail.imap?.mailbox ?? ''}`);
  const base = `http://${config.host}:${config.port}`;
  if (options.json) {
    console.log(JSON.stringify({ status: 'listening', url: base, webChat: `${base}/`, botEndpoint: `${base}/api/messages`, health: `${base}/healthz`, readiness: `${base}/readyz`, ...(options.demo ? { demo: DEMO } : {}) }));
  } else console.log([
    '',
    `careline is running at ${base}`,
    `  web chat:   ${base}/   (Bot Framework endpoint: ${base}/api/messages)`,
    `  health:     ${base}/healthz   readiness (PostgreSQL + Redis): ${base}/readyz`,
    ...(options.demo ? [
      '',
      `Open ${base}/ in a browser and chat as the demo customer ${DEMO.contactEmail}: "I need to open a case", "status of ${DEMO.caseNumber}", "where is ${DEMO.rmaLine}".`,
      '',
      'Try the core from another terminal (as a customer with --as, or as an operator without it):',
      `  npx careline case search --as ${DEMO.contactEmail}`,
      `  npx careline case show ${DEMO.caseNumber} --as ${DEMO.contactEmail}`,
      `  npx careline entitlement check --serial ${DEMO.coveredSerial} --as ${DEMO.contactEmail}`,
      `  npx careline rma status ${DEMO.rmaLine} --as ${DEMO.contactEmail}`,
      `  npx careline case show ${DEMO.caseNumber} --as ${DEMO.strangerEmail}   # another company: not found`,
    ] : []),
    '',
    options.worker === false ? 'Background work runs in `careline worker`.' : 'Background work (commitment timers, sweep, housekeeping) runs in this process.',
    'Stop with Ctrl-C.',
  ].join('\n'));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: shutting down`);
    server.close();
    server.closeIdleConnections();
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void Promise.resolve(mailbox?.stop()).then(() => stopWorkers()).then(() => container.close()).finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
