/**
 * The R x F grid: customers per recency score (rows, most recent first) and frequency score
 * (columns), a heat map the Segments sheet shows and the Dashboard points at. Each count is a
 * COUNTIFS over the RFM sheet's table, with the engine's count as its computed value.
 */
import type { RfmResult } from "../../../analytics/rfm";
import * as column from "../../columns";
import type { TableBlock } from "../../model";
import { structuredRef } from "../../ranges";
import type { ReportContext } from "../../reportContext";
import { scoreGridHeaders, scoreGridTable } from "./scoreGridTable";
import { thisRowRef } from "./structuredRefs";

/** counts[r − 1][f − 1] = customers with scores R = r and F = f. */
export function rfCounts(result: Pick<RfmResult, "customers" | "bins">): number[][] {
  const k = result.bins;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const c of result.customers) counts[c.r - 1][c.f - 1]++;
  return counts;
}

/**
 * Column r (the R score), then f1..fk (the RFM_TABLES.rfGrid contract); rows R = k down to 1.
 * Colour scale over f1..fk.
 */
export function rfGridTable(
  name: string,
  result: RfmResult,
  customers: Pick<TableBlock, "name" | "columns">,
  ctx: ReportContext
): Omit<TableBlock, "anchor"> {
  const counts = rfCounts(result);
  const rColumn = structuredRef(customers, "r");
  const fColumn = structuredRef(customers, "f");
  return scoreGridTable({
    name,
    bins: result.bins,
    headers: scoreGridHeaders(ctx, "report:segmentsSheet.grid"),
    scoreColumn: (id, header) => column.integer(id, header, { width: 9 }),
    cell: (r, f, grid) => ({
      formula: `COUNTIFS(${rColumn},${thisRowRef(grid, "r")},${fColumn},${f})`,
      value: counts[r - 1][f - 1],
    }),
    heatMap: true,
  });
}
