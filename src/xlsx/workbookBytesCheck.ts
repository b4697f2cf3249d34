import { InputFileError } from "./inputFileError";
import { checkXlsxDeclaredSize } from "./inputLimits";
import { zipEntries } from "./zipDirectory";

/** An OLE/CFB compound file ([MS-CFB] 2.2): encrypted .xlsx, legacy .xls, .doc, .msg... */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A ZIP local file header ("PK\3\4") or an empty archive's end record ("PK\5\6"). */
const ZIP_MAGIC = [0x50, 0x4b];

/** How much of a file is looked at to tell text from binary. */
const TEXT_SAMPLE = 4096;

/**
 * Says what a file given as a workbook really is, before ExcelJS sees it, and refuses what it
 * cannot read with an InputFileError the user can act on:
 * - an OLE compound file holding an "EncryptionInfo" stream is an .xlsx saved with a password
 *   (Office encrypts the whole package into a CFB file, [MS-OFFCRYPTO] 2.3.4.1);
 * - one holding a "Workbook" or "Book" stream is an Excel 97-2003 .xls ([MS-XLS] 2.1.2);
 * - a ZIP without an xl/ folder is not a workbook (a .docx, a plain archive);
 * - a ZIP whose parts declare more than the limit is refused before anything is inflated;
 * - text (no NUL byte in the first 4 KB, or a UTF-16 byte-order mark) is a renamed CSV or TXT.
 */
export function checkWorkbookBytes(bytes: Uint8Array): void {
  if (startsWith(bytes, CFB_MAGIC)) {
    if (containsUtf16(bytes, "EncryptionInfo")) {
      throw new InputFileError("file.passwordProtected");
    }
    if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) {
      throw new InputFileError("file.legacyXls");
    }
    throw new InputFileError("file.otherOfficeFile");
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    const entries = zipEntries(bytes);
    if (entries === null) throw new InputFileError("file.damagedWorkbook");
    if (!entries.some((e) => /^xl\//i.test(e.name)))
      throw new InputFileError("file.zipNotWorkbook");
    checkXlsxDeclaredSize(entries.reduce((sum, e) => sum + e.uncompressedSize, 0));
    return;
  }
  if (looksLikeText(bytes)) throw new InputFileError("file.textNotWorkbook");
  throw new InputFileError("file.notWorkbook");
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Whether `text` occurs in UTF-16LE, as CFB directory entries name their streams. The directory
 * may sit anywhere in the file, so the whole file is searched (compound files are small next to
 * what the size limits allow).
 */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[2 * i] = text.charCodeAt(i);
  outer: for (let at = bytes.indexOf(needle[0]); at >= 0; at = bytes.indexOf(needle[0], at + 1)) {
    if (at + needle.length > bytes.length) return false;
    for (let j = 1; j < needle.length; j++) if (bytes[at + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Text: a UTF-16 byte-order mark, or no NUL byte and almost no other control byte. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const utf16Bom =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom) return true;
  const sample = bytes.subarray(0, TEXT_SAMPLE);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    // Tab, line feed, form feed and carriage return are text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control <= sample.length / 100;
}
