import { summarizeCustomers } from "../../../src/analytics/ltv/customerSummary";
import type { Transaction } from "../../../src/analytics/domain";
import {
  CDNOW_CALIBRATION_END,
  CDNOW_HOLDOUT_END,
  readCdnowSummary,
  readCdnowSummaryWithSpend,
  readCdnowTransactions,
} from "../../support/cdnow";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
function tx(
  customerId: string,
  iso: string,
  amount: number,
  extra: Partial<Transaction> = {}
): Transaction {
  return {
    customerId,
    date: day(iso),
    amount,
    isReturn: amount < 0,
    source: { sheet: "T", row: 2 },
    ...extra,
  };
}

describe("summarizeCustomers", () => {
  const cdnow = readCdnowTransactions();
  const summary = summarizeCustomers(cdnow, {
    calibrationEnd: CDNOW_CALIBRATION_END,
    timeUnit: "week",
  });
  const index = new Map(summary.customerIds.map((id, i) => [id, i]));

  it("reproduces cdnow_customers_summary.csv from CDNOW_sample.txt (weeks = days / 7, 2 decimals)", () => {
    const published = readCdnowSummary();
    expect(summary.customerIds).toHaveLength(published.length);
    const mismatches = published.filter((row) => {
      const i = index.get(row.id);
      if (i === undefined) return true;
      return (
        summary.frequency[i] !== row.frequency ||
        Number(summary.recency[i].toFixed(2)) !== row.recency ||
        Number(summary.T[i].toFixed(2)) !== row.T
      );
    });
    expect(mismatches).toEqual([]);
  });

  it("reproduces the zbar column of cdnow_customers_summary_with_transactions.csv to the cent", () => {
    const published = readCdnowSummaryWithSpend();
    const off = published.filter(
      (row) => Math.abs(summary.monetary[index.get(row.id)!] - row.zbar) > 0.005 + 1e-9
    );
    expect(off).toEqual([]);
    // 946 repeat customers in the calibration period (Fader & Hardie 2013).
    expect(summary.frequency.filter((x) => x > 0)).toHaveLength(946);
  });

  it("works customer 1 out by hand", () => {
    // CDNOW_sample.txt lines of id 0001: 1997-01-01 29.33, 01-18 29.73, 08-02 14.96, 12-12 26.48.
    const i = index.get("1")!;
    expect(summary.frequency[i]).toBe(2);
    expect(summary.recency[i]).toBeCloseTo(213 / 7, 12); // Jan 1 -> Aug 2 = 213 days
    expect(summary.T[i]).toBeCloseTo(272 / 7, 12); // Jan 1 -> Sep 30 = 272 days
    expect(summary.monetary[i]).toBeCloseTo((29.73 + 14.96) / 2, 12);
  });

  it("counts holdout repeat purchases after the calibration end", () => {
    const withHoldout = summarizeCustomers(cdnow, {
      calibrationEnd: CDNOW_CALIBRATION_END,
      holdoutEnd: CDNOW_HOLDOUT_END,
      timeUnit: "week",
    });
    const i = index.get("1")!;
    expect(withHoldout.holdout!.frequency[i]).toBe(1); // 1997-12-12
    expect(withHoldout.holdout!.value[i]).toBeCloseTo(26.48, 12);
    expect(withHoldout.holdout!.duration).toBeCloseTo(273 / 7, 12); // Oct 1 1997 .. Jun 30 1998
    // The calibration part does not change when a holdout is asked for.
    expect(withHoldout.frequency).toEqual(summary.frequency);
  });

  it("expresses the same history in days, weeks and months", () => {
    const txs = [tx("a", "2024-01-01", 10), tx("a", "2024-03-01", 20), tx("a", "2024-03-31", 30)];
    const end = day("2024-12-31");
    const days = summarizeCustomers(txs, { calibrationEnd: end, timeUnit: "day" });
    const weeks = summarizeCustomers(txs, { calibrationEnd: end, timeUnit: "week" });
    const months = summarizeCustomers(txs, { calibrationEnd: end, timeUnit: "month" });
    // 2024-01-01 -> 03-31 = 90 days; -> 12-31 = 365 days (leap year).
    expect([days.recency[0], days.T[0]]).toEqual([90, 365]);
    expect(weeks.recency[0]).toBeCloseTo(90 / 7, 12);
    expect(months.T[0]).toBeCloseTo(365 / 30.415, 12);
    expect(days.monetary[0]).toBe(25);
  });

  describe("edge cases", () => {
    it("returns an empty summary for no transactions", () => {
      const s = summarizeCustomers([], { timeUnit: "week" });
      expect(s.customerIds).toEqual([]);
      expect(Number.isFinite(s.calibrationEndDay)).toBe(true);
    });

    it("makes same-day purchases one occasion with their values summed", () => {
      const s = summarizeCustomers(
        [
          tx("a", "2024-01-01", 5),
          tx("a", "2024-01-01", 7),
          tx("a", "2024-01-08", 3),
          tx("a", "2024-01-08", 4),
        ],
        { timeUnit: "day" }
      );
      expect([s.frequency[0], s.recency[0], s.T[0], s.monetary[0]]).toEqual([1, 7, 7, 7]);
    });

    it("does not count a return-only day as an occasion but nets a same-day return", () => {
      const s = summarizeCustomers(
        [
          tx("a", "2024-01-01", 50),
          tx("a", "2024-01-05", -20),
          tx("a", "2024-01-10", 30),
          tx("a", "2024-01-10", -10),
        ],
        { calibrationEnd: day("2024-01-31"), timeUnit: "day" }
      );
      expect([s.frequency[0], s.recency[0], s.T[0], s.monetary[0]]).toEqual([1, 9, 30, 20]);
    });

    it("leaves out customers who first bought after the calibration end, and later purchases", () => {
      const s = summarizeCustomers(
        [tx("a", "2024-01-01", 5), tx("a", "2024-02-01", 5), tx("b", "2024-02-01", 5)],
        {
          calibrationEnd: day("2024-01-15"),
          timeUnit: "day",
        }
      );
      expect(s.customerIds).toEqual(["a"]);
      expect(s.frequency).toEqual([0]);
      expect(s.monetary).toEqual([0]);
    });

    it("gives a one-time buyer on the calibration end day zeros, not NaN", () => {
      const s = summarizeCustomers([tx("a", "2024-01-01", 5)], { timeUnit: "week" });
      expect([s.frequency[0], s.recency[0], s.T[0], s.monetary[0]]).toEqual([0, 0, 0, 0]);
    });
  });
});
