/**
 * The `crm-analytics` command (bin/crm-analytics.js, or `tsx src/cli/main.ts`): runs `run` with
 * the real file system and terminal, and exits with its code. Everything testable is in run.ts.
 */
import fs from "node:fs";
import { writeFileAtomic, writeTextFileAtomicStreamed } from "./atomicWrite";
import { LtvThread } from "./ltvThread";
import { readFileBytes } from "./readFileBytes";
import { run, type CliIo } from "./run";

/**
 * Whether the reader of stdout has gone (`crm-analytics analyze … | head`): the run then goes on
 * quietly and still writes its files, instead of dying of the pipe's EPIPE with a stack trace.
 */
let stdoutClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  stdoutClosed = true;
});

const nodeIo: CliIo = {
  exists: (path) => fs.existsSync(path) && fs.statSync(path).isFile(),
  readFile: readFileBytes,
  size: (path) => fs.statSync(path).size,
  ltvThread: () => new LtvThread(),
  writeFile: (path, text) => writeFileAtomic(path, text),
  writeFileStreamed: (path, produce) => writeTextFileAtomicStreamed(path, produce),
  stdout: (line) => {
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  },
  stderr: (line) => process.stderr.write(`${line}\n`),
};

void run(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
