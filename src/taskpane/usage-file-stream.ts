import { UsageStream, type StreamResult, type UsageStreamOptions } from "../engine/actuals";

/**
 * A picked file read as a stream (Blob.stream() → TextDecoder) through the one-pass UsageStream, so only the
 * aggregated lines are ever kept: the same code in the pane's Web Worker and, where a WebView has no workers, on the
 * pane's own thread. Progress is reported by bytes read; cancelling stops the read at the next chunk.
 */
export interface FileProgress {
  bytes: number;
  total: number;
  records: number;
}

export class ImportCancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

export async function readFileStream(file: Blob, options: UsageStreamOptions, onProgress: (progress: FileProgress) => void, cancelled: () => boolean): Promise<StreamResult> {
  const stream = new UsageStream(options);
  const decoder = new TextDecoder("utf-8");
  const reader = file.stream().getReader();
  let bytes = 0;
  let last = 0;
  for (;;) {
    if (cancelled()) {
      await reader.cancel();
      throw new ImportCancelled();
    }
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    stream.push(decoder.decode(value, { stream: true }));
    const now = Date.now();
    if (now - last > 100) {
      last = now;
      onProgress({ bytes, total: file.size, records: stream.records });
    }
  }
  stream.push(decoder.decode());
  const result = stream.end();
  onProgress({ bytes, total: file.size, records: stream.records });
  return result;
}
