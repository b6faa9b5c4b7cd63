/**
 * Recreates the timers of every open commitment from the database, so a Redis that was emptied, restored
 * from an old snapshot or replaced loses no promise. Commitments already past their deadline are handled
 * at once. Safe to run any number of times, on any number of workers.
 */
import type { HandoffDeps } from './ports.ts';
import { advanceCommitment } from './advance-commitment.ts';

export interface SweepReport { open: number; rescheduled: number; escalated: number }

export async function sweepCommitments(deps: HandoffDeps, pageSize = 1_000): Promise<SweepReport> {
  const report: SweepReport = { open: 0, rescheduled: 0, escalated: 0 };
  let after: string | null = null;
  for (;;) {
    const page = await deps.handoffs.openCommitments(after, pageSize);
    if (page.length === 0) return report;
    report.open += page.length;
    const now = deps.clock.now();
    const overdue = page.filter((c) => c.dueAt <= now);
    for (const commitment of overdue) {
      if ((await advanceCommitment(deps, { commitmentId: commitment.id })).escalated) report.escalated += 1;
    }
    const pending = page.filter((c) => c.dueAt > now);
    await deps.timers.schedule(pending);
    report.rescheduled += pending.length;
    after = page.at(-1)?.id ?? null;
  }
}
