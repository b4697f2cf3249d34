/**
 * Checks a ReportModel against what Excel accepts, before any renderer touches a workbook: a
 * model bug then fails with a message naming the sheet and block, rather than as a file Excel
 * "repairs" or an Office.js error half-way through a write.
 */
import type { ReportBlock, ReportModel, ReportSheet, TableBlock } from "./model";
import { INTERVAL_SERIES_ORDER } from "./model";
import { MAX_SHEET_NAME } from "./excelNames";
import { MAX_COLUMN_HEADER } from "./sheets/campaigns/uniqueHeaders";
import { blockEnd, columnsBodyA1, findTable, tableColumnIndex } from "./ranges";
import { rowScanner } from "./lazyRows";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

export interface ModelIssue {
  sheet: string;
  message: string;
}

function blockLabel(block: ReportBlock): string {
  switch (block.kind) {
    case "table":
      return `table ${block.name}`;
    case "chart":
      return `chart "${block.title}"`;
    default:
      return `${block.kind} block`;
  }
}

function sheetNameIssues(sheet: ReportSheet): string[] {
  const issues: string[] = [];
  const name = sheet.name;
  if (name.length === 0 || name.length > MAX_SHEET_NAME)
    issues.push("name must have 1 to 31 characters");
  if (/[[\]:*?/\\]/.test(name)) issues.push("name contains one of []:*?/\\");
  if (name.startsWith("'") || name.endsWith("'"))
    issues.push("name starts or ends with an apostrophe");
  return issues;
}

function tableIssues(table: TableBlock): string[] {
  const issues: string[] = [];
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(table.name))
    issues.push(`invalid table name ${table.name}`);
  const headers = table.columns.map((c) => c.header.toLowerCase());
  if (table.columns.length === 0) issues.push(`table ${table.name} has no column`);
  if (headers.some((h) => h.trim() === "")) issues.push(`table ${table.name} has an empty header`);
  if (headers.some((h) => h.length > MAX_COLUMN_HEADER))
    issues.push(`table ${table.name} has a header longer than ${MAX_COLUMN_HEADER} characters`);
  if (new Set(headers).size !== headers.length) issues.push(`table ${table.name} repeats a header`);
  const first = table.columns[0]?.total;
  if (first !== undefined && "fn" in first) {
    issues.push(`table ${table.name}: the first column's total can only be a label`);
  }
  // rowScanner: a lazy body (lazyRows.ts) is read through its maker, not its Proxy
  const rowAt = rowScanner(table.rows);
  const count = table.rows.length;
  for (let i = 0; i < count; i++) {
    const row = rowAt(i);
    if (row.length !== table.columns.length) {
      issues.push(
        `table ${table.name} row ${i + 1} has ${row.length} cells for ${table.columns.length} columns`
      );
    }
    for (const cell of row) {
      if (typeof cell === "string" && cell.length > MAX_CELL_TEXT) {
        issues.push(`table ${table.name} row ${i + 1} has a text longer than ${MAX_CELL_TEXT}`);
      }
      if (cell !== null && typeof cell === "object" && cell.formula.startsWith("=")) {
        issues.push(`table ${table.name} row ${i + 1}: write formulas without the leading "="`);
      }
    }
  }
  for (const format of table.conditionalFormats ?? []) {
    try {
      columnsBodyA1(table, format.columns);
    } catch (e) {
      issues.push((e as Error).message);
    }
  }
  return issues;
}

function overlaps(a: ReportBlock, b: ReportBlock): boolean {
  const ea = blockEnd(a);
  const eb = blockEnd(b);
  return !(
    ea.row < b.anchor.row ||
    eb.row < a.anchor.row ||
    ea.col < b.anchor.col ||
    eb.col < a.anchor.col
  );
}

/** Every problem found in the model; an empty list means renderers may write it. */
export function validateModel(model: ReportModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const add = (sheet: string, message: string) => issues.push({ sheet, message });
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of model.sheets) {
    sheetNameIssues(sheet).forEach((m) => add(sheet.name, m));
    if (sheetNames.has(sheet.name.toLowerCase())) add(sheet.name, "two sheets share this name");
    sheetNames.add(sheet.name.toLowerCase());
    sheet.blocks.forEach((block, i) => {
      if (block.kind === "table") {
        tableIssues(block).forEach((m) => add(sheet.name, m));
        if (tableNames.has(block.name.toLowerCase()))
          add(sheet.name, `two tables are named ${block.name}`);
        tableNames.add(block.name.toLowerCase());
      }
      if (block.kind === "chart") {
        const found = findTable(model, block.table);
        if (found === undefined) {
          add(sheet.name, `chart "${block.title}" plots unknown table ${block.table}`);
        } else {
          if (block.type === "interval" && block.series.length !== INTERVAL_SERIES_ORDER.length)
            add(
              sheet.name,
              `interval chart "${block.title}" needs ${INTERVAL_SERIES_ORDER.join(", ")} series`
            );
          // Office.js builds a stock chart from one source range of its three series
          // (renderChart.ts queueIntervalChart): their columns must be adjacent.
          if (block.type === "interval") {
            try {
              columnsBodyA1(
                found.table,
                block.series.map((s) => s.column)
              );
            } catch (e) {
              add(sheet.name, `interval chart "${block.title}": ${(e as Error).message}`);
            }
          }
          const columns = [
            block.categoryColumn,
            ...block.series.flatMap((s) => [
              s.column,
              ...(s.errorBars ? [s.errorBars.minusColumn, s.errorBars.plusColumn] : []),
            ]),
          ];
          for (const column of columns) {
            try {
              tableColumnIndex(found.table, column);
            } catch (e) {
              add(sheet.name, `chart "${block.title}": ${(e as Error).message}`);
            }
          }
        }
      }
      for (const other of sheet.blocks.slice(i + 1)) {
        if (overlaps(block, other))
          add(sheet.name, `${blockLabel(block)} overlaps ${blockLabel(other)}`);
      }
    });
  }
  return issues;
}

/**
 * Throws one error listing every issue, or returns when the model is valid. The first line names
 * the first issue, so a one-line report of the error (the CLI's stderr) always carries a reason.
 */
export function assertValidModel(model: ReportModel): void {
  const issues = validateModel(model);
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    throw new Error(
      `invalid report model: ${issues[0].sheet}: ${issues[0].message}${more}\n` +
        issues.map((i) => `- ${i.sheet}: ${i.message}`).join("\n")
    );
  }
}
