/**
 * The Uplift sheet's printed summary: one line a campaign and arm with what a board reads (the
 * uplift and its interval, the verdict in words, the incremental revenue, the ROI). Its columns
 * are the campaigns table's own (same headers and formats) and each cell is a formula pointing
 * at the campaigns table's cell, so the summary and the detail can never say two things.
 */
import type { FormulaCell, ReportBlock, TableBlock, TableCell, TableColumn } from "../../model";
import { cellA1, tableColumnIndex } from "../../ranges";
import { tableBlock } from "../../tableBlock";
import type { Unplaced } from "../ltv/sheetHelpers";

/** The summary's table name. */
export const UPLIFT_SUMMARY_TABLE = "UpliftSummary";

/** Columns of the campaigns table the summary shows, in order. */
export const SUMMARY_COLUMNS = [
  "campaign",
  "arm",
  "uplift",
  "ciLow",
  "ciHigh",
  "verdictText",
  "incrementalRevenue",
  "roi",
] as const;

/** The verdict wraps in a column this wide, so the summary fits a landscape page at 100 %. */
const VERDICT_WIDTH = 36;

const valueOf = (cell: TableCell): FormulaCell["value"] =>
  cell !== null && typeof cell === "object" ? cell.value : cell;

/**
 * The printed appendix: one line a campaign, arm and breakdown value, the uplift with its
 * interval and the verdict's arrow (the words are the summary's; -1, 0, 1 here), out of the
 * breakdowns table's 45 columns, which printed on 31 pages of the sample's board pack.
 */
export const BREAKDOWN_SUMMARY_TABLE = "UpliftBreakdownSummary";

/** Columns of the breakdowns table the printed appendix shows, in order. */
export const BREAKDOWN_SUMMARY_COLUMNS = [
  "campaign",
  "arm",
  "dimension",
  "value",
  "nTreated",
  "nControl",
  "rateTreated",
  "rateControl",
  "uplift",
  "ciLow",
  "ciHigh",
  "verdict",
  "incrementalRevenue",
] as const;

/**
 * A table of `ids` of `source`'s columns (same headers and formats, no totals row) named `name`,
 * with the source's values; formulas come once both are placed (linkSummary). With `formats`,
 * the source's conditional formats on the columns it keeps.
 */
function pickedTable(
  source: Unplaced<TableBlock>,
  ids: readonly string[],
  name: string,
  options: { formats: boolean; adjust?: (column: TableColumn) => TableColumn }
): Unplaced<TableBlock> {
  const adjust = options.adjust ?? ((column: TableColumn) => column);
  const present = ids
    .map((id) => source.columns.findIndex((c) => c.id === id))
    .filter((j) => j >= 0);
  const columns = present.map((j): TableColumn => {
    // No totals row: a sum of uplifts or of ROIs means nothing.
    const column: TableColumn = { ...source.columns[j], total: undefined };
    // Text cells hold formulas here: a "@" (text) format would keep "=C16" as text in Excel.
    return adjust(column.type === "text" ? { ...column, format: "General" } : column);
  });
  const kept = new Set(columns.map((c) => c.id));
  const formats = (options.formats ? (source.conditionalFormats ?? []) : [])
    .map((f) => ({ ...f, columns: f.columns.filter((id) => kept.has(id)) }))
    .filter((f) => f.columns.length > 0);
  return tableBlock(name, {
    columns,
    rows: source.rows.map((row) => present.map((j) => valueOf(row[j]))),
    ...(formats.length > 0 ? { conditionalFormats: formats } : {}),
  });
}

/** The summary of a campaigns table, with its values (formulas come once both are placed). */
export function summaryTable(campaigns: Unplaced<TableBlock>): Unplaced<TableBlock> {
  return pickedTable(campaigns, SUMMARY_COLUMNS, UPLIFT_SUMMARY_TABLE, {
    formats: false,
    adjust: (column) =>
      column.id === "verdictText" ? { ...column, width: VERDICT_WIDTH, wrap: true } : column,
  });
}

/** The printed appendix of a breakdowns table (BREAKDOWN_SUMMARY_COLUMNS), its arrows kept. */
export function breakdownSummaryTable(breakdowns: Unplaced<TableBlock>): Unplaced<TableBlock> {
  return pickedTable(breakdowns, BREAKDOWN_SUMMARY_COLUMNS, BREAKDOWN_SUMMARY_TABLE, {
    formats: true,
  });
}

/**
 * Once the layout has placed both tables: each cell of the summary `summaryName` becomes
 * "=<source cell>" with the source cell's value; empty cells stay empty (a reference to an empty
 * cell shows 0).
 */
export function linkSummary(
  blocks: ReportBlock[],
  sourceName: string,
  summaryName: string = UPLIFT_SUMMARY_TABLE
): ReportBlock[] {
  const campaigns = blocks.find(
    (b): b is TableBlock => b.kind === "table" && b.name === sourceName
  );
  if (campaigns === undefined) return blocks;
  return blocks.map((block) => {
    if (block.kind !== "table" || block.name !== summaryName) return block;
    const rows = block.rows.map((row, i) =>
      row.map((value, j): TableCell => {
        if (value === null) return null;
        const source = {
          row: campaigns.anchor.row + 1 + i,
          col: campaigns.anchor.col + tableColumnIndex(campaigns, block.columns[j].id),
        };
        return { formula: cellA1(source), value: valueOf(value) };
      })
    );
    return { ...block, rows };
  });
}
