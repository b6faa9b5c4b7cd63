/** A Clock that stands still until a test moves it: every "now" in a story is stated, never read from the machine. */
import type { Clock } from '../../../core/index.ts';

export class FixedClock implements Clock {
  private instant: Date;

  constructor(iso: string) {
    this.instant = new Date(iso);
  }

  now(): Date {
    return new Date(this.instant);
  }

  /** Moves the clock to another instant, e.g. the next desk day. */
  setTo(iso: string): void {
    this.instant = new Date(iso);
  }
}

export function fixedClock(iso: string): FixedClock {
  return new FixedClock(iso);
}

/** The desk every story uses unless it says otherwise. */
export const DESK_TIME_ZONE = 'America/Los_Angeles';

/** 10:00 PST on Friday 27 November 2026: desk day 2026-1127 in Los Angeles and in UTC alike. */
export const DESK_MORNING = '2026-11-27T18:00:00Z';
