import { readFileSync } from "fs";
import path from "path";
import { confirmImport, prepareImport, storageMappingStore } from "../../src/taskpane/import-session";
import { ACTUALS_HEADERS } from "../../src/templates/actuals-table";

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "actuals", name), "utf8");

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

test("a CSV mapping that worked is remembered for the same header layout, and used without asking next time", () => {
  const storage = memoryStorage();
  const store = storageMappingStore(storage);
  const text = fixture("semicolon-unknown-owner.csv");
  const first = prepareImport(text, "owners.csv", "auto", store);
  expect(first.rows).toEqual([]);
  expect(first.csv?.missing.length).toBeGreaterThan(0);
  const mapped = prepareImport(text, "owners.csv", "auto", store, { date: 0, model: 1, inputTokens: 2, outputTokens: 3, team: 4 });
  expect(mapped.rows).toHaveLength(1);
  confirmImport(mapped, mapped.source, store, new Date(Date.UTC(2026, 10, 30, 12)));
  expect(storage.items.size).toBe(1);
  const again = prepareImport(text, "owners-november.csv", "auto", store);
  expect(again.rows).toHaveLength(1);
  expect(again.csv?.missing).toEqual([]);
});

test("confirming stamps every row with the source, the file and the time; nothing is produced before that", () => {
  const store = storageMappingStore(memoryStorage());
  const prepared = prepareImport(fixture("anthropic-messages.json"), "oct.json", "auto", store);
  expect(prepared.source).toBe("Anthropic usage report");
  expect(prepared.months).toEqual(["2026-10"]);
  const rows = confirmImport(prepared, "  ", store, new Date(Date.UTC(2026, 10, 30, 12)));
  expect(rows).toHaveLength(prepared.rows.length);
  for (const row of rows) {
    expect(row).toHaveLength(ACTUALS_HEADERS.length);
    expect(row[ACTUALS_HEADERS.indexOf("Source")]).toBe("Anthropic usage report");
    expect(row[ACTUALS_HEADERS.indexOf("File")]).toBe("oct.json");
    expect(row[ACTUALS_HEADERS.indexOf("Imported at")]).toBeCloseTo(46356.5, 9);
  }
});
