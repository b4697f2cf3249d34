/**
 * The teaching workbook's RFM sheet: the cut points and the segment map as editable tables, and
 * one row a customer whose R, F, M scores and segment are formulas over them, beside the
 * engine's own values and a check that both agree.
 */
import * as column from "../columns";
import type { RfmResult, ScoreSegmentMap } from "../../analytics/rfm";
import { layoutRows, sectionHeading } from "../layout";
import type { ReportSheet, TableBlock, TableCell, Unplaced } from "../model";
import { palette } from "../palette";
import { blocksRangeA1, cellA1, columnBodyA1, tableColumnIndex } from "../ranges";
import { landscapeA4, type ReportContext } from "../reportContext";
import { tableBlock } from "../tableBlock";
import { dayLabel, mapLabel, numberLabel, segmentLabels } from "../sheets/rfm/labels";
import { checkFormula, scoreFormula, segmentFormula } from "./teachingFormulas";
import { TEACHING_TABLES, teachingSheet } from "./teachingSheets";

const METRICS = ["recency", "frequency", "monetary"] as const;

/** One row a line between two scores: its number, the scores either side, each metric's value. */
function cutPointsTable(result: RfmResult, ctx: ReportContext): Unplaced<TableBlock> {
  const col = (key: string) => ctx.t(`teaching:rfm.cuts.${key}`);
  const k = result.bins;
  const rows: TableCell[][] = [];
  for (let j = 1; j < k; j++) {
    rows.push([
      j,
      `${j} | ${j + 1}  ·  ${k + 1 - j} | ${k - j}`,
      ...METRICS.map((metric) => result.cutPoints[metric][j - 1]),
    ]);
  }
  // Values shown to the cent; the cells hold the engine's exact cut points.
  return tableBlock(TEACHING_TABLES.cutPoints, {
    columns: [
      column.integer("line", col("line"), { width: 7 }),
      column.text("between", col("between"), { width: 14 }),
      column.decimal("recency", col("recency"), { width: 12 }),
      column.decimal("frequency", col("frequency"), { width: 12 }),
      column.decimal("monetary", col("monetary"), { width: 12 }),
    ],
    rows,
  });
}

/** One row a rule of the map, in the order they are tried. */
function rulesTable(map: ScoreSegmentMap, ctx: ReportContext): Unplaced<TableBlock> {
  const col = (key: string) => ctx.t(`teaching:rfm.rules.${key}`);
  const names = segmentLabels(map, ctx);
  const rows = map.rules.map((rule, i): TableCell[] => [
    i + 1,
    names.get(rule.segment) ?? rule.segment,
    rule.r[0],
    rule.r[1],
    rule.f[0],
    rule.f[1],
    rule.m[0],
    rule.m[1],
  ]);
  const bound = (id: string) => column.integer(id, col(id), { width: 7 });
  return tableBlock(TEACHING_TABLES.rules, {
    columns: [
      column.integer("rule", col("rule"), { width: 7 }),
      column.text("segment", col("segment"), { width: 20 }),
      ...["rMin", "rMax", "fMin", "fMax", "mMin", "mMax"].map(bound),
    ],
    rows,
  });
}

/** The per-customer table's columns (ids the Segments summary reads: segment, recency, ...). */
export function teachingCustomerColumns(ctx: ReportContext) {
  const col = (key: string) => ctx.t(`teaching:rfm.column.${key}`);
  return [
    column.text("id", col("id")),
    column.integer("recency", col("recency")),
    column.integer("frequency", col("frequency")),
    column.currency("monetary", col("monetary"), ctx),
    column.integer("r", col("r"), { width: 6 }),
    column.integer("f", col("f"), { width: 6 }),
    column.integer("m", col("m"), { width: 6 }),
    column.text("segment", col("segment"), { width: 20 }),
    column.integer("engineR", col("engineR"), { width: 8 }),
    column.integer("engineF", col("engineF"), { width: 8 }),
    column.integer("engineM", col("engineM"), { width: 8 }),
    column.text("engineSegment", col("engineSegment"), { width: 20 }),
    column.text("check", col("check"), { width: 10 }),
  ];
}

/**
 * The customers' rows with placeholders where the formulas go: they need the tables' final
 * cells, which only layout knows (`fillFormulas`).
 */
function customersTable(result: RfmResult, ctx: ReportContext): Unplaced<TableBlock> {
  const names = segmentLabels(result.map, ctx);
  const rows: TableCell[][] = new Array<TableCell[]>(result.customers.length);
  for (let i = 0; i < result.customers.length; i++) {
    const c = result.customers[i];
    const segment = names.get(c.segment) ?? c.segment;
    rows[i] = [c.id, c.recency, c.frequency, c.monetary, c.r, c.f, c.m, segment];
    rows[i].push(c.r, c.f, c.m, segment, true);
  }
  return tableBlock(TEACHING_TABLES.customers, {
    columns: teachingCustomerColumns(ctx),
    rows,
    conditionalFormats: [{ kind: "colorScale", columns: ["r", "f", "m"], colors: palette.heat }],
  });
}

/** Turns the score, segment and check cells of the placed customers' table into formulas. */
function fillFormulas(
  customers: TableBlock,
  cuts: TableBlock,
  rules: TableBlock,
  result: RfmResult,
  noRule: string
): void {
  const k = result.bins;
  const cutsOf = (metric: string) => columnBodyA1(cuts, metric, true);
  const ruleRange = (id: string) => columnBodyA1(rules, id, true);
  const ruleRanges = {
    segment: ruleRange("segment"),
    rMin: ruleRange("rMin"),
    rMax: ruleRange("rMax"),
    fMin: ruleRange("fMin"),
    fMax: ruleRange("fMax"),
    mMin: ruleRange("mMin"),
    mMax: ruleRange("mMax"),
  };
  const index = (id: string) => tableColumnIndex(customers, id);
  const at = (row: number, id: string) =>
    cellA1({ row: customers.anchor.row + 1 + row, col: customers.anchor.col + index(id) });
  customers.rows.forEach((cells, i) => {
    const c = result.customers[i];
    const formula = (id: string, text: string, value: TableCell) => {
      cells[index(id)] = { formula: text, value: value as never };
    };
    formula("r", scoreFormula(at(i, "recency"), cutsOf("recency"), k, true), c.r);
    formula("f", scoreFormula(at(i, "frequency"), cutsOf("frequency"), k, false), c.f);
    formula("m", scoreFormula(at(i, "monetary"), cutsOf("monetary"), k, false), c.m);
    const scores = { r: at(i, "r"), f: at(i, "f"), m: at(i, "m") };
    formula("segment", segmentFormula(scores, k, ruleRanges, noRule), cells[index("segment")]);
    const pairs = (["r", "f", "m", "segment"] as const).map((id) => {
      const engine = `engine${id === "segment" ? "Segment" : id.toUpperCase()}`;
      return [at(i, id), at(i, engine)] as const;
    });
    formula("check", checkFormula(pairs), true);
  });
}

/** Where the editable cells are, for the exercises ("cell D6"). */
export interface TeachingRfmLayout {
  sheet: ReportSheet;
  cuts: TableBlock;
  rules: TableBlock;
  customers: TableBlock;
}

/** The sheet: title, cut points and map side by side, how the formulas work, the customers. */
export function buildTeachingRfmSheet(result: RfmResult, ctx: ReportContext): TeachingRfmLayout {
  if (result.map.kind !== "scores") throw new Error("the teaching workbook needs a score map");
  const { t } = ctx;
  const k = result.bins;
  const cuts = cutPointsTable(result, ctx);
  const rules = rulesTable(result.map, ctx);
  const customers = customersTable(result, ctx);
  const how = (key: string) => t(`teaching:rfm.howTo.${key}`, { bins: k });
  const placed = layoutRows([
    [
      {
        kind: "title",
        title: t("teaching:rfm.title"),
        subtitle: [
          t("teaching:rfm.subtitle.asOf", {
            date: dayLabel(result.asOfDay),
            customers: numberLabel(result.customers.length, ctx),
            bins: k,
            map: mapLabel(result.map, ctx),
          }),
          t("teaching:rfm.subtitle.edit"),
          t("teaching:rfm.subtitle.check"),
        ],
      },
    ],
    {
      blocks: [
        { kind: "note", heading: t("teaching:rfm.cutsHeading"), paragraphs: [], widthCols: 5 },
        { kind: "note", heading: t("teaching:rfm.rulesHeading"), paragraphs: [], widthCols: 8 },
      ],
      gapAfter: 0,
    },
    [cuts, rules],
    [
      {
        kind: "note",
        heading: how("heading"),
        paragraphs: [
          how("score"),
          how("recency"),
          ...(k !== 5 ? [how("grid")] : []),
          how("segment"),
          how("quantile"),
        ],
        widthCols: 13,
      },
    ],
    sectionHeading(t("teaching:rfm.customersHeading"), 8),
    [customers],
  ]);
  const table = (name: string) =>
    placed.find((b): b is TableBlock => b.kind === "table" && b.name === name)!;
  const placedCuts = table(TEACHING_TABLES.cutPoints);
  const placedRules = table(TEACHING_TABLES.rules);
  const placedCustomers = table(TEACHING_TABLES.customers);
  fillFormulas(placedCustomers, placedCuts, placedRules, result, t("teaching:rfm.noRule"));
  const above = placed.filter((b) => b.anchor.row < placedCustomers.anchor.row - 1);
  const sheet = teachingSheet(ctx, "teachingRfm", placed, {
    freezeRows: placedCustomers.anchor.row + 1,
    print: landscapeA4(false, blocksRangeA1(above)),
  });
  return { sheet, cuts: placedCuts, rules: placedRules, customers: placedCustomers };
}

/** The A1 address of one cut point cell: metric's column, line j (1-based). */
export function cutPointCell(
  cuts: TableBlock,
  metric: (typeof METRICS)[number],
  line: number
): string {
  return cellA1({
    row: cuts.anchor.row + line,
    col: cuts.anchor.col + tableColumnIndex(cuts, metric),
  });
}
