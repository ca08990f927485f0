/**
 * The local preview (scripts/preview.js) started on a free port for the browser tests and the preview bench, and
 * Debian's Chromium as both drive it through playwright-core: one start-up, so that both exercise the same page.
 */
import { spawn, type ChildProcess } from "child_process";
import net from "net";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
const START_TIMEOUT_MS = 20_000;

export interface Preview {
  server: ChildProcess;
  /** `http://localhost:<port>/`, as the server announced it. */
  baseUrl: string;
  port: number;
  /** Ends the server (if still running). */
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the preview server of the built dist/ and preview/dist/ (no build, no browser opened) and resolves once it
 * announces its address; rejects with its output if it exits or stays silent for 20 s.
 */
export async function startPreview(): Promise<Preview> {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, "scripts", "preview.js"), "--no-build", "--no-open", "--port", String(port)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      server.kill("SIGTERM");
      reject(new Error(`preview server did not start: ${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LLMCOST preview: (http:\/\/localhost:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.stdout!.on("data", onData);
    server.stderr!.on("data", onData);
    server.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited (${code}): ${output}`));
    });
  });
  return {
    server,
    baseUrl,
    port,
    stop: () => {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
    },
  };
}
