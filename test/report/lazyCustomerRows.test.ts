/**
 * The CLI's report (ReportOptions.lazyCustomerRows: per-customer rows made as they are read)
 * against the built report: the same model JSON and the same .xlsx bytes, on the sample (RFM,
 * migration, LTV, uplift); and lazy rows
 * behave as the read-only array they stand for.
 */
import { readFileSync } from "node:fs";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses } from "../../src/analytics/runAnalyses";
import { buildReport, type ReportInput } from "../../src/report/buildReport";
import { lazyRows, rowReader, rowScanner } from "../../src/report/lazyRows";
import type { ReportModel, TableBlock } from "../../src/report/model";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { nodeCompression } from "../../src/cli/nodeCompression";
import { SAMPLE } from "../support/sampleReports";

const options = { language: "fr" as const, generatedAt: Date.UTC(2025, 0, 2, 9), version: "t" };

function table(model: ReportModel, name: string): TableBlock {
  for (const sheet of model.sheets)
    for (const block of sheet.blocks)
      if (block.kind === "table" && block.name === name) return block;
  throw new Error(`no table ${name}`);
}

describe("lazy per-customer rows", () => {
  let input: ReportInput;
  beforeAll(async () => {
    const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE)));
    if (!loaded.ok) throw new Error(loaded.error.code);
    input = { ...runAnalyses(loaded.data), dataQuality: loaded.data.dataQuality };
  });

  it("give the built report's model and workbook, byte for byte", async () => {
    const built = buildReport(input, options);
    const lazy = buildReport(input, { ...options, lazyCustomerRows: true });
    for (const name of ["RfmCustomers", "LtvCustomers"]) {
      expect(Array.isArray(table(lazy, name).rows)).toBe(true);
      expect(table(lazy, name).rows.length).toBeGreaterThan(4000);
      // made by their maker at each read, not held
      expect(table(lazy, name).rows[0]).not.toBe(table(lazy, name).rows[0]);
      expect(table(built, name).rows[0]).toBe(table(built, name).rows[0]);
      // a scan refills one array with each row's cells: the cells the built rows hold
      const scan = rowScanner(table(lazy, name).rows);
      const builtRows = table(built, name).rows;
      const first = scan(0);
      for (let i = 0; i < builtRows.length; i++) {
        const row = scan(i);
        expect(row).toBe(first);
        expect(row).toEqual(builtRows[i]);
      }
      expect(rowScanner(builtRows)(7)).toBe(builtRows[7]);
    }
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(built));
    const compression = { compression: nodeCompression };
    const [a, b] = await Promise.all([
      writeReportXlsx(built, compression),
      writeReportXlsx(lazy, compression),
    ]);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it("read as an array, refuse writes", () => {
    const rows = lazyRows(3, (i) => [`C${i}`, i / 4]);
    expect(rows.length).toBe(3);
    expect(rows[2]).toEqual(["C2", 0.5]);
    expect(rows[3]).toBeUndefined();
    expect(rows.map((r) => r[0])).toEqual(["C0", "C1", "C2"]);
    expect([...rows].length).toBe(3);
    expect(Object.keys(rows)).toEqual(["0", "1", "2"]);
    expect(JSON.stringify(rows, null, 1)).toBe(
      JSON.stringify(
        [
          ["C0", 0],
          ["C1", 0.25],
          ["C2", 0.5],
        ],
        null,
        1
      )
    );
    expect(rowReader(rows)(1)).toEqual(["C1", 0.25]);
    expect(() => rows.push(["x", 1])).toThrow(TypeError);
    expect(() => {
      rows[0] = [];
    }).toThrow(TypeError);
  });
});
