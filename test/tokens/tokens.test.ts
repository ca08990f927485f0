import fs from "fs";
import path from "path";
import zlib from "zlib";
import { countTokens as o200kCount } from "gpt-tokenizer/encoding/o200k_base";
import { countTokens as cl100kCount } from "gpt-tokenizer/encoding/cl100k_base";
import { cl100k_base } from "gpt-tokenizer/modelsMap";
import { DIST, loadFunctionsBundle } from "../support/functions-bundle";
import { isCustomFunctionsError } from "../../dev/custom-functions-double";
import { distWorkbooks } from "../../dev/excel-double";

/** TOKENS through the shipped dist/functions.js, as Excel loads it (lazy tokenizer chunks served from dist/). */
const bundle = loadFunctionsBundle();

async function tokens(text: unknown, encoding: unknown = null): Promise<unknown> {
  const result = bundle.call("TOKENS", text, encoding);
  if (!(result instanceof Promise) && typeof (result as Promise<unknown>)?.then !== "function") return result;
  try {
    return await (result as Promise<unknown>);
  } catch (error) {
    return error;
  }
}

async function errorOf(text: unknown, encoding: unknown): Promise<{ code: string; message: string }> {
  const value = await tokens(text, encoding);
  if (!isCustomFunctionsError(value)) throw new Error(`expected a CustomFunctions.Error, got ${String(value)}`);
  return { code: value.code, message: value.message };
}

const PLAIN = { disallowedSpecial: new Set<string>() };
const guide = fs.readFileSync(path.join(__dirname, "..", "fixtures", "guide-ko.txt"), "utf8");

const CORPUS: Record<string, string> = {
  english: "Estimate the monthly cost of summarising 40,000 customer e-mails with GPT-4o mini, at 7 tokens per sentence.",
  korean: "Adaptive sampling은 모델 학습 및 미세조정에서 사용되는 기술입니다. 기본적으로, 모든 학습 데이터가 동일하게 중요한 것은 아닙니다.",
  code: 'function cost(tokens: number): number {\n  return (tokens / 1_000_000) * 0.15; // USD\n}\nconst x = [1, 2, 3].map((n) => n ** 2);\n',
  emoji: "Launch 🚀🚀 went great 👍🏽 — 家族 👨‍👩‍👧‍👦 ❤️‍🔥 ✔︎ 🇰🇷🇺🇸",
  whitespace: "  leading and trailing  \n\n\t tabs\r\nand CRLF   ",
  mixed: "Q3 매출: $1.2M (+15% YoY) — ROI 10–20% → 「생성형 AI」 résumé naïve café Ωμέγα Привет مرحبا",
  specialMarkers: "The string <|endoftext|> and <|im_start|> are plain text when an analyst pastes them.",
  json: '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}],"temperature":0.2}',
  numbersInText: "0.30000000000000004 1e21 3.14159265358979 -42 1,234,567.89",
  long: guide,
};

describe("LLMCOST.TOKENS counts exactly what gpt-tokenizer counts", () => {
  test.each(Object.entries(CORPUS))("o200k_base (default): %s", async (_name, text) => {
    expect(await tokens(text)).toBe(o200kCount(text, PLAIN));
    expect(await tokens(text, "o200k_base")).toBe(o200kCount(text, PLAIN));
  });

  test.each(Object.entries(CORPUS))("cl100k_base: %s", async (_name, text) => {
    expect(await tokens(text, "cl100k_base")).toBe(cl100kCount(text, PLAIN));
  });

  test("texts without special markers equal gpt-tokenizer's default call exactly", async () => {
    for (const [name, text] of Object.entries(CORPUS)) {
      if (name === "specialMarkers") continue;
      expect(await tokens(text)).toBe(o200kCount(text));
      expect(await tokens(text, "cl100k_base")).toBe(cl100kCount(text));
    }
  });

  test("the encodings really differ (Korean), and the long guide is thousands of tokens", async () => {
    expect(await tokens(CORPUS.korean, "o200k_base")).not.toBe(await tokens(CORPUS.korean, "cl100k_base"));
    expect(await tokens(guide)).toBeGreaterThan(5000);
  });

  test("an Excel-sized cell (32,767 characters) counts", async () => {
    const big = guide.repeat(3).slice(0, 32_767);
    expect(await tokens(big)).toBe(o200kCount(big, PLAIN));
  });
});

describe("cells and ranges", () => {
  test("a range is the total over its cells; a single cell may arrive as [[value]]", async () => {
    const range = [
      [CORPUS.english, CORPUS.korean],
      [CORPUS.code, ""],
      [null, CORPUS.emoji],
    ];
    const expected = [CORPUS.english, CORPUS.korean, CORPUS.code, CORPUS.emoji].reduce((sum, text) => sum + o200kCount(text), 0);
    expect(await tokens(range)).toBe(expected);
    expect(await tokens([[CORPUS.english]])).toBe(o200kCount(CORPUS.english));
  });

  test("numbers count as Excel shows them, booleans as TRUE/FALSE", async () => {
    expect(await tokens([[1234567.89]])).toBe(o200kCount("1234567.89"));
    expect(await tokens([[0.1 + 0.2]])).toBe(o200kCount("0.3"));
    expect(await tokens([[1e21]])).toBe(o200kCount("1E+21"));
    expect(await tokens([[-42, 45658]])).toBe(o200kCount("-42") + o200kCount("45658"));
    expect(await tokens([[true, false]])).toBe(o200kCount("TRUE") + o200kCount("FALSE"));
  });

  test("empty is 0", async () => {
    expect(await tokens("")).toBe(0);
    expect(await tokens([[""]])).toBe(0);
    expect(await tokens([[null, ""], ["", null]])).toBe(0);
    expect(await tokens(null)).toBe(0);
    expect(await tokens(" ")).toBe(1);
  });

  test("an error value inside the range is #VALUE!, not a silent 0", async () => {
    const error = await errorOf([["fine", new bundle.double.Error("#N/A")]], null);
    expect(error.code).toBe("#VALUE!");
  });
});

describe("encodings and models", () => {
  test.each([
    ["gpt-4o", "o200k"],
    ["GPT-4o-mini", "o200k"],
    ["chatgpt-4o-latest", "o200k"],
    ["gpt-4.1-nano", "o200k"],
    ["gpt-4.5-preview", "o200k"],
    ["gpt-5", "o200k"],
    ["gpt-5-mini-2025-08-07", "o200k"],
    ["o1", "o200k"],
    ["o3-mini", "o200k"],
    ["o4-mini", "o200k"],
    ["gpt-oss-120b", "o200k"],
    ["openai:gpt-4o-mini", "o200k"],
    ["ft:gpt-4o-mini-2024-07-18:acme::abc123", "o200k"],
    ["gpt-4", "cl100k"],
    ["gpt-4-turbo", "cl100k"],
    ["gpt-4-32k", "cl100k"],
    ["gpt-3.5-turbo", "cl100k"],
    ["gpt-3.5-turbo-0125", "cl100k"],
    ["text-embedding-3-small", "cl100k"],
    ["text-embedding-3-large", "cl100k"],
    ["text-embedding-ada-002", "cl100k"],
    ["CL100K_BASE", "cl100k"],
  ])("%s counts with %s_base", async (model, encoding) => {
    const expected = encoding === "o200k" ? o200kCount(CORPUS.korean) : cl100kCount(CORPUS.korean);
    expect(await tokens(CORPUS.korean, model)).toBe(expected);
  });

  test("the model map agrees with gpt-tokenizer's own model table", async () => {
    // gpt-tokenizer lists cl100k_base models explicitly; every other current OpenAI model is o200k_base.
    for (const model of cl100k_base) expect(await tokens(CORPUS.korean, model)).toBe(cl100kCount(CORPUS.korean));
  });

  test.each(["claude-sonnet-4-5", "anthropic:claude-3-5-haiku", "gemini-2.5-pro", "mistral-large-latest", "llama-3.1-70b", "deepseek-chat"])(
    "%s has no local tokenizer: #N/A suggesting o200k_base, never a guess",
    async (model) => {
      const error = await errorOf("hello", model);
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(/no local tokenizer/i);
      expect(error.message).toContain('"o200k_base" as an approximation');
    },
  );

  test("an unknown model is #N/A with suggestions; an unknown encoding is #VALUE! naming the encodings", async () => {
    // A misspelt variant inside a known family ("gpt-4o-mni") still counts exactly: every gpt-4o* id is o200k_base.
    expect(await tokens("hello", "gpt-4o-mni")).toBe(o200kCount("hello"));
    const model = await errorOf("hello", "gtp-4o-mini");
    expect(model.code).toBe("#N/A");
    expect(model.message).toMatch(/Closest: .*gpt-4o-mini/);
    const encoding = await errorOf("hello", "o200k");
    expect(encoding.code).toBe("#VALUE!");
    expect(encoding.message).toMatch(/o200k_base, cl100k_base/);
    expect((await errorOf("hello", "p50k_base")).code).toBe("#VALUE!");
    expect((await errorOf("hello", "text-davinci-003")).code).toBe("#N/A");
  });
});

describe("the tokenizer is a lazy chunk, loaded once", () => {
  test("each chunk is fetched once however many cells count at the same time", async () => {
    const fresh = loadFunctionsBundle();
    expect(fresh.loadedChunks).toEqual([]); // nothing is fetched at startup
    const calls = Array.from({ length: 20 }, (_, i) => fresh.call("TOKENS", `cell ${i}`, i % 2 ? "gpt-4o" : null) as Promise<number>);
    const counts = await Promise.all(calls);
    expect(counts).toEqual(Array.from({ length: 20 }, (_, i) => o200kCount(`cell ${i}`)));
    await fresh.call("TOKENS", "more", null);
    expect(fresh.loadedChunks.sort()).toEqual([expect.stringMatching(/^chunks\/tok-core\.[0-9a-f]+\.js$/), expect.stringMatching(/^chunks\/tok-o200k\.[0-9a-f]+\.js$/)]);
    await fresh.call("TOKENS", "more", "gpt-4");
    await fresh.call("TOKENS", "more", "cl100k_base");
    expect(fresh.loadedChunks.filter((chunk) => chunk.includes("tok-cl100k"))).toHaveLength(1);
    expect(fresh.loadedChunks).toHaveLength(3);
  });

  test("an error in the arguments loads nothing", async () => {
    const fresh = loadFunctionsBundle();
    await (fresh.call("TOKENS", "x", "claude-3-opus") as Promise<unknown>).catch(() => undefined);
    expect(fresh.loadedChunks).toEqual([]);
  });

  test("functions.js stays within 150 KB gzipped and holds no rank table; the tables are in dist/chunks", () => {
    const functionsJs = fs.readFileSync(path.join(DIST, "functions.js"));
    const gzipped = zlib.gzipSync(functionsJs, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(150 * 1024);
    const chunks = fs.readdirSync(path.join(DIST, "chunks"));
    const o200k = chunks.find((file) => /^tok-o200k\./.test(file));
    const cl100k = chunks.find((file) => /^tok-cl100k\./.test(file));
    expect(o200k).toBeDefined();
    expect(cl100k).toBeDefined();
    expect(fs.statSync(path.join(DIST, "chunks", o200k!)).size).toBeGreaterThan(1_000_000);
    expect(fs.statSync(path.join(DIST, "chunks", cl100k!)).size).toBeGreaterThan(500_000);
    // A distinctive piece of the rank-table code and of the BPE core must not be in the startup bundle.
    expect(functionsJs.includes("bytePairRankDecoder")).toBe(false);
    expect(functionsJs.length).toBeLessThan(fs.statSync(path.join(DIST, "chunks", cl100k!)).size);
  });

  test("metadata: TOKENS takes a range and returns a number", () => {
    const fn = bundle.metadata.functions.find((f) => f.id === "TOKENS")!;
    expect(fn.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional === true])).toEqual([
      ["text", "matrix", false],
      ["encoding", "scalar", true],
    ]);
    expect(fn.result.type).toBe("number");
  });
});

describe("in a sheet (the Excel double's workbook, calculated by HyperFormula)", () => {
  test("=LLMCOST.TOKENS over a range shows #BUSY! while loading, then the count", async () => {
    const workbook = distWorkbooks(loadFunctionsBundle()).newWorkbook(); // a fresh bundle: no tokenizer loaded yet
    const sheet = workbook.sheets[0];
    workbook.setInputs(sheet, 0, 0, [[CORPUS.english, "=LLMCOST.TOKENS(A1:A3)", '=LLMCOST.TOKENS(A2,"gpt-4")', '=LLMCOST.TOKENS(A1,"claude-sonnet-4")', '=LLMCOST.TOKENS("")']]);
    workbook.setInputs(sheet, 1, 0, [[CORPUS.korean], [12345]]);
    expect(workbook.value(sheet, 0, 1)).toBe("#BUSY!");
    await workbook.settle();
    expect(workbook.value(sheet, 0, 1)).toBe(o200kCount(CORPUS.english) + o200kCount(CORPUS.korean) + o200kCount("12345"));
    expect(workbook.value(sheet, 0, 2)).toBe(cl100kCount(CORPUS.korean));
    expect(workbook.value(sheet, 0, 3)).toBe("#N/A");
    expect(workbook.errorMessage(sheet, 0, 3)).toContain("o200k_base");
    expect(workbook.value(sheet, 0, 4)).toBe(0);
  });
});
