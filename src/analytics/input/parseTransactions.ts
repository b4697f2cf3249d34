import type { RawSheet, Transaction } from "../domain";
import { TransactionRows, TransactionTable } from "../transactionTable";
import type { ColumnMapping } from "./fields";
import type { HeaderRow } from "./findHeaderRow";
import type { ParseOptions, ParsedSheet, RejectedRow, RejectReason } from "./parseTypes";
import type { RejectedRowLog } from "./rejectedRowLog";
import { codeAt, ID_ERROR, ID_NONE, type IdentifierColumn } from "./identifierColumn";
import { RowRejection, type ScannedRows, SheetReader } from "./sheetReader";
import { sheetRowCount } from "./sheetGrid";
import { CELL_BLANK, CELL_ERROR, CELL_OK, dateRejection, type TypedColumn } from "./typedColumn";

/**
 * An invoice id marking a cancellation or credit note: "C" then digits ("C536379", "C-1024"),
 * or the French "AV" (avoir) then digits ("AV-1005"). "CMD-001" or "CLI42" are not.
 */
const CANCELLATION_ID = /^(c|av)[\s\-_]?\d/i;

/** Per id, 1 when it is written as a cancellation's (CANCELLATION_ID). */
function cancellationIds(ids: readonly string[]): Uint8Array {
  const cancels = new Uint8Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    // The test only for an id starting as one ("c", "C", "a", "A"): most are numbers.
    const first = ids[k].charCodeAt(0) | 0x20;
    if ((first === 0x63 || first === 0x61) && CANCELLATION_ID.test(ids[k])) cancels[k] = 1;
  }
  return cancels;
}

/**
 * Whether a "C" prefix marks cancellations in this column: only when such ids are a minority.
 * When most invoice ids start with "C" (e.g. "C000123" for "commande"), it is a numbering
 * scheme, not a return marker. Counted over the rows' identifiers (an error value counts as an
 * id that is not prefixed); `cancels` tells, per id, whether it is written as a cancellation.
 */
function cancellationPrefixInUse(
  reader: SheetReader<"transactions">,
  invoices: IdentifierColumn,
  cancels: Uint8Array
): boolean {
  const column = reader.column("invoiceId");
  if (column === undefined) return false;
  let ids = 0;
  let prefixed = 0;
  const { codes } = invoices;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code >= 0) {
      ids++;
      prefixed += cancels[code];
    } else if (code === ID_ERROR) ids++;
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
export function parseTransactions(
  sheet: RawSheet,
  header: HeaderRow,
  mapping: ColumnMapping<"transactions">,
  options: ParseOptions
): ParsedTransactions {
  const reader = new SheetReader(sheet, header, mapping, options);
  const invoices = reader.identifierColumn("invoiceId");
  const cancels = cancellationIds(invoices.texts);
  const cancellationPrefix = cancellationPrefixInUse(reader, invoices, cancels);
  const hasAmount = reader.column("amount") !== undefined;
  const hasQuantityAndPrice =
    reader.column("quantity") !== undefined && reader.column("unitPrice") !== undefined;
  // Each number and date column read once, in typed arrays; the rows then take theirs.
  const dates = reader.dateColumn("date");
  const amounts = reader.numberColumn("amount");
  const quantities = reader.numberColumn("quantity");
  const unitPrices = reader.numberColumn("unitPrice");
  const dateName = reader.columnName(reader.column("date"));
  const amountName = reader.columnName(reader.column("amount"));
  const quantityName = reader.columnName(reader.column("quantity"));
  const unitPriceName = reader.columnName(reader.column("unitPrice"));
  const first = sheet.firstRow;
  const has = (field: "invoiceId" | "product" | "category" | "channel") =>
    reader.column(field) !== undefined;
  const table = new TransactionTable(
    sheet.name,
    Math.max(0, sheetRowCount(sheet) - header.index - 1),
    {
      invoiceId: has("invoiceId"),
      product: has("product"),
      category: has("category"),
      channel: has("channel"),
    },
    // Line i is pushed after its row, r > i, is read: the typed columns take the lines in place.
    {
      date: dates.values,
      amount: amounts.values,
      quantity: quantities.values,
      unitPrice: unitPrices.values,
    }
  );
  const customers = reader.identifierColumn("customerId");
  const products = reader.identifierColumn("product");
  const categories = reader.identifierColumn("category");
  const channels = reader.identifierColumn("channel");
  const customerRejection = reader.identifierRejection("customerId", "missingCustomerId");
  const parsed = reader.scanRows((row) => {
    const i = row - first;
    const customer = codeAt(customers, i);
    if (customer < 0) return customerRejection(customer);
    const dateStatus = dates.status[i];
    if (dateStatus !== CELL_OK) return new RowRejection(dateRejection(dateStatus), dateName);
    const date = dates.values[i];
    let amount: number;
    let quantity: number | undefined;
    let unitPrice: number | undefined;
    if (hasAmount && amounts.status[i] !== CELL_BLANK) {
      if (amounts.status[i] !== CELL_OK)
        return numberRejection(amounts, i, "badAmount", amountName);
      amount = amounts.values[i];
      quantity = optionalNumber(reader, quantities, i, "quantity");
      unitPrice = optionalNumber(reader, unitPrices, i, "unitPrice");
    } else {
      if (!hasQuantityAndPrice) return new RowRejection("missingAmount", amountName);
      if (quantities.status[i] !== CELL_OK) {
        return numberRejection(quantities, i, "badQuantity", quantityName);
      }
      if (unitPrices.status[i] !== CELL_OK) {
        return numberRejection(unitPrices, i, "badUnitPrice", unitPriceName);
      }
      quantity = quantities.values[i];
      unitPrice = unitPrices.values[i];
      amount = quantity * unitPrice;
    }
    const invoice = optionalCode(reader, invoices, i, "invoiceId");
    const isCancellation = cancellationPrefix && invoice >= 0 && cancels[invoice] === 1;
    const isReturn = amount < 0 || (quantity ?? 0) < 0 || isCancellation;
    // Some exports write a return's amount unsigned beside its negative quantity or credit-note
    // id; the line still takes money back, so its amount is made negative.
    if (isReturn && amount > 0) amount = -amount;
    const line = table.pushNumbers(date, amount, isReturn, row, quantity, unitPrice);
    table.customerId.setCoded(line, customer, customers.texts);
    table.invoiceId?.setCoded(line, invoice, invoices.texts);
    table.product?.setCoded(line, optionalCode(reader, products, i, "product"), products.texts);
    table.category?.setCoded(
      line,
      optionalCode(reader, categories, i, "category"),
      categories.texts
    );
    table.channel?.setCoded(line, optionalCode(reader, channels, i, "channel"), channels.texts);
    return undefined;
  }, "date");
  table.seal();
  return parsedTransactions(parsed, table);
}

/** The transactions parser's result: the lines in a table, as Transactions when asked. */
export type ParsedTransactions = ParsedSheet<Transaction> & {
  readonly table: TransactionTable;
  readonly rejectedLog: RejectedRowLog;
};

/**
 * A parsed sheet whose records are the table's lines: `records` makes their Transactions at its
 * first read (cleaning reads the table instead), `rejected` its RejectedRows (cleaning reads the
 * log); `table` and `rejectedLog` are not enumerable, so the result reads as a ParsedSheet to a
 * test's deep equality.
 */
function parsedTransactions(parsed: ScannedRows, table: TransactionTable): ParsedTransactions {
  // Made at the first read only: a million line indexes nobody reads otherwise.
  let lines: TransactionRows | undefined;
  let rejected: RejectedRow[] | undefined;
  // The fields in ParsedSheet's order, so that its JSON text is the same.
  const result = {
    sheet: parsed.sheet,
    get records(): Transaction[] {
      lines ??= TransactionRows.all(table);
      return lines.records();
    },
    // (cleaning reads the log: rejectedLog)
    get rejected(): RejectedRow[] {
      return (rejected ??= parsed.rejected.rows());
    },
    problems: parsed.problems,
    rowsRead: parsed.rowsRead,
    blankRows: parsed.blankRows,
    dateOrder: parsed.dateOrder,
  };
  Object.defineProperty(result, "table", { value: table, enumerable: false });
  Object.defineProperty(result, "rejectedLog", { value: parsed.rejected, enumerable: false });
  return result as ParsedTransactions;
}

/** The rejection of a required number that is not CELL_OK (requiredNumber's reasons). */
function numberRejection(
  column: TypedColumn,
  i: number,
  bad: RejectReason,
  name: string | undefined
): RowRejection {
  return new RowRejection(column.status[i] === CELL_ERROR ? "errorCell" : bad, name);
}

/**
 * The code of an optional text of row i (optionalText): ID_NONE when blank or unmapped; an
 * error value is noted at the reader's current row and read as none.
 */
function optionalCode(
  reader: SheetReader<"transactions">,
  column: IdentifierColumn,
  i: number,
  field: "invoiceId" | "product" | "category" | "channel"
): number {
  const code = codeAt(column, i);
  if (code !== ID_ERROR) return code;
  reader.optionalText(field);
  return ID_NONE;
}

/**
 * An optional number of row i (optionalNumber): undefined when blank or unmapped; an error value
 * or an unreadable text is noted at the reader's current row and skipped.
 */
function optionalNumber(
  reader: SheetReader<"transactions">,
  column: TypedColumn,
  i: number,
  field: "quantity" | "unitPrice"
): number | undefined {
  const status = column.status[i];
  if (status === CELL_OK) return column.values[i];
  // Read again through the reader, which notes the error or unreadable text as before.
  return status === CELL_BLANK ? undefined : reader.optionalNumber(field);
}
