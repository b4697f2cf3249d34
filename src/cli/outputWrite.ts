/**
 * One output file written (--json, --out, --deck), by every run of the CLI (the in-memory path
 * of run.ts and the summary paths of summaryOutputs.ts): a file that cannot be written is the
 * user's to fix (a folder that does not exist, no permission, a full disk), so it is a usage
 * error naming the file (exit 2, the "unwritableFile" line), never an internal error.
 */
import type { CliUsageError } from "./cliOptions";

/** What writing gave: the writer's value, or the usage error of a file that cannot be written. */
export type OutputWrite<T> = { ok: true; value: T } | { ok: false; error: CliUsageError };

/**
 * An error of the file system (EACCES, ENOENT, EISDIR...): the user's path, not our bug. By its
 * errno code, not `instanceof Error`: errors of node:fs may come from another realm (test sandboxes).
 */
export function isFileSystemError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as NodeJS.ErrnoException).code === "string"
  );
}

/**
 * Runs `write` for `file`. An error `isUnwritable` accepts (by default the file system's) is the
 * "unwritableFile" usage error, with the error's first line as the reason; any other is thrown.
 */
export async function writeOutput<T>(
  file: string,
  write: () => Promise<T>,
  isUnwritable: (error: unknown) => boolean = isFileSystemError
): Promise<OutputWrite<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    if (!isUnwritable(error)) throw error;
    // the message, not `instanceof Error`: an error of node:fs may come from another realm
    const message = (error as { message?: unknown } | null)?.message;
    const reason = (typeof message === "string" ? message : String(error)).split("\n")[0];
    return { ok: false, error: { code: "unwritableFile", params: { file, reason } } };
  }
}

/**
 * The JSON summary's writer: every error of writing it is the file's (the tests' in-memory
 * files throw plain errors), as the in-memory path has always read it.
 */
export const anyWriteError = (): boolean => true;
