import fs from "node:fs";
import { run, type CliIo } from "../../src/cli/run";

/**
 * The CLI run in-process on real files (the twin of memoryCliIo.ts): reads and writes the disk,
 * captures stdout and stderr lines.
 */
export function diskCliIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    exists: (p) => fs.existsSync(p),
    readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
    size: (p) => fs.statSync(p).size,
    writeFile: async (p, text) => fs.writeFileSync(p, text),
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  return { io, out, err };
}

/** `crm-analytics ARGS` on the disk: the exit code and the lines written. */
export async function runCli(
  args: readonly string[]
): Promise<{ code: number; out: string[]; err: string[] }> {
  const { io, out, err } = diskCliIo();
  return { code: await run(args, io), out, err };
}
