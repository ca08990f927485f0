import crypto from "crypto";
import fs from "fs";
import path from "path";
import { updatePrices } from "@pydantic/genai-prices";
import type { ApiPrices } from "../../src/data";

const REPO_ROOT = path.resolve(__dirname, "..", "..");

/**
 * Points the price package's calcPrice at the data the catalog was built from, so parity tests compare against it:
 * the package's own bundled data, or the pinned data file `npm run catalog -- --data=<file>` recorded (relative to the
 * repository root, checked by its SHA-256). A recorded file the tests cannot read, or one that changed since the
 * build, fails here, naming it: parity is never checked against other data than the catalog's. Returns what it follows.
 */
export function followCatalogData(catalog: Pick<ApiPrices, "version" | "data_file" | "data_sha256">): string {
  if (!catalog.data_file) return `@pydantic/genai-prices ${catalog.version}`;
  const file = path.resolve(REPO_ROOT, catalog.data_file);
  if (!fs.existsSync(file)) {
    throw new Error(`the catalog was built from ${catalog.data_file}, which is not in the repository: copy it in and rebuild with npm run catalog -- --data=<its path>`);
  }
  const text = fs.readFileSync(file, "utf8");
  const sha256 = crypto.createHash("sha256").update(text).digest("hex");
  if (catalog.data_sha256 !== undefined && sha256 !== catalog.data_sha256) {
    throw new Error(`${catalog.data_file} changed since the catalog was built from it: rebuild with npm run catalog -- --data=${catalog.data_file}`);
  }
  const parsed = JSON.parse(text) as unknown;
  const providers = Array.isArray(parsed) ? parsed : (parsed as { providers: unknown[] }).providers;
  updatePrices(({ setProviderData }) => setProviderData(providers as Parameters<typeof setProviderData>[0]));
  return catalog.data_file;
}
