import fc from "fast-check";
import {
  excelSerialToInstant,
  instantToExcelSerial,
} from "../../../../src/analytics/input/values/excelSerialDate";
import { parseDateCell } from "../../../../src/analytics/input/values/dateCell";

describe("excelSerialToInstant", () => {
  it("reads the 1900 system: 40513.35138888889 is 2010-12-01 08:26 (Excel shows it so)", () => {
    expect(excelSerialToInstant(40513.35138888889, false)).toBe(Date.UTC(2010, 11, 1, 8, 26));
  });

  it("counts the fictitious 1900-02-29 (serial 60): 59 is Feb 28, 61 is Mar 1, 1 is Jan 1", () => {
    expect(excelSerialToInstant(1, false)).toBe(Date.UTC(1900, 0, 1));
    expect(excelSerialToInstant(59, false)).toBe(Date.UTC(1900, 1, 28));
    expect(excelSerialToInstant(60, false)).toBeNull();
    expect(excelSerialToInstant(61, false)).toBe(Date.UTC(1900, 2, 1));
  });

  it("reads the 1904 system: serial 0 is 1904-01-01, and 1900-system serial minus 1462 is the same day", () => {
    expect(excelSerialToInstant(0, true)).toBe(Date.UTC(1904, 0, 1));
    expect(excelSerialToInstant(40513 - 1462, true)).toBe(Date.UTC(2010, 11, 1));
  });

  it("round-trips with instantToExcelSerial in both systems (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.boolean(),
        (t, date1904) => {
          if (date1904 && t < Date.UTC(1904, 0, 1)) return;
          const back = excelSerialToInstant(instantToExcelSerial(t, date1904), date1904);
          expect(back).not.toBeNull();
          expect(Math.abs(back! - t)).toBeLessThanOrEqual(1);
        }
      )
    );
  });

  describe("edge cases", () => {
    it("rejects negative, non-finite and out-of-range serials, and time-only values", () => {
      expect(excelSerialToInstant(-1, false)).toBeNull();
      expect(excelSerialToInstant(Number.NaN, false)).toBeNull();
      expect(excelSerialToInstant(3_000_000, false)).toBeNull();
      expect(excelSerialToInstant(0.5, false)).toBeNull();
    });
  });
});

describe("parseDateCell", () => {
  const options = { date1904: false, order: "dmy" as const };
  it("takes a JS Date (ExcelJS) as the UTC wall clock", () => {
    expect(parseDateCell(new Date(Date.UTC(2011, 5, 3, 14, 5)), options)).toBe(
      Date.UTC(2011, 5, 3, 14, 5)
    );
  });
  it("reads serial numbers, serial numbers as text and date texts", () => {
    expect(parseDateCell(40513, options)).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateCell("40513", options)).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateCell("40513,5", options)).toBe(Date.UTC(2010, 11, 1, 12)); // French decimal comma
    expect(parseDateCell("01/12/2010", options)).toBe(Date.UTC(2010, 11, 1));
  });
  it("edge cases: invalid Date, booleans, blanks and errors are not dates", () => {
    expect(parseDateCell(new Date(Number.NaN), options)).toBeNull();
    expect(parseDateCell(true, options)).toBeNull();
    expect(parseDateCell(null, options)).toBeNull();
    expect(parseDateCell({ error: "#N/A" }, options)).toBeNull();
    expect(parseDateCell("hello", options)).toBeNull();
  });
});
