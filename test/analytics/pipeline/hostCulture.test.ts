/**
 * The workbook culture as the host reports it (ExcelApi 1.11 decimal separator, 1.12 short date
 * pattern: WorkbookInfo) decides what the texts themselves cannot, ahead of the culture's name.
 */
import type { CellValue, WorkbookInfo } from "../../../src/analytics/domain";
import { dateOrderOfPattern, decideDateOrder } from "../../../src/analytics/input";
import { loadAndClean, type CleanData, type PipelineResult } from "../../../src/analytics/pipeline";
import { memorySource } from "./memorySource";

function ok(result: PipelineResult): CleanData {
  if (!result.ok) throw new Error(`pipeline failed: ${result.error.code}`);
  return result.data;
}

// Ambiguous texts only: 03/04/2024 could be 3 April or 4 March; "1,250" 1.25 or 1250.
const sales: CellValue[][] = [
  ["customer", "date", "amount"],
  ["A", "03/04/2024", "1,250"],
  ["B", "05/06/2024", "2,500"],
];

async function read(info: WorkbookInfo, culture?: string) {
  const data = ok(await loadAndClean(memorySource({ Sales: sales }, info), { culture }));
  return data.transactions.map((t) => [new Date(t.date).toISOString().slice(0, 10), t.amount]);
}

describe("dateOrderOfPattern", () => {
  it("reads Excel's short date patterns", () => {
    expect(dateOrderOfPattern("dd/MM/yyyy")).toBe("dmy");
    expect(dateOrderOfPattern("d.M.yyyy")).toBe("dmy");
    expect(dateOrderOfPattern("M/d/yyyy")).toBe("mdy");
    expect(dateOrderOfPattern("MM-dd-yy")).toBe("mdy");
    expect(dateOrderOfPattern("yyyy/MM/dd")).toBeNull(); // year first: ISO-like texts
    expect(dateOrderOfPattern("'Day' d 'of' M")).toBe("dmy"); // quoted literals ignored
    expect(dateOrderOfPattern(undefined)).toBeNull();
    expect(dateOrderOfPattern("yyyy")).toBeNull();
  });

  it("wins over the culture's name, and the data wins over both", () => {
    const ambiguous = ["03/04/2024"];
    expect(decideDateOrder(ambiguous, { culture: "en-GB", shortDatePattern: "M/d/yyyy" })).toEqual({
      order: "mdy",
      basis: "culture",
      conflicts: 0,
    });
    expect(decideDateOrder(ambiguous, { culture: "en-GB" }).order).toBe("dmy");
    expect(decideDateOrder(["25/04/2024"], { shortDatePattern: "M/d/yyyy" }).order).toBe("dmy");
  });
});

describe("the host's culture settings in the pipeline", () => {
  it("fr-FR as Excel reports it: day first, decimal comma", async () => {
    const info = {
      date1904: false,
      culture: "fr-FR",
      decimalSeparator: ",",
      shortDatePattern: "dd/MM/yyyy",
    } as const;
    expect(await read(info)).toEqual([
      ["2024-04-03", 1.25],
      ["2024-06-05", 2.5],
    ]);
  });

  it("a user's customised settings beat the culture's name (en-GB with M/d/yyyy and a comma)", async () => {
    const info = {
      date1904: false,
      culture: "en-GB",
      decimalSeparator: ",",
      shortDatePattern: "M/d/yyyy",
    } as const;
    expect(await read(info)).toEqual([
      ["2024-03-04", 1.25],
      ["2024-05-06", 2.5],
    ]);
    // Without them (a host below ExcelApi 1.11/1.12), the culture's name decides.
    expect(await read({ date1904: false, culture: "en-GB" })).toEqual([
      ["2024-04-03", 1250],
      ["2024-06-05", 2500],
    ]);
  });

  it("a culture the user chose overrides the workbook's settings too", async () => {
    const info = {
      date1904: false,
      culture: "fr-FR",
      decimalSeparator: ",",
      shortDatePattern: "dd/MM/yyyy",
    } as const;
    expect(await read(info, "en-US")).toEqual([
      ["2024-03-04", 1250],
      ["2024-05-06", 2500],
    ]);
  });
});
