import type { Customer, RawSheet } from "../domain";
import type { ColumnMapping } from "./fields";
import type { HeaderRow } from "./findHeaderRow";
import type { ParseOptions, ParsedSheet } from "./parseTypes";
import { SheetReader } from "./sheetReader";
import { cellText } from "./values/cellText";

/**
 * The attribute columns of a customers sheet: every column with a header that no field uses,
 * keyed by its header ("Région", "Tranche d'âge"); a repeated header gets " (2)", " (3)".
 */
function attributeColumns(
  header: HeaderRow,
  mapping: ColumnMapping<"customers">
): [number, string][] {
  const used = new Set(Object.values(mapping));
  const seen = new Map<string, number>();
  const columns: [number, string][] = [];
  header.headers.forEach((name, column) => {
    if (name === "" || used.has(column)) return;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    columns.push([column, n === 1 ? name : `${name} (${n})`]);
  });
  return columns;
}

/**
 * Reads a customers sheet into Customers: a customer id (required), a name and a first-purchase
 * or sign-up date (optional), and every other column as a text attribute, a breakdown dimension
 * for the analyses. Blank attribute cells are left out of `attributes`.
 */
export function parseCustomers(
  sheet: RawSheet,
  header: HeaderRow,
  mapping: ColumnMapping<"customers">,
  options: ParseOptions
): ParsedSheet<Customer> {
  const reader = new SheetReader(sheet, header, mapping, options);
  const attributes = attributeColumns(header, mapping);
  return reader.parseRows((row) => {
    const customer: Customer = {
      id: reader.requiredText("customerId", "missingCustomerId"),
      attributes: {},
      source: { sheet: sheet.name, row },
    };
    const name = reader.optionalText("name");
    if (name !== undefined) customer.name = name;
    const firstPurchase = reader.optionalDate("firstPurchase");
    if (firstPurchase !== undefined) customer.firstPurchase = firstPurchase;
    for (const [column, key] of attributes) {
      const text = cellText(reader.cell(column));
      if (text !== "") customer.attributes[key] = text;
    }
    return customer;
  }, "firstPurchase");
}
