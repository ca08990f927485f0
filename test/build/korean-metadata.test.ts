import fs from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";
import { DIST } from "../support/functions-bundle";
import type { XmlElement } from "../support/xml-element";

/**
 * Korean function help: dist/functions-ko.json is generated from dist/functions.json and src/i18n/ko/functions.json,
 * and Korean Excel reaches it through <bt:Override Locale="ko-KR"> on the functions metadata URL. The two files
 * must agree on everything but the descriptions, and every description in the Korean file must be Korean.
 */
const { localizeMetadata, KOREAN_TEXT } = require("../../scripts/localized-metadata.js");

type Parameter = { name: string; description: string; optional?: boolean; type?: string; dimensionality?: string };
type Fn = { id: string; name: string; description: string; helpUrl: string; parameters: Parameter[]; result: unknown; options?: unknown };
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as { functions: Fn[] };
const english = read("functions.json");
const korean = read("functions-ko.json");
const HANGUL = /[\uAC00-\uD7A3]/;

function withoutDescriptions(metadata: { functions: Fn[] }) {
  return metadata.functions.map(({ description: _d, parameters, ...rest }) => ({ ...rest, parameters: parameters.map(({ description: _p, ...p }) => p) }));
}

function descriptions(fn: Fn): [string, string, Parameter | null][] {
  return [[`${fn.id}`, fn.description, null], ...fn.parameters.map((p) => [`${fn.id}.${p.name}`, p.description, p] as [string, string, Parameter])];
}

describe("Korean function metadata (functions-ko.json)", () => {
  test("every function and parameter has Korean text in src/i18n/ko/functions.json (missing entries are named)", () => {
    const { missing } = localizeMetadata(english, JSON.parse(fs.readFileSync(KOREAN_TEXT, "utf8")));
    expect({ missingKoreanText: missing }).toEqual({ missingKoreanText: [] });
  });

  test("agrees with functions.json on ids, names (LLMCOST.X in every locale), parameter names, order, types, optionality", () => {
    expect(withoutDescriptions(korean)).toEqual(withoutDescriptions(english));
    for (const fn of korean.functions) expect(fn.name).toBe(fn.id);
    expect(korean.functions.length).toBeGreaterThanOrEqual(18);
  });

  test("every description is Korean, and optional ones begin 생략하면 (If omitted)", () => {
    const englishText = new Map(english.functions.flatMap((fn) => descriptions(fn).map(([key, text]) => [key, text] as [string, string])));
    const notKorean = korean.functions.flatMap((fn) => descriptions(fn)).filter(([key, text]) => !HANGUL.test(text) || text === englishText.get(key)).map(([key]) => key);
    expect({ notKorean }).toEqual({ notKorean: [] });
    const optionalWithoutOmitted = korean.functions.flatMap((fn) => descriptions(fn)).filter(([, text, p]) => p?.optional && !text.startsWith("생략하면")).map(([key]) => key);
    expect({ optionalWithoutOmitted }).toEqual({ optionalWithoutOmitted: [] });
  });

  test("Korean text is ready for the parameters and functions other work is adding (names from the shared contract)", () => {
    const text = JSON.parse(fs.readFileSync(KOREAN_TEXT, "utf8"));
    const announced: Record<string, string[]> = {
      PRICE: ["as_of", "price_sheet"],
      INFERENCE: ["discount", "as_of", "cache_write_tokens", "price_sheet"],
      FINETUNE: ["as_of", "price_sheet"],
      EMBEDDING: ["as_of", "price_sheet"],
      COMPARE: ["top_n", "as_of", "price_sheet"],
      VECTORSTORE: ["usd_per_gb_month", "queries_per_month", "usd_per_million_queries", "monthly_minimum_usd"],
      BREAKEVEN: ["as_of", "price_sheet", "output_tokens_per_request"],
      THROUGHPUT: ["flop_utilization", "kv_precision", "max_concurrent_requests"],
      SELFHOST: ["flop_utilization", "kv_precision", "max_concurrent_requests", "max_seconds_per_token", "output_tokens_per_request"],
      GPUMEMORY: ["overhead_share", "kv_precision"],
      GPUCOUNT: ["usable_memory_share", "kv_precision"],
      TRAINHOURS: ["mfu", "precision"],
      LATENCY: ["model", "gpu", "gpus", "precision", "input_tokens", "output_tokens", "concurrent_requests"],
      GPUTCO: ["gpu", "purchase_usd", "years", "usd_per_kwh", "pue", "yearly_opex_share"],
    };
    const missing = Object.entries(announced).flatMap(([id, names]) => [
      ...(text.functions[id]?.description ? [] : [`${id} (function description)`]),
      ...names.filter((name) => !HANGUL.test(text.functions[id]?.parameters?.[name] ?? text.sharedParameters?.[name] ?? "")).map((name) => `${id}.${name}`),
    ]);
    expect({ missing }).toEqual({ missing: [] });
  });

  test("a missing Korean entry is reported by name and keeps the English text", () => {
    const { metadata, missing } = localizeMetadata(english, { functions: { PRICE: { description: "가격", parameters: { model: "모델" } } }, sharedParameters: { as_of: "생략하면 최신" } });
    expect(missing).toContain("PRICE.price_type");
    expect(missing).not.toContain("PRICE.as_of");
    expect(missing).toContain("INFERENCE (function description)");
    expect(metadata.functions[0].parameters[1].description).toBe(english.functions[0].parameters[1].description);
    expect(metadata.functions[0].parameters[2].description).toBe("생략하면 최신");
  });

  test("the built manifest points Korean Excel at functions-ko.json, which dist holds", async () => {
    const xml = await parseStringPromise(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"));
    const host = xml.OfficeApp.VersionOverrides[0].Hosts[0].Host[0];
    const metadataResid = host.AllFormFactors[0].ExtensionPoint[0].Metadata[0].SourceLocation[0].$.resid;
    const url = xml.OfficeApp.VersionOverrides[0].Resources[0]["bt:Urls"][0]["bt:Url"].find((u: XmlElement) => u.$.id === metadataResid);
    expect(url.$.DefaultValue).toMatch(/\/functions\.json$/);
    const overrides = (url["bt:Override"] ?? []).map((o: XmlElement) => o.$);
    expect(overrides).toEqual([{ Locale: "ko-KR", Value: url.$.DefaultValue.replace(/functions\.json$/, "functions-ko.json") }]);
    expect(fs.existsSync(path.join(DIST, "functions-ko.json"))).toBe(true);
  });

  test("the ribbon button, its tooltip, the get-started text and the description have Korean overrides", async () => {
    const xml = await parseStringPromise(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"));
    const resources = xml.OfficeApp.VersionOverrides[0].Resources[0];
    const strings = [...resources["bt:ShortStrings"][0]["bt:String"], ...resources["bt:LongStrings"][0]["bt:String"]];
    const korean = (id: string) => strings.find((s: XmlElement) => s.$.id === id)?.["bt:Override"]?.find((o: XmlElement) => o.$.Locale === "ko-KR")?.$.Value ?? "";
    for (const id of ["TaskpaneButton.Label", "TaskpaneButton.Tooltip", "GetStarted.Title", "GetStarted.Description"]) expect({ id, korean: HANGUL.test(korean(id)) }).toEqual({ id, korean: true });
    expect(xml.OfficeApp.Description[0].Override[0].$.Locale).toBe("ko-KR");
    expect(xml.OfficeApp.Description[0].Override[0].$.Value).toMatch(HANGUL);
  });
});
