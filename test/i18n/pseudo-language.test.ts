import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { createCustomFunctionsDouble, isCustomFunctionsError } from "../../dev/custom-functions-double";
import { ENGLISH, installCatalog, loadLanguage } from "../../src/i18n/messages";
import { LANGUAGES } from "../../src/i18n/languages";
import { pseudoCatalog, PSEUDO_LOCALE } from "../support/pseudo-language";

/**
 * The pseudo-language (every message's own words accented and lengthened, the whole message bracketed ⟦…⟧, made from
 * English here) shows that nothing a Korean analyst reads is still English: every #VALUE!/#N/A message the functions
 * give, for well-known bad inputs and for hostile ones, and every pane text, comes from a catalog.
 */
jest.mock("../../src/i18n/language", () => ({ ...jest.requireActual("../../src/i18n/language"), displayLanguage: () => "qps-ploc" }));

installCatalog(PSEUDO_LOCALE, pseudoCatalog(ENGLISH));
(globalThis as { CustomFunctions?: unknown }).CustomFunctions = createCustomFunctionsDouble();

type Fn = (...args: unknown[]) => unknown;
const FUNCTION_DIR = path.resolve(__dirname, "../../src/functions");
/** Every custom function, by its Excel id (the wrapper's name in upper case), from the source modules. */
const FUNCTIONS = new Map<string, Fn>();
beforeAll(async () => {
  for (const file of fs.readdirSync(FUNCTION_DIR).filter((name) => name.endsWith("-functions.ts"))) {
    const exported = (await import(path.join(FUNCTION_DIR, file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(exported)) if (typeof fn === "function") FUNCTIONS.set(name.toUpperCase(), fn as Fn);
  }
  expect(FUNCTIONS.size).toBeGreaterThan(15);
});
const METADATA = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8")) as {
  functions: { id: string; parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean }[] }[];
};

/** The message of the error a call gives (null: no error, or an error Excel shows without a message). */
async function messageOf(id: string, args: unknown[]): Promise<string | null> {
  const fn = FUNCTIONS.get(id);
  if (!fn) throw new Error(`no source function for ${id}`);
  let result: unknown;
  try {
    result = await fn(...args);
  } catch (error) {
    result = error;
  }
  if (!isCustomFunctionsError(result)) return null;
  return ["#VALUE!", "#N/A"].includes(result.code) ? result.message : null;
}

const fromCatalog = (message: string) => message.startsWith("⟦") && message.endsWith("⟧");

/** Inputs that reach the engine's error paths (the ones that reached Korean Excel in English among them). */
const CALLS: [string, ...unknown[]][] = [
  ["INFERENCE", "gpt-4o-mni", 1000, 1000, null, null, null, null],
  ["INFERENCE", "x".repeat(500), 1000, 1000, null, null, null, null],
  ["INFERENCE", null, 1000, 1000, null, null, null, null],
  ["INFERENCE", "gpt-4o-mini", "many", 1000, null, null, null, null],
  ["INFERENCE", "sonar-pro", 1000, 1000, null, null, null, null, null, null],
  ["INFERENCE", "gpt-4o-mini", 1000, 1000, null, null, null, null, null, [["model", "price_type", "usd_per_mtok"], ["gpt-4o-mini", "bogus", 1]]],
  ["INFERENCE", "gpt-4o-mini", 1000, 1000, null, null, null, null, null, [["model", "price_type"], ["gpt-4o-mini", "input"]]],
  ["INFERENCE", "gpt-4o-mini", 1000, 1000, null, null, null, null, null, [["model", "price_type", "usd_per_mtok", "valid_from"], ["gpt-4o-mini", "input", 1, "soon"]]],
  ["PRICE", "gpt-4o-mini", "outptu", null],
  ["PRICE", "gpt-4o-mini", "input", "yesterday"],
  ["FINETUNE", "gpt-4.1-mini", 1000, null, "2000-01-01"],
  ["FINETUNE", "text-embedding-3-small", 1000, null, null],
  ["MODELS", "nosuchprovider", null],
  ["GPUPRICE", "h100-sxm", "nosuchcloud", null],
  ["GPUPRICE", "h100-sxm", "runpod", "reserved-3y"],
  ["GPUMEMORY", "llama-3.1-70b", "fp7", null, null, null],
  ["SELFHOST", "llama-3.1-7b", "h100-sxm", 1000, 1000, null, null, null, null, null, null],
  ["GPUTCO", "l4", null, null, null, null, null],
  ["TOKENS", "some text", "claude-sonnet-4-0"],
  ["TOKENS", "some text", "o300k_base"],
  ["TOKENS", "some text", "text-davinci-003"],
  ["TOKENS", "some text", "no-such-model-at-all"],
];

describe("pseudo-language: no English left", () => {
  test.each(CALLS.map((call) => [call[0], call.slice(1).map((a) => JSON.stringify(a)?.slice(0, 30)).join(", "), call] as const))("%s(%s)", async (_id, _args, [id, ...args]) => {
    const message = await messageOf(id, args);
    expect(message).not.toBeNull();
    expect(fromCatalog(message!)).toBe(true);
  });

  test("every message of every function, for hostile arguments, comes from a catalog", async () => {
    const value = fc.oneof(
      fc.constantFrom("gpt-4o-mini", "gpt-4o-mni", "llama-3.1-70b", "h100-sxm", "l4", "input", "fp7", "spot", "lora", "o300k_base", "2025-13-45", "", "x"),
      fc.constantFrom(0, -1, 0.5, 2, 1e300, 1000),
      fc.constant(null),
      fc.constant([["model", "price_type"], [1, 2]]),
    );
    let messages = 0;
    for (const { id, parameters } of METADATA.functions) {
      await fc.assert(
        fc.asyncProperty(fc.tuple(...parameters.map(() => value)), async (args) => {
          const message = await messageOf(id, args);
          if (message === null) return;
          messages += 1;
          if (!fromCatalog(message)) throw new Error(`${id}(${JSON.stringify(args).slice(0, 200)}) says in English: ${message}`);
        }),
        { numRuns: 40, seed: 24 },
      );
    }
    expect(messages).toBeGreaterThan(100);
  });

  test("the pane: every text, Excel's refusals, the insert progress and the token panel's errors", async () => {
    const { paneStrings } = await import("../../src/taskpane/strings");
    const { describeError } = await import("../../src/excel/excel-messages");
    const { render, MessageError } = await import("../../src/i18n/messages");
    const leaves = (value: unknown, at: string): [string, string][] =>
      typeof value === "function"
        ? [[at, String(value("KRW", "x", 3, 4, "y"))]]
        : typeof value === "string"
          ? [[at, value]]
          : Object.entries(value as object).flatMap(([key, inner]) => leaves(inner, `${at}.${key}`));
    const texts = leaves(paneStrings(PSEUDO_LOCALE as never), "pane");
    expect(texts.length).toBeGreaterThan(80);
    expect(texts.filter(([, text]) => !fromCatalog(text))).toEqual([]);
    const refusal = Object.assign(new Error("refused"), { name: "RichApi.Error", code: "AccessDenied", debugInfo: {} });
    for (const error of [refusal, { ...refusal, code: "SomethingNew" }, new TypeError("x is not a function"), new MessageError({ id: "pane.tokens.notACell", params: { address: "Z" } })]) {
      expect(fromCatalog(describeError(error, PSEUDO_LOCALE as never))).toBe(true);
    }
    for (const id of ["pane.progress.reading", "pane.progress.checking", "pane.progress.done"] as const) expect(fromCatalog(render({ id }, PSEUDO_LOCALE))).toBe(true);
  });

  test("the pane's static HTML texts are catalog ids", () => {
    const html = fs.readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
    const keys = [...html.matchAll(/data-text="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !(`pane.${key}` in ENGLISH))).toEqual([]);
  });

  test("Korean loads like any language", async () => {
    for (const language of LANGUAGES) await loadLanguage(language);
  });
});
