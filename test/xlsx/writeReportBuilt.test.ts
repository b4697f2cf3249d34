/**
 * buildReport -> writeReportXlsx -> read back: the sheets the engine can already produce (Data
 * quality, Method), in French, as a user opening the file would find them.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { DataQualityReport } from "../../src/analytics/quality/dataQualityReport";
import { buildReport } from "../../src/report/buildReport";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { xlsxReportSink } from "../../src/xlsx/writeReportSink";

/** Transactions 100 read = 90 used + 7 without customer id + 3 duplicates. */
const report: DataQualityReport = {
  rowsRead: 100,
  rowsUsed: 90,
  sheets: [{ sheet: "Ventes", kind: "transactions", rowsRead: 100, rowsUsed: 90, rowsFlagged: 0 }],
  excluded: [
    { sheet: "Ventes", reason: "missingCustomerId", count: 7, rows: [3, 4, 10, 11, 12, 40, 41] },
    { sheet: "Ventes", reason: "duplicateRow", count: 3, rows: [20, 21, 22] },
  ],
  flagged: [],
  warnings: [],
};

let workbook: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  const model = buildReport(
    { dataQuality: report },
    { language: "fr", generatedAt: Date.UTC(2024, 4, 1, 9, 30), version: "0.1.0" }
  );
  const bytes = await writeReportXlsx(model);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  zip = await JSZip.loadAsync(bytes);
});

describe("a French report of the sheets built today", () => {
  it("has French sheet names", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Qualité des données", "Méthode"]);
  });

  it("has French headers and invariant number format codes", () => {
    const ws = workbook.getWorksheet("Qualité des données")!;
    // Rows: title 1-2, gap 3, heading 4, sources header 5, Ventes 6, totals 7
    expect(ws.getCell("A5").value).toBe("Feuille");
    expect(ws.getCell("C5").value).toBe("Lignes lues");
    expect(ws.getCell("C6").value).toBe(100);
    // "#,##0" shows "1 234" on a French machine: the code itself is not translated
    expect(ws.getCell("C6").numFmt).toBe("#,##0");
    expect(ws.getCell("A7").value).toBe("Total");
  });

  it("charts exclusions by reason from the by-reason table of the same sheet", async () => {
    // by-reason table: gap 8, heading 9, header 10, two reasons on rows 11-12, totals 13
    const ws = workbook.getWorksheet("Qualité des données")!;
    expect(ws.getCell("A11").value).toBe("Sans numéro client");
    expect(ws.getCell("B11").value).toBe(7);
    const chart = (await zip.file("xl/charts/chart1.xml")!.async("string")).replace(/&apos;/g, "'");
    expect(chart).toContain("<c:f>'Qualité des données'!$A$11:$A$12</c:f>");
    expect(chart).toContain("<c:f>'Qualité des données'!$B$11:$B$12</c:f>");
    expect(chart).toContain("<a:t>Lignes exclues par motif</a:t>");
    // horizontal bars, value axis titled, values labelled, no legend for a single series
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain("<a:t>Lignes</a:t>");
    expect(chart).toContain('<c:showVal val="1"/>');
    expect(chart).not.toContain("<c:legend>");
  });

  it("records the generation time and version on the Method sheet", () => {
    const ws = workbook.getWorksheet("Méthode")!;
    const values = ws
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === "string");
    expect(values).toContain("2024-05-01 09:30 UTC");
    expect(values).toContain("0.1.0");
  });
});

describe("xlsxReportSink", () => {
  it("hands the rendered bytes to save, and saves nothing when the model is invalid", async () => {
    const saved: Uint8Array[] = [];
    const sink = xlsxReportSink(async (bytes) => {
      saved.push(bytes);
    });
    const model = buildReport({}, { language: "en", generatedAt: 0, version: "1" });
    await sink.write(model);
    expect(saved).toHaveLength(1);
    expect((await JSZip.loadAsync(saved[0])).file("xl/workbook.xml")).not.toBeNull();

    model.sheets[0].name = "bad/name";
    await expect(sink.write(model)).rejects.toThrow(/invalid report model/);
    expect(saved).toHaveLength(1);
  });
});
