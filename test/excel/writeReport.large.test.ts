/**
 * The full report for 100,000 customers against the fake: a bounded number of syncs plus one per
 * block of customer rows, every request under the 5 MB limit.
 */
import { writeReport } from "../../src/excel/writeReport";
import { layoutRows } from "../../src/report/layout";
import type { ReportModel, TableBlock, UnplacedBlock } from "../../src/report/model";
import { FORMAT } from "../../src/report/numberFormats";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { sampleModel } from "../report/sampleModel";

const CUSTOMERS = 100_000;
const MB = 1024 * 1024;
const SEGMENTS = ["Champions", "Loyal", "Potential loyalist", "At risk", "Hibernating", "Lost"];

function rfmTable(): Omit<TableBlock, "anchor"> {
  return {
    kind: "table",
    name: "RFM",
    style: "TableStyleMedium2",
    columns: [
      { id: "id", header: "Customer", type: "text", format: FORMAT.text },
      { id: "name", header: "Name", type: "text", format: FORMAT.text },
      { id: "last", header: "Last purchase", type: "date", format: FORMAT.date },
      { id: "recency", header: "Recency (days)", type: "integer", format: FORMAT.integer },
      { id: "frequency", header: "Frequency", type: "integer", format: FORMAT.integer },
      { id: "monetary", header: "Monetary", type: "currency", format: FORMAT.decimal },
      { id: "r", header: "R", type: "integer", format: FORMAT.integer },
      { id: "f", header: "F", type: "integer", format: FORMAT.integer },
      { id: "m", header: "M", type: "integer", format: FORMAT.integer },
      { id: "segment", header: "Segment", type: "text", format: FORMAT.text },
    ],
    rows: Array.from({ length: CUSTOMERS }, (_, i) => [
      `C${String(i).padStart(6, "0")}`,
      i === 42 ? '=HYPERLINK("http://evil","click")' : `Customer ${i}`,
      Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000,
      i % 365,
      1 + (i % 17),
      Math.round(((i * 7919) % 100_000) * 1.37) / 100,
      1 + (i % 5),
      1 + ((i >> 1) % 5),
      1 + ((i >> 2) % 5),
      SEGMENTS[i % SEGMENTS.length],
    ]),
    conditionalFormats: [{ kind: "dataBar", columns: ["monetary"], color: "5B9BD5" }],
  };
}

function largeModel(): ReportModel {
  const model = sampleModel();
  const blocks: UnplacedBlock[][] = [
    [{ kind: "title", title: "RFM", subtitle: ["As of 2024-12-31"] }],
    [rfmTable()],
  ];
  model.sheets.push({
    key: "rfm",
    name: "RFM",
    blocks: layoutRows(blocks),
    freezeRows: 4,
    print: { orientation: "landscape", fitToPage: { wide: true, tall: false }, paper: "A4" },
  });
  return model;
}

describe("writing the full report for 100,000 customers", () => {
  it("takes a bounded number of syncs plus one per block of customer rows, each under 4 MB", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Transactions", [
      ["customer", "date", "amount"],
      ["C000001", 45306, 10],
    ]);
    const progress: number[] = [];
    const result = await writeReport(fake, largeModel(), {
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
