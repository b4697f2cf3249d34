import fc from "fast-check";
import {
  expandTwoDigitYear,
  parseDateText,
  parseIsoDate,
} from "../../../../src/analytics/input/values/dateText";
import {
  decideDateOrder,
  dateOrderOfCulture,
} from "../../../../src/analytics/input/values/dateOrder";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

describe("parseDateText", () => {
  it.each([
    ["2010-12-01", Date.UTC(2010, 11, 1)],
    ["2010-12-01 08:26:00", Date.UTC(2010, 11, 1, 8, 26)],
    ["2010-12-01T08:26:07.5Z", Date.UTC(2010, 11, 1, 8, 26, 7, 500)],
    ["2010-12-01T08:26+01:00", Date.UTC(2010, 11, 1, 8, 26)], // wall clock as written
    ["2010/12/01", Date.UTC(2010, 11, 1)],
    ["2010-12-01 08:26:00+00", Date.UTC(2010, 11, 1, 8, 26)],
  ])("reads ISO %s", (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
    expect(parseDateText(text, "mdy")).toBe(expected);
  });

  it("reads numeric texts in the order given, with times, seconds, AM/PM and French 08h26", () => {
    expect(parseDateText("01/12/2010 08:26", "dmy")).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(parseDateText("12/1/2010 8:26", "mdy")).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(parseDateText("12/1/2010 8:26:30 PM", "mdy")).toBe(Date.UTC(2010, 11, 1, 20, 26, 30));
    expect(parseDateText("12/1/2010 12:05 am", "mdy")).toBe(Date.UTC(2010, 11, 1, 0, 5));
    expect(parseDateText("01.12.2010", "dmy")).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateText("01-12-2010 08h26", "dmy")).toBe(Date.UTC(2010, 11, 1, 8, 26));
  });

  it("reads 2-digit years as Excel does: 00-29 -> 20xx, 30-99 -> 19xx", () => {
    expect(expandTwoDigitYear(29)).toBe(2029);
    expect(expandTwoDigitYear(30)).toBe(1930);
    expect(parseDateText("01/12/10", "dmy")).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateText("1/12/95", "mdy")).toBe(Date.UTC(1995, 0, 12));
  });

  it("reads month names in English and French", () => {
    expect(parseDateText("1 déc. 2010", "mdy")).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateText("1er février 2011", "mdy")).toBe(Date.UTC(2011, 1, 1));
    expect(parseDateText("01-Dec-10", "mdy")).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateText("December 1, 2010 8:26", "dmy")).toBe(Date.UTC(2010, 11, 1, 8, 26));
  });

  it("ignores a leading weekday", () => {
    expect(parseDateText("lun. 01/12/2010", "dmy")).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateText("Wednesday, December 1, 2010", "dmy")).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateText("mercredi 1 décembre 2010", "mdy")).toBe(Date.UTC(2010, 11, 1));
    expect(parseDateText("Mon 2010-11-29", "dmy")).toBe(Date.UTC(2010, 10, 29));
  });

  it("round-trips any date-time formatted dd/mm/yyyy HH:MM, mm/dd/yyyy and ISO (property)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1930, 0, 1)),
          max: new Date(Date.UTC(2099, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const [y, m, day, h, mi] = [
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
          ];
          const expected = Date.UTC(y, m - 1, day, h, mi);
          expect(parseDateText(`${pad(day)}/${pad(m)}/${y} ${pad(h)}:${pad(mi)}`, "dmy")).toBe(
            expected
          );
          expect(parseDateText(`${m}/${day}/${y} ${h}:${pad(mi)}`, "mdy")).toBe(expected);
          expect(parseDateText(`${y}-${pad(m)}-${pad(day)}T${pad(h)}:${pad(mi)}:00`, "dmy")).toBe(
            expected
          );
        }
      )
    );
  });

  describe("edge cases", () => {
    it("rejects days that do not exist and text that is no date", () => {
      expect(parseDateText("31/02/2010", "dmy")).toBeNull();
      expect(parseDateText("29/02/2011", "dmy")).toBeNull();
      expect(parseDateText("29/02/2012", "dmy")).toBe(Date.UTC(2012, 1, 29));
      expect(parseDateText("13/13/2010", "dmy")).toBeNull();
      expect(parseDateText("01/12/2010 25:00", "dmy")).toBeNull();
      expect(parseDateText("2010-13-01", "dmy")).toBeNull();
      expect(parseDateText("", "dmy")).toBeNull();
      expect(parseDateText("soon", "dmy")).toBeNull();
      expect(parseDateText("1/2/3/4", "dmy")).toBeNull();
    });
  });
});

describe("decideDateOrder", () => {
  it("lets a first part over 12 anywhere in the column settle dmy, over the culture", () => {
    const column = ["01/02/2010", "03/04/2010", null, "25/04/2010"];
    expect(decideDateOrder(column, { culture: "en-US" })).toEqual({
      order: "dmy",
      basis: "data",
      conflicts: 0,
    });
  });

  it("lets a second part over 12 settle mdy, over the culture", () => {
    expect(decideDateOrder(["12/1/2010 8:26", "12/13/2010 9:00"], { culture: "fr-FR" })).toEqual({
      order: "mdy",
      basis: "data",
      conflicts: 0,
    });
  });

  it("counts texts that contradict the majority as conflicts", () => {
    const column = ["13/01/2010", "14/01/2010", "01/15/2010"];
    expect(decideDateOrder(column, {})).toEqual({ order: "dmy", basis: "data", conflicts: 1 });
  });

  it("falls back on the option, then the culture (fr-* and en-GB dmy, en-US mdy), then dmy", () => {
    const ambiguous = ["01/02/2010", "03/04/2010"];
    expect(decideDateOrder(ambiguous, { culture: "fr-FR", dateOrder: "mdy" }).order).toBe("mdy");
    expect(decideDateOrder(ambiguous, { culture: "en-US" })).toEqual({
      order: "mdy",
      basis: "culture",
      conflicts: 0,
    });
    expect(decideDateOrder(ambiguous, { culture: "en-GB" }).order).toBe("dmy");
    expect(decideDateOrder(ambiguous, { culture: "fr-CA" }).order).toBe("dmy");
    expect(decideDateOrder(ambiguous, {})).toEqual({
      order: "dmy",
      basis: "default",
      conflicts: 0,
    });
  });

  it("says iso when no text is an ambiguous numeric date", () => {
    expect(decideDateOrder([40513, "2010-12-01", new Date(0), null], {}).order).toBe("iso");
  });

  it("knows the cultures", () => {
    expect(dateOrderOfCulture("en-US")).toBe("mdy");
    expect(dateOrderOfCulture("en_us")).toBe("mdy");
    expect(dateOrderOfCulture("de-DE")).toBe("dmy");
    expect(dateOrderOfCulture("fr")).toBe("dmy");
    expect(dateOrderOfCulture(undefined)).toBeNull();
  });
});
