import { decideDecimalSeparator } from "../../../../src/analytics/input/values/decimalSeparator";

describe("decideDecimalSeparator", () => {
  it.each([
    [["1,234", "12,345.60"], "."], // "12,345.60": the later point is the decimal
    [["1.234", "2,55"], ","], // "2,55": a lone comma before two digits is a decimal
    [["1.234.567", "12"], ","], // a repeated point groups thousands
    [["1,234,567"], "."],
    [["12.5", "3.75", "1,234"], "."],
  ])("%j -> %p", (values, expected) => {
    expect(decideDecimalSeparator(values)).toBe(expected);
  });

  describe("edge cases", () => {
    it("says nothing when no text settles it", () => {
      expect(decideDecimalSeparator(["1,234", "5,678", "12"])).toBeNull();
      expect(decideDecimalSeparator([1.5, null, "abc", new Date(0)])).toBeNull();
      expect(decideDecimalSeparator([])).toBeNull();
    });
  });
});
