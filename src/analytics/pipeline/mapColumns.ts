import type { SheetKind } from "../domain";
import {
  mappingFromProposal,
  missingRequiredFields,
  proposeMapping,
  type ColumnMapping,
  type HeaderRow,
  type MappingProposal,
} from "../input";
import { pipelineError, type PipelineError } from "./pipelineError";

/** "A" for 0, "Z" for 25, "AA" for 26: the column letter a user sees. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The column mapping of a sheet: the proposal from its headers, with the user's choices applied
 * over it. A chosen column outside the sheet, or a required field left without a column, is a
 * PipelineError naming the sheet and the field (and the column for the former).
 */
export function mapColumns<K extends SheetKind>(
  sheet: string,
  kind: K,
  header: HeaderRow,
  overrides: ColumnMapping<K> = {}
): { proposal: MappingProposal<K>; mapping: ColumnMapping<K> } | { error: PipelineError } {
  const proposal = proposeMapping(header.headers, kind);
  const mapping: ColumnMapping<K> = { ...mappingFromProposal(proposal), ...overrides };
  for (const [field, column] of Object.entries(overrides) as [string, number][]) {
    if (!Number.isInteger(column) || column < 0 || column >= header.headers.length) {
      return {
        error: pipelineError("unknownColumn", {
          sheet,
          field,
          column: Number.isInteger(column) && column >= 0 ? columnLetter(column) : String(column),
          row: header.excelRow,
        }),
      };
    }
  }
  const missing = missingRequiredFields(kind, new Set(Object.keys(mapping)));
  if (missing.length > 0) {
    return {
      error: pipelineError("missingRequiredColumn", {
        sheet,
        field: missing[0],
        row: header.excelRow,
      }),
    };
  }
  return { proposal, mapping };
}
