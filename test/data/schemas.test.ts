import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import fs from "fs";
import path from "path";

/**
 * Every catalog file in src/data has a JSON Schema in src/data/schemas (types, required fields, ranges, dates), and a
 * bad edit fails here with a message naming the file, the row and the field, e.g.
 * `gpus.json, row 1 (a100-80gb), field memory_gb: must be number`. Rows may carry fields the schema does not list yet.
 */
const DATA = path.resolve(__dirname, "..", "..", "src", "data");
const SCHEMAS = path.join(DATA, "schemas");
const dataFiles = fs.readdirSync(DATA).filter((f) => f.endsWith(".json")).sort();
const read = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<string, ValidateFunction>(dataFiles.map((file) => [file, ajv.compile(read(path.join(SCHEMAS, file.replace(/\.json$/, ".schema.json"))) as object)]));

/** What names a row to a person: its id, else its model, else provider and instance. */
function rowLabel(row: unknown): string {
  if (typeof row !== "object" || row === null) return "";
  const r = row as Record<string, unknown>;
  const label = r.id ?? r.base_model ?? (r.instance !== undefined ? `${String(r.provider)} ${String(r.instance)}` : r.plan ?? r.name);
  return label === undefined ? "" : ` (${String(label)})`;
}

/** "gpus.json, row 1 (a100-80gb), field memory_gb: must be number" from an Ajv error. */
function describeError(file: string, data: unknown, error: ErrorObject): string {
  const parts = error.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const missing = (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (error.params as { additionalProperty?: string }).additionalProperty;
  if (missing !== undefined) parts.push(missing);
  let node: unknown = data;
  let row = "";
  const field: string[] = [];
  for (const part of parts) {
    const isIndex = Array.isArray(node) && /^\d+$/.test(part);
    node = (node as Record<string, unknown> | undefined)?.[part];
    if (isIndex && row === "") {
      // The first array index is the row: "row 3 (h100-sxm)", after the key holding the rows if any ("models row 12").
      row = `${field.length ? `${field.join(".")} ` : ""}row ${part}${rowLabel(node)}`;
      field.length = 0;
    } else field.push(isIndex ? `[${part}]` : part);
  }
  const fieldText = field.join(".").replace(/\.\[/g, "[");
  const message = (error.params as { missingProperty?: string }).missingProperty !== undefined ? "is required but missing" : error.message ?? "is invalid";
  return [file, row || null, fieldText ? `field ${fieldText}` : null].filter(Boolean).join(", ") + `: ${message}`;
}

function problems(file: string, data: unknown): string[] {
  const validate = validators.get(file)!;
  return validate(data) ? [] : (validate.errors ?? []).map((error) => describeError(file, data, error));
}

describe("src/data catalog files against their JSON Schemas", () => {
  test("every data file has a schema and every schema a data file", () => {
    const schemas = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith(".schema.json")).map((f) => f.replace(/\.schema\.json$/, ".json")).sort();
    expect(schemas).toEqual(dataFiles);
    expect(dataFiles).toEqual(["api-prices.json", "finetune-prices.json", "forecast-drivers.json", "gpu-efficiency.json", "gpu-ownership.json", "gpu-prices.json", "gpus.json", "open-models.json", "price-trends.json", "vector-db-prices.json"]);
  });

  test.each(dataFiles)("%s is valid", (file) => {
    expect(problems(file, read(path.join(DATA, file)))).toEqual([]);
  });

  test("ids are unique; every GPU price names a GPU of gpus.json", () => {
    for (const file of ["gpus.json", "open-models.json"]) {
      const ids = (read(path.join(DATA, file)) as { id: string }[]).map((r) => r.id);
      expect({ file, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i) }).toEqual({ file, duplicates: [] });
    }
    const gpus = new Set((read(path.join(DATA, "gpus.json")) as { id: string }[]).map((g) => g.id));
    const unknown = (read(path.join(DATA, "gpu-prices.json")) as { gpu: string; provider: string; instance: string }[]).filter((p) => !gpus.has(p.gpu)).map((p) => `${p.provider} ${p.instance}: ${p.gpu}`);
    expect(unknown).toEqual([]);
    const owned = (read(path.join(DATA, "gpu-ownership.json")) as { purchase: { gpu: string }[] }).purchase.map((p) => p.gpu);
    expect(owned.filter((gpu) => !gpus.has(gpu))).toEqual([]);
  });

  test("every GPU family has an achieved share of peak for BF16 (the precision every GPU computes in), once per precision and weight format", () => {
    const families = new Set((read(path.join(DATA, "gpus.json")) as { family: string }[]).map((g) => g.family));
    const shares = read(path.join(DATA, "gpu-efficiency.json")) as { family: string; compute: string; weights: string | null }[];
    for (const family of families) {
      expect({ family, bf16: shares.some((s) => s.family === family && s.compute === "bf16" && s.weights === null) }).toEqual({ family, bf16: true });
    }
    const keys = shares.map((s) => `${s.family}/${s.compute}/${s.weights ?? "any"}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});

test("price trends: every range is ordered (low-cost case declines fastest), cites known studies, and the defaults exist", () => {
  type Range = { tier?: string; class?: string; low_cost_case: number; base: number; high_cost_case: number; studies: string[] };
  const trends = read(path.join(DATA, "price-trends.json")) as { default_api_tier: string; default_gpu_class: string; studies: { id: string }[]; api: Range[]; gpu: Range[] };
  const known = new Set(trends.studies.map((s) => s.id));
  for (const range of [...trends.api, ...trends.gpu]) {
    const id = range.tier ?? range.class;
    expect({ id, ordered: range.low_cost_case >= range.base && range.base >= range.high_cost_case }).toEqual({ id, ordered: true });
    expect({ id, unknown: range.studies.filter((s) => !known.has(s)) }).toEqual({ id, unknown: [] });
  }
  expect(trends.api.map((r) => r.tier)).toContain(trends.default_api_tier);
  expect(trends.gpu.map((r) => r.class)).toContain(trends.default_gpu_class);
});

describe("a bad catalog edit fails with the file, row and field", () => {
  const copy = <T>(file: string) => read(path.join(DATA, file)) as T;

  test("a number typed as text", () => {
    const gpus = copy<Record<string, unknown>[]>("gpus.json");
    gpus[1].memory_gb = "80";
    expect(problems("gpus.json", gpus)).toEqual([`gpus.json, row 1 (${String(gpus[1].id)}), field memory_gb: must be number`]);
  });

  test("a price without its source, and a date that is not a date", () => {
    const prices = copy<Record<string, unknown>[]>("gpu-prices.json");
    delete prices[0].source;
    prices[2].as_of = "21/01/2026";
    const label = (i: number) => `${String(prices[i].provider)} ${String(prices[i].instance)}`;
    expect(problems("gpu-prices.json", prices)).toEqual([
      `gpu-prices.json, row 0 (${label(0)}), field source: is required but missing`,
      `gpu-prices.json, row 2 (${label(2)}), field as_of: must match pattern "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"`,
    ]);
  });

  test("a negative price deep in the generated API catalog", () => {
    const catalog = copy<{ models: { id: string; history: Record<string, unknown>[] }[] }>("api-prices.json");
    const index = catalog.models.findIndex((m) => typeof m.history[0].input === "number");
    catalog.models[index].history[0].input = -1;
    expect(problems("api-prices.json", catalog)).toContain(`api-prices.json, models row ${index} (${catalog.models[index].id}), field history[0].input: must be >= 0`);
  });

  test("a fine-tuning row with an unknown status", () => {
    const finetune = copy<{ rows: Record<string, unknown>[] }>("finetune-prices.json");
    finetune.rows[0].status = "guessed";
    expect(problems("finetune-prices.json", finetune)).toEqual([`finetune-prices.json, rows row 0 (${String(finetune.rows[0].base_model)}), field status: must be equal to one of the allowed values`]);
  });
});
