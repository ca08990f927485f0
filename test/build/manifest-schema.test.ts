import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

/**
 * `office-addin-manifest validate` needs Microsoft's online service, so the manifest is validated offline against
 * Microsoft's add-in manifest XSDs (test/fixtures/manifest-xsd, with SOURCES.md: the 2019 schemas plus the current
 * spec's Runtimes) with xmllint. The negative cases prove the schema really is applied.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const XSD_DIR = path.join(ROOT, "test", "fixtures", "manifest-xsd");
const XMLLINT = "/usr/bin/xmllint";

function validate(file: string): { ok: boolean; output: string } {
  const result = spawnSync(XMLLINT, ["--noout", "--nonet", "--schema", "OfficeAppManifestV1_1.xsd", file], { cwd: XSD_DIR, encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function mutated(edit: (text: string) => string): string {
  const text = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const changed = edit(text);
  expect(changed).not.toBe(text);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "llmcost-manifest-")), "manifest.xml");
  fs.writeFileSync(file, changed);
  return file;
}

describe("manifest.xml against Microsoft's manifest XSDs (xmllint, offline)", () => {
  beforeAll(() => {
    if (!fs.existsSync(XMLLINT)) throw new Error(`${XMLLINT} is missing: apt-get install -y libxml2-utils (npm test installs it as root).`);
    if (!fs.existsSync(path.join(XSD_DIR, "OfficeAppManifestV1_1.xsd"))) throw new Error(`The manifest XSDs are missing at ${XSD_DIR}.`);
  });

  test("the source manifest validates", () => {
    const { ok, output } = validate(path.join(ROOT, "manifest.xml"));
    expect(output).toContain("validates");
    expect(ok).toBe(true);
  });

  test("the built manifest (production URLs) validates", () => {
    const built = path.join(ROOT, "dist", "manifest.xml");
    expect(fs.existsSync(built)).toBe(true);
    const { ok, output } = validate(built);
    expect(output).toContain("validates");
    expect(ok).toBe(true);
  });

  test.each([
    ["a runtime lifetime that is not short|long", (t: string) => t.replace(/lifetime="long"/, 'lifetime="forever"')],
    ["a five-part version", (t: string) => t.replace(/<Version>[^<]+<\/Version>/, "<Version>1.0.0.0.0</Version>")],
    ["a non-GUID id", (t: string) => t.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>")],
  ])("rejects %s", (_what, edit) => {
    expect(validate(mutated(edit)).ok).toBe(false);
  });
});
