/**
 * A usage file read from disk the way the pane reads a File: in chunks through the one-pass UsageStream, so a
 * gateway log of millions of rows never sits in memory whole. Synchronous (fs.readSync) so that the CLIs stay simple.
 */
import { closeSync, openSync, readSync } from "fs";
import { UsageStream, type StreamResult, type UsageStreamOptions } from "../src/engine/actuals";

const CHUNK_BYTES = 1 << 20;

export function readUsageFile(file: string, options: UsageStreamOptions = {}): StreamResult {
  const stream = new UsageStream(options);
  const decoder = new TextDecoder("utf-8");
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(file, "r");
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      stream.push(decoder.decode(buffer.subarray(0, read), { stream: true }));
    }
    stream.push(decoder.decode());
  } finally {
    closeSync(fd);
  }
  return stream.end();
}
