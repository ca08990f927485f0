/** Small timing helpers: run a body repeatedly for a fixed wall time and report the rate. */
export function rate(body: () => unknown, milliseconds = 400): number {
  // warm-up: let the JIT settle before the measured run
  const warmEnd = performance.now() + milliseconds / 4;
  while (performance.now() < warmEnd) body();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < milliseconds) {
    for (let i = 0; i < 100; i++) body();
    calls += 100;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}

export function timeOnce<T>(body: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = body();
  return { ms: performance.now() - start, value };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A figure measured several times: its median and its spread (lowest and highest). */
export interface Repeated {
  median: number;
  low: number;
  high: number;
}

export function repeated(values: number[]): Repeated {
  return { median: median(values), low: Math.min(...values), high: Math.max(...values) };
}

/**
 * Rates (calls/s) of several variants measured in interleaved rounds (A B C, B C A, C A B, ...), so that a busy
 * machine slows every variant alike instead of whichever ran in its one window. Also the per-round ratio of each
 * variant to the first, whose median and spread are what to read.
 */
export function interleavedRates(variants: Record<string, () => unknown>, rounds = 7, milliseconds = 80): Record<string, { rate: Repeated; ratioToFirst: Repeated }> {
  const names = Object.keys(variants);
  const rates: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) rates[name].push(rate(variants[name], milliseconds));
  }
  const first = rates[names[0]];
  return Object.fromEntries(names.map((name) => [name, { rate: repeated(rates[name]), ratioToFirst: repeated(rates[name].map((value, i) => value / first[i])) }]));
}

/** Milliseconds of several one-shot bodies, interleaved over rounds; the per-round ratio of each to the first. */
export function interleavedTimes(variants: Record<string, () => unknown>, rounds = 7): Record<string, { ms: Repeated; ratioToFirst: Repeated }> {
  const names = Object.keys(variants);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) times[name].push(timeOnce(variants[name]).ms);
  }
  const first = times[names[0]];
  return Object.fromEntries(names.map((name) => [name, { ms: repeated(times[name]), ratioToFirst: repeated(times[name].map((value, i) => value / first[i])) }]));
}

export const spread = (r: Repeated, digits = 2) => `${fmt(r.median, digits)} (${fmt(r.low, digits)}–${fmt(r.high, digits)})`;
