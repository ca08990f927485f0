import { invalidValue } from "../errors";
import { finite, fraction, wholeAtLeast } from "../validate";
import { SELFHOST_DEFAULTS } from "./assumptions";

/** An optional argument: `undefined` or `null` (an empty Excel cell) means "use the default". */
export type Maybe<T> = T | null | undefined;

export const given = <T>(value: Maybe<T>): value is T => value !== undefined && value !== null;

export function orDefault<T>(value: Maybe<T>, fallback: T): T {
  return given(value) ? value : fallback;
}

/** Options objects must be objects (or absent). */
export function optionsObject<T extends object>(options: Maybe<T>, name = "options"): Partial<T> {
  if (!given(options)) return {};
  if (typeof options !== "object" || Array.isArray(options)) throw invalidValue("errors.mustBeOptions", { name });
  return options;
}

/** Efficiency overrides accepted by throughput, fleet, latency and break-even functions. */
export interface EfficiencyOptions {
  /** Share of dense tensor peak reached by large GEMMs; default per GPU family and compute format (gpu-efficiency.json). */
  flopUtilization?: Maybe<number>;
  bandwidthUtilization?: Maybe<number>;
  tensorParallelEfficiency?: Maybe<number>;
  usableMemoryShare?: Maybe<number>;
}

export interface Efficiency {
  /** null: the sourced share for the GPU family and compute format. */
  flopUtilization: number | null;
  bandwidthUtilization: number;
  tensorParallelEfficiency: number;
  usableMemoryShare: number;
}

const share = (value: Maybe<number>, fallback: number, name: string): number =>
  fraction(orDefault(value, fallback), name, { allowZero: false });

export function resolveEfficiency(overrides: Maybe<EfficiencyOptions>): Efficiency {
  const o = optionsObject(overrides, "efficiency");
  const d = SELFHOST_DEFAULTS;
  return {
    flopUtilization: given(o.flopUtilization) ? share(o.flopUtilization, 1, "flopUtilization") : null,
    bandwidthUtilization: share(o.bandwidthUtilization, d.bandwidthUtilization, "bandwidthUtilization"),
    tensorParallelEfficiency: share(o.tensorParallelEfficiency, d.tensorParallelEfficiency, "tensorParallelEfficiency"),
    usableMemoryShare: share(o.usableMemoryShare, d.usableMemoryShare, "usableMemoryShare"),
  };
}

export const wholeOption = (value: Maybe<number>, fallback: number, minimum: number, name: string): number =>
  wholeAtLeast(orDefault(value, fallback), minimum, name);

export const finiteOption = (value: Maybe<number>, fallback: number, name: string): number =>
  finite(orDefault(value, fallback), name);
