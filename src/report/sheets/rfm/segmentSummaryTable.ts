/**
 * The Segments sheet's summary: one row a segment of the map (empty ones included, so a board
 * slide always shows the same rows), with its description and recommended action.
 *
 * The numbers are FORMULAS over the RFM sheet's per-customer table, with the engine's values as
 * their computed results: a controller clicks "Revenue" of Champions and reads
 * SUMIFS(RfmCustomers[Monetary],RfmCustomers[Segment],...). Each formula computes exactly what
 * the engine's segmentSummary does (AOV = revenue / purchase occasions, not a mean of means).
 */
import * as column from "../../columns";
import type { RfmResult } from "../../../analytics/rfm";
import type { FormulaCell, TableBlock, TableCell } from "../../model";
import { FORMAT } from "../../numberFormats";
import { structuredRef } from "../../ranges";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";
import { segmentLabel } from "./labels";
import { thisRowRef } from "./structuredRefs";

type Table = Omit<TableBlock, "anchor">;

/**
 * The summary table. `customers` is the per-customer table the formulas count and sum (its
 * columns segment, recency, frequency, monetary). Totals row: customers, revenue and both shares
 * summed (SUBTOTAL over the rows); averages have no total (a mean of segment means would mislead).
 */
export function segmentSummaryTable(
  name: string,
  result: RfmResult,
  customers: Pick<TableBlock, "name" | "columns">,
  ctx: ReportContext
): Table {
  const col = (key: string) => ctx.t(`report:segmentsSheet.column.${key}`);
  const table: Table = tableBlock(name, {
    columns: [
      column.text("segment", col("segment"), { total: column.totalLabel(ctx) }),
      column.integer("customers", col("customers"), { total: "sum" }),
      column.percent("customerShare", col("customerShare"), { total: "sum" }),
      column.currency("revenue", col("revenue"), ctx, { total: "sum" }),
      column.percent("revenueShare", col("revenueShare"), { total: "sum" }),
      column.decimal("recency", col("recency"), { format: FORMAT.decimal1 }),
      column.decimal("frequency", col("frequency")),
      column.currency("monetary", col("monetary"), ctx),
      column.currency("aov", col("aov"), ctx),
      column.text("description", col("description"), { width: 40, wrap: true }),
      column.text("action", col("action"), { width: 45, wrap: true }),
    ],
    rows: [],
  });
  const f = summaryFormulas(table, customers);
  table.rows = result.segments.map((s): TableCell[] => [
    segmentLabel(s.segment, ctx),
    { formula: f.customers, value: s.customers },
    { formula: f.customerShare, value: s.customerShare },
    { formula: f.revenue, value: s.revenue },
    { formula: f.revenueShare, value: s.revenueShare },
    { formula: f.recency, value: s.averageRecency },
    { formula: f.frequency, value: s.averageFrequency },
    { formula: f.monetary, value: s.averageMonetary },
    { formula: f.aov, value: s.aov },
    ctx.t(s.segment.descriptionKey, s.segment.params ?? {}),
    ctx.t(s.segment.actionKey, s.segment.params ?? {}),
  ]);
  return table;
}

/**
 * The formula of each numeric column (the same on every row: they read the row's segment name).
 * An empty segment's averages are "" (IFERROR of a division by zero), shares 0 when nobody.
 */
export function summaryFormulas(
  summary: Pick<TableBlock, "name" | "columns">,
  customers: Pick<TableBlock, "name" | "columns">
): Record<
  | "customers"
  | "customerShare"
  | "revenue"
  | "revenueShare"
  | "recency"
  | "frequency"
  | "monetary"
  | "aov",
  FormulaCell["formula"]
> {
  const segment = thisRowRef(summary, "segment");
  const bySegment = `${structuredRef(customers, "segment")},${segment}`;
  const average = (columnId: string) =>
    `IFERROR(AVERAGEIFS(${structuredRef(customers, columnId)},${bySegment}),"")`;
  return {
    customers: `COUNTIFS(${bySegment})`,
    customerShare: `IFERROR(${thisRowRef(summary, "customers")}/SUM(${structuredRef(summary, "customers")}),0)`,
    revenue: `SUMIFS(${structuredRef(customers, "monetary")},${bySegment})`,
    revenueShare: `IFERROR(${thisRowRef(summary, "revenue")}/SUM(${structuredRef(summary, "revenue")}),0)`,
    recency: average("recency"),
    frequency: average("frequency"),
    monetary: average("monetary"),
    aov: `IFERROR(${thisRowRef(summary, "revenue")}/SUMIFS(${structuredRef(customers, "frequency")},${bySegment}),"")`,
  };
}
