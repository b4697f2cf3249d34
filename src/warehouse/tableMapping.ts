/**
 * A warehouse table's columns mapped by the same header rules as a sheet's (analytics/input
 * proposeMapping: English and French synonyms, case, accents and punctuation ignored), turned
 * into the field names of queries.ts. One definition for every engine: the files DuckDB reads
 * (duckdbEngine.ts) and the tables of a PostgreSQL server (postgres/postgresSummaries.ts).
 */
import { proposeMapping } from "../analytics/input";
import type { ContactField, TransactionField } from "./queries";

/** Input-layer field -> queries.ts field, per kind. */
const TRANSACTION_FIELD_OF: Record<string, TransactionField> = {
  customerId: "customer",
  date: "date",
  amount: "amount",
  quantity: "quantity",
  unitPrice: "unitPrice",
  invoiceId: "invoice",
  product: "product",
  category: "category",
};
const CONTACT_FIELD_OF: Record<string, ContactField> = {
  customerId: "customer",
  campaign: "campaign",
  group: "group",
  contactDate: "date",
  channel: "channel",
  cost: "cost",
  converted: "converted",
  revenue: "revenue",
};

export interface TableMapping<F extends string> {
  columns: Partial<Record<F, string>>;
  /** Required input-layer fields without a column ("customerId", "date", "amount"...). */
  missingRequired: string[];
}

function mapped<F extends string>(
  names: readonly string[],
  kind: "transactions" | "contacts",
  fieldOf: Record<string, F>
): TableMapping<F> {
  const proposal = proposeMapping([...names], kind);
  const columns: Partial<Record<F, string>> = {};
  for (const [field, choice] of Object.entries(proposal.fields)) {
    const target = fieldOf[field];
    if (target && choice) columns[target] = names[choice.column];
  }
  return { columns, missingRequired: proposal.missingRequired as string[] };
}

export const transactionTableMapping = (names: readonly string[]) =>
  mapped(names, "transactions", TRANSACTION_FIELD_OF);

export const contactTableMapping = (names: readonly string[]) =>
  mapped(names, "contacts", CONTACT_FIELD_OF);

/** The customers table: its id column and every other column as an attribute (as a sheet's). */
export function customerTableMapping(names: readonly string[]): {
  id: string | null;
  attributes: string[];
} {
  const proposal = proposeMapping([...names], "customers");
  const idChoice = proposal.fields.customerId;
  const used = new Set(Object.values(proposal.fields).map((c) => c?.column));
  return {
    id: idChoice ? names[idChoice.column] : null,
    attributes: names.filter((_, i) => !used.has(i)),
  };
}
