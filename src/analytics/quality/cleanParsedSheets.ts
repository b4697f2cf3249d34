import type { Contact, Customer, Problem, Transaction } from "../domain";
import { buildDataQualityReport } from "./buildDataQualityReport";
import type { CleanedSheet } from "./cleanedSheet";
import { cleanContacts } from "./cleanContacts";
import { cleanCustomers } from "./cleanCustomers";
import { cleanTransactions } from "./cleanTransactions";
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
      purchaserIds: transactions && new Set(transactions.records.map((t) => t.customerId)),
    });
  const cleaned = [transactions, customers, contacts].filter(
    (s): s is CleanedSheet<Transaction> | CleanedSheet<Customer> | CleanedSheet<Contact> =>
      s !== undefined
  );
  return {
    transactions: transactions?.records ?? [],
    customers: customers?.records ?? [],
    contacts: contacts?.records ?? [],
    dataQuality: buildDataQualityReport(cleaned, warnings),
  };
}
