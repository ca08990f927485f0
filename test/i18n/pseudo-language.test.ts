import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { createCustomFunctionsDouble, isCustomFunctionsError } from "../../dev/custom-functions-double";
import { ENGLISH, installCatalog, loadLanguage } from "../../src/i18n/messages";
import { LANGUAGES } from "../../src/i18n/languages";
import type { Message } from "../../src/i18n/catalog";
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

  test("the usage import: every reason, place, warning and missing column of every fixture and of bad rows comes from a catalog", async () => {
    const { parseUsage, listOf, REJECTIONS_KEPT } = await import("../../src/engine/actuals");
    const { parseBudgetCsv } = await import("../../src/templates/budget-lines");
    const { rejectionText } = await import("../../src/taskpane/import-session");
    const { render } = await import("../../src/i18n/messages");
    const dir = path.resolve(__dirname, "../fixtures/actuals");
    const files: [string, string][] = fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), "utf8")]);
    const focusHeader = "BillingPeriodStart,ChargePeriodStart,ChargeCategory,ChargeClass,BilledCost,ListCost,ServiceCategory,ServiceName,SkuPriceDetails,ConsumedQuantity,ConsumedUnit,PricingQuantity,PricingUnit,x_Meter";
    const bad: [string, string][] = [
      ["bad.csv", "date,model,input_tokens,output_tokens,requests,cost,cached_tokens\n10/22/2026,gpt-4o,1,1,1,1,0\n2026-10-01,,1,1,1,1,0\n2026-10-01,gpt-4o,-1,1,1,1,0\n2026-10-01,gpt-4o,1,1,x,1,0\n2026-10-01,gpt-4o,1,1,1,lots,0\n2026-10-01,gpt-4o,1,1,1,1,5\n2026-10-01,gpt-4o\n" + "2026-10-01,gpt-4o,1.5,1,1,1,0\n".repeat(REJECTIONS_KEPT)],
      ["no-columns.csv", "when,what\n1,2\n"],
      ["both-inputs.csv", "date,model,input_tokens,uncached_input_tokens\n2026-10-01,gpt-4o,1,1\n"],
      ["bad-focus.csv", `${focusHeader}\n2026-10-01,2026-10-01,Refund,,1,1,AI and Machine Learning,Azure OpenAI,,1,Tokens,,,input\n2026-10-01,yesterday,Usage,,1,1,AI and Machine Learning,Azure OpenAI,{"ModelId":"gpt-4o"},1,Tokens,,,input\n2026-10-01,2026-10-01,Usage,,x,1,AI and Machine Learning,Azure OpenAI,{"ModelId":"gpt-4o"},1,Tokens,,,input\n2026-10-01,2026-10-01,Usage,,1,1,AI and Machine Learning,Azure OpenAI,,1,Tokens,,,input\n2026-10-01,2026-10-01,Usage,,1,1,AI and Machine Learning,Azure OpenAI,{"ModelId":"gpt-4o"},1.5,Tokens,,,input\n2026-10-01,2026-10-01,Usage,,1,1,AI and Machine Learning,Azure OpenAI,{"ModelId":"gpt-4o"},-3,Tokens,,,input\n2026-10-01,2026-10-01,Usage,,1,1,AI and Machine Learning,Azure OpenAI,{"ModelId":"gpt-4o"},,,,,input\n2026-10-01,2026-10-01,Usage,,1,1,AI and Machine Learning,Azure OpenAI,{"ModelId":"gpt-4o"},1,Tokens,,,hours\n`],
      ["bad-openai.jsonl", '{"data":[{"start_time":1790812800,"results":[7,{"object":"organization.usage.completions.result","model":"gpt-4o","input_tokens":1,"input_cache_write_tokens":5},{"object":"organization.usage.completions.result","model":"gpt-4o","input_tokens":1.5}]},{"results":3}]}\n{broken\n{"nodata":1}\n'],
      ["bad-anthropic.json", '{"data":[{"starting_at":"2026-10-01T00:00:00Z","results":[{"model":"claude-sonnet-4-5","cache_creation":3},{"model":"claude-sonnet-4-5","server_tool_use":{"web_search_requests":-1}},{"model":"claude-sonnet-4-5","context_window":"200k-1M"}]}]}'],
      ["bad-costs.json", '{"data":[{"start_time":1790812800,"results":[{"object":"organization.costs.result","amount":{"value":"1"}},{"object":"other"},{"object":"organization.costs.result","amount":{"value":1}}]}]}'],
      ["bad-cost-report.json", '{"data":[{"starting_at":"2026-10-01T00:00:00Z","results":[{"amount":12,"currency":"USD"},{"amount":"12","currency":"USD"}]}]}'],
      ["bad-analytics.json", '[{"data":[{"starting_at":"x","cost":{"amount":"1","list_amount":"1"}},{"starting_at":"2026-10-01T00:00:00Z","cost":{"amount":"1","list_amount":2}},{"starting_at":"2026-10-01T00:00:00Z","cost":{"amount":"1","list_amount":"1"}},3]},{"nodata":1}]'],
    ];
    const formats = { "bad-openai.jsonl": "openai", "bad-anthropic.json": "anthropic", "bad-costs.json": "openai-costs", "bad-cost-report.json": "anthropic-cost", "bad-analytics.json": "anthropic-analytics" } as const;
    const shown: { file: string; english: string; text: string; values: string[] }[] = [];
    const values = (message: Message): string[] => Object.values(message.params ?? {}).flatMap((value) => (typeof value === "object" ? values(value) : [String(value)]));
    const show = (file: string, message: Message, english: string, text = render(message, PSEUDO_LOCALE)) => shown.push({ file, english, text, values: values(message) });
    for (const [file, text] of [...files, ...bad]) {
      const results = file.startsWith("budget") ? [] : [parseUsage(text, formats[file as keyof typeof formats])];
      for (const result of results) {
        for (const r of result.rejected) show(file, { id: "pane.usage.rejection", params: { at: r.at, why: r.why } }, `${r.location}: ${r.reason}`, rejectionText(r, PSEUDO_LOCALE));
        result.notes.forEach((note, i) => show(file, note, result.warnings[i]));
        if (result.csv && result.csv.missing.length > 0) show(file, listOf(result.csv.missing), render(listOf(result.csv.missing)));
      }
      if (file.endsWith(".csv")) for (const r of parseBudgetCsv(text).rejected) show(`${file} (as a budget)`, { id: "pane.usage.rejection", params: { at: r.at, why: r.why } }, `${r.location}: ${r.reason}`);
    }
    for (const r of parseBudgetCsv("month,model,tokens,amount,currency\nsoon,gpt-4o,1,1,USD\n2026-10,,1,1,USD\n2026-10,gpt-4o,-1,1,USD\n2026-10,gpt-4o,1,x,USD\n2026-10,gpt-4o,1,1,dollars\n2026-10,gpt-4o,1,1,USD\n2026-10,gpt-4o,1,1,EUR\n").rejected) show("bad budget", { id: "pane.usage.rejection", params: { at: r.at, why: r.why } }, `${r.location}: ${r.reason}`);
    // Many kinds of text were seen, each rendered from the catalog; its English is what the CLI prints.
    expect(new Set(shown.map((s) => s.english.replace(/\d+/g, "#"))).size).toBeGreaterThan(45);
    for (const s of shown) {
      expect({ file: s.file, english: s.english, text: s.text, fromCatalog: fromCatalog(s.text) }).toEqual({ file: s.file, english: s.english, text: s.text, fromCatalog: true });
      // What is left once the file's own text (the parameters) is taken out has no plain letters: every word is the catalog's.
      let rest = s.text;
      for (const value of [...s.values].sort((a, b) => b.length - a.length)) rest = rest.split(value).join("");
      expect({ file: s.file, english: s.english, rest: rest.match(/[A-Za-z]{2,}/g) }).toEqual({ file: s.file, english: s.english, rest: null });
    }
  });

  test("Korean loads like any language", async () => {
    for (const language of LANGUAGES) await loadLanguage(language);
  });
});
