/**
 * instantOf computes the common case (whole parts in range, a year from 100) with one Date.UTC
 * and a table of month lengths; everywhere it gives what the Date object's way gives
 * (instantOfDateObject): the same instant, or null for a day or time that does not exist.
 */
import fc from "fast-check";
import { instantOf, instantOfDateObject } from "../../../../src/analytics/input/values/dateText";

const args = (i: readonly number[]) => [i[0], i[1], i[2], i[3], i[4], i[5], i[6]] as const;

describe("instantOf", () => {
  it("equals the Date object's instant on dates and times near the calendar's edges", () => {
    const near = (low: number, high: number) =>
      fc.oneof(
        fc.integer({ min: low - 2, max: high + 2 }),
        fc.constantFrom(low, high, -0, 0.5, low + 0.5, -1, NaN, Infinity)
      );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1590, max: 2410 }),
          fc.integer({ min: -500, max: 300 }),
          fc.constantFrom(275_000, 275_001, 275_760, 1e6, 2000.5, NaN)
        ),
        near(1, 12),
        near(1, 31),
        near(0, 23),
        near(0, 59),
        near(0, 59),
        near(0, 999),
        (...parts) => {
          const [y, mo, d, h, mi, s, ms] = args(parts);
          expect(instantOf(y, mo, d, h, mi, s, ms)).toBe(
            instantOfDateObject(y, mo, d, h, mi, s, ms)
          );
        }
      ),
      { numRuns: 20_000 }
    );
  });

  it("reads every day of leap and common years, and refuses the days that do not exist", () => {
    // 1900 and 2100 are not leap years, 2000 and 2024 are; 0099 is read as written, not 1999.
    for (const year of [99, 100, 1600, 1900, 2000, 2023, 2024, 2100]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 28; day <= 32; day++) {
          expect(instantOf(year, month, day)).toBe(
            instantOfDateObject(year, month, day, 0, 0, 0, 0)
          );
        }
      }
    }
    expect(instantOf(2024, 2, 29)).toBe(Date.UTC(2024, 1, 29));
    expect(instantOf(2023, 2, 29)).toBeNull();
    expect(instantOf(1900, 2, 29)).toBeNull();
    expect(instantOf(2010, 12, 1, 8, 26)).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(instantOf(2010, 4, 31)).toBeNull();
    expect(instantOf(2010, 1, 1, 24)).toBeNull();
  });
});
