import fc from "fast-check";
import { loadFunctionsBundle } from "../support/functions-bundle";
import { isCustomFunctionsError } from "../../dev/custom-functions-double";

/**
 * Every custom function, called the way Excel calls it (typed per functions.json, null for omitted optional
 * arguments, 2-D arrays for ranges), with hostile values: it answers a number, text, a 2-D array or a
 * CustomFunctions.Error — never a raw exception, NaN, Infinity or undefined — and it answers at all.
 */
const bundle = loadFunctionsBundle();
const HANG_LIMIT_MS = 30_000; // a hang detector, not a speed test: `npm run bench` measures speed

const ids = fc.constantFrom(
  "gpt-4o-mini", "GPT-4O-MINI", "gpt-4o-mni", "ft:gpt-4.1-mini", "openai:gpt-4o", "claude-sonnet-4-0", "gemini-2.5-pro",
  "text-embedding-3-small", "llama-3.1-70b", "LLAMA-3.1-8B", "mixtral-8x7b", "deepseek-v3", "gpt-oss-120b",
  "h100-sxm", "H100-SXM", "a100-80gb", "l4", "b200", "mi300x", "h100", "input", "output", "cache_read", "training",
  "on_demand", "spot", "community", "aws", "runpod", "lambda", "openai", "lora", "full", "pretrain", "fp8", "int4", "bf16",
  "o200k_base", "cl100k_base", "2025-01-01", "2025-13-45", "1899-12-31", "9999-12-31", "yesterday", "NaN", "Infinity", "-1",
);
/** Excel's own limit on the text of one cell. */
const EXCEL_MAX_CELL_TEXT = 32_767;
const hostileText = fc.oneof(
  { arbitrary: ids, weight: 8 },
  { arbitrary: fc.constantFrom("", " "), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 4 },
  { arbitrary: fc.constant("👩‍👩‍👧‍👦🇰🇷 안녕하세요 \u0000\uFFFF"), weight: 1 },
  // the worst case for byte-pair encoding: one run of a repeated character, as long as a cell can hold
  { arbitrary: fc.constant("x".repeat(EXCEL_MAX_CELL_TEXT)), weight: 1 },
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 1e-300, 5e-324, -5e-324, 1e15, 1e300, 1.7976931348623157e308, -1e308, 2958465, 2958466, 60, 45658.75),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const hostileScalar = fc.oneof(hostileNumber, hostileText, fc.boolean(), fc.constant(null));

type Parameter = { name: string; type?: string; dimensionality?: string; optional?: boolean };

function argumentFor(p: Parameter): fc.Arbitrary<unknown> {
  const scalar = p.type === "number" ? hostileNumber : p.type === "string" ? hostileText : p.type === "boolean" ? fc.boolean() : hostileScalar;
  const value: fc.Arbitrary<unknown> = p.dimensionality === "matrix"
    ? fc.array(fc.array(p.type === "any" || !p.type ? hostileScalar : scalar, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
        .map((rows) => rows.map((row) => row.slice(0, rows[0].length)).filter((row) => row.length === rows[0].length))
    : scalar;
  return p.optional ? fc.oneof(fc.constant(null), value) : value;
}

function checkResult(id: string, result: unknown): void {
  if (isCustomFunctionsError(result)) {
    expect(["#VALUE!", "#N/A", "#NUM!", "#DIV/0!"]).toContain(result.code);
    return;
  }
  if (result instanceof Error) throw new Error(`${id} let a raw exception escape: ${result.message}`);
  const cellOk = (cell: unknown) => (typeof cell === "number" && Number.isFinite(cell)) || typeof cell === "string" || typeof cell === "boolean";
  if (Array.isArray(result)) {
    expect(result.length).toBeGreaterThan(0);
    const width = result[0].length;
    for (const row of result) {
      expect(Array.isArray(row) && row.length === width).toBe(true);
      for (const cell of row) if (!cellOk(cell)) throw new Error(`${id} returned a bad cell ${String(cell)}`);
    }
    return;
  }
  if (!cellOk(result)) throw new Error(`${id} returned ${String(result)}`);
}

async function callAsExcel(id: string, args: unknown[]): Promise<unknown> {
  let result = bundle.call(id, ...args);
  if (result instanceof Promise) {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${id} did not answer`)), HANG_LIMIT_MS)));
    try {
      result = await Promise.race([result.then((v) => v, (e) => e), hang]);
    } finally {
      clearTimeout(timer);
    }
  }
  return result;
}

describe("every custom function under hostile input", () => {
  for (const fn of bundle.metadata.functions) {
    test(`${fn.id}(${fn.parameters.map((p) => p.name).join(", ")})`, async () => {
      const args = fc.tuple(...(fn.parameters.map(argumentFor) as [fc.Arbitrary<unknown>]));
      await fc.assert(
        fc.asyncProperty(args, async (values) => {
          const started = Date.now();
          const result = await callAsExcel(fn.id, values as unknown[]);
          checkResult(fn.id, result);
          expect(Date.now() - started).toBeLessThan(HANG_LIMIT_MS);
        }),
        { numRuns: fn.id === "COMPARE" || fn.id === "TOKENS" ? 60 : 250 },
      );
    }, 300_000);
  }
});

describe("monotonicity where it holds", () => {
  const tokens = fc.integer({ min: 0, max: 5_000_000_000 });
  test("INFERENCE: more input or output tokens never cost less", () => {
    fc.assert(
      fc.property(fc.constantFrom("gpt-4o-mini", "gpt-4.1", "claude-sonnet-4-0", "ft:gpt-4.1-mini", "deepseek-chat"), tokens, tokens, tokens, tokens, (model, a, b, extraIn, extraOut) => {
        const base = bundle.call("INFERENCE", model, a, b, null, null, null, null) as number;
        expect(bundle.call("INFERENCE", model, a + extraIn, b, null, null, null, null) as number).toBeGreaterThanOrEqual(base);
        expect(bundle.call("INFERENCE", model, a, b + extraOut, null, null, null, null) as number).toBeGreaterThanOrEqual(base);
      }),
    );
  });
  test("INFERENCE: a discount never raises a cost; caching never raises a cost", () => {
    fc.assert(
      fc.property(fc.constantFrom("gpt-4o-mini", "claude-sonnet-4-0", "gemini-2.5-pro"), tokens, tokens, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (model, input, output, discount, cachedShare) => {
        // over 1,000 requests: without a request count, a total input past a long-context threshold is #VALUE! (issue 19)
        const list = bundle.call("INFERENCE", model, input, output, 1000, null, null, null) as number;
        expect(typeof list).toBe("number");
        expect(bundle.call("INFERENCE", model, input, output, 1000, null, discount, null) as number).toBeLessThanOrEqual(list + 1e-9);
        expect(bundle.call("INFERENCE", model, input, output, 1000, Math.floor(input * cachedShare), null, null) as number).toBeLessThanOrEqual(list + 1e-9);
      }),
    );
  });
  test("FINETUNE and EMBEDDING grow with tokens", () => {
    fc.assert(
      fc.property(tokens, tokens, (a, extra) => {
        expect(bundle.call("FINETUNE", "gpt-4.1-mini", a + extra, null, null) as number).toBeGreaterThanOrEqual(bundle.call("FINETUNE", "gpt-4.1-mini", a, null, null) as number);
        expect(bundle.call("EMBEDDING", "text-embedding-3-small", a + extra, null) as number).toBeGreaterThanOrEqual(bundle.call("EMBEDDING", "text-embedding-3-small", a, null) as number);
      }),
    );
  });
  test("SELFHOST: more tokens never cost less", () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.constantFrom("llama-3.1-8b", "llama-3.1-70b", "mixtral-8x7b"), fc.constantFrom("h100-sxm", "a100-80gb", "l40s"), tokens, tokens, tokens, (model, gpu, input, output, extra) => {
        const base = bundle.call("SELFHOST", model, gpu, input, output, null, null, null, null);
        const more = bundle.call("SELFHOST", model, gpu, input + extra, output + extra, null, null, null, null);
        // A model that does not fit the GPU is #NUM! for both volumes; every other pair must be two numbers.
        if (isCustomFunctionsError(base) && isCustomFunctionsError(more) && base.code === "#NUM!" && more.code === "#NUM!") return;
        expect(typeof base).toBe("number");
        expect(typeof more).toBe("number");
        expect(more as number).toBeGreaterThanOrEqual(base as number);
        compared++;
      }),
      { numRuns: 200 },
    );
    // Most draws are priced: a SELFHOST that failed for every input would not pass by comparing nothing.
    expect(compared).toBeGreaterThan(100);
  });
});
