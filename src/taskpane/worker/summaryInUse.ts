import type { DataChoice, WorkbookOverview } from "./engineTypes";

/**
 * The summary sheet the analyses use: the one the user chose, else the one detected when no
 * transactions sheet is in use (transaction lines give every analysis; a summary gives fewer).
 * Shared by the worker and the Data step, which shows what the run will read.
 */
export function summarySheetInUse(choice: DataChoice, overview: WorkbookOverview): string | null {
  if (choice.sheets.summary) return choice.sheets.summary;
  const transactions = choice.sheets.transactions ?? overview.chosen.transactions;
  return transactions === undefined ? (overview.chosen.summary ?? null) : null;
}
