/**
 * The long run of the "every record counted" property (test/cli/inputRecordsCounted.property.test.ts):
 * `npm run fuzz:input -- [--runs 20000] [--seed N]`. Without --seed, a new seed each time (printed,
 * so a failure can be replayed). Exits 1 on the first counterexample, with its recipe.
 */
import { checkEveryRecordCounted } from "../test/support/inputRecordsProperty";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
  const runs = option("runs", 20_000);
  const seed = option("seed", Date.now() % 2 ** 31);
  const xlsxRuns = Math.round(runs / 10);
  console.log(`fuzz:input: ${runs - xlsxRuns} CSV files and ${xlsxRuns} workbooks, seed ${seed}`);
  const start = Date.now();
  await checkEveryRecordCounted({ seed, csvRuns: runs - xlsxRuns, xlsxRuns });
  console.log(`fuzz:input: all hold (${((Date.now() - start) / 1000).toFixed(0)} s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
