/**
 * The standard UCI Online Retail exercise (../shared/data/README.md): after dropping lines
 * without a customer id, cancellations and lines with zero or negative quantity or price,
 * 4,338 customers remain. The lines are turned into records here the way the input layer does
 * (a blank CustomerID is a rejected row), so this checks the cleaning rules alone.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import Papa from "papaparse";
import type { Transaction } from "../../../src/analytics/domain";
import {
  cleanTransactions,
  defaultCleaningPolicy,
  retailExercisePolicy,
  type ParsedRows,
} from "../../../src/analytics/quality";

const FILE = path.resolve(__dirname, "../../../../shared/data/online_retail.csv.gz");

function readOnlineRetail(): ParsedRows<Transaction> {
  const text = gunzipSync(readFileSync(FILE)).toString("utf8");
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const out: ParsedRows<Transaction> = {
    sheet: "online_retail",
    records: [],
    rejected: [],
    rowsRead: 0,
  };
  for (let i = 1; i < data.length; i++) {
    const [invoice, stock, , qty, date, price, customer] = data[i];
    const row = i + 1; // header on row 1
    if (customer.trim() === "") {
      out.rejected.push({ row, reason: "missingCustomerId", column: "CustomerID" });
      continue;
    }
    const quantity = Number(qty);
    const unitPrice = Number(price);
    const amount = quantity * unitPrice;
    out.records.push({
      customerId: customer,
      date: Date.parse(date.replace(" ", "T") + "Z"),
      amount,
      quantity,
      unitPrice,
      invoiceId: invoice,
      product: stock,
      isReturn: amount < 0 || quantity < 0 || invoice.startsWith("C"),
      source: { sheet: "online_retail", row },
    });
  }
  out.rowsRead = out.records.length + out.rejected.length;
  return out;
}

describe("cleanTransactions on UCI Online Retail", () => {
  const parsed = readOnlineRetail();

  it("reads 541,909 lines, 135,080 without a customer id", () => {
    expect(parsed.rowsRead).toBe(541_909);
    expect(parsed.rejected).toHaveLength(135_080);
  });

  it("leaves the exercise's 4,338 customers with the 'exclude' returns policy", () => {
    const out = cleanTransactions(parsed, retailExercisePolicy);
    expect(new Set(out.records.map((t) => t.customerId)).size).toBe(4338);
    const used = out.records.length;
    const excluded = out.excluded.reduce((n, e) => n + e.count, 0);
    expect(used + excluded).toBe(541_909);
    expect(out.records.every((t) => t.quantity! > 0 && t.unitPrice! > 0)).toBe(true);
  });

  it("keeps returns of identified customers with the default 'net' policy and flags them", () => {
    const out = cleanTransactions(parsed, defaultCleaningPolicy);
    const netted = out.flagged.find((f) => f.reason === "returnNetted")!;
    // Every used record that is a return is flagged, and nothing else is.
    expect(netted.count).toBe(out.records.filter((t) => t.isReturn).length);
    expect(netted.count).toBeGreaterThan(8000);
    expect(out.records.length + out.excluded.reduce((n, e) => n + e.count, 0)).toBe(541_909);
  });
});
