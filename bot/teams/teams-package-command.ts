/**
 * `careline teams-package [--out file] [--website url] [--app-version x.y.z]`: writes the Teams app package
 * for the configured bot (MicrosoftAppId). Registered by cli/main.ts.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../app/config.ts';
import { emit, fail, type OutputOptions } from '../../cli/output.ts';
import { writeTeamsPackage } from './teams-package.ts';

export function registerTeamsPackageCommand(program: Command): void {
  program.command('teams-package')
    .description('write the Teams app package (manifest + icons) for the configured bot, for a Teams administrator to upload')
    .option('--out <file>', 'where to write the zip', 'careline-teams.zip')
    .option('--website <url>', 'the support site (https): developer, privacy and terms links', 'https://support.example.com')
    .option('--app-version <version>', 'the app version Teams shows', '1.0.0')
    .action(async (opts: { out: string; website: string; appVersion: string }, cmd: Command) => {
      const output = cmd.optsWithGlobals<OutputOptions>();
      try {
        const config = loadConfig();
        if (!config.bot.appId) throw new ConfigError('MicrosoftAppId: required for the Teams app package (the Azure Bot\'s app id)');
        const file = path.resolve(opts.out);
        const manifest = await writeTeamsPackage(file, { botId: config.bot.appId, websiteUrl: opts.website, version: opts.appVersion });
        emit(output, { file, manifest }, () => `wrote ${file}\nupload it in the Teams admin center (Teams apps → Manage apps → Upload new app); see docs/chat.md`);
      } catch (error) {
        fail(output, error);
      }
    });
}
