/**
 * The TypeScript types of the catalog files, generated from their JSON Schemas (src/data/schemas), so that each data
 * shape is written once. `npm run data-types` rewrites src/data/types/<file>.ts; `npm run data-types -- --check`
 * (part of `npm test`) fails, naming the files, when a schema changed and the types were not regenerated.
 *
 * Type names: a row's `title` in its schema ("Gpu", "OpenModel"), a definition's key (tokenPrice → TokenPrice), and
 * for a whole file its name in PascalCase (gpus.json → Gpus).
 */
const fs = require("fs");
const path = require("path");
const { compile } = require("json-schema-to-typescript");

const ROOT = path.resolve(__dirname, "..");
const SCHEMAS = path.join(ROOT, "src", "data", "schemas");
const TYPES = path.join(ROOT, "src", "data", "types");

const pascal = (name) => name.replace(/(^|[-_.])([a-z0-9])/g, (_, _sep, c) => c.toUpperCase());

/** Generated text for every schema, keyed by the path of the .ts file it belongs in. */
async function generate(schemaDir = SCHEMAS, typesDir = TYPES) {
  const out = new Map();
  for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort()) {
    const base = file.replace(/\.schema\.json$/, "");
    const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8"));
    // The file's own title is prose ("LLMCOST GPUs"); the type is named after the file.
    const text = await compile({ ...schema, title: pascal(base) }, pascal(base), {
      bannerComment: `/* Generated from src/data/schemas/${file} by \`npm run data-types\`; do not edit (edit the schema). */`,
      additionalProperties: false,
      cwd: schemaDir,
      strictIndexSignatures: true,
      unknownAny: true,
      format: true,
      ignoreMinAndMaxItems: true, // minItems says "not empty"; the type stays a plain array, not a tuple
      style: { printWidth: 120, singleQuote: false, trailingComma: "all" },
    });
    out.set(path.join(typesDir, `${base}.ts`), text);
  }
  return out;
}

/** Files that differ from what the schemas generate now, and generated files whose schema is gone. */
async function staleFiles(schemaDir = SCHEMAS, typesDir = TYPES) {
  const wanted = await generate(schemaDir, typesDir);
  const stale = [...wanted].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text).map(([file]) => file);
  const present = fs.existsSync(typesDir) ? fs.readdirSync(typesDir).map((f) => path.join(typesDir, f)) : [];
  return [...stale, ...present.filter((file) => !wanted.has(file))].map((file) => path.relative(ROOT, file));
}

async function main() {
  if (process.argv.includes("--check")) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(`Data types are out of date with their schemas: ${stale.join(", ")}. Run \`npm run data-types\` and commit the result.`);
      process.exit(1);
    }
    console.log("src/data/types matches src/data/schemas.");
    return;
  }
  const wanted = await generate();
  fs.mkdirSync(TYPES, { recursive: true });
  for (const file of fs.readdirSync(TYPES)) if (!wanted.has(path.join(TYPES, file))) fs.unlinkSync(path.join(TYPES, file));
  for (const [file, text] of wanted) fs.writeFileSync(file, text);
  console.log(`Wrote ${wanted.size} files to ${path.relative(ROOT, TYPES)}.`);
}

if (require.main === module) main().catch((error) => { console.error(error); process.exit(1); });

module.exports = { generate, staleFiles };
