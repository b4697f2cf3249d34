import { checkEveryRecordCounted, INPUT_FUZZ_SEED } from "../support/inputRecordsProperty";

/**
 * "Nothing silently dropped", for any input: messy CSV (encodings, line endings, bad quoting,
 * blank rows) and .xlsx files through the CLI's run, in-process. About 2,000 cases here, seeded;
 * `npm run fuzz:input` runs many more with other seeds.
 */
describe("every non-blank record of any input file is counted (property)", () => {
  it("exits 0 or 2, one stderr line on 2, rowsRead = rowsUsed + excluded = records written", async () => {
    await checkEveryRecordCounted({ seed: INPUT_FUZZ_SEED, csvRuns: 1800, xlsxRuns: 200 });
  }, 600_000);
});
