/**
 * The R x F grid: customers per recency score (rows, most recent first) and frequency score
 * (columns), a heat map the Segments sheet shows and the Dashboard points at. Each count is a
 * COUNTIFS over the RFM sheet's table, with the engine's count as its computed value.
 */
import type { RfmResult } from "../../../analytics/rfm";
import type { TableBlock, TableCell, TableColumn } from "../../model";
import { FORMAT } from "../../numberFormats";
import { palette, TABLE_STYLE } from "../../palette";
import { structuredRef } from "../../ranges";
import type { ReportContext } from "../../reportContext";
import { thisRowRef } from "./structuredRefs";

/** counts[r − 1][f − 1] = customers with scores R = r and F = f. */
export function rfCounts(result: Pick<RfmResult, "customers" | "bins">): number[][] {
  const k = result.bins;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const c of result.customers) counts[c.r - 1][c.f - 1]++;
  return counts;
}

/** Column ids of the frequency scores: f1 .. fk (the RFM_TABLES.rfGrid contract). */
export function frequencyColumnIds(bins: number): string[] {
  return Array.from({ length: bins }, (_, i) => `f${i + 1}`);
}

/**
 * Column r (the R score), then f1..fk; rows R = k down to 1, so the best customers sit top
 * right as on the classic grid. Colour scale over f1..fk (one range: one scale for the grid).
 */
export function rfGridTable(
  name: string,
  result: RfmResult,
  customers: Pick<TableBlock, "name" | "columns">,
  ctx: ReportContext
): Omit<TableBlock, "anchor"> {
  const k = result.bins;
  const fIds = frequencyColumnIds(k);
  const columns: TableColumn[] = [
    {
      id: "r",
      header: ctx.t("report:segmentsSheet.grid.r"),
      type: "integer",
      format: FORMAT.integer,
    },
    ...fIds.map((id, i): TableColumn => ({
      id,
      header: ctx.t("report:segmentsSheet.grid.f", { score: i + 1 }),
      type: "integer",
      format: FORMAT.integer,
      width: 9,
    })),
  ];
  const table: Omit<TableBlock, "anchor"> = {
    kind: "table",
    name,
    style: TABLE_STYLE,
    columns,
    rows: [],
    conditionalFormats: [{ kind: "colorScale", columns: fIds, colors: palette.heat }],
  };
  const counts = rfCounts(result);
  const rScore = thisRowRef(table, "r");
  const rColumn = structuredRef(customers, "r");
  const fColumn = structuredRef(customers, "f");
  for (let r = k; r >= 1; r--) {
    const row: TableCell[] = [r];
    for (let f = 1; f <= k; f++) {
      row.push({
        formula: `COUNTIFS(${rColumn},${rScore},${fColumn},${f})`,
        value: counts[r - 1][f - 1],
      });
    }
    table.rows.push(row);
  }
  return table;
}
