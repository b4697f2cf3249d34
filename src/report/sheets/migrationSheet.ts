/**
 * The Migration sheet: where the customers of each segment at a start date are at the as-of date
 * (counts, then row percentages), with the customers entering (new, or back in the window) and
 * leaving (no purchase in the window), both as heat maps.
 */
import type { RfmMigration } from "../../analytics/runAnalyses";
import type { ReportInput } from "../buildReport";
import * as column from "../columns";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import type { MethodContribution } from "../methodContribution";
import type { ReportBlock, TableBlock, TableCell, TableColumn } from "../model";
import { palette } from "../palette";
import { cellA1, columnBodyBounds } from "../ranges";
import { ownedSheet, type ReportContext } from "../reportContext";
import { tableBlock } from "../tableBlock";
import type { SectionOutput } from "../sectionOutput";
import { dayLabel, mapLabel, segmentLabels } from "./rfm/labels";
import { thisRowRef } from "./rfm/structuredRefs";

/** Table names other sheets may rely on (identifiers, the same in every language). */
export const MIGRATION_TABLES = {
  /**
   * Rows: segment at the start date, then one "entering" row; columns: from, then one per segment
   * at the end date (column id = segment id), leaving, total (customers at the start date).
   */
  matrix: "SegmentMigration",
  /** Row percentages of the matrix: columns from, one per segment (segment id), leaving. */
  shares: "SegmentMigrationShares",
} as const;

type Table = Omit<TableBlock, "anchor">;

const KEY = "report:migrationSheet";

/**
 * Two-colour heat scale (lowest to highest). A matrix is mostly zeros, so its median is often its
 * minimum, and a three-colour scale with the mid point at the median then paints zeros unevenly
 * (LibreOffice does).
 */
const HEAT_2: [string, string] = [palette.heat[0], palette.heat[2]];

/**
 * A segment name as a column header: straight apostrophes become typographic ones ("Can’t lose
 * them"). A header is also a structured-reference column name, where "'" is an escape character;
 * the .xlsx writer's totals-row formulas (ExcelJS) put headers in unescaped, and Excel reads
 * "[Can't lose them]" as another name.
 */
export function headerText(name: string): string {
  return name.replace(/'/g, "\u2019");
}

/** The first column (segment at the start date) and one column per segment at the end date. */
function matrixColumns(
  migration: RfmMigration,
  type: "integer" | "percent",
  ctx: ReportContext
): TableColumn[] {
  const names = segmentLabels(migration.from.map, ctx);
  const counts = type === "integer";
  const value = (id: string, header: string) =>
    counts ? column.integer(id, header, { total: "sum" }) : column.percent(id, header);
  return [
    column.text(
      "from",
      ctx.t(`${KEY}.column.from`, { date: dayLabel(migration.matrix.fromAsOfDay) }),
      counts ? { total: column.totalLabel(ctx) } : {}
    ),
    ...migration.matrix.segments.map((id) => value(id, headerText(names.get(id) ?? id))),
    value("leaving", ctx.t(`${KEY}.column.leaving`)),
  ];
}

/**
 * Counts: a row per segment at the start date (its customers by segment at the end date, those
 * leaving, and their total as a SUM over the row), then the entering row. The totals row gives
 * the customers of each segment at the end date.
 */
export function migrationCountsTable(migration: RfmMigration, ctx: ReportContext): Table {
  const { matrix } = migration;
  const names = segmentLabels(migration.from.map, ctx);
  const table: Table = tableBlock(MIGRATION_TABLES.matrix, {
    columns: [
      ...matrixColumns(migration, "integer", ctx),
      column.integer(
        "total",
        ctx.t(`${KEY}.column.total`, { date: dayLabel(matrix.fromAsOfDay) }),
        {
          total: "sum",
        }
      ),
    ],
    rows: [],
    conditionalFormats: [{ kind: "colorScale", columns: matrix.segments, colors: HEAT_2 }],
  });
  const rowSum = `SUM(${thisRowRef(table, matrix.segments[0], "leaving")})`;
  matrix.segments.forEach((id, i) => {
    const total = matrix.counts[i].reduce((a, b) => a + b, 0) + matrix.leaving[i];
    table.rows.push([
      names.get(id) ?? id,
      ...matrix.counts[i],
      matrix.leaving[i],
      { formula: rowSum, value: total },
    ]);
  });
  table.rows.push([ctx.t(`${KEY}.entering`), ...matrix.entering, null, null]);
  return table;
}

/** Row percentages with their values; formulas are added once the counts table is placed. */
function migrationSharesTable(migration: RfmMigration, ctx: ReportContext): Table {
  const { matrix } = migration;
  const names = segmentLabels(migration.from.map, ctx);
  return tableBlock(MIGRATION_TABLES.shares, {
    columns: matrixColumns(migration, "percent", ctx),
    rows: matrix.segments.map((id, i) => [
      names.get(id) ?? id,
      ...matrix.rowShares[i],
      matrix.leavingShares[i],
    ]),
    conditionalFormats: [
      { kind: "colorScale", columns: [...matrix.segments, "leaving"], colors: HEAT_2 },
    ],
  });
}

/**
 * Each share as IFERROR(count / row total, 0) over the placed counts table, A1 references of the
 * same row, so the two tables cannot drift apart.
 */
export function withShareFormulas(shares: TableBlock, counts: TableBlock): TableBlock {
  const totalCol = columnBodyBounds(counts, "total").from.col;
  const rows = shares.rows.map((row, i): TableCell[] =>
    row.map((cell, j) => {
      if (j === 0 || typeof cell !== "number") return cell;
      const countRow = counts.anchor.row + 1 + i;
      const count = cellA1({ row: countRow, col: counts.anchor.col + j });
      const total = cellA1({ row: countRow, col: totalCol });
      return { formula: `IFERROR(${count}/${total},0)`, value: cell };
    })
  );
  return { ...shares, rows };
}

function migrationMethod(migration: RfmMigration, ctx: ReportContext): MethodContribution {
  const def = (key: string) => ({
    term: ctx.t(`${KEY}.method.${key}.term`),
    text: ctx.t(`${KEY}.method.${key}.text`),
  });
  return {
    parameters: [
      { label: ctx.t(`${KEY}.method.from`), value: dayLabel(migration.matrix.fromAsOfDay) },
      { label: ctx.t(`${KEY}.method.to`), value: dayLabel(migration.matrix.toAsOfDay) },
    ],
    definitions: [def("matrix"), def("entering"), def("leaving"), def("shares")],
  };
}

/**
 * The Migration sheet and its Method entries; undefined when there is no migration (no
 * transactions). Blocks: title with both dates, counts (heat map), row percentages (heat map),
 * and a note when the all-history window means nobody can leave.
 */
export function buildMigrationSheet(
  input: ReportInput,
  ctx: ReportContext
): SectionOutput | undefined {
  const migration = input.migration;
  if (migration === null || migration === undefined) return undefined;
  const { t } = ctx;
  const { matrix } = migration;
  const rows: LayoutRow[] = [
    [
      {
        kind: "title",
        title: t(`${KEY}.title`),
        subtitle: [
          t(`${KEY}.subtitle.dates`, {
            from: dayLabel(matrix.fromAsOfDay),
            to: dayLabel(matrix.toAsOfDay),
          }),
          t(`${KEY}.subtitle.map`, { map: mapLabel(migration.from.map, ctx) }),
        ],
      },
    ],
    sectionHeading(t(`${KEY}.countsHeading`), 6),
    [migrationCountsTable(migration, ctx)],
    sectionHeading(t(`${KEY}.sharesHeading`), 6),
    [migrationSharesTable(migration, ctx)],
  ];
  if (migration.from.windowStartDay === null) {
    rows.push([{ kind: "note", paragraphs: [t(`${KEY}.allHistoryNote`)], widthCols: 10 }]);
  }
  const placed = layoutRows(rows);
  const counts = placed.find(
    (b): b is TableBlock => b.kind === "table" && b.name === MIGRATION_TABLES.matrix
  )!;
  const blocks = placed.map((b): ReportBlock =>
    b.kind === "table" && b.name === MIGRATION_TABLES.shares ? withShareFormulas(b, counts) : b
  );
  return {
    sheets: [ownedSheet(ctx, "migration", blocks)],
    method: migrationMethod(migration, ctx),
  };
}
