/**
 * Date columns from number formats (src/excel/dateColumns.ts): a number in a Date-formatted
 * column is a serial and reaches the engine as a Date, as the .xlsx source hands it over; in a
 * General or Number column it stays a number. numberFormatCategories on ExcelApi 1.12 (the fake
 * files custom codes under "Custom", as Excel does), format codes below it.
 */
import { isDateFormatCode } from "../../src/excel/dateColumns";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import type { ExcelHost } from "../../src/excel/host";
import { FakeExcel } from "../fakes/excel/fakeExcel";

function sourceOn(fake: FakeExcel) {
  return new ExcelWorkbookSource(<T>(batch: (c: ExcelHost) => Promise<T>) => batch(fake), {
    supports: (_set, version) => fake.isSetSupported("ExcelApi", version),
  });
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("isDateFormatCode", () => {
  it("tells date codes from number, time and text codes", () => {
    for (const code of [
      "m/d/yyyy",
      "yyyy-mm-dd",
      "dd/mm/yy",
      "d-mmm-yy",
      "mmm-yy",
      "m/d/yyyy h:mm",
      "[$-40C]d mmmm yyyy",
      "mmmm",
    ]) {
      expect([code, isDateFormatCode(code)]).toEqual([code, true]);
    }
    for (const code of [
      "General",
      "0.00",
      "#,##0 €",
      "0%",
      "0.00E+00",
      "@",
      "h:mm",
      "mm:ss",
      "h:mm AM/PM",
      '#,##0 "days"',
      "[Red]0.00",
    ]) {
      expect([code, isDateFormatCode(code)]).toEqual([code, false]);
    }
  });
});

describe("reading a sheet with date, custom-date and General number columns", () => {
  function workbook(apiVersion: string, date1904 = false): FakeExcel {
    const fake = new FakeExcel({ apiVersion, date1904 });
    const sheet = fake.addSheet("Sales", [
      ["customer", "ordered", "shipped", "qty", "code"],
      ["A", 45383, 45385, 2, 45383],
      ["B", 45384, 45390, 1, 20240105],
    ]);
    // ordered: built-in m/d/yyyy ("Date"); shipped: custom yyyy-mm-dd ("Custom"); qty, code: General.
    sheet.grid.setFormats({ row: 1, col: 1, rows: 2, cols: 1 }, [["m/d/yyyy"], ["m/d/yyyy"]]);
    sheet.grid.setFormats({ row: 1, col: 2, rows: 2, cols: 1 }, [["yyyy-mm-dd"], ["yyyy-mm-dd"]]);
    return fake;
  }

  for (const apiVersion of ["1.12", "1.9"]) {
    it(`hands dates over as Dates and numbers as numbers (ExcelApi ${apiVersion})`, async () => {
      const sheet = await sourceOn(workbook(apiVersion)).readSheet("Sales");
      expect(sheet.rows).toEqual([
        ["customer", "ordered", "shipped", "qty", "code"],
        ["A", day(2024, 4, 1), day(2024, 4, 3), 2, 45383],
        ["B", day(2024, 4, 2), day(2024, 4, 8), 1, 20240105],
      ]);
    });
  }

  it("counts serials in the workbook's 1904 system", async () => {
    const fake = workbook("1.12", true);
    const sheet = await sourceOn(fake).readSheet("Sales");
    expect(sheet.rows[1][1]).toEqual(day(2028, 4, 2)); // 45383 days after 1904-01-01
  });

  it("asks for numberFormatCategories only on ExcelApi 1.12 (ApiNotFound below)", async () => {
    const fake = new FakeExcel({ apiVersion: "1.11" });
    fake.addSheet("S", [["a"], [1]]);
    fake.workbook.worksheets.getItem("S").getRange("A1:A2").load("numberFormatCategories");
    await expect(fake.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("keeps a column as numbers when one of its probe numbers is not date-formatted", async () => {
    const fake = workbook("1.12");
    fake.sheet("Sales").grid.setFormats({ row: 2, col: 1, rows: 1, cols: 1 }, [["General"]]);
    const sheet = await sourceOn(fake).readSheet("Sales");
    expect(sheet.rows.map((r) => r[1]).slice(1)).toEqual([45383, 45384]);
  });
});
