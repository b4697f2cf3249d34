/**
 * Values that cannot be real (sentinel dates, absurd amounts, 32,768-character ids) are excluded
 * with a reason instead of wrecking an analysis (issue 12, items 8-10).
 */
import type { Transaction } from "../../../src/analytics/domain";
import {
  cleanContacts,
  cleanCustomers,
  cleanTransactions,
  isImplausibleDate,
  latestPlausibleDate,
  MAX_PLAUSIBLE_AMOUNT,
  MAX_VALUE_LENGTH,
  type ExclusionSummary,
} from "../../../src/analytics/quality";
import { contact, customer, DAY, JAN_1, parsed, tx } from "./records";

const reasons = (tallies: ExclusionSummary[]) => tallies.map((e) => [e.reason, e.count, e.rows]);
const RUN_DATE = Date.UTC(2024, 5, 15);

describe("implausible dates", () => {
  it("are before 1900, on the 9999-12-31 sentinel or more than a year after the reference", () => {
    expect(isImplausibleDate(Date.UTC(9999, 11, 31), undefined)).toBe(true);
    expect(isImplausibleDate(Date.UTC(1899, 11, 31), undefined)).toBe(true);
    expect(isImplausibleDate(Date.UTC(1900, 0, 1), undefined)).toBe(false);
    expect(isImplausibleDate(Date.UTC(2030, 0, 1), undefined)).toBe(false);
    expect(latestPlausibleDate(RUN_DATE)).toBe(Date.UTC(2025, 5, 15));
    expect(isImplausibleDate(Date.UTC(2025, 5, 15, 23), RUN_DATE)).toBe(false);
    expect(isImplausibleDate(Date.UTC(2025, 5, 16), RUN_DATE)).toBe(true);
    expect(isImplausibleDate(NaN, RUN_DATE)).toBe(true);
  });

  it("exclude transaction and contact rows with their row numbers, before any other rule", () => {
    const rows: Transaction[] = [
      tx(2),
      tx(3, { date: Date.UTC(9999, 11, 31) }),
      tx(4, { date: Date.UTC(1850, 0, 1) }),
      tx(5, { date: Date.UTC(2026, 0, 1) }), // 18 months after the run date
      tx(6, { date: Date.UTC(2025, 0, 1) }), // booked ahead, within the year: kept
    ];
    const out = cleanTransactions(parsed("T", rows), {
      returns: "net",
      referenceDate: RUN_DATE,
    });
    expect(out.records.map((t) => t.source.row)).toEqual([2, 6]);
    expect(reasons(out.excluded)).toEqual([["implausibleDate", 3, [3, 4, 5]]]);

    const contacts = cleanContacts(
      parsed("C", [contact(2), contact(3, { contactDate: Date.UTC(9999, 11, 31) })]),
      { returns: "net", analysisDate: JAN_1 + DAY, referenceDate: RUN_DATE },
      {}
    );
    expect(reasons(contacts.excluded)).toEqual([["implausibleDate", 1, [3]]]);
  });
});

describe("implausible amounts", () => {
  it("exclude non-finite values and values past 10^12, in amount, quantity or price", () => {
    const rows: Transaction[] = [
      tx(2),
      tx(3, { amount: 1e308, unitPrice: 1e308 }),
      tx(4, { amount: Infinity, quantity: 1e200, unitPrice: 1e200 }),
      tx(5, { amount: NaN }),
      tx(6, { amount: -2e12, quantity: -1, unitPrice: 2e12, isReturn: true }),
      tx(7, { amount: MAX_PLAUSIBLE_AMOUNT, unitPrice: MAX_PLAUSIBLE_AMOUNT }), // the bound itself: kept
    ];
    const out = cleanTransactions(parsed("T", rows), { returns: "net" });
    expect(out.records.map((t) => t.source.row)).toEqual([2, 7]);
    expect(reasons(out.excluded)).toEqual([["implausibleAmount", 4, [3, 4, 5, 6]]]);
  });

  it("exclude contacts whose cost or revenue is absurd", () => {
    const out = cleanContacts(
      parsed("C", [
        contact(2, { revenue: 12 }),
        contact(3, { revenue: 1e308 }),
        contact(4, { costPerContact: -Infinity }),
      ]),
      { returns: "net" },
      {}
    );
    expect(out.records.map((c) => c.source.row)).toEqual([2]);
    expect(reasons(out.excluded)).toEqual([["implausibleAmount", 2, [3, 4]]]);
  });
});

describe("values over 255 characters", () => {
  const long = "x".repeat(MAX_VALUE_LENGTH + 1);
  const longest = "y".repeat(MAX_VALUE_LENGTH);

  it("exclude transactions by customer id or channel; 255 characters are kept", () => {
    const out = cleanTransactions(
      parsed("T", [
        tx(2, { customerId: longest }),
        tx(3, { customerId: "x".repeat(32_768) }),
        tx(4, { channel: long }),
      ]),
      { returns: "net" }
    );
    expect(out.records.map((t) => t.source.row)).toEqual([2]);
    expect(reasons(out.excluded)).toEqual([["valueTooLong", 2, [3, 4]]]);
  });

  it("exclude contacts by campaign or channel, customers by id or attribute (segment)", () => {
    const contacts = cleanContacts(
      parsed("C", [contact(2), contact(3, { campaign: long }), contact(4, { channel: long })]),
      { returns: "net" },
      {}
    );
    expect(reasons(contacts.excluded)).toEqual([["valueTooLong", 2, [3, 4]]]);
    const segment = { ...customer(3, "B"), attributes: { Segment: long } };
    const customers = cleanCustomers(
      parsed("K", [customer(2, "A"), segment, customer(4, long), customer(5, "A")])
    );
    expect(customers.records.map((c) => c.source.row)).toEqual([2]);
    expect(reasons(customers.excluded)).toEqual([
      ["valueTooLong", 2, [3, 4]],
      ["duplicateCustomerId", 1, [5]],
    ]);
  });
});
