/**
 * A sheet's native charts: one drawing part with an anchor per chart, one chart part per chart
 * and the drawing's relationships (the XML itself: src/xlsx/chart/). Charts are resolved (bound
 * to their tables) here, so a bad chart spec fails the whole write.
 */
import type { ChartBlock, ReportModel } from "../../report/model";
import { chartSpaceXml } from "../chart/chartSpaceXml";
import { drawingXml, type AnchoredChart } from "../chart/drawingXml";
import { relationshipsXml } from "../chart/relationshipsXml";
import { resolveChart } from "../chart/resolveChart";
import { REL } from "../chart/xml";
import type { ZipWriter } from "./zipWriter";

/** Writes drawing `drawing` with charts numbered from `firstChart`. */
export function writeChartParts(
  zip: ZipWriter,
  model: ReportModel,
  charts: ChartBlock[],
  drawing: number,
  firstChart: number
): void {
  const resolved = charts.map((chart) => resolveChart(chart, model));
  const anchored: AnchoredChart[] = charts.map((chart, i) => {
    zip.file(`xl/charts/chart${firstChart + i}.xml`, chartSpaceXml(resolved[i]));
    return { chart, relId: `rId${i + 1}` };
  });
  zip.file(`xl/drawings/drawing${drawing}.xml`, drawingXml(anchored));
  zip.file(
    `xl/drawings/_rels/drawing${drawing}.xml.rels`,
    relationshipsXml(
      charts.map((_, i) => ({
        id: `rId${i + 1}`,
        type: REL.chart,
        target: `../charts/chart${firstChart + i}.xml`,
      }))
    )
  );
}
