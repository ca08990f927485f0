#!/usr/bin/env node
/**
 * `npm start`: sideload into desktop Excel where it exists; elsewhere, never pretend — build and open the local
 * preview (the real task pane and functions beside a workbook held by a real formula engine) and say how to
 * sideload into Excel on the web.
 */
const { spawnSync, spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

function desktopExcelInstalled() {
  if (process.platform === "win32") {
    const roots = [process.env["ProgramFiles"], process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((root) => ["root/Office16/EXCEL.EXE", "Microsoft Office/root/Office16/EXCEL.EXE"].some((rel) => fs.existsSync(path.join(root, "Microsoft Office", rel)) || fs.existsSync(path.join(root, rel))));
  }
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  return false;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (desktopExcelInstalled() && !process.argv.includes("--preview")) {
  console.log("Desktop Excel found: sideloading manifest.xml with office-addin-debugging (Ctrl+C, then `npm run stop`, to end).");
  run("npx", ["office-addin-dev-certs", "install"]);
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log("No desktop Excel on this machine: starting the local preview instead.");
  console.log("To try the add-in in Excel on the web: `npm run dev-server`, then in Excel on the web choose");
  console.log("Home > Add-ins > More Add-ins > Upload My Add-in, and upload manifest.xml (it points at https://localhost:3000).\n");
  const child = spawn(process.execPath, [path.join(__dirname, "preview.js"), ...process.argv.slice(2).filter((a) => a !== "--preview")], { cwd: ROOT, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
}
