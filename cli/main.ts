/**
 * The `careline` command line for operators: start the service, manage the database, look up cases,
 * entitlement and RMAs. Every command prints JSON with --json.
 */
import { Command } from 'commander';
import { registerCaseCommands } from './commands/case.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerEntitlementCommands } from './commands/entitlement.ts';
import { registerRmaCommands } from './commands/rma.ts';
import { registerHandoffCommands } from './commands/handoff.ts';
import { registerUnderstandCommand } from './commands/understand.ts';
import { registerMailCommands } from './commands/mail.ts';
import { registerTeamsPackageCommand } from '../bot/teams/teams-package-command.ts';
import { fail, type OutputOptions } from './output.ts';
import { start } from '../app/start.ts';
import { runWorker } from '../app/worker.ts';

const program = new Command()
  .name('careline')
  .description('careline: Customer Care support bot, operator commands')
  .option('--json', 'print machine-readable JSON')
  .showHelpAfterError();

program.command('start')
  .description('start careline (HTTP server); with --demo, load the demo data first')
  .option('--demo', 'load the demo data set if it is not there yet')
  .option('--no-worker', 'do not run background work in this process (run `careline worker` instead)')
  .action(async (opts: { demo?: boolean; worker: boolean }, cmd: Command) => {
    try {
      await start({ demo: opts.demo ?? false, json: cmd.optsWithGlobals<OutputOptions>().json ?? false, worker: opts.worker });
    } catch (error) {
      fail(cmd.optsWithGlobals<OutputOptions>(), error);
    }
  });

program.command('worker')
  .description('run background work (housekeeping; later: commitment timers, outbound mail)')
  .action(async (_opts: unknown, cmd: Command) => {
    try {
      await runWorker();
    } catch (error) {
      fail(cmd.optsWithGlobals<OutputOptions>(), error);
    }
  });

registerDbCommands(program);
registerCaseCommands(program);
registerEntitlementCommands(program);
registerRmaCommands(program);
registerHandoffCommands(program);
registerUnderstandCommand(program);
registerMailCommands(program);
registerTeamsPackageCommand(program);

await program.parseAsync(process.argv);
