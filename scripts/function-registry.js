/* The one registry of custom-function files (src/functions/function-files.json), checked so that a typo fails the build. */
const fs = require("fs");
const path = require("path");

const FUNCTIONS_DIR = path.resolve(__dirname, "..", "src", "functions");
const LIST_FILE = "function-files.json";
const DECLARES_FUNCTIONS = /@customfunction\b/;

/**
 * The listed files as absolute paths, in order. Throws one error naming every mismatch: a listed file that is
 * missing or declares no @customfunction, a file listed twice, or a file in the folder that declares
 * @customfunction without being listed (its functions would silently never reach Excel).
 */
function functionFiles(dir = FUNCTIONS_DIR) {
  const { files } = JSON.parse(fs.readFileSync(path.join(dir, LIST_FILE), "utf8"));
  const problems = [];
  const seen = new Set();
  for (const file of files) {
    if (seen.has(file)) problems.push(`${file} is listed twice`);
    seen.add(file);
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) problems.push(`${file} is listed but does not exist`);
    else if (!DECLARES_FUNCTIONS.test(fs.readFileSync(full, "utf8"))) problems.push(`${file} is listed but declares no @customfunction`);
  }
  for (const file of fs.readdirSync(dir).filter((name) => /\.ts$/.test(name)).sort()) {
    if (!seen.has(file) && DECLARES_FUNCTIONS.test(fs.readFileSync(path.join(dir, file), "utf8"))) {
      problems.push(`${file} declares @customfunction but is not listed`);
    }
  }
  if (problems.length > 0) throw new Error(`${path.join(dir, LIST_FILE)}: ${problems.join("; ")}.`);
  return files.map((file) => path.join(dir, file));
}

module.exports = { functionFiles, FUNCTIONS_DIR };
