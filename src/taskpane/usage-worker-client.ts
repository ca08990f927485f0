import type { StreamResult, UsageStreamOptions } from "../engine/actuals";
import { MessageError } from "../i18n/messages";
import { ImportCancelled, readFileStream, type FileProgress } from "./usage-file-stream";

/**
 * Parses a picked file in a Web Worker (usage-worker.ts, built as its own entry dist/usage-worker.js beside
 * taskpane.html, so that the functions' shared runtime stays free of worker plumbing), or on the pane's thread where
 * the WebView cannot start one; either way streamed, with progress and a cancel.
 */
/** Relative to the pane's page (dist/taskpane.html). */
const WORKER_URL = "usage-worker.js";

export interface RunningImport {
  result: Promise<StreamResult>;
  cancel(): void;
}

/** The worker stopped on an error: said in the pane's language, with the error's own text (from the browser). */
const stopped = (detail: string) => new MessageError({ id: "pane.import.workerStopped", params: { detail } });

export function parseFile(file: Blob, options: UsageStreamOptions, onProgress: (progress: FileProgress) => void): RunningImport {
  let worker: Worker | null = null;
  try {
    worker = new Worker(WORKER_URL);
  } catch {
    worker = null;
  }
  if (!worker) {
    let cancelled = false;
    return { result: readFileStream(file, options, onProgress, () => cancelled), cancel: () => void (cancelled = true) };
  }
  const running = worker;
  const result = new Promise<StreamResult>((resolve, reject) => {
    running.onmessage = (event: MessageEvent<{ progress?: FileProgress; result?: StreamResult; cancelled?: boolean; error?: string }>) => {
      const data = event.data;
      if (data.progress) return onProgress(data.progress);
      running.terminate();
      if (data.result) resolve(data.result);
      else if (data.cancelled) reject(new ImportCancelled());
      else reject(stopped(data.error ?? ""));
    };
    running.onerror = (event) => {
      running.terminate();
      reject(stopped(event.message || ""));
    };
  });
  running.postMessage({ file, options });
  return {
    result,
    cancel: () => {
      running.postMessage("cancel");
    },
  };
}
