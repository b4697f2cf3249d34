import fc from "fast-check";
import { run } from "../../src/cli/run";
import { memoryCliIo } from "./memoryCliIo";
import { messyCsvArb, messyXlsxArb, type MessyFile } from "./messyInputFiles";

/** The seed of the property run in `npm test` (fixed, so a failure is reproducible). */
export const INPUT_FUZZ_SEED = 20261206;

/**
 * Runs the CLI on a generated file and checks the promise of issue 12: exit 0 or 2; on 2
 * exactly one stderr line; on 0 nothing on stderr and rowsRead = rowsUsed + excluded = the
 * non-blank records the generator wrote. Throws with the file's recipe when it does not hold.
 */
export async function checkFile(file: MessyFile): Promise<void> {
  const cli = memoryCliIo({ [file.fileName]: file.bytes });
  const code = await run(["analyze", file.fileName, "--json", "out.json"], cli.io);
  const fail = (what: string) => {
    throw new Error(`${what}\nexit ${code}, stderr ${JSON.stringify(cli.err)}\n${file.recipe}`);
  };
  if (code === 2) {
    if (cli.err.length !== 1 || /[\r\n]/.test(cli.err[0])) {
      fail("exit 2 without exactly one stderr line");
    }
    return;
  }
  if (code !== 0) fail("exit other than 0 or 2");
  if (cli.err.length !== 0) fail("stderr on exit 0");
  const quality = cli.json("out.json").dataQuality;
  const excluded = quality.excluded.reduce((n, e) => n + e.count, 0);
  if (quality.rowsUsed + excluded !== quality.rowsRead) {
    fail(`rowsUsed ${quality.rowsUsed} + excluded ${excluded} != rowsRead ${quality.rowsRead}`);
  }
  if (quality.rowsRead !== file.records) {
    fail(`rowsRead ${quality.rowsRead} != ${file.records} records written`);
  }
}

/** The property over `csvRuns` CSV files and `xlsxRuns` workbooks, from one seed. */
export async function checkEveryRecordCounted(options: {
  seed: number;
  csvRuns: number;
  xlsxRuns: number;
}): Promise<void> {
  await fc.assert(
    fc.asyncProperty(messyCsvArb, (file) => checkFile(file)),
    { seed: options.seed, numRuns: options.csvRuns, endOnFailure: true }
  );
  await fc.assert(
    fc.asyncProperty(messyXlsxArb, async (file) => checkFile(await file)),
    { seed: options.seed, numRuns: options.xlsxRuns, endOnFailure: true }
  );
}
