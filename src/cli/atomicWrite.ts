import { randomBytes } from "node:crypto";
import { writeSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Writes `data` to `file` so that the file is either the previous one, byte for byte, or the new
 * one in full (DESIGN.md: "--out/--json are written atomically"). The bytes go to a temporary
 * file in the same folder (a rename is atomic only within one file system), are flushed to disk
 * (fsync, so a crash after the rename cannot leave an empty file under the final name), and the
 * temporary file is renamed over the final name. On any failure (a full disk, EFBIG under a
 * file-size limit, a permission) the temporary file is removed and the error is thrown: the
 * previous file was never opened. Only a SIGKILL can leave a temporary file behind, and its name
 * (`.report.xlsx.<random>.tmp`, hidden) says what it was.
 *
 * A name that is not a plain file is never renamed over: a device or a pipe (`--json /dev/null`,
 * `/dev/stdout`) is written in place, as the user asked (renamed over, /dev/null became a plain
 * file: run as root, the command broke the machine's /dev/null); a symbolic link keeps pointing
 * where it did, the file it points to replaced atomically in its own folder.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  await writeFileAtomicStreamed(file, async (write) => write(bytes));
}

/**
 * writeFileAtomic for a file made piece by piece: `produce` gets a `write` that appends to the
 * temporary file at once (synchronously, so nothing piles up in memory), and the file replaces
 * `file` only when `produce` resolves; if it throws, the temporary file is removed.
 */
export async function writeFileAtomicStreamed(
  name: string,
  produce: (write: (chunk: Uint8Array) => void) => Promise<void>
): Promise<void> {
  const file = await replacedFileOf(name);
  if (file === null) return writeInPlace(name, produce);
  const temp = temporaryName(file);
  const handle = await fs.open(temp, "wx", await modeOf(file));
  try {
    try {
      await produce(writerTo(handle.fd));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * The file `name` replaces: the one a symbolic link leads to (the link kept), or `name` itself;
 * null when it is neither a plain file nor absent (a device, a pipe, a socket): written in place.
 */
async function replacedFileOf(name: string): Promise<string | null> {
  let stats;
  try {
    stats = await fs.stat(name);
  } catch {
    return name; // absent (or behind a dangling link): made new
  }
  if (stats.isFile()) return fs.realpath(name);
  // A folder fails at the rename, as before, with its own error.
  return stats.isDirectory() ? name : null;
}

/** A write of a whole chunk to `fd`, at once (synchronously: nothing piles up in memory). */
function writerTo(fd: number): (chunk: Uint8Array) => void {
  return (chunk) => {
    for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at, chunk.length - at);
  };
}

/** `produce`'s bytes written straight to a device or pipe (nothing there to keep or replace). */
async function writeInPlace(
  name: string,
  produce: (write: (chunk: Uint8Array) => void) => Promise<void>
): Promise<void> {
  const handle = await fs.open(name, "w");
  try {
    await produce(writerTo(handle.fd));
  } finally {
    await handle.close();
  }
}

/** The bytes text pieces are encoded into before they are written: a megabyte. */
const TEXT_BUFFER = 1 << 20;

/**
 * writeFileAtomicStreamed for text: `produce`'s pieces are encoded as UTF-8 straight into a
 * buffer of a megabyte, written each time it fills, so the text is never held whole and the
 * pieces are never joined. The bytes are those of the joined text: a piece ending in the first
 * half of a surrogate pair waits for the next one.
 */
export async function writeTextFileAtomicStreamed(
  file: string,
  produce: (write: (text: string) => void) => void
): Promise<void> {
  await writeFileAtomicStreamed(file, async (writeBytes) => {
    const buffer = Buffer.allocUnsafe(TEXT_BUFFER);
    let used = 0;
    let held = "";
    const flush = () => {
      if (used > 0) writeBytes(buffer.subarray(0, used));
      used = 0;
    };
    const encode = (text: string) => {
      // UTF-8 takes at most 3 bytes a UTF-16 code unit
      if (used + 3 * text.length > TEXT_BUFFER) {
        flush();
        if (3 * text.length > TEXT_BUFFER) {
          writeBytes(Buffer.from(text, "utf8"));
          return;
        }
      }
      used += buffer.write(text, used, "utf8");
    };
    produce((piece) => {
      let text = held === "" ? piece : held + piece;
      held = "";
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        held = text.slice(-1);
        text = text.slice(0, -1);
      }
      encode(text);
    });
    encode(held);
    flush();
  });
}

/** `.name.<random>.tmp` next to `file`: same folder, hidden, unique per write. */
export function temporaryName(file: string): string {
  const dir = path.dirname(file);
  return path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
}

/** The permissions of the file being replaced, so a re-run keeps them; 0o666 (less umask) if new. */
async function modeOf(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).mode & 0o777;
  } catch {
    return 0o666;
  }
}
