import fc from "fast-check";
import type { CellValue, RawSheet } from "../../../src/analytics/domain";
import { parseTransactions, type HeaderRow, type ParseOptions } from "../../../src/analytics/input";
import { parseTransactionsByRow } from "../../support/parseTransactionsByRow";
import { anyMapping } from "../../support/anyMapping";

/** Cells of every kind a transactions sheet meets, typed or as exported text. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    "",
    "  ",
    "K1",
    " K2 ",
    "17850.0",
    "C536379",
    "AV-1005",
    "536365",
    "#N/A",
    " #valeur! ",
    "12,50",
    "1.234,56",
    "1,234",
    "(3.00)",
    "-2",
    "0",
    "-0",
    "€ -",
    "abc",
    "01/02/2024",
    "13/02/2024",
    "02/13/2024",
    "2024-02-01 08:26:00",
    "1 déc. 2010",
    "31/02/2024",
    "99999999",
    "40513,35",
    "19970101",
    40513.35,
    3_000_000,
    -1,
    0,
    Infinity,
    NaN,
    true,
    { error: "#DIV/0!" }
  ),
  fc.integer({ min: -50, max: 50_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.date({ noInvalidDate: false }),
  fc.string({ maxLength: 5 })
);

const WIDTH = 6;
const mapping = anyMapping("transactions", WIDTH);

const options: fc.Arbitrary<ParseOptions> = fc.record({
  date1904: fc.boolean(),
  culture: fc.constantFrom(undefined, "fr-FR", "en-US"),
  dateOrder: fc.constantFrom(undefined, "dmy" as const, "mdy" as const),
  decimalSeparator: fc.constantFrom(undefined, "." as const, "," as const),
});

/** A sheet with a title, a header row (one header left empty) and rows that repeat it. */
function sheetOf(body: CellValue[][], malformed: number[], quotesAsText: number[]): RawSheet {
  const headers: CellValue[] = ["Client", "Date", "", "Qté", "PU", "Facture"];
  const rows = [["Titre"], headers, ...body];
  const inRows = (i: number) => i + 2 < rows.length;
  return {
    name: "Ventes",
    rows,
    firstRow: 3,
    malformedRows: malformed.filter(inRows).map((i) => i + 2),
    quotesAsTextRows: quotesAsText.filter(inRows).map((i) => i + 2),
  };
}

const header: HeaderRow = {
  index: 1,
  excelRow: 4,
  headers: ["Client", "Date", "", "Qté", "PU", "Facture"],
};

describe("parseTransactions, a column at a time (property)", () => {
  it("gives the records, rejections, problems and counts of the row-at-a-time read", () => {
    const row = fc.oneof(
      { weight: 8, arbitrary: fc.array(cell, { maxLength: WIDTH + 1 }) },
      { weight: 1, arbitrary: fc.constant<CellValue[]>([...header.headers]) }
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        mapping,
        options,
        fc.array(fc.nat(30), { maxLength: 3 }),
        fc.array(fc.nat(30), { maxLength: 3 }),
        (body, columns, parseOptions, malformed, quotesAsText) => {
          const sheet = sheetOf(body, malformed, quotesAsText);
          const expected = parseTransactionsByRow(sheet, header, columns, parseOptions);
          const actual = parseTransactions(sheet, header, columns, parseOptions);
          expect(actual).toStrictEqual(expected);
          // Records alike to the order of their fields and their prototype (TransactionRecord).
          expect(actual.records.map((t) => Object.keys(t))).toEqual(
            expected.records.map((t) => Object.keys(t))
          );
          for (const t of actual.records) expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
          expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("reads a hand-checked sheet: amounts, quantity x price, returns and each rejection", () => {
    const sheet: RawSheet = {
      name: "Ventes",
      firstRow: 1,
      rows: [
        ["Client", "Date", "Montant", "Qté", "PU", "Facture"],
        ["K1", "13/02/2024", "12,50", null, null, "F1"],
        ["K2", "01/03/2024 08:26", null, "3", "2,5", "C77"],
        ["K3", "#N/A", "1", null, null, null],
        ["K4", null, "1", null, null, null],
        ["K5", "99999999", "1", null, null, null],
        ["K6", "31/02/2024", "1", null, null, null],
        ["K7", "01/03/2024", "abc", null, null, null],
        ["K8", "01/03/2024", null, "x", "1", null],
        ["K9", "01/03/2024", null, "2", "#DIV/0!", null],
        [null, "01/03/2024", "5", null, null, null],
        ["K10", "01/03/2024", "4", "oops", null, null],
      ],
    };
    const head: HeaderRow = { index: 0, excelRow: 1, headers: sheet.rows[0] as string[] };
    const columns = { customerId: 0, date: 1, amount: 2, quantity: 3, unitPrice: 4, invoiceId: 5 };
    const parsed = parseTransactions(sheet, head, columns, { date1904: false });
    expect(parsed.records.map((t) => [t.customerId, t.date, t.amount, t.isReturn])).toEqual([
      ["K1", Date.UTC(2024, 1, 13), 12.5, false],
      ["K2", Date.UTC(2024, 2, 1, 8, 26), -7.5, true],
      ["K10", Date.UTC(2024, 2, 1), 4, false],
    ]);
    expect(parsed.records[1]).toMatchObject({ quantity: 3, unitPrice: 2.5, invoiceId: "C77" });
    expect(parsed.rejected).toEqual([
      { row: 4, reason: "errorCell", column: "Date" },
      { row: 5, reason: "missingDate", column: "Date" },
      { row: 6, reason: "implausibleDate", column: "Date" },
      { row: 7, reason: "badDate", column: "Date" },
      { row: 8, reason: "badAmount", column: "Montant" },
      { row: 9, reason: "badQuantity", column: "Qté" },
      { row: 10, reason: "errorCell", column: "PU" },
      { row: 11, reason: "missingCustomerId", column: "Client" },
    ]);
    expect(parsed.problems.map((p) => [p.code, p.column, p.row, p.params?.count])).toEqual([
      ["dateOrder", "Date", undefined, 1],
      ["unreadableNumber", "Qté", 12, 1],
    ]);
  });
});
