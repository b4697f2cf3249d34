import { computeRfmFeatures } from "../../../src/analytics/rfm/features";
import { instantOfIsoDay, monthsBefore } from "../../../src/analytics/rfm/calendar";
import { at, buy, day, giveBack } from "./builders";

function byId(features: ReturnType<typeof computeRfmFeatures>) {
  return Object.fromEntries(
    features.ids.map((id, i) => [
      id,
      {
        recency: features.recency[i],
        frequency: features.frequency[i],
        monetary: features.monetary[i],
        aov: features.aov[i],
      },
    ])
  );
}

describe("computeRfmFeatures", () => {
  it("computes recency in whole days, distinct invoices and net spend", () => {
    const features = computeRfmFeatures(
      [
        buy("A", "2024-06-01 10:00", 30, "1"),
        buy("A", "2024-06-01 10:00", 20, "1"), // second line of invoice 1
        buy("A", "2024-06-20 23:59", 50, "2"), // late evening: still 2024-06-20
        giveBack("A", "2024-06-25", 10, "C3"),
      ],
      { asOf: at("2024-07-01") }
    );
    // recency: 2024-07-01 - 2024-06-20 = 11 days; 2 invoices; 30 + 20 + 50 - 10 = 90; aov 45
    expect(byId(features)).toEqual({ A: { recency: 11, frequency: 2, monetary: 90, aov: 45 } });
    expect(features.asOfDay).toBe(day("2024-07-01"));
  });

  it("defaults the as-of date to the day after the last transaction", () => {
    const features = computeRfmFeatures([
      buy("A", "2024-03-01", 10, "1"),
      giveBack("A", "2024-03-05 18:00", 5, "C1"), // the last line, a return, sets the date
    ]);
    expect(features.asOfDay).toBe(day("2024-03-06"));
    expect(byId(features).A.recency).toBe(5);
  });

  it("uses only days strictly before the as-of date, whatever its time of day", () => {
    const features = computeRfmFeatures(
      [buy("A", "2024-06-30 23:00", 10, "1"), buy("A", "2024-07-01 00:00", 99, "2")],
      { asOf: at("2024-07-01 15:00") }
    );
    expect(byId(features)).toEqual({ A: { recency: 1, frequency: 1, monetary: 10, aov: 10 } });
  });

  it("keeps only the last N months with a window", () => {
    // as of 2024-07-01, 3 months: from 2024-04-01 included
    const features = computeRfmFeatures(
      [
        buy("A", "2024-03-31", 100, "1"),
        buy("A", "2024-04-01", 10, "2"),
        buy("B", "2024-01-15", 70, "3"),
      ],
      { asOf: at("2024-07-01"), windowMonths: 3 }
    );
    expect(features.windowStartDay).toBe(day("2024-04-01"));
    expect(byId(features)).toEqual({ A: { recency: 91, frequency: 1, monetary: 10, aov: 10 } });
  });

  it("counts days as occasions when there is no invoice id", () => {
    // two lines on 06-01 = one occasion, one on 06-02 = another: frequency 2
    const features = computeRfmFeatures(
      [buy("A", "2024-06-01 09:00", 5), buy("A", "2024-06-01 17:00", 5), buy("A", "2024-06-02", 5)],
      { asOf: at("2024-06-03") }
    );
    expect(byId(features).A.frequency).toBe(2);
  });

  it("counts an invoice id shared by two customers once for each", () => {
    const features = computeRfmFeatures(
      [
        buy("A", "2024-06-01", 5, "7"),
        buy("B", "2024-06-01", 5, "7"),
        buy("A", "2024-06-01", 5, "7"),
      ],
      { asOf: at("2024-06-03") }
    );
    expect(byId(features).A.frequency).toBe(1);
    expect(byId(features).B.frequency).toBe(1);
  });

  describe("edge cases", () => {
    it("no transactions and no as-of date: nothing, and no as-of date", () => {
      const features = computeRfmFeatures([]);
      expect(features.asOfDay).toBeNull();
      expect(features.ids).toEqual([]);
    });

    it("empty window: the as-of date is before every purchase", () => {
      const features = computeRfmFeatures([buy("A", "2024-06-01", 5, "1")], {
        asOf: at("2024-01-01"),
      });
      expect(features.asOfDay).toBe(day("2024-01-01"));
      expect(features.ids).toEqual([]);
      expect(features.firstDataDay).toBeNull();
    });

    it("same-day purchases: two invoices on one day are two occasions", () => {
      const features = computeRfmFeatures(
        [buy("A", "2024-06-01 09:00", 5, "1"), buy("A", "2024-06-01 09:05", 5, "2")],
        { asOf: at("2024-06-02") }
      );
      expect(byId(features).A).toEqual({ recency: 1, frequency: 2, monetary: 10, aov: 5 });
    });

    it("only returns in the window: not scored, listed apart", () => {
      const features = computeRfmFeatures(
        [buy("A", "2024-06-01", 5, "1"), giveBack("B", "2024-06-01", 5, "C2")],
        { asOf: at("2024-06-02") }
      );
      expect(features.ids).toEqual(["A"]);
      expect(features.returnsOnly).toEqual(["B"]);
    });

    it("returns larger than purchases: monetary is zero, never negative", () => {
      const features = computeRfmFeatures(
        [buy("A", "2024-06-01", 30, "1"), giveBack("A", "2024-06-02", 50, "C1")],
        { asOf: at("2024-06-03") }
      );
      // recency from the purchase (06-01), not the return
      expect(byId(features).A).toEqual({ recency: 2, frequency: 1, monetary: 0, aov: 0 });
    });

    it("skips lines with an unreadable date or amount instead of scoring NaN", () => {
      const features = computeRfmFeatures(
        [
          buy("A", "2024-06-01", 5, "1"),
          buy("A", "2024-06-02", NaN, "2"),
          { ...buy("B", "2024-06-01", 5, "3"), date: NaN },
        ],
        { asOf: at("2024-06-03") }
      );
      expect(byId(features)).toEqual({ A: { recency: 2, frequency: 1, monetary: 5, aov: 5 } });
      expect(features.unreadableLines).toBe(2);
    });

    it("floating-point dust does not split equal spends", () => {
      // 0.1 + 0.2 = 0.30000000000000004 in floating point
      const features = computeRfmFeatures(
        [
          buy("A", "2024-06-01", 0.1, "1"),
          buy("A", "2024-06-01", 0.2, "1"),
          buy("B", "2024-06-01", 0.3, "2"),
        ],
        { asOf: at("2024-06-02") }
      );
      expect(features.monetary[0]).toBe(features.monetary[1]);
    });
  });
});

describe("instantOfIsoDay", () => {
  it("reads a calendar day and refuses what is not one", () => {
    expect(instantOfIsoDay("2011-12-10")).toBe(Date.UTC(2011, 11, 10));
    expect(instantOfIsoDay("2011-02-30")).toBeNull();
    expect(instantOfIsoDay("10/12/2011")).toBeNull();
  });
});

describe("monthsBefore", () => {
  it("clamps the day of month to the target month", () => {
    expect(monthsBefore(day("2024-03-31"), 1)).toBe(day("2024-02-29"));
    expect(monthsBefore(day("2023-03-31"), 1)).toBe(day("2023-02-28"));
    expect(monthsBefore(day("2011-12-10"), 12)).toBe(day("2010-12-10"));
    expect(monthsBefore(day("2024-01-15"), 14)).toBe(day("2022-11-15"));
  });
});
