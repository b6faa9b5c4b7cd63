/**
 * The composition root: builds the adapters from the configuration and hands core its ports.
 * Everything that runs careline (server, worker, CLI, tests of the whole) goes through here.
 */
import type { CoreDeps } from '../core/index.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { createStores } from '../db/stores/index.ts';
import type { Config } from './config.ts';

export interface Container {
  config: Config;
  database: Database;
  core: CoreDeps;
  close(): Promise<void>;
}

export function createContainer(config: Config): Container {
  const database = openDatabase(config.databaseUrl, { maxConnections: config.databasePoolSize });
  const core: CoreDeps = {
    clock: { now: () => new Date() },
    deskTimeZone: config.deskTimeZone,
    ...createStores(database.prisma),
  };
  return { config, database, core, close: () => database.close() };
}
