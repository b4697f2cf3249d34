import type { MethodContribution } from "./methodContribution";
import type { ReportSheet } from "./model";

/** What a section of the report adds: its sheets (in workbook order) and its Method entries. */
export interface SectionOutput {
  sheets: ReportSheet[];
  method: MethodContribution;
}
