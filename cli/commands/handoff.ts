/** careline handoff queue: what waits for a rep, and how long each promise has left. */
import type { Command } from 'commander';
import { listHandoffQueue } from '../../core/index.ts';
import { emit, fail, table, type OutputOptions } from '../output.ts';
import { withContainer } from '../context.ts';

function left(ms: number | null): string {
  if (ms === null) return '—';
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const text = minutes >= 120 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
  return ms < 0 ? `OVERDUE by ${text}` : text;
}

export function registerHandoffCommands(program: Command): void {
  program.command('handoff').description('conversations handed to Customer Care reps')
    .command('queue')
    .description('waiting and held conversations, the one that breaches first at the top')
    .option('--limit <n>', 'at most this many', '100')
    .action(async (opts: { limit: string }, cmd: Command) => {
      const out = cmd.optsWithGlobals<OutputOptions>();
      try {
        await withContainer(async (c) => {
          const queue = await listHandoffQueue(c.handoff, { limit: Number(opts.limit) });
          emit(out, queue, () => queue.length === 0 ? 'Nobody is waiting for a rep.' : table(
            ['HANDOFF', 'STATUS', 'CHANNEL', 'LANG', 'PRIORITY', 'REASON', 'NEXT PROMISE', 'DUE (UTC)', 'TIME LEFT'],
            queue.map(({ handoff: h, next, msLeft }) => [
              h.id.slice(0, 8), h.status, h.conversation.channel, h.conversation.language, h.priority, h.reason,
              next?.kind.toLowerCase().replace('_', ' ') ?? null, next?.dueAt.toISOString().slice(0, 16).replace('T', ' ') ?? null, left(msLeft),
            ]),
          ));
        });
      } catch (error) { fail(out, error); }
    });
}
