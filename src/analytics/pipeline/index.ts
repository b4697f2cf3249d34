/** read -> map columns -> clean: from a WorkbookSource to clean typed data and its quality report. */
export { loadAndClean, type PipelineResult } from "./loadAndClean";
export type { PipelineOptions } from "./pipelineOptions";
export type { CleanData, SheetUse } from "./cleanData";
export { pipelineError, describePipelineError, type PipelineError } from "./pipelineError";
export { chooseSheets, type SheetCandidate, type ChosenSheet } from "./chooseSheets";
export { mapColumns, columnLetter } from "./mapColumns";
export { dataQualityJson, type DataQualityJson, type RuleTallyJson } from "./dataQualityJson";
export {
  mappingReport,
  unusedAlternatives,
  type MappedColumn,
  type FieldMappingReport,
  type SheetMappingReport,
} from "./mappingReport";
