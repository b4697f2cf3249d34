/**
 * The bytes of a gzip file, inflated with the platform's DecompressionStream (browsers, workers
 * and Node 18+ have it), so the pane reads a .csv.gz as the CLI does without a library.
 * Rejects (TypeError) when the bytes are not gzip or are cut short.
 *
 * The inflated size is capped as the CLI's gunzipSync({ maxOutputLength }) caps it: a file
 * declaring more than the CSV limit is refused before inflating, and one whose trailer lies (a
 * gzip bomb) is stopped at the limit, so the worker never holds more than the limit.
 */
import { gzipDeclaredSize, gzipTooLarge, MAX_CSV_BYTES } from "../../xlsx/inputLimits";

export async function gunzip(bytes: ArrayBuffer, limit = MAX_CSV_BYTES): Promise<ArrayBuffer> {
  const declared = gzipDeclaredSize(new Uint8Array(bytes));
  if (declared !== null && declared > limit) throw gzipTooLarge();
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw gzipTooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out.buffer;
}

/** True for a file name ending in .gz (any case). */
export function isGzipName(fileName: string): boolean {
  return /\.gz$/i.test(fileName);
}
