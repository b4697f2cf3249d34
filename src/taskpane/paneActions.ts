/**
 * What the pane's components can ask for. Components receive these as props and never reach
 * the host or the engine themselves, so they render in tests without Excel and without a
 * worker; index.tsx supplies the real implementations.
 */
export type PaneActions = {
  /** Standalone: the user chose or dropped one .xlsx workbook or one or more .csv files. */
  readonly openFiles: (selection: SpreadsheetSelection) => void;
  /** Standalone: analyse the sample workbook shipped with the add-in. */
  readonly trySample: () => void;
  /** In Excel: look for the customers, transactions and contacts sheets of this workbook. */
  readonly findSheets: () => void;
};

/** Files the pane accepted: one workbook, or CSV files (one per table). */
export type SpreadsheetSelection =
  | { readonly kind: "workbook"; readonly files: readonly [File] }
  | { readonly kind: "csv"; readonly files: readonly File[] };
