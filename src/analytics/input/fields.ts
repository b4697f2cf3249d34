import type { SheetKind } from "../domain";

/** The columns a transactions sheet can feed (DESIGN.md, "Input sheets"). */
export const transactionFields = [
  "customerId",
  "date",
  "amount",
  "quantity",
  "unitPrice",
  "invoiceId",
  "product",
  "category",
  "channel",
] as const;
export type TransactionField = (typeof transactionFields)[number];

/** The columns a customers sheet can feed; every other column becomes Customer.attributes. */
export const customerFields = ["customerId", "name", "firstPurchase"] as const;
export type CustomerField = (typeof customerFields)[number];

/** The columns a contacts (campaign exposure) sheet can feed. */
export const contactFields = [
  "customerId",
  "campaign",
  "group",
  "contactDate",
  "channel",
  "cost",
  "converted",
  "revenue",
] as const;
export type ContactField = (typeof contactFields)[number];

/** The field names of one kind of sheet. */
export type FieldOf<K extends SheetKind> = K extends "transactions"
  ? TransactionField
  : K extends "customers"
    ? CustomerField
    : ContactField;

/** Every field of each kind, in order of importance (required first): ties go to the earlier. */
export const fieldsOf: { readonly [K in SheetKind]: readonly FieldOf<K>[] } = {
  transactions: transactionFields,
  customers: customerFields,
  contacts: contactFields,
};

/**
 * The required fields of each kind. A transactions sheet needs an amount OR both a quantity and
 * a unit price: that rule lives in `missingRequiredFields`, here "amount" stands for it.
 */
export const requiredFieldsOf: { readonly [K in SheetKind]: readonly FieldOf<K>[] } = {
  transactions: ["customerId", "date", "amount"],
  customers: ["customerId"],
  contacts: ["customerId", "campaign", "group", "contactDate"],
};

/** The required fields a set of mapped fields lacks (amount may be replaced by quantity + unit price). */
export function missingRequiredFields<K extends SheetKind>(
  kind: K,
  mapped: ReadonlySet<string>
): FieldOf<K>[] {
  const required = requiredFieldsOf[kind] as readonly FieldOf<K>[];
  return required.filter((field) => {
    if (mapped.has(field)) return false;
    if (kind === "transactions" && field === "amount") {
      return !(mapped.has("quantity") && mapped.has("unitPrice"));
    }
    return true;
  });
}

/** A column mapping: field -> column index (0-based, into the sheet's rows). */
export type ColumnMapping<K extends SheetKind = SheetKind> = Partial<Record<FieldOf<K>, number>>;
