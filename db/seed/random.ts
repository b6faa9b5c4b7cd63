/**
 * A seeded pseudo-random generator (mulberry32): the demo data set is the same on every machine and every
 * run, so the README and tests can name its identifiers. Never Math.random here.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string;
}

export const DIGITS = '0123456789';
export const HEX = '0123456789ABCDEF';
export const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  };
  return {
    next, int, pick,
    chance: (probability) => next() < probability,
    chars: (alphabet, length) => Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join(''),
  };
}
