import type { Customer } from "../domain";
import { tallyRejected, type CleanedSheet } from "./cleanedSheet";
import type { ParsedRows } from "./parsedRows";
import { RowTally } from "./rowTally";
import { findDuplicates } from "./rules/findDuplicates";
import { customerHasOverlongValue } from "./rules/hasOverlongValue";

/**
 * Applies the cleaning rules to a customers sheet: rows the input layer rejected, an id or
 * attribute value over 255 characters ("valueTooLong"), and customer ids seen on an earlier row ("duplicateCustomerId": the first row is kept, so attributes never
 * depend on which copy a lookup happens to hit).
 */
export function cleanCustomers(parsed: ParsedRows<Customer>): CleanedSheet<Customer> {
  const excluded = new RowTally();
  tallyRejected(parsed.sheet, parsed, excluded);
  const duplicate = findDuplicates(parsed.records, (c) => c.id);
  const records = parsed.records.filter((c, i) => {
    const reason = customerHasOverlongValue(c)
      ? "valueTooLong"
      : duplicate[i]
        ? "duplicateCustomerId"
        : null;
    if (reason) excluded.add(parsed.sheet, reason, c.source.row);
    return reason === null;
  });
  return {
    sheet: parsed.sheet,
    kind: "customers",
    records,
    rowsRead: parsed.rowsRead,
    excluded: excluded.summaries(),
    flagged: [],
    warnings: [],
  };
}
