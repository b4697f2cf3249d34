import ExcelJS from "exceljs";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import {
  cellFromExcelJs,
  cultureFromNumberFormats,
  parseRangeRef,
} from "../../src/xlsx/workbookSourceCells";

/** A workbook written by ExcelJS itself, as a user's file would arrive: bytes. */
async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

describe("XlsxWorkbookSource", () => {
  it("reads a plain range with a title above the header, every kind of cell", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.getCell("A1").value = "Export des ventes";
      ws.getRow(3).values = ["Client", "Date", "Montant", "Note", "Lien", "Erreur"];
      ws.getRow(4).values = [
        "K1",
        new Date(Date.UTC(2024, 2, 5, 9, 30)),
        { formula: "2*5", result: 10 } as ExcelJS.CellFormulaValue,
        { richText: [{ text: "très " }, { font: { bold: true }, text: "bien" }] },
        { text: "site", hyperlink: "https://example.com" },
        { error: "#N/A" } as ExcelJS.CellErrorValue,
      ];
      ws.getRow(5).values = [
        "K2",
        45357,
        { formula: "A1", result: undefined } as unknown as ExcelJS.CellFormulaValue,
        true,
      ];
    });
    const source = await XlsxWorkbookSource.load(new Uint8Array(bytes));
    expect(await source.info()).toEqual({ date1904: false, culture: undefined });
    expect(await source.listSheets()).toEqual([
      { name: "Ventes", tables: [], rowCount: 5, columnCount: 6 },
    ]);
    const sheet = await source.readSheet("Ventes");
    expect(sheet.firstRow).toBe(1);
    expect(sheet.rows).toEqual([
      ["Export des ventes"],
      [],
      ["Client", "Date", "Montant", "Note", "Lien", "Erreur"],
      ["K1", new Date(Date.UTC(2024, 2, 5, 9, 30)), 10, "très bien", "site", { error: "#N/A" }],
      ["K2", 45357, null, true],
    ]);
  });

  it("prefers an Excel Table's range, without its totals row, and names the table", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Clients");
      ws.getCell("A1").value = "Notes above the table";
      ws.addTable({
        name: "T_Clients",
        ref: "B3",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Code client", totalsRowLabel: "Total" },
          { name: "CA", totalsRowFunction: "sum" },
        ],
        rows: [
          ["K1", 10],
          ["K2", 20],
        ],
      });
      ws.getCell("F20").value = "outside the table";
    });
    const source = await XlsxWorkbookSource.load(bytes);
    expect((await source.listSheets())[0].tables).toEqual([{ name: "T_Clients" }]);
    expect(await source.readSheet("Clients")).toEqual({
      name: "Clients",
      rows: [
        ["Code client", "CA"],
        ["K1", 10],
        ["K2", 20],
      ],
      firstRow: 3,
      tableName: "T_Clients",
      columnFormats: [null, null],
    });
  });

  it("hands over each column's number format, where the money's currency is read", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Sales");
      ws.addRow(["Customer", "Amount"]);
      ws.addRow(["K1", 12.5]);
      ws.getCell("B2").numFmt = "[$£-809]#,##0.00";
    });
    const source = await XlsxWorkbookSource.load(bytes);
    expect((await source.readSheet("Sales")).columnFormats).toEqual([null, "[$£-809]#,##0.00"]);
  });

  it("reports the 1904 date system, reads date-formatted cells in it, and takes the caller's culture", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 43800; // 1904 serial: 43800 + 1462 = 45262 in 1900 terms = 2023-12-02
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
      ws.getCell("A2").value = 43800; // no date format: stays a number for the input layer
    });
    const source = await XlsxWorkbookSource.load(bytes, { culture: "fr-FR" });
    expect(await source.info()).toEqual({ date1904: true, culture: "fr-FR" });
    expect((await source.readSheet("S")).rows).toEqual([
      [new Date(Date.UTC(2023, 11, 2))],
      [43800],
    ]);
  });

  it("reports progress and fails clearly on an unknown sheet", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 1; r <= 3; r++) ws.getRow(r).values = ["a", r];
    });
    const source = await XlsxWorkbookSource.load(bytes);
    const progress: number[][] = [];
    await source.readSheet("S", (done, total) => progress.push([done, total]));
    expect(progress[progress.length - 1]).toEqual([3, 3]);
    await expect(source.readSheet("Nope")).rejects.toThrow("Nope");
  });

  describe("edge cases", () => {
    it("an empty sheet reads as no rows", async () => {
      const source = await XlsxWorkbookSource.load(
        await workbookBytes((wb) => wb.addWorksheet("Vide"))
      );
      expect((await source.readSheet("Vide")).rows).toEqual([]);
    });
    it("rejects bytes that are not a workbook", async () => {
      await expect(
        XlsxWorkbookSource.load(new TextEncoder().encode("not a zip"))
      ).rejects.toThrow();
    });
  });
});

describe("cultureFromNumberFormats", () => {
  it("reads a locale tag, then custom date formats, and ignores Excel's built-in short date", () => {
    expect(cultureFromNumberFormats(["0.00", "#,##0.00\\ [$€-40C]"])).toBe("fr-FR");
    expect(cultureFromNumberFormats(["[$-409]mmm d, yyyy"])).toBe("en-US");
    expect(cultureFromNumberFormats(["dd/mm/yyyy", "dd/mm/yyyy hh:mm"])).toBe("fr-FR");
    expect(cultureFromNumberFormats(["m/d/yyyy"])).toBe("en-US");
    expect(cultureFromNumberFormats(["mm-dd-yy", "General", "0%"])).toBeUndefined();
    expect(cultureFromNumberFormats([])).toBeUndefined();
  });

  it("is what info() reports when the caller gives no culture", async () => {
    const bytes = await workbookBytes((wb) => {
      const cell = wb.addWorksheet("S").getCell("A1");
      cell.value = 12.5;
      cell.numFmt = "#,##0.00 [$€-40C]";
    });
    expect((await (await XlsxWorkbookSource.load(bytes)).info()).culture).toBe("fr-FR");
    expect(
      (await (await XlsxWorkbookSource.load(bytes, { culture: "en-GB" })).info()).culture
    ).toBe("en-GB");
  });
});

describe("cellFromExcelJs", () => {
  it("maps each ExcelJS value shape", () => {
    expect(cellFromExcelJs(undefined)).toBeNull();
    expect(cellFromExcelJs(Number.NaN)).toBeNull();
    expect(cellFromExcelJs({ sharedFormula: "A1", result: "x" })).toBe("x");
    expect(cellFromExcelJs({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({
      error: "#DIV/0!",
    });
    expect(
      cellFromExcelJs({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "h" })
    ).toBe("ab");
  });
  it("parses A1 ranges", () => {
    expect(parseRangeRef("B3:AA10")).toEqual({ top: 3, left: 2, bottom: 10, right: 27 });
    expect(parseRangeRef("$C$5")).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    expect(parseRangeRef("nope")).toBeNull();
  });
});
