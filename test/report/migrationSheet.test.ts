/** The Migration sheet from a hand-made migration between two as-of dates (three tiers). */
import fc from "fast-check";
import { analyzeMigration, analyzeRfm, type MigrationMatrix } from "../../src/analytics/rfm";
import type { RfmMigration } from "../../src/analytics/runAnalyses";
import { buildReport } from "../../src/report/buildReport";
import type {
  FormulaCell,
  NoteBlock,
  ReportSheet,
  TableBlock,
  TableCell,
} from "../../src/report/model";
import { columnsBodyA1 } from "../../src/report/ranges";
import { createReportContext } from "../../src/report/reportContext";
import { validateModel } from "../../src/report/validateModel";
import {
  buildMigrationSheet,
  headerText,
  MIGRATION_TABLES,
} from "../../src/report/sheets/migrationSheet";
import { at, buy, day, daysBefore } from "../analytics/rfm/builders";

const generatedAt = Date.UTC(2024, 4, 1, 9, 30);
const ctxEn = createReportContext({ language: "en", generatedAt, version: "1.0.0" });
const ctxFr = createReportContext({ language: "fr", generatedAt, version: "1.0.0" });

/** An RFM result with the three-tier map and a 12-month window, for the map and window. */
const from = analyzeRfm([buy("A", "2024-02-10", 10, "A1")], {
  asOf: at("2024-03-01"),
  map: "tiers3",
  windowMonths: 12,
});

/**
 * Hand-made counts (rows: VIP, Regular, At risk at 2024-03-01; columns the same at 2024-04-01):
 * VIP 3, 1, 1 and 1 leaving = 6; Regular 2, 5, 3 and 2 leaving = 12; At risk 0, 1, 4 and 5
 * leaving = 10. Entering: 4 into Regular. Row shares = count / row total (3 / 6 = 0.5 ...).
 */
const matrix: MigrationMatrix = {
  fromAsOfDay: day("2024-03-01"),
  toAsOfDay: day("2024-04-01"),
  segments: ["vip", "regular", "tierAtRisk"],
  counts: [
    [3, 1, 1],
    [2, 5, 3],
    [0, 1, 4],
  ],
  rowShares: [
    [3 / 6, 1 / 6, 1 / 6],
    [2 / 12, 5 / 12, 3 / 12],
    [0, 1 / 10, 4 / 10],
  ],
  entering: [0, 4, 0],
  leaving: [1, 2, 5],
  leavingShares: [1 / 6, 2 / 12, 5 / 10],
};
const migration: RfmMigration = { from, matrix };

function table(sheet: ReportSheet, name: string): TableBlock {
  const found = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

const valueOf = (cell: TableCell): unknown =>
  cell !== null && typeof cell === "object" ? cell.value : cell;
const formulaOf = (cell: TableCell): string => (cell as FormulaCell).formula;

describe("buildMigrationSheet", () => {
  const out = buildMigrationSheet({ migration }, ctxEn)!;
  const sheet = out.sheets[0];
  const counts = table(sheet, MIGRATION_TABLES.matrix);
  const shares = table(sheet, MIGRATION_TABLES.shares);

  it("names both dates in the subtitle", () => {
    expect(sheet.name).toBe("Migration");
    const title = sheet.blocks[0];
    expect(title.kind === "title" && title.subtitle).toEqual([
      "From the segments as of 2024-03-01 (rows) to the segments as of 2024-04-01 (columns).",
      "Segment map: Three tiers; the same options at both dates.",
    ]);
  });

  it("has a row per segment at the start, the entering row, and the leaving and total columns", () => {
    expect(counts.columns.map((c) => [c.id, c.header])).toEqual([
      ["from", "Segment on 2024-03-01"],
      ["vip", "VIP"],
      ["regular", "Regular"],
      ["tierAtRisk", "At risk"],
      ["leaving", "Leaving (no purchase in the window)"],
      ["total", "Customers on 2024-03-01"],
    ]);
    expect(counts.rows.map((r) => r.map(valueOf))).toEqual([
      ["VIP", 3, 1, 1, 1, 6],
      ["Regular", 2, 5, 3, 2, 12],
      ["At risk", 0, 1, 4, 5, 10],
      ["Entering (new or back)", 0, 4, 0, null, null],
    ]);
  });

  it("sums each row with a formula over the row, and totals every column", () => {
    expect(formulaOf(counts.rows[0][5])).toBe(
      "SUM(SegmentMigration[[#This Row],[VIP]:[Leaving (no purchase in the window)]])"
    );
    expect(counts.columns.map((c) => c.total)).toEqual([
      { label: "Total" },
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
    ]);
  });

  it("gives row percentages as formulas over the counts table, with the engine's values", () => {
    // Title 1 + 2 subtitle rows, gap, heading (row 5), counts header row 6, body rows 7-10,
    // totals 11; gap, heading 13, shares header 14, body 15-17. Columns: from A, VIP B ...
    // leaving E, total F.
    expect(counts.anchor).toEqual({ row: 5, col: 0 });
    expect(shares.anchor).toEqual({ row: 13, col: 0 });
    expect(shares.rows.map((r) => r.map(valueOf))).toEqual([
      ["VIP", 0.5, 1 / 6, 1 / 6, 1 / 6],
      ["Regular", 2 / 12, 5 / 12, 3 / 12, 2 / 12],
      ["At risk", 0, 0.1, 0.4, 0.5],
    ]);
    expect(formulaOf(shares.rows[0][1])).toBe("IFERROR(B7/F7,0)");
    expect(formulaOf(shares.rows[2][4])).toBe("IFERROR(E9/F9,0)");
    expect(shares.columns[1].format).toBe("0.0%");
  });

  it("shades counts and shares as heat maps over the segment (and leaving) columns", () => {
    expect(
      counts.conditionalFormats?.map((f) => [f.kind, columnsBodyA1(counts, f.columns)])
    ).toEqual([["colorScale", "B7:D10"]]);
    expect(
      shares.conditionalFormats?.map((f) => [f.kind, columnsBodyA1(shares, f.columns)])
    ).toEqual([["colorScale", "B15:E17"]]);
  });

  it("adds the dates and the definitions to the Method sheet", () => {
    expect(out.method.parameters).toEqual([
      { label: "Migration start date", value: "2024-03-01" },
      { label: "Migration end date", value: "2024-04-01" },
    ]);
    expect(out.method.definitions.map((d) => d.term)).toEqual([
      "Migration matrix",
      "Entering",
      "Leaving",
      "Row percentage",
    ]);
  });

  it("writes French labels", () => {
    const fr = buildMigrationSheet({ migration }, ctxFr)!.sheets[0];
    const frCounts = table(fr, MIGRATION_TABLES.matrix);
    expect(frCounts.columns.map((c) => c.header)).toEqual([
      "Segment au 2024-03-01",
      "VIP",
      "Réguliers",
      "À risque",
      "Sortants (aucun achat sur la période)",
      "Clients au 2024-03-01",
    ]);
    expect(frCounts.rows[3][0]).toBe("Entrants (nouveaux ou de retour)");
  });
});

describe("the engine's migration on a small history", () => {
  /**
   * Classic map, 1-month window. As of 2024-02-01: A (bought 2024-01-20) and B (2024-01-25) are
   * scored. As of 2024-03-01: B bought again on 2024-02-20 (stays), C is new (2024-02-25), A made
   * no purchase in February: A leaves, C enters.
   */
  const lines = [
    buy("A", "2024-01-20", 10, "A1"),
    buy("B", "2024-01-25", 10, "B1"),
    buy("B", "2024-02-20", 10, "B2"),
    buy("C", daysBefore("2024-03-01", 4), 10, "C1"),
  ];
  const run = analyzeMigration(lines, at("2024-02-01"), at("2024-03-01"), { windowMonths: 1 });
  const sheet = buildMigrationSheet({ migration: { from: run.from, matrix: run.matrix } }, ctxEn)!
    .sheets[0];
  const counts = table(sheet, MIGRATION_TABLES.matrix);
  const column = (id: string) => counts.columns.findIndex((c) => c.id === id);

  it("counts one leaving and one entering customer and no all-history note", () => {
    const leaving = counts.rows.reduce((n, r) => n + Number(valueOf(r[column("leaving")]) ?? 0), 0);
    const entering = counts.rows[counts.rows.length - 1];
    expect(leaving).toBe(1);
    expect(entering.slice(1, 12).reduce<number>((n, c) => n + Number(c), 0)).toBe(1);
    expect(sheet.blocks.some((b) => b.kind === "note" && b.heading === undefined)).toBe(false);
  });

  it("says nobody can leave with the all-history window", () => {
    const all = analyzeMigration(lines, at("2024-02-01"), at("2024-03-01"));
    const s = buildMigrationSheet({ migration: { from: all.from, matrix: all.matrix } }, ctxEn)!
      .sheets[0];
    const note = s.blocks.find((b): b is NoteBlock => b.kind === "note" && b.heading === undefined);
    expect(note?.paragraphs[0]).toMatch(/^With the all-history window nobody leaves/);
  });

  it("gives a model Excel accepts", () => {
    const model = buildReport(
      { migration: { from: run.from, matrix: run.matrix } },
      { language: "en", generatedAt, version: "1" }
    );
    expect(validateModel(model)).toEqual([]);
  });
});

describe("property", () => {
  it("column totals are the customers at the end date; each row's shares add up to 1", () => {
    const people = fc.array(
      fc.record({ first: fc.integer({ min: 0, max: 400 }), gap: fc.integer({ min: 0, max: 200 }) }),
      { minLength: 1, maxLength: 25 }
    );
    fc.assert(
      fc.property(people, fc.constantFrom(undefined, 3, 12), (list, windowMonths) => {
        // each customer buys `first` days before 2024-06-01 and again `gap` days later
        const lines = list.flatMap((p, i) => [
          buy(`c${i}`, daysBefore("2024-06-01", p.first + 1), 10, `c${i}a`),
          buy(`c${i}`, daysBefore("2024-06-01", Math.max(1, p.first + 1 - p.gap)), 5, `c${i}b`),
        ]);
        const run = analyzeMigration(lines, at("2024-05-01"), at("2024-06-01"), { windowMonths });
        const sheet = buildMigrationSheet(
          { migration: { from: run.from, matrix: run.matrix } },
          ctxEn
        )!.sheets[0];
        const counts = table(sheet, MIGRATION_TABLES.matrix);
        const shares = table(sheet, MIGRATION_TABLES.shares);
        const segments = run.matrix.segments.length;
        const atEnd = new Map(run.to.segments.map((s) => [s.segment.id, s.customers]));
        const columnTotalsOk = run.matrix.segments.every(
          (id, j) =>
            counts.rows.reduce((n, r) => n + Number(valueOf(r[j + 1]) ?? 0), 0) === atEnd.get(id)
        );
        const sharesOk = shares.rows.every((r, i) => {
          const sum = r.slice(1).reduce<number>((n, c) => n + Number(valueOf(c)), 0);
          const rowTotal = Number(valueOf(counts.rows[i][segments + 2]));
          return rowTotal === 0 ? sum === 0 : Math.abs(sum - 1) < 1e-12;
        });
        return columnTotalsOk && sharesOk;
      }),
      { numRuns: 40 }
    );
  });
});

describe("edge cases", () => {
  it("no migration: no sheet", () => {
    expect(buildMigrationSheet({ migration: null }, ctxEn)).toBeUndefined();
    expect(buildMigrationSheet({}, ctxEn)).toBeUndefined();
  });

  it("an empty start date: rows of zeros, shares 0, everyone entering", () => {
    const run = analyzeMigration(
      [buy("A", "2024-02-10", 10, "A1")],
      at("2024-02-01"),
      at("2024-03-01")
    );
    const sheet = buildMigrationSheet({ migration: { from: run.from, matrix: run.matrix } }, ctxEn)!
      .sheets[0];
    const shares = table(sheet, MIGRATION_TABLES.shares);
    expect(shares.rows.every((r) => r.slice(1).every((c) => valueOf(c) === 0))).toBe(true);
    const counts = table(sheet, MIGRATION_TABLES.matrix);
    const entering = counts.rows[counts.rows.length - 1].slice(1, 12) as number[];
    expect(entering.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("apostrophes in segment names become typographic in headers (structured references)", () => {
    expect(headerText("Can't lose them")).toBe("Can\u2019t lose them");
    const run = analyzeMigration(
      [buy("A", "2024-02-10", 10, "A1")],
      at("2024-02-01"),
      at("2024-03-01")
    );
    const counts = table(
      buildMigrationSheet({ migration: { from: run.from, matrix: run.matrix } }, ctxEn)!.sheets[0],
      MIGRATION_TABLES.matrix
    );
    expect(counts.columns.map((c) => c.header)).toContain("Can\u2019t lose them");
    expect(counts.columns.every((c) => !c.header.includes("'"))).toBe(true);
    // the row labels keep the segment's own name
    expect(counts.rows.map((r) => r[0])).toContain("Can't lose them");
  });
});
