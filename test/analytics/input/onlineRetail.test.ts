import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import {
  detectSheetKind,
  findHeaderRow,
  mappingFromProposal,
  parseTransactions,
  proposeMapping,
} from "../../../src/analytics/input";
import type { Transaction } from "../../../src/analytics/domain";
import { CsvWorkbookSource } from "../../../src/xlsx/csvWorkbookSource";

/** What the pipeline does with one CSV file: detect, map and parse its transactions. */
async function parseCsvFile(fileName: string, data: Uint8Array | string) {
  const source = new CsvWorkbookSource([{ fileName, data }]);
  const [listing] = await source.listSheets();
  const sheet = await source.readSheet(listing.name);
  const header = findHeaderRow(sheet)!;
  expect(detectSheetKind(header.headers).kind).toBe("transactions");
  const mapping = mappingFromProposal(proposeMapping(header.headers, "transactions"));
  return parseTransactions(sheet, header, mapping, await source.info());
}

/** Customers left by the standard cleaning: no returns, positive quantity and price (README). */
function cleanCustomers(records: Transaction[]): number {
  const ids = new Set<string>();
  for (const t of records) {
    if (!t.isReturn && (t.quantity ?? 0) > 0 && (t.unitPrice ?? 0) > 0) ids.add(t.customerId);
  }
  return ids.size;
}

describe("parseTransactions on UCI Online Retail", () => {
  it("reads the committed 2,000-line slice", async () => {
    const file = path.resolve(__dirname, "../../fixtures/input/online_retail_slice.csv");
    const parsed = await parseCsvFile(file, fs.readFileSync(file));
    // Counts from the CSV itself (python csv module): 2,000 lines, 533 without CustomerID,
    // 26 invoices starting with "C" (all with a customer id and a negative quantity).
    expect(parsed.rowsRead).toBe(2000);
    expect(parsed.blankRows).toBe(0);
    expect(parsed.rejected).toHaveLength(533);
    expect(
      parsed.rejected.every((r) => r.reason === "missingCustomerId" && r.column === "CustomerID")
    ).toBe(true);
    expect(parsed.records).toHaveLength(1467);
    expect(parsed.records.filter((t) => t.isReturn)).toHaveLength(26);
    expect(parsed.dateOrder).toBe("iso");
    // First line of the file, Excel row 2: 536365, 85123A, qty 6 x 2.55 on 2010-12-01 08:26, customer 17850.
    expect(parsed.records[0]).toMatchObject({
      customerId: "17850",
      date: Date.UTC(2010, 11, 1, 8, 26),
      quantity: 6,
      unitPrice: 2.55,
      invoiceId: "536365",
      product: "85123A",
      isReturn: false,
      source: { row: 2 },
    });
    expect(parsed.records[0].amount).toBeCloseTo(15.3, 10);
    // Customer 17850: 84 lines in the slice, sum of quantity x price = 1499.34 (python).
    const lines = parsed.records.filter((t) => t.customerId === "17850");
    expect(lines).toHaveLength(84);
    expect(lines.reduce((s, t) => s + t.amount, 0)).toBeCloseTo(1499.34, 6);
    // Cancellation C536379: "Discount", quantity -1 x 27.50.
    expect(parsed.records.find((t) => t.invoiceId === "C536379")).toMatchObject({
      amount: -27.5,
      isReturn: true,
    });
    // 72 customers in the slice, 68 left after the standard cleaning (python).
    expect(new Set(parsed.records.map((t) => t.customerId)).size).toBe(72);
    expect(cleanCustomers(parsed.records)).toBe(68);
  });

  const full = path.resolve(__dirname, "../../../../shared/data/online_retail.csv.gz");
  (fs.existsSync(full) ? it : it.skip)(
    "reads the full file: 541,909 lines, 135,080 without CustomerID, 8,905 cancellations, 4,338 clean customers",
    async () => {
      const parsed = await parseCsvFile(full, zlib.gunzipSync(fs.readFileSync(full)));
      expect(parsed.rowsRead).toBe(541_909);
      expect(parsed.rejected).toHaveLength(135_080);
      expect(parsed.rejected.every((r) => r.reason === "missingCustomerId")).toBe(true);
      // 9,288 lines start with "C"; 8,905 of them have a customer id (README, python count).
      expect(parsed.records.filter((t) => t.invoiceId?.startsWith("C"))).toHaveLength(8_905);
      expect(parsed.records.filter((t) => t.isReturn)).toHaveLength(8_905);
      expect(new Set(parsed.records.map((t) => t.customerId)).size).toBe(4_372);
      expect(cleanCustomers(parsed.records)).toBe(4_338);
    },
    120_000
  );
});
