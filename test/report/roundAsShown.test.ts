import { FORMAT, pointsFormat, roundAsShown, shownDecimals } from "../../src/report/numberFormats";
import { changeColor } from "../../src/xlsx/ooxml/reportStyles";
import { palette } from "../../src/report/palette";

describe("shownDecimals", () => {
  it("counts the decimals of the number itself (a % shows two more)", () => {
    expect(shownDecimals(FORMAT.signedPercent)).toBe(3); // 0.042 shows as 4.2%
    expect(shownDecimals(pointsFormat("pts"))).toBe(2); // "+0.68 pts"
    expect(shownDecimals(pointsFormat("pts", 0))).toBe(0);
    expect(shownDecimals('"vs. last month "+0.0%;-0.0%')).toBe(3); // quoted text ignored
  });
});

describe("roundAsShown", () => {
  it("rounds as the format shows, so a change that shows as zero is zero", () => {
    expect(roundAsShown(0.0423, FORMAT.signedPercent)).toBe(0.042);
    expect(roundAsShown(-2.3809, pointsFormat("pts"))).toBe(-2.38);
  });

  describe("edge cases", () => {
    it("never gives minus zero: -0.0002 under +0.0% is 0, shown 0.0% and neutral", () => {
      const v = roundAsShown(-0.0002, FORMAT.signedPercent);
      expect(Object.is(v, 0)).toBe(true);
      // the tile's colour: grey, not the red of a fall
      expect(changeColor(v)).toBe(changeColor(0));
      expect(changeColor(v)).toContain(palette.neutral);
    });
    it("rounds halves away from zero, as Excel's ROUND in the change's formula does", () => {
      expect(roundAsShown(-2.345, pointsFormat("pts", 1))).toBe(-2.3); // 2.345 x 10 = 23.45
      expect(roundAsShown(-0.25, pointsFormat("pts", 1))).toBe(-0.3);
      expect(roundAsShown(0.25, pointsFormat("pts", 1))).toBe(0.3);
      expect(roundAsShown(-0.0006, FORMAT.signedPercent)).toBe(-0.001);
    });
  });
});
