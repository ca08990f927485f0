import fs from "fs";
import os from "os";
import path from "path";

/**
 * One place registers a function: src/functions/function-files.json. webpack builds the bundle and functions.json
 * from exactly that list (scripts/function-registry.js), so a file cannot be bundled without metadata or the other
 * way round; a typo or a forgotten file fails the build with a message naming it.
 */
const { functionFiles, FUNCTIONS_DIR } = require("../../scripts/function-registry.js") as { functionFiles: (dir?: string) => string[]; FUNCTIONS_DIR: string };

function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llmcost-registry-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const FUNCTION_SOURCE = "/**\n * Adds.\n * @customfunction\n */\nexport function ADD(a: number): number { return a; }\n";

describe("the custom-function registry", () => {
  test("lists every file of src/functions that declares @customfunction, and only those", () => {
    const listed = functionFiles().map((file) => path.basename(file));
    const declaring = fs.readdirSync(FUNCTIONS_DIR).filter((name) => name.endsWith(".ts") && /@customfunction\b/.test(fs.readFileSync(path.join(FUNCTIONS_DIR, name), "utf8")));
    expect([...listed].sort()).toEqual(declaring.sort());
  });

  test("webpack builds the functions entry and functions.json from that one list", () => {
    const config = require("../../webpack.config.js")({}, { mode: "production" });
    expect(config.entry.functions).toEqual(functionFiles());
    const metadataPlugin = config.plugins.find((plugin: { constructor: { name: string } }) => plugin.constructor.name === "CustomFunctionsMetadataPlugin");
    expect(metadataPlugin.options.input).toEqual(functionFiles());
  });

  test("a listed file that does not exist (a typo) fails, naming it", () => {
    const dir = folderWith({ "function-files.json": JSON.stringify({ files: ["a-functions.ts", "b-functoins.ts"] }), "a-functions.ts": FUNCTION_SOURCE, "b-functions.ts": FUNCTION_SOURCE });
    expect(() => functionFiles(dir)).toThrow(/b-functoins\.ts is listed but does not exist; b-functions\.ts declares @customfunction but is not listed/);
  });

  test("a file declaring functions but not listed fails; so does a listed file without functions or listed twice", () => {
    const dir = folderWith({
      "function-files.json": JSON.stringify({ files: ["a-functions.ts", "helpers.ts", "a-functions.ts"] }),
      "a-functions.ts": FUNCTION_SOURCE,
      "helpers.ts": "export const x = 1;\n",
      "new-functions.ts": FUNCTION_SOURCE,
    });
    const message = (() => {
      try {
        functionFiles(dir);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/helpers\.ts is listed but declares no @customfunction/);
    expect(message).toMatch(/a-functions\.ts is listed twice/);
    expect(message).toMatch(/new-functions\.ts declares @customfunction but is not listed/);
  });
});
