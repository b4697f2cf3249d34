/**
 * The Exercises sheet (the questions a trainer asks, on this data) and the Answers sheet
 * (computed by the engine: exerciseFacts), which `--no-answers` leaves out.
 */
import * as column from "../columns";
import type { RfmResult } from "../../analytics/rfm";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import { lineBreaks, lineCharsOf } from "../lineBreaks";
import { unplacedColumnWidths } from "../columnWidths";
import type { ReportSheet, TableCell, UnplacedBlock } from "../model";
import type { ReportContext } from "../reportContext";
import { tableBlock } from "../tableBlock";
import { numberLabel, segmentLabels } from "../sheets/rfm/labels";
import { flows, TEACHING_DAYS, type ExerciseFacts } from "./exerciseFacts";
import { TEACHING_TABLES, teachingSheet } from "./teachingSheets";

/** Rows of the best segment's table on the Answers sheet. */
const BEST_LISTED = 20;
/** Width of the question and answer paragraphs, in columns. */
const TEXT_COLS = 10;
/** Width of the Exercises sheet's columns, in characters. */
const EXERCISE_COL_WIDTH = 12;

/** Characters a line of a note holds across the first TEXT_COLS of the sheet's `widths`. */
const lineChars = (widths: readonly number[]) => lineCharsOf(widths, 0, TEXT_COLS);

/** The paragraphs as lines within the printed columns (lineBreaks), one a row. */
function note(paragraphs: string[], maxChars: number, heading?: string): UnplacedBlock {
  return {
    kind: "note",
    ...(heading ? { heading } : {}),
    paragraphs: paragraphs.flatMap((p) => lineBreaks(p, maxChars)),
    widthCols: TEXT_COLS,
  };
}

function range([min, max]: readonly [number, number]): string {
  return min === max ? String(min) : `${min}-${max}`;
}

export function buildExercisesSheet(
  result: RfmResult,
  facts: ExerciseFacts,
  recencyCell: string,
  ctx: ReportContext
): ReportSheet {
  const { t } = ctx;
  const names = segmentLabels(result.map, ctx);
  const k = result.bins;
  const q = (key: string, params: Record<string, string | number> = {}) =>
    t(`teaching:exercises.${key}`, params);
  const lines = { top: k, next: k - 1, days: TEACHING_DAYS };
  const questions = [
    q("q1", { segment: names.get(facts.best.segment) ?? facts.best.segment }),
    q("q2", {
      ...lines,
      from: numberLabel(facts.recencyLine.from, ctx),
      to: numberLabel(facts.recencyLine.to, ctx),
      cell: recencyCell,
    }),
    facts.leaving ? q("q3", { ...lines, id: facts.leaving.id }) : q("q3none", lines),
    q("q4"),
  ];
  const columnWidths = new Array<number>(TEXT_COLS).fill(EXERCISE_COL_WIDTH);
  const blocks = layoutRows([
    [{ kind: "title", title: q("title"), subtitle: [q("subtitle")] }],
    [note(questions, lineChars(columnWidths), q("heading"))],
  ]);
  return teachingSheet(ctx, "exercises", blocks, { columnWidths });
}

/** A (from, to, customers) table of moves between segments. */
function flowsTable(
  name: string,
  moves: ExerciseFacts["cutMoves"],
  names: Map<string, string>,
  ctx: ReportContext
) {
  const col = (key: string) => ctx.t(`teaching:answers.column.${key}`);
  return tableBlock(name, {
    columns: [
      column.text("from", col("from"), { width: 20 }),
      column.text("to", col("to"), { width: 20 }),
      column.integer("customers", col("customers")),
    ],
    rows: flows(moves).map((f): TableCell[] => [
      names.get(f.from) ?? f.from,
      names.get(f.to) ?? f.to,
      f.count,
    ]),
  });
}

export function buildAnswersSheet(
  result: RfmResult,
  facts: ExerciseFacts,
  ctx: ReportContext
): ReportSheet {
  const { t } = ctx;
  const names = segmentLabels(result.map, ctx);
  const a = (key: string, params: Record<string, string | number> = {}) =>
    t(`teaching:answers.${key}`, params);
  const best = names.get(facts.best.segment) ?? facts.best.segment;
  const k = result.bins;
  const { r, f } = facts.lowestScores;
  const cut = (metric: "recency" | "frequency", index: number) => {
    const value = result.cutPoints[metric][index];
    return value === undefined ? "–" : numberLabel(value, ctx);
  };
  const a1 =
    facts.best.customers === 0
      ? a("a1none", { segment: best })
      : a("a1", {
          count: numberLabel(facts.best.customers, ctx),
          segment: best,
          rule: facts.best.ruleNumber,
          r: range(facts.best.rule.r),
          f: range(facts.best.rule.f),
          rTop: r,
          // R >= r  <=>  recency <= the (k − r + 1)-th line; F >= f  <=>  frequency > line f − 1.
          recencyLine: cut("recency", k - r),
          fLow: f,
          frequencyLine: cut("frequency", f - 2),
        });
  const a2 = a("a2", {
    from: numberLabel(facts.recencyLine.from, ctx),
    to: numberLabel(facts.recencyLine.to, ctx),
    count: numberLabel(facts.cutMoves.length, ctx),
  });
  const leaving = facts.leaving;
  const leavingCustomer = leaving && result.customers.find((c) => c.id === leaving.id);
  const a3 =
    leaving && leavingCustomer
      ? a("a3", {
          id: leaving.id,
          days: TEACHING_DAYS,
          recency: leavingCustomer.recency,
          later: leavingCustomer.recency + TEACHING_DAYS,
          from: names.get(leaving.from) ?? leaving.from,
          to: names.get(leaving.to) ?? leaving.to,
        })
      : a("a3none", { days: TEACHING_DAYS });
  const a3all = a("a3all", {
    count: numberLabel(facts.nextMonthMoves.length, ctx),
    days: TEACHING_DAYS,
  });

  const col = (key: string) => t(`teaching:answers.column.${key}`);
  const bestCustomers = result.customers
    .filter((c) => c.segment === facts.best.segment)
    .sort((x, y) => y.monetary - x.monetary || (x.id < y.id ? -1 : 1))
    .slice(0, BEST_LISTED);
  const bestTable = tableBlock(TEACHING_TABLES.champions, {
    columns: [
      column.text("id", col("id")),
      column.integer("recency", col("recency")),
      column.integer("frequency", col("frequency")),
      column.currency("monetary", col("monetary"), ctx),
      column.integer("r", col("r"), { width: 6 }),
      column.integer("f", col("f"), { width: 6 }),
      column.integer("m", col("m"), { width: 6 }),
    ],
    rows: bestCustomers.map((c): TableCell[] => [
      c.id,
      c.recency,
      c.frequency,
      c.monetary,
      c.r,
      c.f,
      c.m,
    ]),
  });
  const cutMoves =
    facts.cutMoves.length > 0
      ? flowsTable(TEACHING_TABLES.cutMoves, facts.cutMoves, names, ctx)
      : undefined;
  const nextMonthMoves =
    facts.nextMonthMoves.length > 0
      ? flowsTable(TEACHING_TABLES.nextMonthMoves, facts.nextMonthMoves, names, ctx)
      : undefined;
  // Every table starts in column A: the sheet's columns are as wide as theirs.
  const tables = [bestCustomers.length > 0 ? bestTable : undefined, cutMoves, nextMonthMoves];
  const maxChars = lineChars(unplacedColumnWidths(tables.filter((t) => t !== undefined)));
  const rows: LayoutRow[] = [
    [{ kind: "title", title: a("title"), subtitle: [a("subtitle")] }],
    [note([a1], maxChars)],
  ];
  if (bestCustomers.length > 0) {
    rows.push(
      sectionHeading(a("championsHeading", { segment: best, count: bestCustomers.length }), 7),
      [bestTable]
    );
  }
  rows.push([note([a2], maxChars)]);
  if (cutMoves) rows.push(sectionHeading(a("movesHeading"), 3), [cutMoves]);
  rows.push([note([a3, a3all], maxChars)]);
  if (nextMonthMoves) {
    rows.push(sectionHeading(a("nextMonthHeading", { days: TEACHING_DAYS }), 3), [nextMonthMoves]);
  }
  rows.push([note([a("a4")], maxChars)]);
  return teachingSheet(ctx, "answers", layoutRows(rows));
}
