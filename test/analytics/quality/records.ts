/** Small builders of typed records for the cleaning tests: only what a test sets differs. */
import type { Contact, Customer, Transaction } from "../../../src/analytics/domain";
import type { ParsedRows, RejectedRow } from "../../../src/analytics/quality";

export const DAY = 86_400_000;
export const JAN_1 = Date.UTC(2024, 0, 1);

export function tx(row: number, fields: Partial<Transaction> = {}): Transaction {
  return {
    customerId: "A",
    date: JAN_1,
    amount: 10,
    quantity: 1,
    unitPrice: 10,
    invoiceId: `F${row}`,
    isReturn: false,
    source: { sheet: "Transactions", row },
    ...fields,
  };
}

export function customer(row: number, id: string): Customer {
  return { id, attributes: {}, source: { sheet: "Customers", row } };
}

export function contact(row: number, fields: Partial<Contact> = {}): Contact {
  return {
    customerId: "A",
    campaign: "Spring",
    group: "treated",
    contactDate: JAN_1,
    source: { sheet: "Contacts", row },
    ...fields,
  };
}

export function parsed<T>(
  sheet: string,
  records: T[],
  rejected: RejectedRow[] = []
): ParsedRows<T> {
  return { sheet, records, rejected, rowsRead: records.length + rejected.length };
}
