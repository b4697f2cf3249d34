/**
 * The transactions as columns (src/analytics/transactionTable.ts): a line made back into a
 * Transaction is the record the parser made before (same fields, same order); the analyses of
 * a workbook give the same results from the columns as from the Transactions; and without
 * contacts they make no Transaction at all.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Transaction } from "../../src/analytics/domain";
import { TransactionRecord } from "../../src/analytics/input/transactionRecord";
import { loadAndClean, type CleanData } from "../../src/analytics/pipeline";
import { runAnalyses } from "../../src/analytics/runAnalyses";
import { transactionLines } from "../../src/analytics/transactionLines";
import {
  TransactionRows,
  TransactionTable,
  transactionRowsOf,
} from "../../src/analytics/transactionTable";
import { CsvWorkbookSource } from "../../src/xlsx/csvWorkbookSource";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";

const SAMPLE = path.resolve(__dirname, "../fixtures/sample-en/crm-sample-en.xlsx");

const optionalText = fc.option(fc.string({ maxLength: 4 }), { nil: undefined });
const optionalNumber = fc.option(fc.double(), { nil: undefined });
const line = fc.record({
  customerId: fc.string({ maxLength: 4 }),
  date: fc.double(),
  amount: fc.double(),
  isReturn: fc.boolean(),
  row: fc.integer({ min: 1, max: 2_000_000 }),
  quantity: optionalNumber,
  unitPrice: optionalNumber,
  invoiceId: optionalText,
  product: optionalText,
  category: optionalText,
  channel: optionalText,
});

describe("TransactionTable", () => {
  it("makes each line the Transaction the parser's constructor makes, field for field", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const table = new TransactionTable("Sales", lines.length, {
          invoiceId: true,
          product: true,
          category: true,
          channel: true,
        });
        // Each line as the parser's constructor makes it, its columns then pushed.
        const records = lines.map(
          (l) =>
            new TransactionRecord(
              l.customerId,
              l.date,
              l.amount,
              l.isReturn,
              { sheet: "Sales", row: l.row },
              l.quantity,
              l.unitPrice,
              l.invoiceId,
              l.product,
              l.category,
              l.channel
            )
        );
        for (const t of records) table.push(t);
        records.forEach((made, i) => {
          expect(Object.keys(table.at(i))).toEqual(Object.keys(made));
          expect(table.at(i)).toEqual(made);
          // the view holds the same fields (undefined ones included)
          const view = table.view(i);
          for (const key of Object.keys(made) as (keyof Transaction)[])
            if (key !== "source") expect(view[key]).toEqual(made[key]);
        });
      })
    );
  });

  it("hands back the records it was made from, as they are", () => {
    const records: Transaction[] = [
      { customerId: "a", date: 0, amount: 1, isReturn: false, source: { sheet: "X", row: 7 } },
      { customerId: "b", date: 1, amount: -1, isReturn: true, source: { sheet: "Y", row: 9 } },
    ];
    const table = TransactionTable.ofRecords("Z", records);
    expect(table.at(1)).toBe(records[1]);
    const rows = new TransactionRows(table, Int32Array.of(1));
    expect(rows.records()).toEqual([records[1]]);
    expect(rows.records()).toBe(rows.records());
  });
});

/** The data with its Transactions made and no columns behind them (a spread copy). */
function asRecords(data: CleanData): CleanData {
  const copy = { ...data };
  expect(transactionRowsOf(copy)).toBeUndefined();
  return copy;
}

describe("the analyses over the columns", () => {
  it("give on the sample workbook (with contacts) what they give over its Transactions", async () => {
    const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE)));
    if (!loaded.ok) throw new Error(loaded.error.code);
    expect(transactionRowsOf(loaded.data)).toBeDefined();
    const fromColumns = runAnalyses(loaded.data);
    const fromRecords = runAnalyses(asRecords(loaded.data));
    expect(fromColumns.rfm?.customers.length).toBeGreaterThan(400);
    expect(fromColumns.uplift).not.toBeNull();
    expect(fromColumns).toEqual(fromRecords);
  });

  it("make no Transaction for a file of lines without contacts, and count its lines the same", async () => {
    const text = [
      "customer,date,amount,invoice",
      "A,2024-01-05,10,I1",
      "A,2024-01-05,5,I1",
      "B,2024-02-01,20,I2",
      "A,2024-03-01,-4,C3",
      "B,2024-02-01,20,I2",
      "C,not a date,3,I4",
    ].join("\n");
    const data = new TextEncoder().encode(`${text}\n`);
    const loaded = await loadAndClean(new CsvWorkbookSource([{ fileName: "Sales.csv", data }]));
    if (!loaded.ok) throw new Error(loaded.error.code);
    const at = jest.spyOn(TransactionTable.prototype, "at");
    const results = runAnalyses(loaded.data);
    expect(at).not.toHaveBeenCalled();
    at.mockRestore();
    // 6 lines: the copy of B's line and the unreadable date excluded
    expect(loaded.data.dataQuality.rowsRead).toBe(6);
    expect(loaded.data.dataQuality.rowsUsed).toBe(4);
    expect(results.rfm?.customers.map((c) => [c.id, c.frequency, c.monetary])).toEqual([
      ["A", 1, 11],
      ["B", 1, 20],
    ]);
    expect(loaded.data.transactions.map((t) => [t.customerId, t.amount, t.source.row])).toEqual([
      ["A", 10, 2],
      ["A", 5, 3],
      ["B", 20, 4],
      ["A", -4, 5],
    ]);
    const rows = transactionRowsOf(loaded.data)!;
    expect(transactionLines(rows)).toEqual(transactionLines(loaded.data.transactions));
  });
});
