/**
 * What the worker needs once an analysis runs, and never to open a workbook: the analyses, the
 * report model and its translations (i18next and both languages), the teaching workbook, the
 * .xlsx writer (JSZip for the charts) and the summary-sheet path. analysisApi imports this
 * module on first use (its own chunk), so the worker that opens a workbook starts on less than
 * half the script; it asks for it as soon as a workbook is open, before the user runs anything.
 */
export { runAnalyses } from "../../analytics/runAnalyses";
export { deckName } from "../../deck/deckName";
export { translator } from "../../i18n";
export { buildReport } from "../../report/buildReport";
export {
  buildTeachingWorkbook,
  teachingProblem,
} from "../../report/teaching/buildTeachingWorkbook";
export { writeReportXlsx } from "../../xlsx/writeReport";
export { analyseSummary, checkSummary } from "./summaryRun";
