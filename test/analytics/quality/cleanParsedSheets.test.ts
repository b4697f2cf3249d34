import { cleanParsedSheets, type DataQualityReport } from "../../../src/analytics/quality";
import { contact, customer, parsed, tx } from "./records";

function excludedSum(r: DataQualityReport, sheet?: string): number {
  return r.excluded.filter((e) => !sheet || e.sheet === sheet).reduce((n, e) => n + e.count, 0);
}

describe("cleanParsedSheets", () => {
  it("reports rows read, used, excluded and flagged per sheet and overall", () => {
    // Transactions: 3 rows + 1 rejected = 4 read; row 4 duplicates row 2; row 3 is a return.
    // Customers: 2 rows (A, B). Contacts: A ok, C unknown.
    const out = cleanParsedSheets(
      {
        transactions: parsed(
          "Tx",
          [
            tx(2),
            tx(3, { quantity: -1, amount: -10, isReturn: true }),
            { ...tx(2), source: { sheet: "Tx", row: 4 } },
          ],
          [{ row: 5, reason: "badDate", column: "C" }]
        ),
        customers: parsed("Cust", [customer(2, "A"), customer(3, "B")]),
        contacts: parsed("Cont", [contact(2), contact(3, { customerId: "C" })]),
      },
      { returns: "net" }
    );
    const r = out.dataQuality;
    expect(r.sheets).toEqual([
      { sheet: "Tx", kind: "transactions", rowsRead: 4, rowsUsed: 2, rowsFlagged: 1 },
      { sheet: "Cust", kind: "customers", rowsRead: 2, rowsUsed: 2, rowsFlagged: 0 },
      { sheet: "Cont", kind: "contacts", rowsRead: 2, rowsUsed: 1, rowsFlagged: 0 },
    ]);
    expect([r.rowsRead, r.rowsUsed]).toEqual([8, 5]);
    for (const s of r.sheets) expect(s.rowsRead).toBe(s.rowsUsed + excludedSum(r, s.sheet));
    expect(r.rowsRead).toBe(r.rowsUsed + excludedSum(r));
    expect(r.excluded.map((e) => `${e.sheet}:${e.reason}:${e.rows}`)).toEqual([
      "Tx:unreadableDate:5",
      "Tx:duplicateRow:4",
      "Cont:unknownCustomer:3",
    ]);
    expect(r.flagged).toEqual([{ sheet: "Tx", reason: "returnNetted", count: 1, rows: [3] }]);
    expect(out.transactions).toHaveLength(2);
    expect(out.contacts.map((c) => c.customerId)).toEqual(["A"]);
  });

  it("carries the input layer's warnings into the report", () => {
    const warning = { severity: "warning" as const, code: "datesReadDayFirst", sheet: "Tx" };
    const out = cleanParsedSheets({ transactions: parsed("Tx", [tx(2)]) }, { returns: "net" }, [
      warning,
    ]);
    expect(out.dataQuality.warnings).toEqual([warning]);
  });

  describe("edge cases", () => {
    it("no sheets at all gives an empty report", () => {
      const out = cleanParsedSheets({}, { returns: "net" });
      expect(out.dataQuality).toEqual({
        rowsRead: 0,
        rowsUsed: 0,
        excluded: [],
        flagged: [],
        sheets: [],
        warnings: [],
      });
    });
  });
});
