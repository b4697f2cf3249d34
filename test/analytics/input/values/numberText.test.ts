import fc from "fast-check";
import {
  parseNumberCell,
  parseNumberText,
} from "../../../../src/analytics/input/values/numberText";
import { parseBoolean } from "../../../../src/analytics/input/values/booleanText";
import { cellErrorCode, ERROR_TEXTS } from "../../../../src/analytics/input/values/errorValue";

describe("parseNumberText", () => {
  it.each([
    ["1 234,56 €", 1234.56],
    ["1\u00a0234,56\u00a0€", 1234.56], // no-break space
    ["1\u202f234,56\u202f€", 1234.56], // narrow no-break space (Intl fr-FR)
    ["$1,234.56", 1234.56],
    ["1.234,56", 1234.56],
    ["1'234.56", 1234.56],
    ["12,5 %", 0.125],
    ["12.5%", 0.125],
    ["(12.50)", -12.5],
    ["-12", -12],
    ["12-", -12],
    ["\u221212", -12],
    ["\u201312,50 €", -12.5], // en dash used as a minus
    ["-$12.00", -12],
    ["+3", 3],
    ["1e3", 1000],
    ["1.5E-3", 0.0015],
    ["2,55", 2.55],
    ["0,123", 0.123],
    [".5", 0.5],
    ["1,234,567", 1234567],
    ["1.234.567,8", 1234567.8],
    ["EUR 10", 10],
    ["-", 0], // accounting format's zero
    ["€ -", 0],
  ])("reads %j as %p", (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it("reads a lone separator before three digits by the culture, else as a decimal", () => {
    expect(parseNumberText("1,234", "en-US")).toBe(1234);
    expect(parseNumberText("1,234", "fr-FR")).toBe(1.234);
    expect(parseNumberText("1.234", "de-DE")).toBe(1234);
    expect(parseNumberText("1.234", "en-GB")).toBe(1.234);
    expect(parseNumberText("1,234")).toBe(1.234);
  });

  it.each(["fr-FR", "en-US", "de-DE", "en-GB"])(
    "round-trips numbers formatted by Intl in %s, with and without currency (property)",
    (culture) => {
      const plain = new Intl.NumberFormat(culture, { maximumFractionDigits: 2 });
      const money = new Intl.NumberFormat(culture, { style: "currency", currency: "EUR" });
      const percent = new Intl.NumberFormat(culture, {
        style: "percent",
        maximumFractionDigits: 1,
      });
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
          const value = cents / 100;
          expect(parseNumberText(plain.format(value), culture)).toBeCloseTo(value, 9);
          expect(parseNumberText(money.format(value), culture)).toBeCloseTo(value, 9);
          const rate = Math.round(cents / 10) / 1000; // one decimal of a percent
          expect(parseNumberText(percent.format(rate), culture)).toBeCloseTo(rate, 9);
        })
      );
    }
  );

  describe("edge cases", () => {
    it.each(["", "  ", "abc", "12abc", "1,2,3", "1.2.3", "--1", "1 2 3 x", "€", "%", "#N/A"])(
      "%j is not a number",
      (text) => {
        expect(parseNumberText(text)).toBeNull();
      }
    );
    it("takes number cells as they are and refuses other cells", () => {
      expect(parseNumberCell(12.5)).toBe(12.5);
      expect(parseNumberCell(Number.NaN)).toBeNull();
      expect(parseNumberCell(true)).toBeNull();
      expect(parseNumberCell(new Date(0))).toBeNull();
      expect(parseNumberCell({ error: "#DIV/0!" })).toBeNull();
      expect(parseNumberCell(null)).toBeNull();
    });
  });
});

describe("parseBoolean", () => {
  it.each([
    ["oui", true],
    ["Non", false],
    ["YES", true],
    ["no", false],
    ["Vrai", true],
    ["FAUX", false],
    ["true", true],
    ["false", false],
    ["1", true],
    ["0", false],
    ["x", true],
    [" X ", true],
  ])("reads %j as %p", (text, expected) => {
    expect(parseBoolean(text)).toBe(expected);
  });
  it("edge cases: booleans, 1/0 numbers, and nothing else", () => {
    expect(parseBoolean(true)).toBe(true);
    expect(parseBoolean(0)).toBe(false);
    expect(parseBoolean(2)).toBeNull();
    expect(parseBoolean("")).toBeNull();
    expect(parseBoolean("maybe")).toBeNull();
    expect(parseBoolean(null)).toBeNull();
  });
});

describe("cellErrorCode", () => {
  it.each([
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#DIV/0!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#VALEUR!",
  ])("recognises the text %s", (text) => {
    expect(cellErrorCode(text)).toBe(text);
    expect(ERROR_TEXTS).toContain(text);
  });
  it("recognises CellError objects, ignores case and spaces, and leaves other text alone", () => {
    expect(cellErrorCode({ error: "#N/A" })).toBe("#N/A");
    expect(cellErrorCode(" #n/a ")).toBe("#N/A");
    expect(cellErrorCode("#hashtag")).toBeNull();
    expect(cellErrorCode("N/A")).toBeNull();
    expect(cellErrorCode(3)).toBeNull();
  });
});
