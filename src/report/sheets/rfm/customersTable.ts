/**
 * The RFM sheet's main table: one row a scored customer, as an Excel Table with filters, so a
 * user can sort by monetary value or filter one segment and mail-merge it.
 */
import * as column from "../../columns";
import type { RfmResult } from "../../../analytics/rfm";
import type { TableBlock, TableCell, TableColumn } from "../../model";
import { palette } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { lazyRows } from "../../lazyRows";
import { tableBlock } from "../../tableBlock";
import { rfmCode, segmentLabels } from "./labels";

/**
 * One row a customer, in the engine's order (first appearance in the transactions): id,
 * recency (days), frequency, monetary, average order value, R, F, M, the RFM code ("545") and
 * the segment's name. Colour scale on the three scores (one range, they share the 1..k scale),
 * data bar on monetary. With ctx.lazyCustomerRows the rows are made as they are read.
 */
export function customersTable(
  name: string,
  result: RfmResult,
  ctx: ReportContext
): Omit<TableBlock, "anchor"> {
  const names = segmentLabels(result.map, ctx);
  const customers = result.customers;
  // fills `row` (a fresh array, or the one a scan reuses: lazyRows.ts) with customer i's cells
  const rowOf = (i: number, row: TableCell[]): TableCell[] => {
    const c = customers[i];
    row[0] = c.id;
    row[1] = c.recency;
    row[2] = c.frequency;
    row[3] = c.monetary;
    row[4] = c.aov;
    row[5] = c.r;
    row[6] = c.f;
    row[7] = c.m;
    row[8] = rfmCode(c.r, c.f, c.m, result.bins);
    row[9] = names.get(c.segment) ?? c.segment;
    return row;
  };
  const rows = ctx.lazyCustomerRows
    ? lazyRows(customers.length, rowOf)
    : Array.from({ length: customers.length }, (_, i) => rowOf(i, []));
  return tableBlock(name, {
    columns: customerColumns(ctx),
    rows,
    conditionalFormats: [
      { kind: "colorScale", columns: ["r", "f", "m"], colors: palette.heat },
      { kind: "dataBar", columns: ["monetary"], color: palette.bar },
    ],
  });
}

/** The columns of the per-customer table (the RFM_TABLES.customers contract), labelled. */
export function customerColumns(ctx: ReportContext): TableColumn[] {
  const col = (key: string) => ctx.t(`report:rfmSheet.column.${key}`);
  return [
    column.text("id", col("id")),
    column.integer("recency", col("recency")),
    column.integer("frequency", col("frequency")),
    column.currency("monetary", col("monetary"), ctx),
    column.currency("aov", col("aov"), ctx),
    column.integer("r", col("r"), { width: 7 }),
    column.integer("f", col("f"), { width: 7 }),
    column.integer("m", col("m"), { width: 7 }),
    column.text("score", col("score")),
    column.text("segment", col("segment")),
  ];
}
