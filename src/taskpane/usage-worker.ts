/// <reference lib="webworker" />
import type { UsageStreamOptions } from "../engine/actuals";
import { ImportCancelled, readFileStream } from "./usage-file-stream";

/**
 * The pane's usage-import worker: reads the picked file as a stream off the pane's thread (a month of gateway logs
 * is millions of rows) and answers with the monthly lines only. Messages in: { file, options } to start, "cancel"
 * to stop; out: { progress }, then { result } or { cancelled: true } or { error }.
 */
declare const self: DedicatedWorkerGlobalScope;
let cancelled = false;

self.onmessage = async (event: MessageEvent<{ file: Blob; options: UsageStreamOptions } | "cancel">) => {
  if (event.data === "cancel") {
    cancelled = true;
    return;
  }
  cancelled = false;
  try {
    const result = await readFileStream(event.data.file, event.data.options, (progress) => self.postMessage({ progress }), () => cancelled);
    self.postMessage({ result });
  } catch (error) {
    self.postMessage(error instanceof ImportCancelled ? { cancelled: true } : { error: error instanceof Error ? error.message : String(error) });
  }
};
