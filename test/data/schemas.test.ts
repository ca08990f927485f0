import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";

/**
 * Every catalog file in src/data has a JSON Schema in src/data/schemas (types, required fields, ranges, dates, and no
 * field the schema does not know), and a bad edit fails here, and in `npm run build` (scripts/data-schemas.js), with a
 * message naming the file, the row and the field, e.g. `gpus.json, row 1 (a100-80gb), field memory_gb: must be number`.
 */
const { dataChecker, checkDataFiles, DATA_DIR } = require("../../scripts/data-schemas.js") as {
  dataChecker: (dir?: string) => { problems: (file: string, data: unknown) => string[] };
  checkDataFiles: (dir?: string) => string[];
  DATA_DIR: string;
};
const DATA = DATA_DIR;
const SCHEMAS = path.join(DATA, "schemas");
const dataFiles = fs.readdirSync(DATA).filter((f) => f.endsWith(".json")).sort();
const read = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));
const { problems } = dataChecker();

describe("src/data catalog files against their JSON Schemas", () => {
  test("every data file has a schema and every schema a data file", () => {
    const schemas = fs.readdirSync(SCHEMAS).filter((f) => f.endsWith(".schema.json")).map((f) => f.replace(/\.schema\.json$/, ".json")).sort();
    expect(schemas).toEqual(dataFiles);
    expect(dataFiles).toEqual(["api-prices.json", "finetune-prices.json", "forecast-drivers.json", "gpu-efficiency.json", "gpu-ownership.json", "gpu-prices.json", "gpus.json", "model-lifecycle.json", "open-models.json", "price-trends.json", "provisioned-throughput.json", "service-tiers.json", "vector-db-prices.json"]);
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

describe("the schemas know every field the code reads, and nothing else passes", () => {
  const copy = <T>(file: string) => read(path.join(DATA, file)) as T;

  test("a field the schema does not know fails (a typo is not silently ignored)", () => {
    const gpus = copy<Record<string, unknown>[]>("gpus.json");
    gpus[0].memory_mb = gpus[0].memory_mib;
    delete gpus[0].memory_mib;
    const id = String(gpus[0].id);
    expect(problems("gpus.json", gpus)).toEqual([`gpus.json, row 0 (${id}), field memory_mib: is required but missing`, `gpus.json, row 0 (${id}), field memory_mb: is not in the schema (add it there, or fix its name)`]);
  });

  test("a native precision the engine does not know fails", () => {
    const models = copy<Record<string, unknown>[]>("open-models.json");
    models[0].native_precision = "nvfp4";
    expect(problems("open-models.json", models)).toEqual([`open-models.json, row 0 (${String(models[0].id)}), field native_precision: must be equal to one of the allowed values`]);
  });

  test("the default vector-database plan is one of its rows", () => {
    const { default: wanted, rows } = copy<{ default: string; rows: { provider: string }[] }>("vector-db-prices.json");
    expect(rows.map((row) => row.provider)).toContain(wanted);
  });
});

describe("npm run build checks the catalog (DataSchemaPlugin)", () => {
  const { DataSchemaPlugin } = require("../../scripts/data-schemas.js") as { DataSchemaPlugin: new (dir: string) => import("webpack").WebpackPluginInstance };

  /** A data folder holding the real schemas and the real files, with one file replaced. */
  function dataFolderWith(file: string, content: unknown): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llmcost-data-"));
    fs.cpSync(SCHEMAS, path.join(dir, "schemas"), { recursive: true });
    for (const f of dataFiles) fs.copyFileSync(path.join(DATA, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, file), JSON.stringify(content));
    return dir;
  }

  function build(dataDir: string): Promise<string[]> {
    const entry = path.join(dataDir, "entry.js");
    fs.writeFileSync(entry, "export const x = 1;\n");
    const compiler = webpack({ mode: "none", entry, output: { path: path.join(dataDir, "out") }, plugins: [new DataSchemaPlugin(dataDir)] });
    return new Promise((resolve, reject) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error || !stats) reject(error ?? new Error("no stats"));
        else resolve(stats.compilation.errors.map((e) => e.message));
      }),
    );
  }

  test("the real catalog builds; a GPU whose memory is text fails the build, naming file, row and field", async () => {
    expect(checkDataFiles()).toEqual([]);
    const gpus = read(path.join(DATA, "gpus.json")) as Record<string, unknown>[];
    gpus[2].memory_mib = "81559";
    const errors = await build(dataFolderWith("gpus.json", gpus));
    expect(errors).toEqual([`Catalog data: gpus.json, row 2 (${String(gpus[2].id)}), field memory_mib: must be integer`]);
  }, 30000);
});
