import { readFileSync } from "fs";
import path from "path";
import { parseUsage } from "../../src/engine/actuals";
import { ImportCancelled, readFileStream, type FileProgress } from "../../src/taskpane/usage-file-stream";
import { mappingFor, preparedFromResult, storageMappingStore } from "../../src/taskpane/import-session";

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "actuals", name), "utf8");

/** A Blob whose stream yields the text in small chunks, as a large file arrives. */
function chunkedBlob(text: string, size: number): Blob {
  const bytes = new TextEncoder().encode(text);
  const blob = new Blob([bytes]);
  Object.defineProperty(blob, "stream", {
    value: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
  });
  return blob;
}

test("a file streamed in chunks (split inside multi-byte characters) gives what one read gives, with progress up to its size", async () => {
  const text = fixture("focus-azure.csv") + fixture("focus-azure.csv").split("\n").slice(1).join("\n").replace(/Support/g, "Süppört – 支援");
  const progress: FileProgress[] = [];
  const result = await readFileStream(chunkedBlob(text, 7), {}, (p) => progress.push(p), () => false);
  expect(result).toEqual(parseUsage(text));
  expect(result.rows.some((row) => row.team === "Süppört – 支援")).toBe(true);
  expect(progress[progress.length - 1]).toEqual({ bytes: new TextEncoder().encode(text).length, total: new TextEncoder().encode(text).length, records: result.records });
});

test("cancel stops the reading at the next chunk: nothing is returned", async () => {
  let chunks = 0;
  const reading = readFileStream(chunkedBlob(fixture("gateway.csv"), 16), {}, () => undefined, () => ++chunks > 3);
  await expect(reading).rejects.toBeInstanceOf(ImportCancelled);
});

test("the remembered mapping is found from the file's first bytes; JSON needs none", () => {
  const items = new Map<string, string>();
  const store = storageMappingStore({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) });
  const csv = fixture("semicolon-unknown-owner.csv");
  expect(mappingFor(csv, store)).toBeUndefined();
  store.set("when\u001fmodel name\u001ftokens in\u001ftokens out\u001fowner", { date: 0, model: 1, inputTokens: 2, outputTokens: 3, team: 4 });
  expect(mappingFor(csv, store)).toEqual({ date: 0, model: 1, inputTokens: 2, outputTokens: 3, team: 4 });
  expect(mappingFor(fixture("openai-costs.json"), store)).toBeUndefined();
  const prepared = preparedFromResult(parseUsage(fixture("focus-aws.csv")), "aws.csv");
  expect(prepared).toMatchObject({ source: "FOCUS aws.csv", months: ["2026-10"], format: "focus" });
});
