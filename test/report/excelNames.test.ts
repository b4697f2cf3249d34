import fc from "fast-check";
import { excelSheetName, excelTableName } from "../../src/report/excelNames";
import { currencyFormat } from "../../src/report/numberFormats";

describe("excelSheetName", () => {
  it("keeps valid names, accents included", () => {
    expect(excelSheetName("Qualité des données")).toBe("Qualité des données");
  });

  it("replaces forbidden characters and trims to 31 characters", () => {
    expect(excelSheetName("Q1/Q2: [test]*?")).toBe("Q1 Q2 test");
    expect(excelSheetName("Segments et actions recommandées par client")).toHaveLength(31);
  });

  it("is always valid (property)", () => {
    fc.assert(
      fc.property(fc.string(), (label) => {
        const name = excelSheetName(label);
        return (
          name.length >= 1 &&
          name.length <= 31 &&
          !/[[\]:*?/\\]/.test(name) &&
          !name.startsWith("'") &&
          !name.endsWith("'")
        );
      })
    );
  });

  it("edge cases: empty and reserved", () => {
    expect(excelSheetName("  ")).toBe("Sheet");
    expect(excelSheetName("History")).toBe("History_");
  });
});

describe("excelTableName", () => {
  it("folds accents and replaces other characters by underscores", () => {
    expect(excelTableName("Qualité des données")).toBe("Qualite_des_donnees");
  });

  it("never starts with a digit nor reads as a cell reference", () => {
    expect(excelTableName("2024 campaigns")).toBe("T_2024_campaigns");
    expect(excelTableName("R1C1")).toBe("R1C1_");
    expect(excelTableName("AB12")).toBe("AB12_");
    expect(excelTableName("R")).toBe("R_");
  });

  it("is always valid (property)", () => {
    fc.assert(
      fc.property(fc.string(), (label) => /^[A-Za-z_][A-Za-z0-9_.]*$/.test(excelTableName(label)))
    );
  });
});

describe("currencyFormat", () => {
  it("puts the symbol before the number in English and after it in French; codes stay invariant", () => {
    expect(currencyFormat("£", "en")).toBe('"£"#,##0.00;-"£"#,##0.00');
    expect(currencyFormat("€", "fr")).toBe('#,##0.00\\ "€";-#,##0.00\\ "€"');
    expect(currencyFormat("€", "fr", 0)).toBe('#,##0\\ "€";-#,##0\\ "€"');
  });

  it("edge case: no symbol gives a plain two-decimal number", () => {
    expect(currencyFormat("", "en")).toBe("#,##0.00");
  });
});
