import core from "../fixtures/calibration.json";
import second from "../fixtures/calibration-2.json";
import third from "../fixtures/calibration-3.json";
import documented from "../fixtures/calibration-ratios.json";
import {
  allCases,
  concurrencyEstimateFor,
  concurrencyTokenRatioFor,
  estimateFor,
  estimateOf,
  rowKey,
  secondsPerTokenRatio,
  systemEstimateFor,
  type CalibrationRow,
  type ConcurrencyCalibrationRow,
  type SystemCalibrationRow,
} from "../../scripts/calibration-report";

/**
 * Rows the engine does not reach within +/-35% with its one set of defaults, and why (docs/self-hosting.md, "Rows
 * outside +/-35%"). They are not tuned to: each is held to the bound stated here, and the list must stay exactly the
 * rows that are outside, so the docs cannot drift from the engine.
 */
const OUTSIDE: Record<string, { low: number; high: number; why: string }> = {};

const within35 = (ratio: number): boolean => ratio >= 0.65 && ratio <= 1.35;
const documentedRows = documented.rows as Record<string, { ratio: number; secondsPerTokenRatio: number | null }>;

describe("self-hosting estimates match published measurements with one set of defaults", () => {
  const rows = core.rows as CalibrationRow[];
  const systems = second.rows as SystemCalibrationRow[];
  const held = third.rows as ConcurrencyCalibrationRow[];
  const tested: { id: string; ratio: () => number }[] = [
    ...systems.map((row) => ({ id: row.id, ratio: () => systemEstimateFor(row) / row.measured })),
    ...held.map((row) => ({ id: row.id, ratio: () => concurrencyEstimateFor(row) / row.measured })),
  ];

  test("the calibration files have every reference row, each with its source", () => {
    expect(rows).toHaveLength(5);
    expect(systems).toHaveLength(17);
    expect(held).toHaveLength(7);
    for (const row of [...rows, ...systems, ...held]) expect(row.source).toMatch(/\w/);
  });

  test("every system throughput row says how the measured system maps to replicas", () => {
    for (const row of [...systems, ...held].filter((r) => r.kind === "throughput")) {
      expect(row.replicas).not.toBeNull();
      expect((row.replicas as number) * (row.gpus_per_replica as number)).toBe(row.system_gpus);
      expect(row.unit).toMatch(/whole system/);
    }
  });

  test("MLPerf rows use the datasets' measured mean input lengths (shared/reference README, 2026-12-04)", () => {
    const input = (id: string): number | null => ([...systems, ...held].find((r) => r.id === id) as SystemCalibrationRow).input_tokens;
    expect(input("C2-N10")).toBe(427.4);
    for (const id of ["C2-N1", "C2-N3", "C2-N13", "C3-S6"]) expect(input(id)).toBe(222.3);
    for (const id of ["C2-N5", "C3-P4"]) expect(input(id)).toBe(870.7);
  });

  test.each(rows.map((row) => [`${row.model} ${row.gpu} ${row.metric} ${row.input_tokens ?? ""}/${row.output_tokens ?? ""}`, row] as const))(
    "calibration.csv: %s lands within +/-35%",
    (_, row) => {
      expect(within35(estimateFor(row) / row.value)).toBe(true);
    },
  );

  test.each(tested.filter((row) => !(row.id in OUTSIDE)).map((row) => [row.id, row] as const))("%s lands within +/-35%", (_, row) => {
    expect(row.ratio()).toBeGreaterThanOrEqual(0.65);
    expect(row.ratio()).toBeLessThanOrEqual(1.35);
  });

  test("the rows outside +/-35% are exactly the documented ones, each within its documented bound", () => {
    const outside = tested.filter((row) => !within35(row.ratio())).map((row) => row.id);
    expect(outside.sort()).toEqual(Object.keys(OUTSIDE).sort());
    for (const [id, bound] of Object.entries(OUTSIDE)) {
      const ratio = (tested.find((row) => row.id === id) as { ratio: () => number }).ratio();
      expect(ratio).toBeGreaterThanOrEqual(bound.low);
      expect(ratio).toBeLessThanOrEqual(bound.high);
    }
  });

  test("calibration-3 rows at 1-4 requests also land within +/-35% in time per output token", () => {
    const lowConcurrency = held.filter((row) => row.concurrent_requests_per_replica !== null && row.concurrent_requests_per_replica <= 4);
    expect(lowConcurrency.length).toBeGreaterThanOrEqual(2);
    for (const row of lowConcurrency) expect(within35(concurrencyTokenRatioFor(row) as number)).toBe(true);
  });

  // Every row of every fixture (including the 73 further measurements) stays within +/-15% of the ratio
  // docs/self-hosting.md documents for it: a change that moves many rows fails here, not only one that moves a row
  // past a factor of 3. Regenerate with `scripts/calibration-report.ts --write-ratios` together with the docs tables.
  test("the documented ratios cover exactly the fixtures' rows", () => {
    expect(allCases().map(rowKey).sort()).toEqual(Object.keys(documentedRows).sort());
  });

  test.each(allCases().map((c) => [rowKey(c), c] as const))("%s stays within +/-15% of its documented ratio", (key, c) => {
    const expected = documentedRows[key];
    const ratio = estimateOf(c) / c.measured;
    expect(ratio / expected.ratio).toBeGreaterThanOrEqual(0.85);
    expect(ratio / expected.ratio).toBeLessThanOrEqual(1.15);
    const token = secondsPerTokenRatio(c);
    if (expected.secondsPerTokenRatio !== null) {
      expect(token).not.toBeNull();
      expect((token as number) / expected.secondsPerTokenRatio).toBeGreaterThanOrEqual(0.85);
      expect((token as number) / expected.secondsPerTokenRatio).toBeLessThanOrEqual(1.15);
    }
  });

  test("every further measurement stays within a factor of 3", () => {
    for (const c of allCases()) {
      const ratio = estimateOf(c) / c.measured;
      expect(ratio).toBeGreaterThan(1 / 3);
      expect(ratio).toBeLessThan(3);
    }
  });
});
