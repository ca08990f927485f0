#!/usr/bin/env node
/**
 * Writes src/data/api-prices.json from the pinned @pydantic/genai-prices package: only what LLMCOST prices
 * (text tokens, cache reads and writes, long-context tiers, start dates), so that functions.js stays small and
 * never needs the network. Run after bumping the package: `npm run catalog`; a test fails while the two disagree.
 * `npm run catalog -- --data=<file>` builds from a pinned copy of the package's own data file (its
 * prices/new_data/v2/data.json: an array of providers) instead, so maintainers refresh prices without waiting for an
 * npm release; either way it prints what changed (models added, removed, repriced) against the file it replaces
 * (`--out=<file>` writes elsewhere than src/data/api-prices.json).
 */
const fs = require("fs");
const path = require("path");
const genaiPrices = require("@pydantic/genai-prices");
const packageVersion = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve("@pydantic/genai-prices")), "..", "package.json"), "utf8")).version;

const TOKEN_PRICE_KEYS = { input_mtok: "input", output_mtok: "output", cache_read_mtok: "cache_read", cache_write_mtok: "cache_write", cache_write_1h_mtok: "cache_write_1h" };
/** Audio and image token prices: INFERENCE's modality argument bills tokens at them. */
const MODALITY_PRICE_KEYS = {
  input_audio_mtok: "input_audio",
  output_audio_mtok: "output_audio",
  cache_audio_read_mtok: "cache_audio_read",
  input_image_mtok: "input_image",
  output_image_mtok: "output_image",
  cache_image_read_mtok: "cache_image_read",
};
/** Fees a budget can be given a count for: USD per 1,000 requests (INFERENCE's requests argument). */
const COUNTED_FEE_KEYS = { requests_kcount: "requests_kcount" };

/**
 * Token prices and per-request fees as LLMCOST prices them, plus the names of every other price the package lists
 * (web searches, audio or image tokens, ...): no argument counts those, so LLMCOST says they are left out.
 */
function tokenPrices(prices) {
  const kept = {};
  const other = [];
  for (const [key, value] of Object.entries(prices)) {
    const field = TOKEN_PRICE_KEYS[key] ?? MODALITY_PRICE_KEYS[key] ?? COUNTED_FEE_KEYS[key];
    if (value === undefined) continue;
    if (field === undefined) {
      other.push(key);
      continue;
    }
    kept[field] = typeof value === "number" ? value : { base: value.base, tiers: value.tiers.map((t) => ({ start: t.start, price: t.price })) };
  }
  if (other.length > 0) kept.uncounted_fees = other.sort();
  return kept;
}

const startDates = (entries) => entries.filter((e) => e.constraint && e.constraint.type === "start_date").map((e) => e.constraint.start_date);
const isTimeOfDay = (entry) => entry.constraint && entry.constraint.type === "time_of_date";

/** The entry the package applies on a date outside every time-of-day window: the last start date reached, or the default. */
function dateEntry(entries, isoDate) {
  for (let i = entries.length - 1; i >= 0; i--) {
    const c = entries[i].constraint;
    if (!c) return entries[i];
    if (c.type === "start_date" && isoDate >= c.start_date) return entries[i];
  }
  return undefined;
}

/** The highest-priced entry of a set (the standard, non-discounted rate), by input then output price. */
function standardOf(entries) {
  const rank = (e) => [Number(e.prices.input_mtok ?? 0), Number(e.prices.output_mtok ?? 0)];
  return [...entries].sort((a, b) => rank(b)[0] - rank(a)[0] || rank(b)[1] - rank(a)[1])[0];
}

/**
 * Start-date history of a model. Where the package also lists time-of-day prices (DeepSeek), a budget is priced at
 * the standard (non-discounted) rate on every date: the higher of the time-of-day rate and the date's own rate. Time-of-day
 * windows apply from the last start date listed before them (the package's layout cannot bound a window by date;
 * its DeepSeek comments say the V4 peak windows start 2026-08-17), and not before it.
 */
function priceHistory(model) {
  if (!Array.isArray(model.prices)) return [{ from: null, ...tokenPrices(model.prices) }];
  const entries = model.prices;
  const firstWindow = entries.findIndex(isTimeOfDay);
  const windowsFrom = firstWindow === -1 ? undefined : startDates(entries.slice(0, firstWindow)).sort().slice(-1)[0] ?? null;
  const windows = entries.filter(isTimeOfDay);
  const history = [];
  for (const from of [...new Set([null, ...startDates(entries)])]) {
    const day = from ?? "0000-01-01";
    const onDate = dateEntry(entries, day);
    const windowsApply = windows.length > 0 && (windowsFrom === null || (windowsFrom !== undefined && day >= windowsFrom));
    const candidates = [onDate, ...(windowsApply ? windows : [])].filter(Boolean);
    if (candidates.length > 0) history.push({ from, ...tokenPrices(standardOf(candidates).prices) });
  }
  return history;
}

const REPO_ROOT = path.resolve(__dirname, "..");
const DEFAULT_OUT = path.join(REPO_ROOT, "src", "data", "api-prices.json");

/**
 * How the catalog records its pinned data file: relative to the repository root (posix), so the parity tests and
 * `--check` can follow it; a file outside the repository only by name, with a warning that nothing can follow it.
 */
function dataFileRecord(file) {
  const relative = path.relative(REPO_ROOT, file);
  if (!relative.startsWith("..") && !path.isAbsolute(relative)) return relative.split(path.sep).join("/");
  console.error(`note: ${file} is outside the repository: copy it in (e.g. data/genai-prices/data.json) and build from there, so the parity tests and --check follow it`);
  return path.basename(file);
}

/**
 * `--data=<file>`: the package's data file (an array of providers, or an object holding `providers`). Without it,
 * `--check` follows the data file the current catalog records, when it records one inside the repository.
 */
function pinnedData(out) {
  const option = process.argv.find((arg) => arg.startsWith("--data="));
  let file = option ? path.resolve(option.slice("--data=".length)) : null;
  if (!file && process.argv.includes("--check") && fs.existsSync(out)) {
    const recorded = JSON.parse(fs.readFileSync(out, "utf8")).data_file;
    if (recorded) file = path.resolve(REPO_ROOT, recorded);
  }
  if (!file) return null;
  const text = fs.readFileSync(file, "utf8");
  const parsed = JSON.parse(text);
  const providers = Array.isArray(parsed) ? parsed : parsed.providers;
  if (!Array.isArray(providers) || !providers.every((p) => p && typeof p.id === "string" && Array.isArray(p.models))) {
    throw new Error(`${file} is not the price package's data file (an array of providers with id and models)`);
  }
  return { file, providers, sha256: require("crypto").createHash("sha256").update(text).digest("hex") };
}

const newestPrices = (model) => JSON.stringify(model.history[model.history.length - 1]);
const modelKey = (catalog, model) => `${catalog.providers[model.provider].id}:${model.id}`;

/** What a new catalog changes against the current one: ids added and removed, and models whose prices changed. */
function changes(before, after) {
  const old = new Map((before?.models ?? []).map((m) => [modelKey(before, m), m]));
  const now = new Map(after.models.map((m) => [modelKey(after, m), m]));
  const added = [...now.keys()].filter((k) => !old.has(k));
  const removed = [...old.keys()].filter((k) => !now.has(k));
  const repriced = [...now.keys()].filter((k) => old.has(k) && JSON.stringify(old.get(k).history) !== JSON.stringify(now.get(k).history));
  const lines = [`${added.length} added, ${removed.length} removed, ${repriced.length} repriced`];
  for (const k of added) lines.push(`  + ${k}`);
  for (const k of removed) lines.push(`  - ${k}`);
  for (const k of repriced) lines.push(`  ~ ${k}: ${newestPrices(old.get(k))} -> ${newestPrices(now.get(k))}`);
  return lines.join("\n");
}

async function main() {
  const outOption = process.argv.find((arg) => arg.startsWith("--out="));
  const out = outOption ? path.resolve(outOption.slice("--out=".length)) : DEFAULT_OUT;
  const pinned = pinnedData(out);
  const providers = pinned ? pinned.providers : await genaiPrices.waitForUpdate();
  const catalog = {
    source: "@pydantic/genai-prices",
    version: packageVersion,
    ...(pinned ? { data_file: dataFileRecord(pinned.file), data_sha256: pinned.sha256 } : {}),
    license: "MIT",
    homepage: "https://github.com/pydantic/genai-prices",
    note: "List prices in USD per 1M tokens; each price applies from its start date (null: from the model's release). Generated by scripts/generate-api-catalog.cjs; do not edit by hand.",
    providers: providers.map((p) => ({
      id: p.id,
      name: p.name,
      model_match: p.model_match ?? null,
      provider_match: p.provider_match ?? null,
      fallback_providers: p.fallback_model_providers ?? [],
      pricing_url: (p.pricing_urls ?? [])[0] ?? null,
    })),
    models: [],
  };
  providers.forEach((provider, providerIndex) => {
    for (const model of provider.models) {
      const entry = { provider: providerIndex, id: model.id, match: model.match, history: priceHistory(model) };
      if (model.name && model.name !== model.id) entry.name = model.name;
      if (model.context_window) entry.context = model.context_window;
      if (model.deprecated) entry.deprecated = true;
      catalog.models.push(entry);
    }
  });
  const text = JSON.stringify(catalog) + "\n";
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : "";
    const built = pinned ? pinned.file : `@pydantic/genai-prices ${packageVersion}`;
    if (current !== text) { console.error(`${out} is out of date with ${built}: run npm run catalog${pinned ? ` -- --data=${pinned.file}` : ""}`); process.exit(1); }
    console.log(`api-prices.json matches ${pinned ? `${dataFileRecord(pinned.file)} (data file)` : `@pydantic/genai-prices ${packageVersion}`}`);
    return;
  }
  const before = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : null;
  fs.writeFileSync(out, text);
  console.log(changes(before, catalog));
  console.log(`wrote ${catalog.models.length} models from ${catalog.providers.length} providers (${pinned ? pinned.file : `@pydantic/genai-prices ${packageVersion}`})`);
}

main().catch((error) => { console.error(error); process.exit(1); });
