import { impossibleNumber, invalidValue } from "./errors";

/**
 * Argument checks shared by every engine function. Each returns the value it checked so that a call reads
 * `const tokens = nonNegative(input_tokens, "input_tokens")`.
 */

export function finite(value: number, name: string): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw invalidValue(`${name} must be a number.`);
  if (!Number.isFinite(value)) throw impossibleNumber(`${name} must be a finite number.`);
  return value;
}

export function nonNegative(value: number, name: string): number {
  finite(value, name);
  if (value < 0) throw impossibleNumber(`${name} cannot be negative (got ${value}).`);
  return value;
}

export function positive(value: number, name: string): number {
  finite(value, name);
  if (value <= 0) throw impossibleNumber(`${name} must be greater than 0 (got ${value}).`);
  return value;
}

/** A share such as utilization or a discount: a decimal from 0 to 1 (0.6, not 60). */
export function fraction(value: number, name: string, { allowZero = true } = {}): number {
  finite(value, name);
  if (value < 0 || value > 1 || (!allowZero && value === 0)) {
    throw impossibleNumber(`${name} must be a decimal ${allowZero ? "from 0" : "above 0"} to 1 (0.6 means 60%; got ${value}).`);
  }
  return value;
}

export function wholeAtLeast(value: number, minimum: number, name: string): number {
  finite(value, name);
  if (!Number.isInteger(value) || value < minimum) {
    throw impossibleNumber(`${name} must be a whole number of at least ${minimum} (got ${value}).`);
  }
  return value;
}

/** A choice among named options, case-insensitive; the message lists what is allowed. */
export function choice<T extends string>(value: string, allowed: readonly T[], name: string): T {
  const normalized = String(value).trim().toLowerCase();
  const match = allowed.find((option) => option.toLowerCase() === normalized);
  if (match === undefined) {
    throw invalidValue(`Unknown ${name} "${value}". Use one of: ${allowed.join(", ")}.`);
  }
  return match;
}
