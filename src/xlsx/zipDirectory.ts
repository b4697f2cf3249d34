/**
 * The entries a ZIP file declares in its central directory (APPNOTE.TXT 4.3.12-4.3.16), read
 * without inflating anything: what an .xlsx holds and how large its parts say they are, so a
 * workbook too large for memory (or a zip bomb) is refused before ExcelJS/JSZip expands it.
 * Pure TypeScript over bytes: the CLI and the pane's worker use it alike.
 */
export interface ZipEntry {
  name: string;
  uncompressedSize: number;
  /** 0 stored, 8 deflated (APPNOTE.TXT 4.4.5); what else a zip may use, a workbook does not. */
  method: number;
  compressedSize: number;
  /** Where the entry's local file header starts. */
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;

/** The central directory's entries, or null when the bytes hold no readable one. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const zip64 = zip64Directory(view, eocd);
  if (zip64) ({ count, offset } = zip64);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const method = view.getUint16(at + 10, true);
    const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, {
      uncompressedSize: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    entries.push({ name, method, ...sizes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The End of Central Directory record: the last 22 bytes, or earlier when a comment follows. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** The ZIP64 record's entry count and directory offset, when the archive has one. */
function zip64Directory(view: DataView, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
    return null;
  }
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}

interface EntrySizes {
  uncompressedSize: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/**
 * An entry's sizes and offset, the ones its central header marks 0xFFFFFFFF taken from its
 * ZIP64 extra field, which holds only those, in this order (APPNOTE.TXT 4.5.3).
 */
function zip64Sizes(view: DataView, extra: number, length: number, sizes: EntrySizes): EntrySizes {
  const FULL = 0xffffffff;
  const order: (keyof EntrySizes)[] = ["uncompressedSize", "compressedSize", "localHeaderOffset"];
  if (!order.some((key) => sizes[key] === FULL)) return sizes;
  for (let at = extra; at + 4 <= extra + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      const result = { ...sizes };
      let field = at + 4;
      for (const key of order) {
        if (sizes[key] !== FULL || field + 8 > at + 4 + size) continue;
        result[key] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      return result;
    }
    at += 4 + size;
  }
  return sizes;
}
