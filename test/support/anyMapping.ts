import fc from "fast-check";
import type { SheetKind } from "../../src/analytics/domain";
import { fieldsOf, type ColumnMapping } from "../../src/analytics/input";

/**
 * A mapping of any of a kind's fields to any of `width` columns, each field mapped or not, two
 * fields possibly sharing a column: what a user's overrides may make of a sheet.
 */
export function anyMapping<K extends SheetKind>(
  kind: K,
  width: number
): fc.Arbitrary<ColumnMapping<K>> {
  const fields = fieldsOf[kind] as readonly string[];
  const column = fc.option(fc.integer({ min: 0, max: width - 1 }), { nil: undefined });
  return fc.tuple(...fields.map(() => column)).map((columns) => {
    const mapping: Record<string, number> = {};
    fields.forEach((field, k) => {
      if (columns[k] !== undefined) mapping[field] = columns[k]!;
    });
    return mapping as ColumnMapping<K>;
  });
}
