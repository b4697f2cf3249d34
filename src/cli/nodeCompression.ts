/**
 * Node's zlib as the report writer's compressor and checksum (src/xlsx/ooxml/zipWriter.ts), about five times
 * faster than pako. Each slice is deflated on its own and ended with a sync flush (no final-block
 * bit), the last with a finish: the concatenation is one valid raw deflate stream (RFC 1951 3.2.3;
 * what pigz does). Slices are a megabyte, so restarting the window costs nothing measurable.
 */
import * as zlib from "node:zlib";
import { constants, deflateRaw, deflateRawSync } from "node:zlib";
import {
  crc32,
  DEFLATE_LEVEL,
  type Compression,
  type DeflaterFactory,
} from "../xlsx/ooxml/zipWriter";

const nodeDeflater: DeflaterFactory = (onData) => ({
  push(bytes, last) {
    onData(
      deflateRawSync(bytes, {
        level: DEFLATE_LEVEL,
        finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      })
    );
  },
});

/**
 * The same deflate of one slice on libuv's thread pool: the report's big sheets are compressed on
 * the second core while the main thread makes their next slice of XML.
 */
function deflateSlice(bytes: Uint8Array, last: boolean): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    deflateRaw(
      bytes,
      { level: DEFLATE_LEVEL, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH },
      (error, compressed) => (error ? reject(error) : resolve(compressed))
    )
  );
}

/** zlib.crc32 (Node 20.15+, 22.2+) when present; else the writer's own. */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export const nodeCompression: Compression = {
  deflater: nodeDeflater,
  deflateSlice,
  crc32: zlibCrc32 ? (bytes, crc) => zlibCrc32(bytes, crc) : crc32,
};
