/**
 * A stand-in for Excel's `CustomFunctions` global, for running the shipped functions.js outside Excel (tests,
 * benchmarks, the preview host). It records what `CustomFunctions.associate` registers, as Excel does.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsErrorDouble extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
    this.code = code;
    if (message === undefined) this.message = "";
  }
}

export type RegisteredFunction = (...args: unknown[]) => unknown;

export interface CustomFunctionsDouble {
  Error: typeof CustomFunctionsErrorDouble;
  ErrorCode: typeof ERROR_CODES;
  associate(id: string | Record<string, RegisteredFunction>, fn?: RegisteredFunction): void;
  /** What associate registered, by id (upper case). */
  registered: Map<string, RegisteredFunction>;
  /** Ids associated more than once: Excel reports these as [DuplicatedName]. */
  duplicates: string[];
}

export function createCustomFunctionsDouble(): CustomFunctionsDouble {
  const registered = new Map<string, RegisteredFunction>();
  const duplicates: string[] = [];
  const add = (id: string, fn: RegisteredFunction) => {
    const key = id.toUpperCase();
    if (registered.has(key)) duplicates.push(key);
    registered.set(key, fn);
  };
  return {
    Error: CustomFunctionsErrorDouble,
    ErrorCode: ERROR_CODES,
    registered,
    duplicates,
    associate(id, fn) {
      if (typeof id === "string") add(id, fn as RegisteredFunction);
      else for (const [key, value] of Object.entries(id)) add(key, value);
    },
  };
}

export function isCustomFunctionsError(value: unknown): value is CustomFunctionsErrorDouble {
  return value instanceof CustomFunctionsErrorDouble || (typeof value === "object" && value !== null && (value as { name?: string }).name === "CustomFunctions.Error");
}
