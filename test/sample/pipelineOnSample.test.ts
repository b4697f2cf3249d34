/**
 * The pipeline on the committed sample workbooks (French, 5,000 customers; English fixture, 500):
 * sheets found, the planted messy rows found where the truth file says, and nothing silently
 * dropped.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadAndClean, type CleanData } from "../../src/analytics/pipeline";
import type { SampleTruth } from "../../scripts/sample/generateSample";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";

const ROOT = path.resolve(__dirname, "../..");

async function load(xlsx: string): Promise<{ data: CleanData; truth: SampleTruth }> {
  const truth = JSON.parse(
    readFileSync(path.join(ROOT, xlsx.replace(/\.xlsx$/, ".truth.json")), "utf8")
  );
  const result = await loadAndClean(
    await XlsxWorkbookSource.load(readFileSync(path.join(ROOT, xlsx)))
  );
  if (!result.ok) throw new Error(`pipeline failed: ${result.error.code}`);
  return { data: result.data, truth };
}

describe.each([
  ["assets/sample/crm-sample.xlsx", ["Clients", "Transactions", "Contacts"]],
  ["test/fixtures/sample-en/crm-sample-en.xlsx", ["Customers", "Transactions", "Contacts"]],
])("loadAndClean on %s", (file, [customersSheet, transactionsSheet, contactsSheet]) => {
  let data: CleanData;
  let truth: SampleTruth;
  beforeAll(async () => {
    ({ data, truth } = await load(file));
  }, 120_000);

  const excluded = (reason: string) => data.dataQuality.excluded.find((e) => e.reason === reason);

  it("recognises the three sheets and maps every column", () => {
    expect(data.sheets.map((s) => [s.kind, s.sheet])).toEqual(
      expect.arrayContaining([
        ["customers", customersSheet],
        ["transactions", transactionsSheet],
        ["contacts", contactsSheet],
      ])
    );
    const tx = data.sheets.find((s) => s.kind === "transactions")!;
    expect(Object.keys(tx.mapping).sort()).toEqual(
      [
        "amount",
        "category",
        "channel",
        "customerId",
        "date",
        "invoiceId",
        "quantity",
        "unitPrice",
      ].sort()
    );
    expect(tx.dateOrder).toBe("dmy");
  });

  it("keeps rowsRead = rowsUsed + excluded, per sheet and overall", () => {
    const q = data.dataQuality;
    const sum = (sheet?: string) =>
      q.excluded.filter((e) => !sheet || e.sheet === sheet).reduce((n, e) => n + e.count, 0);
    expect(q.rowsRead).toBe(
      truth.counts.customers + truth.counts.transactionRows + truth.counts.contactRows
    );
    expect(q.rowsRead).toBe(q.rowsUsed + sum());
    for (const s of q.sheets) expect(s.rowsRead).toBe(s.rowsUsed + sum(s.sheet));
  });

  it("finds the planted rows without a customer id and the exact duplicates, and nothing else", () => {
    expect(excluded("missingCustomerId")).toEqual({
      sheet: transactionsSheet,
      reason: "missingCustomerId",
      count: truth.counts.noCustomerIdRows,
      rows: truth.messyRows.noCustomerId.slice(0, 20),
    });
    expect(excluded("duplicateRow")).toEqual({
      sheet: transactionsSheet,
      reason: "duplicateRow",
      count: truth.counts.duplicateRows,
      rows: truth.messyRows.duplicate.slice(0, 20),
    });
    expect(data.dataQuality.excluded.map((e) => e.reason).sort()).toEqual([
      "duplicateRow",
      "missingCustomerId",
    ]);
  });

  it("reads the text dates (dd/mm/yyyy) and nets the returns", () => {
    const byRow = new Map(data.transactions.map((t) => [t.source.row, t]));
    for (const row of truth.messyRows.textDate) expect(byRow.get(row)).toBeDefined();
    expect(data.dataQuality.flagged).toEqual([
      expect.objectContaining({ reason: "returnNetted", count: truth.counts.returnLines }),
    ]);
    expect(data.transactions.filter((t) => t.isReturn)).toHaveLength(truth.counts.returnLines);
  });

  it("reads every contact, with the 45 / 45 / 10 split of the truth file", () => {
    expect(data.contacts).toHaveLength(truth.counts.contactRows);
    for (const c of truth.campaigns) {
      const rows = data.contacts.filter((x) => x.campaign === c.name);
      expect(rows.filter((x) => x.group === "control")).toHaveLength(c.arms.control);
      expect(rows.filter((x) => x.channel === "Email")).toHaveLength(c.arms.email);
    }
    expect(data.customers).toHaveLength(truth.counts.customers);
  });
});
