import type { ResolvedCurrency } from "../currency";
import type { Contact, Customer, Instant, Problem, SheetKind, Transaction } from "../domain";
import type { HeaderRow, MappingProposal } from "../input";
import type { DataQualityReport } from "../quality";

/** One input sheet the pipeline used: its kind, header row and the mapping proposed and applied. */
export interface SheetUse {
  kind: SheetKind;
  sheet: string;
  header: HeaderRow;
  proposal: MappingProposal;
  /** The mapping applied: the proposal with the user's overrides. */
  mapping: Record<string, number>;
  /** How the sheet's text dates were read. */
  dateOrder: "dmy" | "mdy" | "iso";
}

/** What the analyses start from: typed, cleaned records and the account of what cleaning did. */
import type { PipelineError } from "./pipelineError";

export interface CleanData {
  transactions: Transaction[];
  customers: Customer[];
  contacts: Contact[];
  dataQuality: DataQualityReport;
  /** Warnings that excluded nothing: sheets not recognised, dates read as dd/mm, ... */
  problems: Problem[];
  sheets: SheetUse[];
  /**
   * The analysis date: the one given, else the day after the last transaction used (DESIGN.md's
   * RFM default), at midnight; undefined without transactions.
   */
  asOf?: Instant;
  /** The amounts' currency and where it came from (resolveCurrency); optional for older callers. */
  currency?: ResolvedCurrency;
  /**
   * Why a transactions sheet that was found gave no transaction (no rows; every row after the
   * analysis date), when contacts keep the run going: the skipped analyses then say so instead of
   * "no transactions sheet was found".
   */
  emptyTransactions?: PipelineError;
}
