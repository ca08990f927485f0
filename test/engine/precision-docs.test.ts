import fs from "fs";
import path from "path";
import { BYTES_PER_VALUE, PRECISIONS } from "../../src/engine/selfhost/precision";

/**
 * The precisions are listed once, in src/engine/selfhost/precision.ts (PRECISIONS, BYTES_PER_VALUE); every place that
 * repeats the list for its readers is checked against it here, so adding a format fails until each place says it.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const quoted = (text: string) => [...text.matchAll(/"([a-z0-9]+)"/g)].map((m) => m[1]);
const ticked = (text: string) => [...text.matchAll(/`([a-z0-9]+)`/g)].map((m) => m[1]);

/** Every precision argument's English help (the JSDoc), with its function id. */
function englishPrecisionHelp(): { id: string; name: string; text: string }[] {
  const out: { id: string; name: string; text: string }[] = [];
  for (const block of read("src/functions/selfhost-functions.ts").split("/**").slice(1)) {
    const id = /@customfunction (\w+)/.exec(block)?.[1];
    if (!id) continue;
    for (const [, name, text] of block.matchAll(/@param \[(precision|kv_precision)\] ([^\n]*)/g)) out.push({ id, name, text });
  }
  return out;
}

describe("the precision list, written once", () => {
  test("the function help of every weight-precision argument lists every precision", () => {
    const params = [...read("src/functions/selfhost-functions.ts").matchAll(/@param \[precision\] If omitted, the model's native precision[^\n]*/g)].map((m) => m[0]);
    expect(params.length).toBeGreaterThanOrEqual(5);
    for (const param of params) expect(quoted(param)).toEqual([...PRECISIONS]);
  });

  test("the Korean function help lists the same formats as the English, argument by argument", () => {
    const korean = JSON.parse(read("src/i18n/ko/functions.json")) as { sharedParameters: Record<string, string>; functions: Record<string, { parameters?: Record<string, string> }> };
    const english = englishPrecisionHelp();
    expect(english.length).toBeGreaterThanOrEqual(10);
    const listedSomewhere = (name: string) => english.filter((e) => e.name === name && quoted(e.text).length > 0).map((e) => quoted(e.text));
    for (const { id, name, text } of english) {
      const help = korean.functions[id]?.parameters?.[name] ?? korean.sharedParameters[name];
      expect({ id, name, formats: quoted(help ?? "") }).toEqual({ id, name, formats: quoted(text).length > 0 ? quoted(text) : listedSomewhere(name)[0] });
    }
    // The weight precisions, wherever the English says "the model's native precision", are the whole list.
    for (const id of ["GPUMEMORY", "GPUCOUNT", "THROUGHPUT", "SELFHOST", "LATENCY"]) expect(quoted(korean.functions[id].parameters?.precision ?? "")).toEqual([...PRECISIONS]);
  });

  test("README lists every precision", () => {
    const sentence = /Precisions:\s*([^.]*)\./.exec(read("README.md"));
    expect(ticked(sentence?.[1] ?? "")).toEqual([...PRECISIONS]);
  });

  test("docs/self-hosting.md gives every precision with its bytes per value", () => {
    const sentence = /Precisions and bytes per value: ([^(]*)/.exec(read("docs/self-hosting.md"))?.[1] ?? "";
    const stated: Record<string, number> = {};
    for (const [, names, bytes] of sentence.matchAll(/([a-z0-9/]+) ([\d.]+)/g)) for (const name of names.split("/")) stated[name] = Number(bytes);
    expect(stated).toEqual(BYTES_PER_VALUE);
  });

  test("the open-models schema accepts exactly these as a native precision", () => {
    const schema = JSON.parse(read("src/data/schemas/open-models.schema.json")) as { items: { properties: Record<string, { enum: (string | null)[] }> } };
    for (const field of ["native_precision", "native_dense_precision"]) expect(schema.items.properties[field].enum).toEqual([...PRECISIONS, null]);
  });
});
