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
