import type { RawSheet, Transaction } from "../../src/analytics/domain";
import type { ColumnMapping } from "../../src/analytics/input/fields";
import type { HeaderRow } from "../../src/analytics/input/findHeaderRow";
import type { ParseOptions, ParsedSheet } from "../../src/analytics/input/parseTypes";
import { isBlankCell } from "../../src/analytics/input/values/cellText";
import { RowRejection, SheetReader } from "../../src/analytics/input/sheetReader";
import { identifierText } from "../../src/analytics/input/values/identifierText";

/*
 * parseTransactions as it was before it read its number and date columns at once (typed
 * columns): every cell read through the SheetReader, row by row. Kept as the reference the
 * column-at-a-time parser is compared with (parseTransactionsColumns.property.test.ts).
 */

/**
 * An invoice id marking a cancellation or credit note: "C" then digits ("C536379", "C-1024"),
 * or the French "AV" (avoir) then digits ("AV-1005"). "CMD-001" or "CLI42" are not.
 */
const CANCELLATION_ID = /^(c|av)[\s\-_]?\d/i;

/**
 * Whether a "C" prefix marks cancellations in this column: only when such ids are a minority.
 * When most invoice ids start with "C" (e.g. "C000123" for "commande"), it is a numbering
 * scheme, not a return marker.
 */
function cancellationPrefixInUse(reader: SheetReader<"transactions">): boolean {
  const column = reader.column("invoiceId");
  if (column === undefined) return false;
  let ids = 0;
  let prefixed = 0;
  for (const value of reader.columnValues(column)) {
    const id = identifierText(value);
    if (id === "") continue;
    ids++;
    if (CANCELLATION_ID.test(id)) prefixed++;
  }
  if (prefixed > ids / 2) {
    reader.log.note("invoicePrefixNotReturn", reader.columnName(column), undefined, {
      count: prefixed,
    });
    return false;
  }
  return true;
}

/**
 * Reads a transactions sheet into Transactions (DESIGN.md data contract). Required per row: a
 * customer id, a date, and an amount, or else a quantity and a unit price (amount = quantity x
 * unit price; both are kept on the record). A return is a line with a negative amount or
 * quantity, or an invoice id "C" + digits (Online Retail's cancellations) or "AV" + digits (a
 * French credit note), unless most ids of the column start so; a return's amount is negative. Rows that cannot
 * give a transaction are rejected with their reason and column; entirely blank rows are only
 * counted.
 */
export function parseTransactionsByRow(
  sheet: RawSheet,
  header: HeaderRow,
  mapping: ColumnMapping<"transactions">,
  options: ParseOptions
): ParsedSheet<Transaction> {
  const reader = new SheetReader(sheet, header, mapping, options);
  const cancellationPrefix = cancellationPrefixInUse(reader);
  const hasAmount = reader.column("amount") !== undefined;
  return reader.parseRows((row) => {
    const customerId = reader.textOrRejection("customerId", "missingCustomerId");
    if (customerId instanceof RowRejection) return customerId;
    const date = reader.requiredDate("date");
    let amount: number;
    let quantity: number | undefined;
    let unitPrice: number | undefined;
    if (hasAmount && !isBlankCell(reader.cell(reader.column("amount")))) {
      amount = reader.requiredNumber("amount", "badAmount");
      quantity = reader.optionalNumber("quantity");
      unitPrice = reader.optionalNumber("unitPrice");
    } else {
      if (reader.column("quantity") === undefined || reader.column("unitPrice") === undefined) {
        throw new RowRejection("missingAmount", reader.columnName(reader.column("amount")));
      }
      quantity = reader.requiredNumber("quantity", "badQuantity");
      unitPrice = reader.requiredNumber("unitPrice", "badUnitPrice");
      amount = quantity * unitPrice;
    }
    const invoiceId = reader.optionalText("invoiceId");
    const isReturn =
      amount < 0 ||
      (quantity ?? 0) < 0 ||
      (cancellationPrefix && invoiceId !== undefined && CANCELLATION_ID.test(invoiceId));
    // Some exports write a return's amount unsigned beside its negative quantity or credit-note
    // id; the line still takes money back, so its amount is made negative.
    if (isReturn && amount > 0) amount = -amount;
    const transaction: Transaction = {
      customerId,
      date,
      amount,
      isReturn,
      source: { sheet: sheet.name, row },
    };
    if (quantity !== undefined) transaction.quantity = quantity;
    if (unitPrice !== undefined) transaction.unitPrice = unitPrice;
    if (invoiceId !== undefined) transaction.invoiceId = invoiceId;
    const product = reader.optionalText("product");
    if (product !== undefined) transaction.product = product;
    const category = reader.optionalText("category");
    if (category !== undefined) transaction.category = category;
    const channel = reader.optionalText("channel");
    if (channel !== undefined) transaction.channel = channel;
    return transaction;
  }, "date");
}
