/**
 * The full report for 100,000 customers against the fake: a bounded number of syncs plus one per
 * block of customer rows, every request under the 5 MB limit.
 */
import { writeReport } from "../../src/excel/writeReport";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { largeReport } from "../fakes/excel/scenarios";

const CUSTOMERS = 100_000;
const MB = 1024 * 1024;

describe("writing the full report for 100,000 customers", () => {
  it("takes a bounded number of syncs plus one per block of customer rows, each under 4 MB", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Transactions", [
      ["customer", "date", "amount"],
      ["C000001", 45306, 10],
    ]);
    const progress: number[] = [];
    const result = await writeReport(fake, largeReport(CUSTOMERS), {
      supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
      onProgress: (done) => progress.push(done),
    });
    expect(result.ok).toBe(true);
    const rfm = fake.sheet("RFM");
    expect(rfm.cell("A4").value).toBe("Customer");
    expect(rfm.cell(`A${4 + CUSTOMERS}`).value).toBe("C099999");
    expect(rfm.cell("B47")).toEqual({
      value: '=HYPERLINK("http://evil","click")',
      numberFormat: "@",
    });
    expect(rfm.tables[0].area).toEqual({ row: 3, col: 0, rows: 1 + CUSTOMERS, cols: 10 });

    // Blocks of customer rows: syncs whose request carries more than 1 MB of cells.
    const bulk = fake.syncs.filter((s) => s.requestBytes > MB);
    const bulkBytes = bulk.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(bulk.length).toBeGreaterThanOrEqual(Math.ceil(bulkBytes / (4 * MB)));
    expect(bulk.length).toBeLessThanOrEqual(Math.ceil(bulkBytes / (2 * MB)) + 1);
    // Everything else: survey (2), creation (1), small blocks and structure (a few), swap (1),
    // formulas (1). Bounded, whatever the number of customers.
    expect(fake.syncs.length - bulk.length).toBeLessThanOrEqual(10);
    expect(fake.largestPayload).toBeLessThan(4 * MB);
    expect(bulk.every((s) => s.calculationSuspended)).toBe(true);
    expect(progress[progress.length - 1]).toBe(CUSTOMERS + 8); // + the sample's 8 table rows
  });
});
