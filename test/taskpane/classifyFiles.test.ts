import { classifyFiles } from "../../src/taskpane/components/FileDropZone/classifyFiles";

const named = (...names: string[]) => names.map((name) => ({ name }));

describe("classifyFiles", () => {
  it("accepts one workbook", () => {
    const files = named("sales.xlsx");
    expect(classifyFiles(files)).toEqual({ kind: "workbook", files });
  });

  it("accepts any number of CSV files, in the order given", () => {
    const files = named("b.csv", "a.csv", "c.csv");
    expect(classifyFiles(files)).toEqual({ kind: "csv", files });
  });

  it("accepts gzipped CSV files (.csv.gz) as the CLI does, not other .gz files", () => {
    const files = named("jan.csv.gz", "feb.CSV.GZ", "mar.csv");
    expect(classifyFiles(files)).toEqual({ kind: "csv", files });
    for (const name of ["sales.gz", "sales.xlsx.gz", "logs.tar.gz"]) {
      expect(classifyFiles(named(name))).toEqual({
        kind: "rejected",
        reason: "notSpreadsheet",
        name,
      });
    }
  });

  it.each([
    [["a.xlsx", "b.xlsx"], "severalWorkbooks"],
    [["a.xlsx", "b.csv"], "mixed"],
    [["b.csv", "a.xlsx"], "mixed"],
  ])("refuses %j (%s)", (names, reason) => {
    expect(classifyFiles(named(...names))).toEqual({ kind: "rejected", reason });
  });

  it("names the first file that is not a spreadsheet", () => {
    expect(classifyFiles(named("a.csv", "deck.pptx", "old.xls"))).toEqual({
      kind: "rejected",
      reason: "notSpreadsheet",
      name: "deck.pptx",
    });
  });

  describe("edge cases", () => {
    it("nothing chosen is neither accepted nor refused", () => {
      expect(classifyFiles([])).toEqual({ kind: "none" });
    });

    it("reads extensions case-insensitively", () => {
      expect(classifyFiles(named("EXPORT.CSV")).kind).toBe("csv");
      expect(classifyFiles(named("Ventes.XLSX")).kind).toBe("workbook");
    });

    it("judges by the last extension only", () => {
      expect(classifyFiles(named("sales.xlsx.zip"))).toMatchObject({ reason: "notSpreadsheet" });
      expect(classifyFiles(named("sales.2024.csv")).kind).toBe("csv");
    });

    it("refuses legacy .xls, .xlsm and files without an extension", () => {
      for (const name of ["old.xls", "macro.xlsm", "csv", "README"]) {
        expect(classifyFiles(named(name))).toEqual({
          kind: "rejected",
          reason: "notSpreadsheet",
          name,
        });
      }
    });
  });
});
