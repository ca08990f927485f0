import core from "../fixtures/calibration.json";
import second from "../fixtures/calibration-2.json";
import extra from "../fixtures/calibration-extra.json";
import { estimateFor, systemEstimateFor, type CalibrationRow, type SystemCalibrationRow } from "../../scripts/calibration-report";

/**
 * Rows of calibration-2.csv the engine does not reach within +/-35% with its one set of defaults, and why
 * (docs/self-hosting.md, "Rows outside +/-35%"). They are not tuned to: each is held to the bound stated here, and the
 * list must stay exactly the rows that are outside, so the docs cannot drift from the engine.
 */
const OUTSIDE: Record<string, { low: number; high: number; why: string }> = {
  "C2-N10": { low: 1.35, high: 2.0, why: "Mixtral MLPerf offline: the 300-token mean input is an assumed dataset mean; TensorRT-LLM Mixtral rows land 1.0-1.15x" },
};

const within35 = (ratio: number): boolean => ratio >= 0.65 && ratio <= 1.35;

describe("self-hosting estimates match published measurements with one set of defaults", () => {
  const rows = core.rows as CalibrationRow[];
  const systems = second.rows as SystemCalibrationRow[];

  test("the calibration files have every reference row, each with its source", () => {
    expect(rows).toHaveLength(5);
    expect(systems).toHaveLength(17);
    for (const row of [...rows, ...systems]) expect(row.source).toMatch(/\w/);
  });

  test("every calibration-2 throughput row says how the measured system maps to replicas", () => {
    for (const row of systems.filter((r) => r.kind === "throughput")) {
      expect(row.replicas).not.toBeNull();
      expect((row.replicas as number) * (row.gpus_per_replica as number)).toBe(row.system_gpus);
      expect(row.unit).toMatch(/whole system/);
    }
  });

  test.each(rows.map((row) => [`${row.model} ${row.gpu} ${row.metric} ${row.input_tokens ?? ""}/${row.output_tokens ?? ""}`, row] as const))(
    "calibration.csv: %s lands within +/-35%",
    (_, row) => {
      expect(within35(estimateFor(row) / row.value)).toBe(true);
    },
  );

  test.each(systems.filter((row) => !(row.id in OUTSIDE)).map((row) => [`${row.id} ${row.model} ${row.gpu}`, row] as const))(
    "calibration-2.csv: %s lands within +/-35%",
    (_, row) => {
      const ratio = systemEstimateFor(row) / row.measured;
      expect(ratio).toBeGreaterThanOrEqual(0.65);
      expect(ratio).toBeLessThanOrEqual(1.35);
    },
  );

  test.each(Object.entries(OUTSIDE))("calibration-2.csv: %s stays within its documented bound", (id, bound) => {
    const row = systems.find((r) => r.id === id) as SystemCalibrationRow;
    const ratio = systemEstimateFor(row) / row.measured;
    expect(ratio).toBeGreaterThanOrEqual(bound.low);
    expect(ratio).toBeLessThanOrEqual(bound.high);
  });

  test("the rows outside +/-35% are exactly the documented ones", () => {
    const outside = systems.filter((row) => !within35(systemEstimateFor(row) / row.measured)).map((row) => row.id);
    expect(outside.sort()).toEqual(Object.keys(OUTSIDE).sort());
  });

  // Further published rows. Looser bound: a guard against regressions, since some (A100 70B, Llama 3.1 8B/70B
  // GPU-hours) sit outside +/-35%; see docs/self-hosting.md.
  test.each((extra.rows as CalibrationRow[]).map((row) => [`${row.model} ${row.gpu} x${row.gpus ?? ""} ${row.input_tokens ?? ""}/${row.output_tokens ?? ""}`, row] as const))(
    "further check %s stays within a factor of 3",
    (_, row) => {
      const ratio = estimateFor(row) / row.value;
      expect(ratio).toBeGreaterThan(1 / 3);
      expect(ratio).toBeLessThan(3);
    },
  );
});
