/**
 * What crosses between the pane's thread and the analysis worker: plain, structured-clonable
 * data only (no classes, no functions). Problems are i18n codes with parameters, translated on
 * the pane's side so a language switch applies to them too.
 */
import type { ResolvedCurrency } from "../../analytics/currency";
import type { RawSheet, SheetKind, WorkbookInfo } from "../../analytics/domain";
import type { ColumnMapping, MappingProposal } from "../../analytics/input";
import type { DataQualityReport } from "../../analytics/quality";
import type { AnalysisResults } from "../../analytics/runAnalyses";
import type { Language } from "../../i18n";
import type { ReportModel } from "../../report/model";
import type { PaneSettings } from "../settings/paneSettings";
import type { PackedSheets } from "./packedSheets";
import type { SummaryMatch } from "../../warehouse/summaryHeaders";

/**
 * What a sheet can be used as on the Data step: a kind of input sheet, or a per-customer
 * summary ("summary": one row a customer, as a warehouse's SQL or the lifetimes library writes).
 */
export type SheetRole = SheetKind | "summary";

/** Where the data comes from: a workbook's bytes, CSV files, or sheets read from Excel. */
export type SourceInput =
  | { readonly kind: "xlsx"; readonly fileName: string; readonly bytes: ArrayBuffer }
  | {
      readonly kind: "csv";
      readonly files: readonly { readonly fileName: string; readonly bytes: ArrayBuffer }[];
    }
  | { readonly kind: "sheets"; readonly sheets: readonly RawSheet[]; readonly info: WorkbookInfo }
  /** Sheets read from Excel as the worker engine hands them over (packedSheets.ts). */
  | { readonly kind: "packedSheets"; readonly packed: PackedSheets; readonly info: WorkbookInfo };

/** A message for the user: an i18n key ("ns:key") and its parameters (sheet, column, row...). */
export interface EngineProblem {
  readonly code: string;
  readonly params: Record<string, string | number>;
  /**
   * Parameters whose value is itself a code to translate, with the key prefix to read it under:
   * { column: "common:field." } shows params.column = "date" as t("common:field.date").
   */
  readonly translatedParams?: Record<string, string>;
}

/** One sheet of the workbook, as the Data step shows it. */
export interface SheetOverview {
  readonly name: string;
  /** Rows in the sheet (header and title rows included). */
  readonly rowCount: number;
  /** The Excel row of the header; null when the sheet has none. */
  readonly headerRow: number | null;
  readonly headers: readonly string[];
  /** What the headers say the sheet holds; null when not recognised. */
  readonly detectedKind: SheetRole | null;
  /** The proposed mapping if the sheet is read as each kind (empty without a header row). */
  readonly proposals: { readonly [K in SheetKind]?: MappingProposal<K> };
  /** The sheet read as a customer summary: its columns and convention (null without a header). */
  readonly summary: SummaryMatch | null;
}

/** What opening a source found: every sheet, and the one used for each kind. */
export interface WorkbookOverview {
  readonly sourceName: string;
  readonly sheets: readonly SheetOverview[];
  /** The sheet detected for each role (a summary sheet is used when no transactions sheet is). */
  readonly chosen: { readonly [K in SheetRole]?: string };
  /** Warnings of the choice (sheet not recognised, two sheets of a kind...). */
  readonly warnings: readonly EngineProblem[];
}

/** The user's choice on the Data step: the sheet per kind and column overrides per kind. */
export interface DataChoice {
  readonly sheets: { readonly [K in SheetRole]?: string };
  readonly mappings: { readonly [K in SheetKind]?: ColumnMapping<K> };
}

/** What the cleaning made of the chosen data, for the quality summary. */
export interface CheckedData {
  readonly dataQuality: DataQualityReport;
  /** Warnings that excluded nothing (dates read as dd/mm...). */
  readonly warnings: readonly EngineProblem[];
  /** Channels of the contacts, for the cost-per-contact settings. */
  readonly channels: readonly string[];
  /** The default analysis date (the day after the last transaction), "YYYY-MM-DD". */
  readonly defaultAsOf: string | null;
  /** The amounts' currency and where it came from (the setting, the cells, the culture). */
  readonly currency: ResolvedCurrency;
}

/** The stages of a run, in order; the Run step names them. */
export const runStages = ["reading", "cleaning", "scoring", "fitting", "uplift", "report"] as const;
export type RunStage = (typeof runStages)[number];

/**
 * Where a run is: its stage, and the share of it done (0..1): rows read while reading; the
 * analyses started while scoring, fitting and measuring uplift.
 */
export interface RunProgress {
  readonly stage: RunStage;
  readonly fraction?: number;
}

export interface AnalyseRequest {
  readonly choice: DataChoice;
  readonly settings: PaneSettings;
  readonly language: Language;
  /** When the report is generated (the pane reads the clock, the engine never does). */
  readonly generatedAt: number;
}

export interface AnalysisOutput extends CheckedData {
  readonly results: AnalysisResults;
  readonly model: ReportModel;
}

/** An outcome that is either a value or the problem that stopped it: never thrown across. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: EngineProblem };
