/** Files the pane accepted: one workbook, or CSV files (one per table). */
export type SpreadsheetSelection =
  | { readonly kind: "workbook"; readonly files: readonly [File] }
  | { readonly kind: "csv"; readonly files: readonly File[] };

export type { FlowActions as PaneActions } from "./flow/flowState";
