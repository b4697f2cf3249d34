/**
 * The bytes of a gzip file, inflated with the platform's DecompressionStream (browsers, workers
 * and Node 18+ have it), so the pane reads a .csv.gz as the CLI does without a library.
 * Rejects (TypeError) when the bytes are not gzip or are cut short.
 */
export async function gunzip(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

/** True for a file name ending in .gz (any case). */
export function isGzipName(fileName: string): boolean {
  return /\.gz$/i.test(fileName);
}
