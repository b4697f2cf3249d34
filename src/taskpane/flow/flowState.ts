import type { SheetKind } from "../../analytics/domain";
import type { ReportModel, SheetKey } from "../../report/model";
import type { PaneSettings } from "../settings/paneSettings";
import type { SettingProblem } from "../settings/validateSettings";
import type { SpreadsheetSelection } from "../paneActions";
import type {
  AnalysisOutput,
  CheckedData,
  DataChoice,
  EngineProblem,
  RunProgress,
  SheetRole,
  WorkbookOverview,
} from "../worker/engineTypes";

export type SourceState =
  | { readonly status: "none" }
  /** Reading the workbook (Excel: `fraction` of its rows read so far). */
  | { readonly status: "opening"; readonly fraction?: number }
  | { readonly status: "open"; readonly overview: WorkbookOverview }
  | { readonly status: "failed"; readonly problem: EngineProblem };

export type CheckState =
  | { readonly status: "idle" }
  | { readonly status: "checking" }
  | { readonly status: "done"; readonly data: CheckedData }
  | { readonly status: "failed"; readonly problem: EngineProblem };

export type RunState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: RunProgress }
  | { readonly status: "done"; readonly output: AnalysisOutput }
  | { readonly status: "failed"; readonly problem: EngineProblem }
  | { readonly status: "cancelled" };

export type WriteState =
  | { readonly status: "idle" }
  | { readonly status: "writing"; readonly fraction?: number }
  /** Excel: the sheets written, each a link that activates it. */
  | { readonly status: "written"; readonly sheets: readonly string[] }
  /** Standalone: the report file offered for download. */
  | { readonly status: "downloaded"; readonly fileName: string; readonly url: string }
  | { readonly status: "failed"; readonly problem: EngineProblem };

/** The board deck (a .pptx download, in Excel and standalone alike). */
export type DeckState =
  | { readonly status: "idle" }
  | { readonly status: "building" }
  | { readonly status: "downloaded"; readonly fileName: string; readonly url: string }
  | { readonly status: "failed"; readonly problem: EngineProblem };

/** Everything the steps show. */
export interface FlowState {
  readonly source: SourceState;
  readonly choice: DataChoice;
  readonly check: CheckState;
  readonly settings: PaneSettings;
  readonly settingProblems: readonly SettingProblem[];
  readonly run: RunState;
  readonly write: WriteState;
  readonly deck: DeckState;
}

/** Everything the steps can ask for. Components get these as props and never reach the engine. */
export interface FlowActions {
  /** Standalone: the user chose or dropped one .xlsx workbook or one or more .csv files. */
  readonly openFiles: (selection: SpreadsheetSelection) => void;
  /** Standalone: analyse the sample workbook shipped with the add-in. */
  readonly trySample: () => void;
  /** In Excel: read this workbook's sheets and find the customers, transactions and contacts. */
  readonly findSheets: () => void;
  /** Uses this sheet for a kind of data or as the customer summary ("" = the one detected). */
  readonly chooseSheet: (kind: SheetRole, sheet: string) => void;
  /** Feeds a field from this column (0-based); null goes back to the proposal. */
  readonly chooseColumn: (kind: SheetKind, field: string, column: number | null) => void;
  readonly updateSettings: (patch: Partial<PaneSettings>) => void;
  readonly resetSettings: () => void;
  readonly run: () => void;
  readonly cancel: () => void;
  /** Writes the chosen report sheets (Excel) or downloads them as a workbook (standalone). */
  readonly writeReport: (sheets: readonly SheetKey[]) => void;
  /**
   * Writes the last run's teaching workbook (Excel) or downloads it (standalone), with or
   * without its Answers sheet.
   */
  readonly writeTeaching: (answers: boolean) => void;
  /** Downloads the last run's board deck (.pptx), in the pane's language. */
  readonly downloadDeck: () => void;
  /** In Excel: shows a written sheet. */
  readonly activateSheet: (name: string) => void;
}

export interface PaneFlow {
  readonly state: FlowState;
  readonly actions: FlowActions;
  /** The report of the last run, if any. */
  readonly model: ReportModel | null;
}
