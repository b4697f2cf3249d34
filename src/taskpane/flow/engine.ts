import type { Language } from "../../i18n";
import type { ReportModel } from "../../report/model";
import type {
  AnalyseRequest,
  AnalysisOutput,
  CheckedData,
  DataChoice,
  EngineProblem,
  Outcome,
  RunProgress,
  SourceInput,
  WorkbookOverview,
} from "../worker/engineTypes";
import type { PaneSettings } from "../settings/paneSettings";

/** What the pane asks of the engine; the worker client and the in-process engine of tests. */
export interface Engine {
  /** `onProgress` hears the share of a workbook file read so far (0..1), when it can be told. */
  open(
    input: SourceInput,
    onProgress?: (fraction: number) => void
  ): Promise<Outcome<WorkbookOverview>>;
  /** `settings`: the ones a summary sheet's check reads (time unit, currency); asOfDay wins. */
  check(
    choice: DataChoice,
    asOfDay: string,
    settings?: PaneSettings
  ): Promise<Outcome<CheckedData>>;
  analyse(
    request: AnalyseRequest,
    onProgress: (progress: RunProgress) => void
  ): Promise<Outcome<AnalysisOutput>>;
  writeXlsx(model: ReportModel): Promise<Outcome<Uint8Array>>;
  /** The last run's report rebuilt in another language. */
  reportIn(language: Language, generatedAt: number): Promise<Outcome<ReportModel>>;
  /** The last run's teaching workbook (live RFM formulas, exercises, answers unless left out). */
  teachingIn(
    language: Language,
    generatedAt: number,
    answers: boolean
  ): Promise<Outcome<ReportModel>>;
  /**
   * The last run's board deck as .pptx bytes, in `language`, titled with `workbookName` (Excel)
   * or the file opened.
   */
  deckIn(
    language: Language,
    generatedAt: number,
    workbookName?: string
  ): Promise<Outcome<Uint8Array>>;
  /** Stops the running analysis at once; it resolves with the CANCELLED problem. */
  cancel(): void;
}

/** The outcome of an analysis the user cancelled. */
export const CANCELLED: EngineProblem = { code: "pane:run.cancelled", params: {} };

export const isCancelled = (problem: EngineProblem) => problem.code === CANCELLED.code;
