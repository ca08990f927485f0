#!/usr/bin/env node
/**
 * `npm test` needs two programs from Debian: Chromium for the browser tests (Playwright's own browser download is
 * not reachable from every machine) and xmllint for validating the manifest offline against Microsoft's XSDs.
 * On a fresh Debian/Ubuntu machine where we are root, install what is missing; elsewhere say exactly what is missing.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TOOLS = [
  { path: CHROMIUM, debianPackage: "chromium", hint: "or set CHROMIUM_PATH to a Chromium or Chrome binary" },
  { path: "/usr/bin/xmllint", debianPackage: "libxml2-utils", hint: "(xmllint validates manifest.xml offline)" },
];

const missing = TOOLS.filter((tool) => !fs.existsSync(tool.path));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (process.platform === "linux" && isRoot && fs.existsSync("/usr/bin/apt-get")) {
  const packages = missing.map((tool) => tool.debianPackage);
  console.log(`Missing ${missing.map((tool) => tool.path).join(", ")}: installing Debian's ${packages.join(", ")} for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", ...packages]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  process.exit(missing.every((tool) => fs.existsSync(tool.path)) ? 0 : 1);
}
for (const tool of missing) {
  console.error(`The tests need ${tool.path}. Install it (Debian/Ubuntu: sudo apt-get install -y ${tool.debianPackage}) ${tool.hint}.`);
}
process.exit(1);
