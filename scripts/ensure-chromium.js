#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium (Playwright's own browser download is not reachable from every
 * machine). On a fresh Debian/Ubuntu machine where we are root, install it; elsewhere say exactly what is missing.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (fs.existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (process.platform === "linux" && isRoot && fs.existsSync("/usr/bin/apt-get")) {
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  process.exit(fs.existsSync(CHROMIUM) ? 0 : 1);
}
console.error(`The browser tests need Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
process.exit(1);
