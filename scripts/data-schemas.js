/**
 * Every catalog file in src/data checked against its JSON Schema in src/data/schemas (the same schemas the TypeScript
 * types are generated from, scripts/data-types.js). A problem reads as a person would look for it:
 * `gpus.json, row 1 (a100-80gb), field memory_gb: must be number`. Used by the build (DataSchemaPlugin: a bad edit
 * fails `npm run build`) and by test/data.
 */
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv");

const DATA_DIR = path.resolve(__dirname, "..", "src", "data");
const schemaFileOf = (dataDir, file) => path.join(dataDir, "schemas", file.replace(/\.json$/, ".schema.json"));
const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

/** The catalog files of a data folder (every .json beside the schemas folder), sorted. */
const dataFiles = (dataDir = DATA_DIR) => fs.readdirSync(dataDir).filter((f) => f.endsWith(".json")).sort();

/** What names a row to a person: its id, else its model, else provider and instance. */
function rowLabel(row) {
  if (typeof row !== "object" || row === null) return "";
  const label = row.id ?? row.base_model ?? (row.instance !== undefined ? `${String(row.provider)} ${String(row.instance)}` : row.plan ?? row.name);
  return label === undefined ? "" : ` (${String(label)})`;
}

/** "gpus.json, row 1 (a100-80gb), field memory_gb: must be number" from an Ajv error. */
function describeError(file, data, error) {
  const parts = error.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  const named = error.params.missingProperty ?? error.params.additionalProperty;
  if (named !== undefined) parts.push(named);
  let node = data;
  let row = "";
  const field = [];
  for (const part of parts) {
    const isIndex = Array.isArray(node) && /^\d+$/.test(part);
    node = node?.[part];
    if (isIndex && row === "") {
      // The first array index is the row: "row 3 (h100-sxm)", after the key holding the rows if any ("models row 12").
      row = `${field.length ? `${field.join(".")} ` : ""}row ${part}${rowLabel(node)}`;
      field.length = 0;
    } else field.push(isIndex ? `[${part}]` : part);
  }
  const fieldText = field.join(".").replace(/\.\[/g, "[");
  const message =
    error.params.missingProperty !== undefined ? "is required but missing" : error.params.additionalProperty !== undefined ? "is not in the schema (add it there, or fix its name)" : error.message ?? "is invalid";
  return [file, row || null, fieldText ? `field ${fieldText}` : null].filter(Boolean).join(", ") + `: ${message}`;
}

/** A checker for one folder's catalog files: schemas compiled once (Ajv strict: a typo in a schema fails too). */
function dataChecker(dataDir = DATA_DIR) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validators = new Map();
  const validatorOf = (file) => {
    if (!validators.has(file)) {
      const schemaFile = schemaFileOf(dataDir, file);
      validators.set(file, fs.existsSync(schemaFile) ? ajv.compile(readJson(schemaFile)) : null);
    }
    return validators.get(file);
  };
  /** Problems of one file's content (parsed JSON), one line each; [] when it is valid. */
  const problems = (file, data) => {
    const validate = validatorOf(file);
    if (validate === null) return [`${file}: has no schema (add src/data/schemas/${file.replace(/\.json$/, ".schema.json")})`];
    return validate(data) ? [] : validate.errors.map((error) => describeError(file, data, error));
  };
  return { problems };
}

/** Problems of every catalog file in a folder as it is on disk (unreadable JSON included). */
function checkDataFiles(dataDir = DATA_DIR) {
  const { problems } = dataChecker(dataDir);
  return dataFiles(dataDir).flatMap((file) => {
    let data;
    try {
      data = readJson(path.join(dataDir, file));
    } catch (error) {
      return [`${file}: not valid JSON (${error.message})`];
    }
    return problems(file, data);
  });
}

/** Fails the build, one error per problem, when a catalog file does not match its schema; rebuilt on a data edit. */
class DataSchemaPlugin {
  constructor(dataDir = DATA_DIR) {
    this.dataDir = dataDir;
  }
  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("DataSchemaPlugin", (compilation) => {
      for (const problem of checkDataFiles(this.dataDir)) compilation.errors.push(new WebpackError(`Catalog data: ${problem}`));
      for (const file of dataFiles(this.dataDir)) {
        compilation.fileDependencies.add(path.join(this.dataDir, file));
        compilation.fileDependencies.add(schemaFileOf(this.dataDir, file));
      }
    });
  }
}

module.exports = { DATA_DIR, dataFiles, dataChecker, checkDataFiles, describeError, DataSchemaPlugin };
