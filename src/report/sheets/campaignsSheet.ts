/**
 * The Campaigns sheet: the campaign KPIs of the monthly CRM deck. Customers contacted by channel
 * and month (table + chart), campaigns ranked by customers contacted, coverage of active
 * customers, conversion and categories bought after contact (treated vs control), contacted vs
 * all customers, and each campaign's daily cumulative uplift. Rates and ratios are row formulas
 * over the counts beside them.
 */
import type { CampaignKpis } from "../../analytics/campaigns/types";
import { DEFAULT_CONVERSION_WINDOW_DAYS } from "../../analytics/uplift/analyzeUplift";
import type { ReportInput } from "../buildReport";
import { chartBlock } from "../chartBlock";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import type { MethodContribution } from "../methodContribution";
import type { ChartBlock, ReportBlock, TableBlock, UnplacedBlock } from "../model";
import { FORMAT } from "../numberFormats";
import { ownedSheet, type ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";
import {
  byChannelMonthTable,
  byMonthTable,
  CAMPAIGN_TABLE_NAMES,
  CATEGORIES_PER_CAMPAIGN,
  categoriesTable,
  contactedVsAllTable,
  conversionTable,
  coverageTable,
  dailyTable,
  rankingTable,
} from "./campaigns/campaignTables";
import { ratioFormula, updateTable, withRowFormulas } from "./campaigns/rowFormulas";
import { sourcesLine } from "./dashboard/sourcesLine";

/** Table names and column ids other sheets (the Dashboard) rely on. Add, never rename. */
export const CAMPAIGN_TABLES = CAMPAIGN_TABLE_NAMES;

type Unplaced<T> = Omit<T, "anchor">;

const CHART_COLS = 8;

function note(text: string, widthCols = 10): UnplacedBlock {
  return { kind: "note", paragraphs: [text], widthCols };
}

/**
 * A chart of value columns of a table, one series a column. Colours are left to the renderers
 * (the .xlsx writer takes the palette in order).
 */
function chart(
  table: Unplaced<TableBlock>,
  options: Pick<ChartBlock, "type" | "title" | "categoryColumn" | "legend"> & {
    columns: string[];
    axisTitles?: ChartBlock["axisTitles"];
    valueAxisFormat?: string;
    rows?: number;
  }
): Unplaced<ChartBlock> {
  return chartBlock(table.name, options.categoryColumn, {
    type: options.type,
    title: options.title,
    series: options.columns.map((id) => ({
      column: id,
      name: table.columns.find((c) => c.id === id)?.header ?? id,
    })),
    ...(options.axisTitles ? { axisTitles: options.axisTitles } : {}),
    ...(options.valueAxisFormat ? { valueAxisFormat: options.valueAxisFormat } : {}),
    legend: options.legend,
    size: { rows: options.rows ?? 15, cols: CHART_COLS },
  });
}

/** The conversion window in days: the uplift analysis', else the daily curve's length. */
function windowDays(input: ReportInput, kpis: CampaignKpis): number {
  return (
    input.uplift?.campaigns[0]?.outcome.windowDays ??
    kpis.dailyCumulativeUplift[0]?.points.length ??
    DEFAULT_CONVERSION_WINDOW_DAYS
  );
}

/** Rates and ratios as formulas over the counts of their row, once the tables are placed. */
function addRowFormulas(blocks: ReportBlock[]): ReportBlock[] {
  let out = updateTable(blocks, CAMPAIGN_TABLES.byMonth, (t) => {
    const channels = t.columns.filter((c) => /^ch\d+$/.test(c.id)).map((c) => c.id);
    if (channels.length === 0) return t;
    return withRowFormulas(
      t,
      "total",
      (ref) => `SUM(${ref(channels[0])}:${ref(channels[channels.length - 1])})`
    );
  });
  out = updateTable(out, CAMPAIGN_TABLES.coverage, (t) =>
    withRowFormulas(t, "coverage", (ref) =>
      ratioFormula(ref("contactedActive"), ref("activeCustomers"))
    )
  );
  out = updateTable(out, CAMPAIGN_TABLES.conversion, (t) => {
    const withTreated = withRowFormulas(t, "treatedRate", (ref) =>
      ratioFormula(ref("treatedConversions"), ref("treatedN"))
    );
    const controlN = t.columns.findIndex((c) => c.id === "controlN");
    return withRowFormulas(withTreated, "controlRate", (ref, row) =>
      row[controlN] === null ? undefined : ratioFormula(ref("controlConversions"), ref("controlN"))
    );
  });
  out = updateTable(out, CAMPAIGN_TABLES.contactedVsAll, (t) =>
    withRowFormulas(t, "revenuePerCustomer", (ref) =>
      ratioFormula(ref("revenue"), ref("customers"))
    )
  );
  return out;
}

/**
 * The Campaigns sheet and its Method entries; undefined when there is no campaign KPI (no
 * contacts sheet).
 */
export function buildCampaignsSheet(
  input: ReportInput,
  ctx: ReportContext
): SectionOutput | undefined {
  const kpis = input.campaigns;
  if (kpis === null || kpis === undefined) return undefined;
  const { t } = ctx;
  const k = (key: string, params?: Record<string, unknown>) =>
    t(`report:campaignsSheet.${key}`, params);
  const days = windowDays(input, kpis);
  const asOf = kpis.asOf ?? "";
  const sources = sourcesLine(input, ctx, ["contacts", "transactions"]);
  const rows: LayoutRow[] = [
    [
      {
        kind: "title",
        title: k("title"),
        subtitle: [
          k("subtitle", { asOf }),
          k("conversionWindow", { days }),
          ...(sources !== undefined ? [sources] : []),
        ],
      },
    ],
  ];
  if (kpis.warnings.length > 0) {
    rows.push([
      {
        kind: "note",
        paragraphs: kpis.warnings.map((w) => t(w.code, { ...w.params, defaultValue: w.code })),
        widthCols: 10,
      },
    ]);
  }

  const byMonth = byMonthTable(kpis.byChannelMonth, ctx);
  const channelColumns = byMonth.columns.filter((c) => /^ch\d+$/.test(c.id)).map((c) => c.id);
  rows.push(sectionHeading(k("volumesHeading")));
  rows.push(
    channelColumns.length > 0
      ? [
          byMonth,
          chart(byMonth, {
            type: "column",
            title: k("volumesChart"),
            categoryColumn: "month",
            columns: channelColumns,
            axisTitles: { value: k("axis.customers") },
            valueAxisFormat: FORMAT.integer,
            legend: channelColumns.length > 1 ? "bottom" : "none",
          }),
        ]
      : [byMonth]
  );
  rows.push([byChannelMonthTable(kpis.byChannelMonth, ctx), note(k("notes.volumes"), 8)]);

  const ranking = rankingTable(kpis, ctx);
  rows.push(sectionHeading(k("rankingHeading")), [
    ranking,
    chart(ranking, {
      type: "bar",
      title: k("rankingChart"),
      categoryColumn: "campaign",
      columns: ["customers"],
      valueAxisFormat: FORMAT.integer,
      legend: "none",
      rows: Math.max(10, 2 * ranking.rows.length + 4),
    }),
  ]);

  rows.push(sectionHeading(k("coverageHeading")));
  if (kpis.coverage !== null) {
    rows.push({ blocks: [coverageTable(kpis.coverage, ctx)], gapAfter: 0 }, [
      note(k("notes.coverage", { asOf, year: kpis.coverage.year })),
    ]);
  } else {
    rows.push([note(k("notes.noTransactions"))]);
  }

  if (kpis.conversion.length > 0) {
    const conversion = conversionTable(kpis.conversion, ctx);
    rows.push(
      sectionHeading(k("conversionHeading")),
      [conversion],
      [
        chart(conversion, {
          type: "column",
          title: k("conversionChart"),
          categoryColumn: "campaign",
          columns: ["treatedRate", "controlRate"],
          axisTitles: { value: k("axis.rate") },
          valueAxisFormat: FORMAT.percent,
          legend: "bottom",
        }),
      ]
    );
    const categories = categoriesTable(kpis.conversion, ctx);
    if (categories.rows.length > 0) {
      rows.push(
        sectionHeading(k("categoriesHeading")),
        { blocks: [note(k("notes.categories", { count: CATEGORIES_PER_CAMPAIGN }))], gapAfter: 0 },
        [categories]
      );
    }
  }

  if (kpis.contactedVsAll !== null) {
    const cva = contactedVsAllTable(kpis.contactedVsAll, ctx);
    rows.push(
      sectionHeading(k("contactedVsAllHeading")),
      [
        cva,
        chart(cva, {
          type: "column",
          title: k("contactedVsAllChart"),
          categoryColumn: "group",
          columns: ["revenuePerCustomer"],
          axisTitles: { value: k("axis.revenuePerCustomer") },
          valueAxisFormat: ctx.currencyFormat,
          legend: "none",
          rows: 12,
        }),
      ],
      [
        note(
          k("notes.contactedVsAll", {
            from: kpis.contactedVsAll.from,
            to: kpis.contactedVsAll.to,
          })
        ),
      ]
    );
  }

  if (kpis.dailyCumulativeUplift.length > 0) {
    const daily = dailyTable(kpis.dailyCumulativeUplift, ctx);
    rows.push(
      sectionHeading(k("dailyHeading")),
      [note(k("notes.novelty"))],
      [
        daily,
        chart(daily, {
          type: "line",
          title: k("dailyChart"),
          categoryColumn: "day",
          columns: daily.columns.slice(1).map((c) => c.id),
          axisTitles: { category: k("axis.days"), value: k("axis.uplift") },
          valueAxisFormat: ctx.pointsFormat,
          legend: "bottom",
        }),
      ]
    );
  }

  const sheet = ownedSheet(ctx, "campaigns", addRowFormulas(layoutRows(rows)));
  return { sheets: [sheet], method: campaignsMethod(ctx) };
}

/**
 * Definitions only: every rule once on the Method sheet. The as-of date is the report's (the
 * campaigns module excludes it as every analysis does) and the conversion window the uplift's
 * (runAnalyses gives campaigns the uplift's), both stated with the uplift's parameters.
 */
function campaignsMethod(ctx: ReportContext): MethodContribution {
  const m = (key: string) => ctx.t(`report:campaignsSheet.method.${key}`);
  const def = (key: string) => ({ term: m(`${key}.term`), text: m(`${key}.text`) });
  return {
    parameters: [],
    definitions: [
      def("volumes"),
      def("coverage"),
      def("conversion"),
      def("categories"),
      def("contactedVsAll"),
      def("daily"),
    ],
  };
}
