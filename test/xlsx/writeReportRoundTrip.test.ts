/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   these are ExcelJS cells read from a file, not Office.js proxies */
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { ReportModel, TableCell } from "../../src/report/model";
import { writeReportXlsx } from "../../src/xlsx/writeReport";

/** A one-table model whose text column holds `texts` and number column `numbers`. */
function modelOf(texts: string[], numbers: number[]): ReportModel {
  return {
    language: "en",
    generatedAt: 0,
    version: "test",
    sheets: [
      {
        key: "rfm",
        name: "Data",
        print: { orientation: "portrait", paper: "A4", fitToPage: { wide: true, tall: false } },
        blocks: [
          {
            kind: "table",
            anchor: { row: 0, col: 0 },
            name: "Data",
            style: "TableStyleMedium2",
            columns: [
              { id: "text", header: "Text", type: "text", format: "@" },
              { id: "number", header: "Number", type: "decimal", format: "#,##0.00" },
            ],
            rows: texts.map((t, i): TableCell[] => [t, numbers[i]]),
          },
        ],
      },
    ],
  };
}

async function readBack(model: ReportModel): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeReportXlsx(model)) as unknown as ExcelJS.Buffer);
  return wb.getWorksheet("Data")!;
}

/** Texts a CRM export really holds, formula-looking ones first. */
const text = fc.oneof(
  fc.constantFrom('=HYPERLINK("http://x","y")', "+33 1 23 45 67", "-5", "@SUM(A1)", "=1+1", "007"),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0)
);

describe("writeReportXlsx round trip", () => {
  it("reads back every text as the same text, never a formula or a number (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(text, fc.double({ min: -1e9, max: 1e9, noNaN: true })), {
          minLength: 1,
          maxLength: 15,
        }),
        async (pairs) => {
          const ws = await readBack(
            modelOf(
              pairs.map((p) => p[0]),
              pairs.map((p) => p[1])
            )
          );
          return pairs.every(([t, n], i) => {
            const textCell = ws.getCell(i + 2, 1);
            const numberCell = ws.getCell(i + 2, 2);
            return (
              textCell.type === ExcelJS.ValueType.String &&
              textCell.value === t &&
              numberCell.value === (Object.is(n, -0) ? 0 : n)
            );
          });
        }
      ),
      { numRuns: 15 }
    );
  });

  describe("edge cases", () => {
    it("drops control characters XML cannot carry instead of writing a corrupt file", async () => {
      const ws = await readBack(modelOf(["Dupont\u0001 SA", "tab\there"], [1, 2]));
      expect(ws.getCell("A2").value).toBe("Dupont SA");
      expect(ws.getCell("A3").value).toBe("tab\there");
    });

    it("keeps leading and trailing spaces of a text", async () => {
      const ws = await readBack(modelOf(["  padded  "], [1]));
      expect(ws.getCell("A2").value).toBe("  padded  ");
    });

    it("writes infinite and NaN numbers as empty cells", async () => {
      const ws = await readBack(modelOf(["a", "b"], [Infinity, NaN]));
      expect(ws.getCell("B2").value).toBeNull();
      expect(ws.getCell("B3").value).toBeNull();
    });
  });
});
