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

/** The summary of a campaigns table, with its values (formulas come once both are placed). */
export function summaryTable(campaigns: Unplaced<TableBlock>): Unplaced<TableBlock> {
  const present = SUMMARY_COLUMNS.map((id) => campaigns.columns.findIndex((c) => c.id === id));
  const columns = present
    .filter((j) => j >= 0)
    .map((j): TableColumn => {
      // No totals row: a sum of uplifts or of ROIs means nothing.
      const column: TableColumn = { ...campaigns.columns[j], total: undefined };
      // Text cells hold formulas here: a "@" (text) format would keep "=C16" as text in Excel.
      const general = column.type === "text" ? { ...column, format: "General" } : column;
      return column.id === "verdictText"
        ? { ...general, width: VERDICT_WIDTH, wrap: true }
        : general;
    });
  return tableBlock(UPLIFT_SUMMARY_TABLE, {
    columns,
    rows: campaigns.rows.map((row) => present.filter((j) => j >= 0).map((j) => valueOf(row[j]))),
  });
}

/**
 * Once the layout has placed both tables: each summary cell becomes "=<campaigns cell>" with the
 * campaigns cell's value; empty cells stay empty (a reference to an empty cell shows 0).
 */
export function linkSummary(blocks: ReportBlock[], campaignsName: string): ReportBlock[] {
  const campaigns = blocks.find(
    (b): b is TableBlock => b.kind === "table" && b.name === campaignsName
  );
  if (campaigns === undefined) return blocks;
  return blocks.map((block) => {
    if (block.kind !== "table" || block.name !== UPLIFT_SUMMARY_TABLE) return block;
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
