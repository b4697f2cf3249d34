import type { Contact, Customer, Problem, Transaction } from "../domain";
import { buildDataQualityReport } from "./buildDataQualityReport";
import type { CleanedSheet } from "./cleanedSheet";
import { cleanContacts } from "./cleanContacts";
import { cleanCustomers } from "./cleanCustomers";
import { cleanTransactions } from "./cleanTransactions";
import { withTransactionRows, type TransactionRows } from "../transactionTable";
import type { CleaningPolicy } from "./cleaningPolicy";
import type { DataQualityReport } from "./dataQualityReport";
import type { ParsedRows } from "./parsedRows";

/** The parsed sheets of a workbook; any may be missing. */
export interface ParsedWorkbook {
  transactions?: ParsedRows<Transaction>;
  customers?: ParsedRows<Customer>;
  contacts?: ParsedRows<Contact>;
}

export interface CleanedWorkbook {
  transactions: Transaction[];
  customers: Customer[];
  contacts: Contact[];
  dataQuality: DataQualityReport;
}

/**
 * Cleans every parsed sheet and builds the data-quality report. Customers are cleaned first so
 * contacts can be checked against them (see cleanContacts). `warnings` (e.g. the input layer's
 * "dates read as dd/mm/yyyy") are carried into the report.
 */
export function cleanParsedSheets(
  parsed: ParsedWorkbook,
  policy: CleaningPolicy,
  warnings: readonly Problem[] = []
): CleanedWorkbook {
  const transactions = parsed.transactions && cleanTransactions(parsed.transactions, policy);
  const customers = parsed.customers && cleanCustomers(parsed.customers);
  const contacts =
    parsed.contacts &&
    cleanContacts(parsed.contacts, policy, {
      customerIds: customers && new Set(customers.records.map((c) => c.id)),
      purchaserIds: transactions && purchasers(transactions.lines),
    });
  const cleaned = [
    transactions as CleanedSheet<Transaction> | undefined,
    customers,
    contacts,
  ].filter(
    (s): s is CleanedSheet<Transaction> | CleanedSheet<Customer> | CleanedSheet<Contact> =>
      s !== undefined
  );
  const workbook = {
    customers: customers?.records ?? [],
    contacts: contacts?.records ?? [],
    dataQuality: buildDataQualityReport(cleaned, warnings),
  };
  // The kept lines as columns; their Transactions are made only if something reads them.
  return transactions
    ? withTransactionRows(workbook, transactions.lines)
    : { ...workbook, transactions: [] };
}

/** The customer ids of the kept lines, each once (the codes number distinct texts). */
function purchasers(lines: TransactionRows): string[] {
  const { codes, texts } = lines.table.customerId;
  // Each customer's code marked once, then their ids: not a Set insert per line.
  const seen = new Uint8Array(texts.length);
  for (let k = 0; k < lines.index.length; k++) seen[codes[lines.index[k]]] = 1;
  const ids: string[] = [];
  for (let code = 0; code < texts.length; code++) if (seen[code] === 1) ids.push(texts[code]);
  return ids;
}
