/**
 * `npm run sample`: writes the sample workbook and its truth file, deterministically from a seed.
 * - assets/sample/crm-sample.xlsx (+ .truth.json): 5,000 customers, French headers.
 * - test/fixtures/sample-en/crm-sample-en.xlsx (+ .truth.json): 500 customers, English headers.
 * Options: --seed N, --customers N, --out FILE (writes only that one French workbook).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { englishVariant } from "./sample/englishVariant";
import { DEFAULT_SAMPLE, generateSample, type Sample } from "./sample/generateSample";
import { writeSampleWorkbook } from "./sample/writeSampleWorkbook";

const ROOT = path.resolve(__dirname, "..");

async function write(sample: Sample, xlsxFile: string): Promise<void> {
  mkdirSync(path.dirname(xlsxFile), { recursive: true });
  await writeSampleWorkbook(sample.sheets, xlsxFile);
  const truthFile = xlsxFile.replace(/\.xlsx$/, ".truth.json");
  writeFileSync(truthFile, JSON.stringify(sample.truth, null, 1) + "\n");
  const c = sample.truth.counts;
  console.log(
    `${path.relative(ROOT, xlsxFile)}: ${c.customers} customers, ${c.transactionRows} transaction rows, ${c.contactRows} contacts`
  );
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const seed = Number(argument("seed") ?? DEFAULT_SAMPLE.seed);
  const customers = argument("customers");
  const out = argument("out");
  if (out || customers) {
    const sample = generateSample({
      seed,
      customers: Number(customers ?? DEFAULT_SAMPLE.customers),
    });
    await write(sample, path.resolve(out ?? "crm-sample.xlsx"));
    return;
  }
  await write(
    generateSample({ seed, customers: 5000 }),
    path.join(ROOT, "assets/sample/crm-sample.xlsx")
  );
  await write(
    englishVariant(generateSample({ seed, customers: 500 })),
    path.join(ROOT, "test/fixtures/sample-en/crm-sample-en.xlsx")
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
