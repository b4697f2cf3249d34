import fs from "node:fs";
import path from "node:path";

/** An output option (--out, --json) whose path is one of the input files. */
export interface OutputNamingInput {
  option: string;
  output: string;
  input: string;
}

/**
 * The first output that would overwrite an input file, or null. Two paths are the same file
 * when they resolve to the same real path (symbolic links, "./", "..", case on a
 * case-insensitive disk aside) or, for an output that already exists, when both name the same
 * device and inode (a hard link). Checked before anything is written, so a refused run leaves
 * every file as it was.
 */
export function outputNamingInput(
  outputs: readonly { option: string; path: string | undefined }[],
  inputs: readonly string[]
): OutputNamingInput | null {
  const ids = inputs.map((input) => ({ input, real: realPath(input), inode: inodeOf(input) }));
  for (const { option, path: output } of outputs) {
    if (output === undefined) continue;
    const real = realPath(output);
    const inode = inodeOf(output);
    const same = ids.find((id) => id.real === real || (inode !== null && id.inode === inode));
    if (same) return { option, output, input: same.input };
  }
  return null;
}

/**
 * The canonical path of `file`; for a file that does not exist yet, its folder's canonical path
 * joined with its name (a dangling symbolic link is followed to where it would write).
 */
function realPath(file: string, depth = 0): string {
  try {
    return fs.realpathSync(file);
  } catch {
    // A link loop stops at 40 hops, as the kernel's ELOOP does.
    const link = depth < 40 ? linkTarget(file) : null;
    if (link !== null) return realPath(link, depth + 1);
    const dir = path.dirname(path.resolve(file));
    try {
      return path.join(fs.realpathSync(dir), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

function linkTarget(file: string): string | null {
  try {
    return path.resolve(path.dirname(file), fs.readlinkSync(file));
  } catch {
    return null;
  }
}

/** "device:inode" of an existing file, else null. */
function inodeOf(file: string): string | null {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}
