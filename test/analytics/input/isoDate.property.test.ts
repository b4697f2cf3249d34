/**
 * parseIsoDate reads the commonest ISO shapes from their characters: on texts near those shapes
 * (any digits, other separators and lengths, spaces, a "T" or "t", a zone, fractions) it gives
 * exactly what its regular expression gives (isoDateByPattern), including null for days and
 * times that do not exist.
 */
import fc from "fast-check";
import { isoDateByPattern, parseIsoDate } from "../../../src/analytics/input/values/dateText";

const digit = fc.constantFrom(..."0123456789".split(""));
const digits = (min: number, max: number) =>
  fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(""));
const nearIso = fc
  .tuple(
    digits(3, 5),
    fc.constantFrom("-", "/", ".", "--", ""),
    digits(1, 3),
    fc.constantFrom("-", "/", "."),
    digits(1, 3),
    fc.option(
      fc.tuple(
        fc.constantFrom(" ", "T", "t", "  ", "x"),
        digits(1, 3),
        fc.constantFrom(":", "h", ""),
        digits(1, 3),
        fc.option(fc.tuple(fc.constantFrom(":", ";"), digits(1, 3)), { nil: undefined }),
        fc.constantFrom("", "Z", ".5", ",123", "+01:00", " ")
      ),
      { nil: undefined }
    ),
    fc.constantFrom("", " ", "\t")
  )
  .map(([y, s1, m, s2, d, time, pad]) => {
    const clock = time
      ? `${time[0]}${time[1]}${time[2]}${time[3]}${time[4] ? time[4].join("") : ""}${time[5]}`
      : "";
    return `${pad}${y}${s1}${m}${s2}${d}${clock}${pad}`;
  });

/** The shapes read from their characters, with any digits (a 13th month, a 31st of June...). */
const exportShape = fc
  .tuple(digits(4, 4), digits(2, 2), digits(2, 2), fc.constantFrom(" ", "T", "t", "_"))
  .chain(([y, m, d, between]) =>
    fc.constantFrom(
      `${y}-${m}-${d}`,
      `${y}-${m}-${d}${between}${m}:${d}`,
      `${y}-${m}-${d}${between}${d}:${m}:${y.slice(2)}`,
      `${y}-${m}-${d}${between}${m}:${d}:${y.slice(2)}.5`,
      `${y}/${m}-${d}`
    )
  );

describe("parseIsoDate (property)", () => {
  it("gives its regular expression's reading of the export shapes, any digits", () => {
    fc.assert(
      fc.property(exportShape, (text) => {
        expect(parseIsoDate(text)).toBe(isoDateByPattern(text));
      }),
      { numRuns: 20_000 }
    );
  });

  it("gives its regular expression's reading of any text near an ISO date", () => {
    fc.assert(
      fc.property(nearIso, (text) => {
        expect(parseIsoDate(text)).toBe(isoDateByPattern(text));
      }),
      { numRuns: 20_000 }
    );
  });

  it("reads the export shapes, and refuses days and times that do not exist", () => {
    expect(parseIsoDate("2010-12-01 08:26:00")).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(parseIsoDate("2011-12-09T12:50")).toBe(Date.UTC(2011, 11, 9, 12, 50));
    // year 99, not 1999 (Date.UTC's reading of a 2-digit year)
    const year99 = new Date(0);
    year99.setUTCFullYear(99, 2, 1);
    expect(parseIsoDate("0099-03-01")).toBe(year99.getTime());
    expect(parseIsoDate("2011-02-29")).toBeNull();
    expect(parseIsoDate("2012-02-29 24:00")).toBeNull();
    expect(parseIsoDate("2012-02-29 23:59:60")).toBeNull();
  });
});
