/**
 * Faults a test can inject between two syncs: what the user (or Excel) does while an add-in's
 * Excel.run is between requests.
 * - cellEditMode: the user is typing in a cell. A batch sent then fails with
 *   InvalidOperationInCellEditMode, unless the run asked `delayForCellEdit: true`, in which case
 *   Excel holds the batch until the user leaves the cell and then runs it (learn.microsoft.com,
 *   Excel.RunOptions.delayForCellEdit).
 * - inactiveWorkbook: the user switched to another workbook; the batch fails with
 *   InactiveWorkbook (Excel.ErrorCodes.inactiveWorkbook) and nothing of it is applied.
 * - addSheet / renameSheet: the user adds a sheet or renames one between two requests; the
 *   batch then runs on the changed workbook.
 * A fault fires once, at the sync it is set for; the next syncs run normally.
 */
import type { CommandQueue, SyncRecord } from "./context";
import { FakeOfficeError } from "./errors";
import type { WorkbookModel } from "./model";

export type Fault =
  | { kind: "cellEditMode" }
  | { kind: "inactiveWorkbook" }
  | { kind: "addSheet"; name: string }
  | { kind: "renameSheet"; from: string; to: string };

export const FAULT_KINDS = ["cellEditMode", "inactiveWorkbook", "addSheet", "renameSheet"] as const;

/** Arms `fault` to fire as the sync numbered `atSync` (1-based over the fake's life) starts. */
export function armFault(
  queue: CommandQueue,
  workbook: WorkbookModel,
  fault: Fault,
  atSync: number,
  delayForCellEdit: () => boolean
): void {
  const previous = queue.beforeSync;
  queue.beforeSync = (record: SyncRecord) => {
    previous?.(record);
    if (record.index !== atSync) return;
    switch (fault.kind) {
      case "cellEditMode":
        if (delayForCellEdit()) return; // Excel waits for the user to leave the cell
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode and try again."
        );
      case "inactiveWorkbook":
        throw new FakeOfficeError(
          "InactiveWorkbook",
          "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus."
        );
      case "addSheet":
        workbook.addSheet(fault.name);
        return;
      case "renameSheet": {
        const sheet = workbook.sheet(fault.from);
        if (sheet) workbook.renameSheet(sheet, fault.to);
        return;
      }
    }
  };
}
