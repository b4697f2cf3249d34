/**
 * The Dashboard: the board-deck page. KPI tiles (customers, active customers, revenue, AOV,
 * repeat rate, average CLV, best campaign's incremental revenue, coverage), each a formula over
 * the table it summarises with its change vs the previous period; charts of customers and revenue
 * by segment, monthly revenue of active customers, uplift by segment with its interval, and the
 * R x F heat map. The printed part fits one landscape A4 page; the tables behind its own charts
 * sit below the print area.
 */
import { isoDay } from "../../analytics/rfm/calendar";
import type { ReportInput } from "../buildReport";
import { chartBlock } from "../chartBlock";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import type { MethodContribution } from "../methodContribution";
import type { ReportBlock, ReportSheet, UnplacedBlock } from "../model";
import { currencyFormat, FORMAT } from "../numberFormats";
import { blockEnd, findTable, sheetExtentA1 } from "../ranges";
import { landscapeA4, ownedSheet, type ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";
import { updateTable, withRowFormulas } from "./campaigns/rowFormulas";
import {
  DASHBOARD_TABLES,
  monthlyTable,
  rfGridTable,
  upliftBySegmentTable,
  upliftChartCampaign,
} from "./dashboard/dashboardTables";
import { sourcesLine } from "./dashboard/sourcesLine";
import { dashboardTiles, SOURCE_TABLES } from "./dashboard/tiles";
import {
  comparisonNotes,
  periodChangesTable,
  periodValuesTable,
  withChangeFormulas,
} from "./dashboard/comparisonTables";

export { DASHBOARD_TABLES } from "./dashboard/dashboardTables";

/** Columns the printed page spans: two rows of four tiles of four columns. */
const PAGE_COLS = 16;
const TILE_COLS = 4;
/**
 * Tiles a row. Eight in one row were 22 characters wide each: a label with its period broke
 * at the date's hyphen, and the previous period's line was shrunk to about 4 pt in print.
 */
const TILES_PER_ROW = 4;
const COLUMN_WIDTH = 11;
const CHART_ROWS = 15;
/** The segment bars need room for eleven segments' labels. */
const SEGMENT_CHART_ROWS = 18;
/** Column A also holds the period comparisons' labels ("Same month last year: December 2023"). */
const LABEL_COLUMN_WIDTH = 36;

/**
 * The Dashboard sheet and its Method entries, from the analyses and the other sheets (`others`,
 * whose tables the tiles and charts point at). Undefined when there is nothing to show.
 */
export function buildDashboardSheet(
  input: ReportInput,
  ctx: ReportContext,
  others: readonly ReportSheet[]
): SectionOutput | undefined {
  const { t } = ctx;
  const d = (key: string, params?: Record<string, unknown>) =>
    t(`report:dashboardSheet.${key}`, params);
  const kpis = input.kpis ?? null;
  const rfm = input.rfm ?? null;
  if (kpis === null && rfm === null && !input.ltv && !input.uplift && !input.campaigns) {
    return undefined;
  }
  const find = (name: string) => findTable({ sheets: [...others] }, name);
  const leftOut: string[] = [];

  // Charts' data of the Dashboard itself (placed below the printed page).
  const monthly = kpis !== null ? monthlyTable(kpis.monthly, ctx) : undefined;
  const upliftPick = input.uplift ? upliftChartCampaign(input.uplift) : undefined;
  const upliftTable = upliftPick ? upliftBySegmentTable(upliftPick.breakdown, rfm, ctx) : undefined;

  const subtitle: string[] = [];
  const sources = sourcesLine(input, ctx);
  if (kpis !== null) {
    const lastDay = isoDay(Date.parse(kpis.current.asOf) / 86_400_000 - 1);
    subtitle.push(
      d("subtitle.asOf", { asOf: kpis.current.asOf, previous: kpis.previous.asOf }),
      d("subtitle.window", {
        months: kpis.activeMonths,
        from: kpis.current.windowStart,
        to: lastDay,
      })
    );
  }

  if (sources !== undefined) subtitle.push(sources);

  // Charts of the printed page.
  const segments = find(SOURCE_TABLES.segments);
  const segmentsChart: UnplacedBlock | undefined =
    segments &&
    ["segment", "customerShare", "revenueShare"].every((id) =>
      segments.table.columns.some((c) => c.id === id)
    )
      ? chartBlock(segments.table.name, "segment", {
          type: "bar",
          title: d("chart.segments"),
          series: ["customerShare", "revenueShare"].map((id) => ({
            column: id,
            name: segments.table.columns.find((c) => c.id === id)!.header,
          })),
          axisTitles: { value: d("chart.segmentsAxis") },
          valueAxisFormat: FORMAT.percent,
          legend: "bottom",
          size: { rows: SEGMENT_CHART_ROWS, cols: 8 },
        })
      : undefined;
  if (!segmentsChart) leftOut.push(d("leftOut.segments"));

  const monthlyChart: UnplacedBlock | undefined =
    monthly && monthly.rows.length > 0
      ? chartBlock(DASHBOARD_TABLES.monthly, "month", {
          type: "column",
          title: d("chart.monthly"),
          series: [{ column: "revenue", name: monthly.columns[3].header }],
          axisTitles: { value: d("chart.monthlyAxis") },
          valueAxisFormat: currencyFormat(ctx.currencySymbol, ctx.language, 0),
          legend: "none",
          size: { rows: SEGMENT_CHART_ROWS, cols: PAGE_COLS - 9 },
        })
      : undefined;
  if (!monthlyChart) leftOut.push(d("leftOut.monthly"));

  const heatMap = rfm !== null ? rfGridTable(rfm, ctx, find(SOURCE_TABLES.rfGrid)) : undefined;
  if (!heatMap) leftOut.push(d("leftOut.heatMap"));

  const upliftChart: UnplacedBlock | undefined =
    upliftTable && upliftTable.rows.length > 0 && upliftPick
      ? chartBlock(DASHBOARD_TABLES.upliftBySegment, "segment", {
          type: "column",
          title: d("chart.uplift", { campaign: upliftPick.campaign.campaign }),
          series: [
            {
              column: "uplift",
              name: upliftTable.columns[3].header,
              errorBars: { minusColumn: "minus", plusColumn: "plus" },
            },
          ],
          axisTitles: { value: d("chart.upliftAxis") },
          valueAxisFormat: ctx.pointsFormat,
          legend: "none",
          // beside the heat map (10 score bins leave it 8 columns: the page grows, still fits)
          size: {
            rows: CHART_ROWS,
            cols: heatMap ? Math.max(8, PAGE_COLS - heatMap.columns.length - 1) : 9,
          },
        })
      : undefined;
  if (!upliftChart) leftOut.push(d("leftOut.uplift"));

  const tiles = dashboardTiles(input, ctx, others, monthly);
  const page: LayoutRow[] = [[{ kind: "title", title: d("title"), subtitle }]];
  for (let from = 0; from < tiles.length; from += TILES_PER_ROW) {
    page.push([
      {
        kind: "kpiTiles",
        tiles: tiles.slice(from, from + TILES_PER_ROW),
        tileCols: TILE_COLS,
        changeLabel: t("report:common.changeVsPrevious"),
      },
    ]);
  }
  const comparisons = kpis?.comparisons;
  if (comparisons !== undefined && comparisons.comparisons.length > 0) {
    page.push(
      sectionHeading(t("context:dashboard.heading"), 6),
      [periodValuesTable(comparisons, ctx)],
      [periodChangesTable(comparisons, ctx)],
      [
        {
          kind: "note",
          paragraphs: comparisonNotes(comparisons, ctx),
          widthCols: PAGE_COLS,
        },
      ]
    );
  }
  page.push(present<UnplacedBlock>([segmentsChart, monthlyChart]));
  if (heatMap) page.push(sectionHeading(d("heatMapHeading"), 6));
  page.push(present<UnplacedBlock>([heatMap, upliftChart]));
  if (leftOut.length > 0) {
    page.push([
      { kind: "note", heading: d("leftOutHeading"), paragraphs: leftOut, widthCols: PAGE_COLS },
    ]);
  }
  const pageBlocks = layoutRows(page);
  const printArea = sheetExtentA1(pageBlocks);
  // The tables behind the Dashboard's own charts, below the printed page.
  const dataTables = [monthly, upliftTable].filter(
    (b): b is NonNullable<typeof b> => b !== undefined
  );
  const dataBlocks =
    dataTables.length > 0
      ? layoutRows([sectionHeading(d("dataHeading"), 6), dataTables], {
          start: { row: blockBottom(pageBlocks) + 2, col: 0 },
        })
      : [];
  // Row formulas: the error bars' distances from the bounds they come from.
  const blocks = updateTable(
    comparisons
      ? withChangeFormulas([...pageBlocks, ...dataBlocks], comparisons)
      : [...pageBlocks, ...dataBlocks],
    DASHBOARD_TABLES.upliftBySegment,
    (table) => {
      const minus = withRowFormulas(table, "minus", (ref) => `${ref("uplift")}-${ref("ciLow")}`);
      return withRowFormulas(minus, "plus", (ref) => `${ref("ciHigh")}-${ref("uplift")}`);
    }
  );
  const sheet = ownedSheet(ctx, "dashboard", blocks, {
    columnWidths: new Array<number>(PAGE_COLS)
      .fill(COLUMN_WIDTH)
      .map((w, i) => (i === 0 && comparisons ? LABEL_COLUMN_WIDTH : w)),
    print: landscapeA4(true, printArea),
  });
  return { sheets: [sheet], method: dashboardMethod(input, upliftPick?.campaign.campaign, ctx) };
}

/** The blocks that exist. */
function present<T>(blocks: (T | undefined)[]): T[] {
  return blocks.filter((b): b is T => b !== undefined);
}

/** The last row any block reaches (zero-based). */
function blockBottom(blocks: ReportBlock[]): number {
  return blocks.reduce((max, b) => Math.max(max, blockEnd(b).row), 0);
}

function dashboardMethod(
  input: ReportInput,
  campaign: string | undefined,
  ctx: ReportContext
): MethodContribution {
  const m = (key: string, params?: Record<string, unknown>) =>
    ctx.t(`report:dashboardSheet.method.${key}`, params);
  const kpis = input.kpis ?? null;
  const months = kpis?.activeMonths ?? 12;
  const def = (key: string) => ({
    term: m(`definition.${key}.term`),
    text: m(`definition.${key}.text`, { months }),
  });
  return {
    parameters: [
      ...(kpis
        ? [
            { label: m("asOf"), value: kpis.current.asOf },
            { label: m("previous"), value: kpis.previous.asOf },
            { label: m("activeMonths"), value: String(months) },
          ]
        : []),
      ...(campaign !== undefined ? [{ label: m("campaign"), value: campaign }] : []),
    ],
    definitions: [
      def("tiles"),
      def("active"),
      def("revenue"),
      def("repeatRate"),
      def("change"),
      def("upliftChart"),
    ],
  };
}
