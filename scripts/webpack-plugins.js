/* Build-time plugins: production URLs everywhere, and a help page generated from functions.json. */
const { sources, Compilation } = require("webpack");

const DEV_URL = "https://localhost:3000";

/**
 * Replaces every occurrence of the development URL in the text assets (manifest, metadata help URLs, HTML) —
 * all of them, not only the first.
 */
class ProductionUrlPlugin {
  constructor(from, to) {
    this.from = from;
    this.to = to.replace(/\/+$/, "");
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ProductionUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!/\.(xml|json|html)$/.test(name)) continue;
          const text = assets[name].source().toString();
          if (text.includes(this.from)) compilation.updateAsset(name, new sources.RawSource(text.split(this.from).join(this.to)));
        }
      });
    });
  }
}

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** help.html: one anchor per function (the @helpurl of each), written from the generated metadata. */
class HelpPagePlugin {
  constructor({ version }) {
    this.version = version;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 }, (assets) => {
        const metadata = assets["functions.json"];
        if (!metadata) return;
        const { functions } = JSON.parse(metadata.source().toString());
        const sections = functions.map((fn) => {
          const signature = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
          const rows = fn.parameters.map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.description ?? "")}</td></tr>`).join("");
          return `<section id="${fn.id}"><h2>LLMCOST.${fn.id}(${escapeHtml(signature)})</h2><p>${escapeHtml(fn.description ?? "")}</p>${rows ? `<table>${rows}</table>` : ""}</section>`;
        });
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LLMCOST functions</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#201f1e}h2{font-size:1.05em;margin-top:2em}td{vertical-align:top;padding:.2em .6em;border-bottom:1px solid #edebe9}code{font-family:Consolas,monospace}</style>
</head><body><h1>LLMCOST ${escapeHtml(this.version)} — function reference</h1>${sections.join("\n")}</body></html>`;
        compilation.emitAsset("help.html", new sources.RawSource(html));
      });
    });
  }
}

module.exports = { ProductionUrlPlugin, HelpPagePlugin, DEV_URL };

/**
 * Writes the list of bundled packages (name, version, license) next to dist/ — not in it — so that tests can check
 * the licences of exactly what ships.
 */
class BundledPackagesPlugin {
  constructor(outputFile) {
    this.outputFile = outputFile;
  }
  apply(compiler) {
    const fs = require("fs");
    const path = require("path");
    compiler.hooks.done.tap("BundledPackagesPlugin", (stats) => {
      const packages = new Map();
      for (const module of stats.compilation.modules) {
        const resources = [module.resource, ...(module.modules ?? []).map((m) => m.resource)].filter(Boolean);
        for (const resource of resources) {
          const match = /^(.*[\\/]node_modules[\\/](@[^\\/]+[\\/][^\\/]+|[^\\/@][^\\/]*))[\\/]/.exec(resource);
          if (!match || packages.has(match[2])) continue;
          const manifest = JSON.parse(fs.readFileSync(path.join(match[1], "package.json"), "utf8"));
          packages.set(match[2], { name: manifest.name, version: manifest.version, license: manifest.license ?? manifest.licenses ?? null });
        }
      }
      fs.mkdirSync(path.dirname(this.outputFile), { recursive: true });
      fs.writeFileSync(this.outputFile, JSON.stringify([...packages.values()].sort((a, b) => a.name.localeCompare(b.name)), null, 2) + "\n");
    });
  }
}

module.exports.BundledPackagesPlugin = BundledPackagesPlugin;
