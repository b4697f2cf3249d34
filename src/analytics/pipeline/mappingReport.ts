import type { SheetKind } from "../domain";
import type { ColumnCandidate, ColumnChoice, MappingProposal } from "../input";
import type { SheetUse } from "./cleanData";
import { columnLetter } from "./mapColumns";

/** A column as the user finds it: its header and its letter. */
export interface MappedColumn {
  header: string;
  column: string;
}

/** The column that feeds a field, whether the user chose it, and the other columns that could. */
export interface FieldMappingReport extends MappedColumn {
  byUser: boolean;
  alternatives: MappedColumn[];
}

/** The mapping applied to one sheet, field by field. */
export interface SheetMappingReport {
  kind: SheetKind;
  headerRow: number;
  fields: Record<string, FieldMappingReport>;
}

/**
 * The columns that could feed `field` but feed nothing: two "amount" columns, an order date and
 * a delivery date. These are the silent choices the user must be shown (the proposal took the
 * best match, the leftmost on a tie). Best match first.
 */
export function unusedAlternatives(
  proposal: MappingProposal,
  field: string,
  mapping: Readonly<Record<string, number>>
): ColumnCandidate[] {
  const choice = (proposal.fields as Partial<Record<string, ColumnChoice>>)[field];
  if (!choice) return [];
  const used = new Set(Object.values(mapping));
  return [choice, ...choice.alternatives].filter((c) => !used.has(c.column));
}

/**
 * The mapping of every sheet used, for the JSON summary's `mapping` and the CLI summary: per
 * field the chosen column (header and letter) and the unused columns that could feed it.
 */
export function mappingReport(uses: readonly SheetUse[]): Record<string, SheetMappingReport> {
  const report: Record<string, SheetMappingReport> = {};
  for (const use of uses) {
    const fields: Record<string, FieldMappingReport> = {};
    const proposed = use.proposal.fields as Record<string, ColumnCandidate | undefined>;
    for (const [field, index] of Object.entries(use.mapping)) {
      fields[field] = {
        header: use.header.headers[index] ?? "",
        column: columnLetter(index),
        byUser: proposed[field]?.column !== index,
        alternatives: unusedAlternatives(use.proposal, field, use.mapping).map((c) => ({
          header: c.header,
          column: columnLetter(c.column),
        })),
      };
    }
    report[use.sheet] = { kind: use.kind, headerRow: use.header.excelRow, fields };
  }
  return report;
}
