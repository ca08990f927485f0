import fs from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";
import { DIST } from "../support/functions-bundle";
import type { XmlElement } from "../support/xml-element";

/**
 * `office-addin-manifest validate` needs Microsoft's online service, so the manifest's contract is checked here,
 * offline: the shared runtime wiring, the namespace, the icons and the production URL rewrite.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

async function readManifest(file: string) {
  const text = fs.readFileSync(file, "utf8");
  return { text, xml: await parseStringPromise(text, { explicitArray: true }) };
}

function resources(xml: { OfficeApp: XmlElement }) {
  const res = xml.OfficeApp.VersionOverrides[0].Resources[0];
  const urls = new Map<string, string>(res["bt:Urls"][0]["bt:Url"].map((u): [string, string] => [u.$.id, u.$.DefaultValue]));
  const images = new Map<string, string>(res["bt:Images"][0]["bt:Image"].map((u): [string, string] => [u.$.id, u.$.DefaultValue]));
  const strings = new Map<string, string>(res["bt:ShortStrings"][0]["bt:String"].map((u): [string, string] => [u.$.id, u.$.DefaultValue]));
  return { urls, images, strings };
}

describe("manifest.xml", () => {
  test("Excel only, shared runtime: Runtime, Page and FunctionFile share one resid; SharedRuntime 1.1 required", async () => {
    const { xml } = await readManifest(path.join(ROOT, "manifest.xml"));
    const app = xml.OfficeApp;
    expect(app.$["xsi:type"]).toBe("TaskPaneApp");
    expect(app.Hosts[0].Host.map((h: XmlElement) => h.$.Name)).toEqual(["Workbook"]);
    const sets = app.Requirements[0].Sets[0].Set.map((s: XmlElement) => s.$);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
    const host = app.VersionOverrides[0].Hosts[0].Host[0];
    expect(host.$["xsi:type"]).toBe("Workbook");
    const runtime = host.Runtimes[0].Runtime[0].$;
    expect(runtime.lifetime).toBe("long");
    const cf = host.AllFormFactors[0].ExtensionPoint[0];
    expect(cf.$["xsi:type"]).toBe("CustomFunctions");
    const pageResid = cf.Page[0].SourceLocation[0].$.resid;
    const functionFileResid = host.DesktopFormFactor[0].FunctionFile[0].$.resid;
    expect(new Set([runtime.resid, pageResid, functionFileResid]).size).toBe(1);
    const { urls, strings, images } = resources(xml);
    expect(urls.get(runtime.resid)).toMatch(/\/taskpane\.html$/);
    expect(urls.get(cf.Script[0].SourceLocation[0].$.resid)).toMatch(/\/functions\.js$/);
    expect(urls.get(cf.Metadata[0].SourceLocation[0].$.resid)).toMatch(/\/functions\.json$/);
    expect(strings.get(cf.Namespace[0].$.resid)).toBe("LLMCOST");
    // the ribbon button opens the task pane on the same page
    const button = host.DesktopFormFactor[0].ExtensionPoint[0].OfficeTab[0].Group[0].Control[0];
    expect(button.Action[0].$["xsi:type"]).toBe("ShowTaskpane");
    expect(button.Action[0].SourceLocation[0].$.resid).toBe(runtime.resid);
    // every icon the manifest names exists as a PNG of that size
    for (const [id, url] of images) {
      const size = Number(/(\d+)x\1/.exec(id)?.[1]);
      const file = path.join(ROOT, "assets", path.basename(url));
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
  });

  test("the production build replaces every development URL with the one production setting", async () => {
    const { text, xml } = await readManifest(path.join(DIST, "manifest.xml"));
    expect(text).not.toMatch(/localhost/);
    const production = packageJson.config.production_url.replace(/\/$/, "");
    const occurrences = text.split(production).length - 1;
    const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(occurrences).toBe(source.split("https://localhost:3000").length - 1);
    expect(occurrences).toBeGreaterThan(5);
    expect(resources(xml).urls.get("Taskpane.Url")).toBe(`${production}/taskpane.html`);
    const metadata = fs.readFileSync(path.join(DIST, "functions.json"), "utf8");
    expect(metadata).not.toMatch(/localhost/);
  });

  test("dist holds what the manifest points at", () => {
    for (const file of ["functions.js", "functions.json", "taskpane.html", "manifest.xml", "help.html", "assets/icon-32.png"]) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script[^>]+src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    expect(html).toMatch(/src="?functions\.js/);
  });
});
