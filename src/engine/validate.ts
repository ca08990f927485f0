import { impossibleNumber, invalidValue } from "./errors";

/**
 * Argument checks shared by every engine function. Each returns the value it checked so that a call reads
 * `const tokens = nonNegative(input_tokens, "input_tokens")`.
 */

export function finite(value: number, name: string): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw invalidValue("errors.mustBeNumber", { name });
  if (!Number.isFinite(value)) throw impossibleNumber("errors.mustBeFinite", { name });
  return value;
}

export function nonNegative(value: number, name: string): number {
  finite(value, name);
  if (value < 0) throw impossibleNumber("errors.cannotBeNegative", { name, value });
  return value;
}

export function positive(value: number, name: string): number {
  finite(value, name);
  if (value <= 0) throw impossibleNumber("errors.mustBePositive", { name, value });
  return value;
}

/** A share such as utilization or a discount: a decimal from 0 to 1 (0.6, not 60). */
export function fraction(value: number, name: string, { allowZero = true } = {}): number {
  finite(value, name);
  if (value < 0 || value > 1 || (!allowZero && value === 0)) {
    throw impossibleNumber("errors.mustBeFraction", { name, value, allowZero: String(allowZero) });
  }
  return value;
}

export function wholeAtLeast(value: number, minimum: number, name: string): number {
  finite(value, name);
  if (!Number.isInteger(value) || value < minimum) {
    throw impossibleNumber("errors.mustBeWholeNumber", { name, minimum, value });
  }
  return value;
}

/** A choice among named options, case-insensitive; the message lists what is allowed. */
export function choice<T extends string>(value: string, allowed: readonly T[], name: string): T {
  const normalized = String(value).trim().toLowerCase();
  const match = allowed.find((option) => option.toLowerCase() === normalized);
  if (match === undefined) {
    throw invalidValue("errors.unknownChoice", { name, value: String(value), allowed: allowed.join(", ") });
  }
  return match;
}
