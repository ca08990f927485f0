#!/usr/bin/env node
/**
 * `npm run preview` (and `npm start` without desktop Excel): builds, then serves the production dist/ and the
 * preview page on http://localhost:<port>. The page shows the real task pane (dist/taskpane.html, with Microsoft's
 * office.js replaced by the local Office.js stand-in so nothing leaves localhost) beside a workbook calculated by
 * HyperFormula with the functions that dist/functions.js registers. Plain Node http, no dependencies.
 *
 *   --no-build   serve what dist/ and preview/dist/ hold        --no-open   do not try to open a browser
 *   --port N     listen on N (default 3100; the next free one when taken, unless --port was given)
 */
const http = require("http");
const fs = require("fs");
const path = require("path");
const { spawnSync, spawn } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const PREVIEW_DIST = path.join(ROOT, "preview", "dist");
const OFFICE_JS = /<script[^>]*src=["']?https:\/\/appsforoffice\.microsoft\.com\/[^"'\s>]*office\.js["']?[^>]*><\/script>/i;
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml", ".css": "text/css; charset=utf-8", ".xml": "application/xml; charset=utf-8", ".ico": "image/x-icon", ".map": "application/json" };

function parseArgs(argv) {
  const options = { build: true, open: true, port: 3100, portGiven: false, host: "127.0.0.1" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--no-build") options.build = false;
    else if (arg === "--no-open") options.open = false;
    else if (arg === "--port" || arg.startsWith("--port=")) {
      const value = arg.includes("=") ? arg.split("=")[1] : argv[++i];
      options.port = Number(value);
      options.portGiven = true;
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`--port needs a port number, got ${value}`);
    } else if (arg === "--help" || arg === "-h") {
      console.log("usage: npm run preview -- [--no-build] [--no-open] [--port N]");
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function build() {
  for (const script of ["build", "build:preview"]) {
    console.log(`> npm run ${script}`);
    const result = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", script, "--silent"], { cwd: ROOT, stdio: "inherit" });
    if (result.status !== 0) {
      console.error(`npm run ${script} failed.`);
      process.exit(result.status ?? 1);
    }
  }
}

/** The pane as Excel would load it, but with the local stand-in where Microsoft's office.js was. */
function taskpaneHtml() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  if (!OFFICE_JS.test(html)) throw new Error("dist/taskpane.html has no office.js script tag to replace");
  return html.replace(OFFICE_JS, '<script src="/preview/office-standin.js"></script>');
}

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded === "/" || decoded === "/index.html") return path.join(PREVIEW_DIST, "index.html");
  const [base, rest] = decoded.startsWith("/preview/") ? [PREVIEW_DIST, decoded.slice("/preview/".length)] : [DIST, decoded.slice(1)];
  const file = path.resolve(base, rest);
  if (file !== base && !file.startsWith(base + path.sep)) return null; // no escaping the served folders
  return file;
}

function createServer() {
  return http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const send = (status, body, type = "text/plain; charset=utf-8") => {
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method not allowed");
    try {
      if (url.pathname === "/taskpane.html") return send(200, taskpaneHtml(), TYPES[".html"]);
      const file = resolveFile(url.pathname);
      if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(404, `Not found: ${url.pathname}`);
      return send(200, fs.readFileSync(file), TYPES[path.extname(file)] ?? "application/octet-stream");
    } catch (error) {
      return send(500, String(error && error.message ? error.message : error));
    }
  });
}

function listen(server, port, host, tries) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE" && tries > 0) resolve(listen(server, port + 1, host, tries - 1));
      else reject(error);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

function openBrowser(url) {
  const command = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(command[0], command[1], { stdio: "ignore", detached: true });
    child.on("error", () => console.log("(No browser could be opened here: open the URL above yourself.)"));
    child.unref();
  } catch {
    console.log("(No browser could be opened here: open the URL above yourself.)");
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) build();
  for (const [file, hint] of [[path.join(DIST, "taskpane.html"), "npm run build"], [path.join(PREVIEW_DIST, "index.html"), "npm run build:preview"], [path.join(PREVIEW_DIST, "office-standin.js"), "npm run build:preview"]]) {
    if (!fs.existsSync(file)) {
      console.error(`${path.relative(ROOT, file)} is missing: run \`${hint}\` (or drop --no-build).`);
      process.exit(1);
    }
  }
  const server = createServer();
  const port = await listen(server, options.port, options.host, options.portGiven ? 0 : 20);
  const url = `http://localhost:${port}/`;
  console.log(`LLMCOST preview: ${url}`);
  console.log("The real task pane and functions beside a HyperFormula workbook (a development preview, not Excel). Ctrl+C to stop.");
  if (options.open) openBrowser(url);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
