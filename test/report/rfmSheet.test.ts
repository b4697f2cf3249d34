/**
 * The RFM and Segments sheets from a hand-worked RFM result: ten customers a trainer can score on
 * paper, one more with only a return.
 */
import fc from "fast-check";
import { analyzeRfm, type RfmResult } from "../../src/analytics/rfm";
import type { Transaction } from "../../src/analytics/domain";
import { buildReport } from "../../src/report/buildReport";
import type {
  ChartBlock,
  FormulaCell,
  NoteBlock,
  ReportSheet,
  TableBlock,
  TableCell,
} from "../../src/report/model";
import { fittedColumnWidth } from "../../src/report/columnWidths";
import { blockEnd, columnBodyA1 } from "../../src/report/ranges";
import { fittedScale, rangeWidthPoints } from "../../src/report/printLayout";
import { createReportContext } from "../../src/report/reportContext";
import { validateModel } from "../../src/report/validateModel";
import {
  buildRfmSheet,
  buildRfmSheets,
  buildSegmentsSheet,
  columnsForWidth,
  RFM_TABLES,
} from "../../src/report/sheets/rfmSheet";
import { scoreRanges } from "../../src/report/sheets/rfm/cutPointsTable";
import { rfmCode } from "../../src/report/sheets/rfm/labels";
import { rfCounts } from "../../src/report/sheets/rfm/rfGridTable";
import { rfmMethod } from "../../src/report/sheets/rfm/rfmMethod";
import { thisRowRef } from "../../src/report/sheets/rfm/structuredRefs";
import { at, buy, daysBefore, giveBack } from "../analytics/rfm/builders";

const generatedAt = Date.UTC(2024, 4, 1, 9, 30);
// The data\'s currency (never the language\'s): dollars here, euros in French.
const ctxEn = createReportContext(
  { language: "en", generatedAt, version: "1.0.0" },
  { code: "USD", source: "setting" }
);
const ctxFr = createReportContext(
  { language: "fr", generatedAt, version: "1.0.0" },
  { code: "EUR", source: "setting" }
);

const AS_OF = "2024-03-01";

/**
 * Ten customers: last purchase `recency` days before 2024-03-01, `frequency` orders a week apart
 * (distinct invoice ids) sharing `monetary` equally. K has only a return.
 *
 * By hand, R type 7 quantiles of n = 10 sorted values sit at 0-based position 9p:
 * p = 0.2 -> 1.8, 0.4 -> 3.6, 0.6 -> 5.4, 0.8 -> 7.2.
 * - recency  [1, 2, 5, 10, 20, 30, 40, 50, 55, 59] -> cuts 2 + 0.8·3 = 4.4, 10 + 0.6·10 = 16,
 *   30 + 0.4·10 = 34, 50 + 0.2·5 = 51; two customers a score; reversed (1, 2 days -> 5).
 * - frequency [1, 1, 1, 1, 1, 2, 2, 3, 4, 5] -> cuts 1, 1, 2, 3 + 0.2·1 = 3.2: the five one-time
 *   buyers are all at the first line, so score 2 is empty; 2 -> 3, 3 -> 4, 4 and 5 -> 5.
 *   Counts per score 1..5: [5, 0, 2, 1, 2].
 * - monetary [20, 30, 40, 50, 100, 120, 200, 300, 400, 500] -> cuts 30 + 0.8·10 = 38,
 *   50 + 0.6·50 = 80, 120 + 0.4·80 = 152, 300 + 0.2·100 = 320; two a score.
 * Cells and classic segments (R x F): A 555, B 555 champions; C 444 loyal; D 434 potential
 * loyalists; E 313, F 312 about to sleep; G 212 hibernating; H 233 at risk; I 111, J 111 lost.
 */
const PEOPLE: [id: string, recency: number, frequency: number, monetary: number][] = [
  ["A", 1, 5, 500],
  ["B", 2, 4, 400],
  ["C", 5, 3, 300],
  ["D", 10, 2, 200],
  ["E", 20, 1, 100],
  ["F", 30, 1, 50],
  ["G", 40, 1, 40],
  ["H", 50, 2, 120],
  ["I", 55, 1, 30],
  ["J", 59, 1, 20],
];

function transactions(): Transaction[] {
  const lines: Transaction[] = [];
  for (const [id, recency, frequency, monetary] of PEOPLE) {
    for (let k = 0; k < frequency; k++) {
      lines.push(buy(id, daysBefore(AS_OF, recency + 7 * k), monetary / frequency, `${id}${k}`));
    }
  }
  lines.push(giveBack("K", daysBefore(AS_OF, 3), 30, "CK1"));
  return lines;
}

const result: RfmResult = analyzeRfm(transactions(), { asOf: at(AS_OF) });

function table(sheet: ReportSheet, name: string): TableBlock {
  const found = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function column(t: TableBlock, id: string): TableCell[] {
  const j = t.columns.findIndex((c) => c.id === id);
  if (j < 0) throw new Error(`no column ${id}`);
  return t.rows.map((r) => r[j]);
}

const formulaOf = (cell: TableCell): string => (cell as FormulaCell).formula;
const valueOf = (cell: TableCell): unknown =>
  cell !== null && typeof cell === "object" ? cell.value : cell;

describe("buildRfmSheet", () => {
  const sheet = buildRfmSheet(result, ctxEn);
  const customers = table(sheet, RFM_TABLES.customers);

  it("says the as-of date, window, scoring rule and map in the subtitle", () => {
    const title = sheet.blocks[0];
    expect(title.kind === "title" && title.subtitle).toEqual([
      "As of 2024-03-01 (purchases before this day only); window: all history.",
      "Scores 1 to 5 per metric (quantile cut points, equal values equal scores); recency reversed, 5 = most recent.",
      "Segment map: Classic RFM segments. 10 customers scored.",
    ]);
  });

  it("has one row a scored customer with the contract's columns and the hand-worked scores", () => {
    expect(customers.columns.map((c) => c.id)).toEqual([
      "id",
      "recency",
      "frequency",
      "monetary",
      "aov",
      "r",
      "f",
      "m",
      "score",
      "segment",
    ]);
    expect(customers.rows).toHaveLength(10);
    // A: 1 day, 5 orders of 100 -> AOV 100; scores 5, 5, 5
    expect(customers.rows[0]).toEqual(["A", 1, 5, 500, 100, 5, 5, 5, "555", "Champions"]);
    // H: 50 days (score 2), 2 orders (score 3), 120 (score 3): R 2, F 3 -> At risk
    expect(customers.rows[7]).toEqual(["H", 50, 2, 120, 60, 2, 3, 3, "233", "At risk"]);
    expect(column(customers, "segment")).toEqual([
      "Champions",
      "Champions",
      "Loyal",
      "Potential loyalists",
      "About to sleep",
      "About to sleep",
      "Hibernating",
      "At risk",
      "Lost",
      "Lost",
    ]);
  });

  it("formats amounts in the report's currency and the scores as integers", () => {
    const format = (id: string) => customers.columns.find((c) => c.id === id)!.format;
    expect(format("monetary")).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(format("recency")).toBe("#,##0");
    expect(format("r")).toBe("#,##0");
    expect(format("id")).toBe("@");
    // French: same invariant code, the euro after the number
    const fr = table(buildRfmSheet(result, ctxFr), RFM_TABLES.customers);
    expect(fr.columns[3].format).toBe('#,##0.00\\ "€";-#,##0.00\\ "€"');
    expect(fr.columns.map((c) => c.header).slice(0, 3)).toEqual([
      "Identifiant client",
      "Récence (jours)",
      "Fréquence",
    ]);
    expect(fr.rows[0][9]).toBe("Champions");
    expect(fr.rows[2][9]).toBe("Fidèles");
  });

  it("colours the three scores with one scale and puts a data bar on monetary", () => {
    expect(customers.conditionalFormats).toEqual([
      { kind: "colorScale", columns: ["r", "f", "m"], colors: ["F7FBFF", "9ECAE1", "08519C"] },
      { kind: "dataBar", columns: ["monetary"], color: "5B9BD5" },
    ]);
    // Title (1 + 3 subtitle rows), gap: the table's header is on row 6 (index 5), body 7-16
    expect(customers.anchor).toEqual({ row: 5, col: 0 });
    expect(columnBodyA1(customers, "r")).toBe("F7:F16");
  });

  it("freezes the rows down to the customers' header row", () => {
    expect(sheet.freezeRows).toBe(6);
    // printed: the cut points beside the table, without the frozen rows (other columns) on top
    expect(sheet.print).toMatchObject({
      area: expect.stringMatching(/^L/),
      repeatFrozenRows: false,
    });
  });

  it("lists the cut points per metric beside the customers, best score first", () => {
    const cuts = table(sheet, RFM_TABLES.cutPoints);
    // to the right of the 10 customer columns and one gap column: column L, one row below the
    // customers' header (a heading sits on the header's row)
    expect(cuts.anchor).toEqual({ row: 6, col: 11 });
    expect(cuts.rows.slice(0, 5)).toEqual([
      // recency is reversed: score 5 = up to 4.4 days
      ["Recency (days)", 5, null, 4.4, 2, 0.2, ""],
      ["Recency (days)", 4, 4.4, 16, 2, 0.2, ""],
      ["Recency (days)", 3, 16, 34, 2, 0.2, ""],
      ["Recency (days)", 2, 34, 51, 2, 0.2, ""],
      ["Recency (days)", 1, 51, null, 2, 0.2, ""],
    ]);
    const empty =
      "Empty: equal values always get the same score, and the tied customers all fall on one side of this line.";
    expect(cuts.rows.slice(5, 10)).toEqual([
      ["Frequency", 5, 3.2, null, 2, 0.2, ""],
      ["Frequency", 4, 2, 3.2, 1, 0.1, ""],
      ["Frequency", 3, 1, 2, 2, 0.2, ""],
      // the lines 1 and 1 coincide: nothing is above 1 and up to 1
      ["Frequency", 2, 1, 1, 0, 0, empty],
      ["Frequency", 1, null, 1, 5, 0.5, ""],
    ]);
    expect(cuts.rows[10]).toEqual(["Monetary", 5, 320, null, 2, 0.2, ""]);
    expect(cuts.rows[14]).toEqual(["Monetary", 1, null, 38, 2, 0.2, ""]);
  });

  it("counts and lists the customers with only returns in a note", () => {
    const note = sheet.blocks.find(
      (b): b is NoteBlock => b.kind === "note" && b.heading === "Customers with only returns"
    )!;
    expect(note.paragraphs).toEqual([
      "1 customer with only returns in the window is not scored.",
      "Not scored: K",
    ]);
  });

  it("lists the first 20 returns-only customers and says how many more", () => {
    const many = { ...result, returnsOnly: Array.from({ length: 23 }, (_, i) => `R${i + 1}`) };
    const note = buildRfmSheet(many, ctxEn).blocks.find(
      (b): b is NoteBlock => b.kind === "note" && b.heading === "Customers with only returns"
    )!;
    expect(note.paragraphs[0]).toBe("23 customers with only returns in the window are not scored.");
    // the list in lines within the cut points' printed width (one line ran past the page)
    expect(note.paragraphs.slice(1).join(" ")).toBe(
      `Not scored: ${Array.from({ length: 20 }, (_, i) => `R${i + 1}`).join(", ")} … and 3 more`
    );
    const cuts = table(buildRfmSheet(many, ctxEn), RFM_TABLES.cutPoints);
    const width = cuts.columns.reduce((sum, _, j) => sum + fittedColumnWidth(cuts, j), 0);
    for (const line of note.paragraphs) expect(line.length).toBeLessThanOrEqual(0.9 * width);
    expect(note.widthCols).toBe(cuts.columns.length);
    expect(note.paragraphs.length).toBeGreaterThan(2);
  });
});

describe("buildSegmentsSheet", () => {
  const sheet = buildSegmentsSheet(result, ctxEn);
  const summary = table(sheet, RFM_TABLES.segments);
  const row = (name: string) => summary.rows.find((r) => r[0] === name)!;

  it("has one row a segment of the map, empty ones included, with the contract's columns", () => {
    expect(summary.columns.map((c) => c.id)).toEqual([
      "segment",
      "customers",
      "customerShare",
      "revenue",
      "revenueShare",
      "recency",
      "frequency",
      "monetary",
      "aov",
      "description",
      "action",
    ]);
    expect(column(summary, "segment")).toEqual([
      "Champions",
      "Loyal",
      "Potential loyalists",
      "New customers",
      "Promising",
      "Need attention",
      "About to sleep",
      "At risk",
      "Can't lose them",
      "Hibernating",
      "Lost",
    ]);
  });

  it("carries the hand-worked values of each segment as the formulas' results", () => {
    // Champions A + B: 2 of 10 customers; revenue 500 + 400 = 900 of 1,760; recency (1 + 2) / 2;
    // frequency (5 + 4) / 2; monetary 900 / 2; AOV 900 / 9 orders = 100
    expect(row("Champions").slice(1, 9).map(valueOf)).toEqual([
      2,
      0.2,
      900,
      900 / 1760,
      1.5,
      4.5,
      450,
      100,
    ]);
    // Lost I + J: 30 + 20 = 50; recency (55 + 59) / 2 = 57; 2 orders -> AOV 25
    expect(row("Lost").slice(1, 9).map(valueOf)).toEqual([2, 0.2, 50, 50 / 1760, 57, 1, 25, 25]);
    // Nobody is New: counts 0, averages empty
    expect(row("New customers").slice(1, 9).map(valueOf)).toEqual([
      0,
      0,
      0,
      0,
      null,
      null,
      null,
      null,
    ]);
    expect(row("Champions")[9]).toBe("Bought very recently and buy often.");
  });

  it("computes every number with a formula over the RFM sheet's customer table", () => {
    const champions = row("Champions");
    const seg = "SegmentSummary[[#This Row],[Segment]]";
    expect(formulaOf(champions[1])).toBe(`COUNTIFS(RfmCustomers[Segment],${seg})`);
    expect(formulaOf(champions[2])).toBe(
      "IFERROR(SegmentSummary[[#This Row],[Customers]]/SUM(SegmentSummary[Customers]),0)"
    );
    expect(formulaOf(champions[3])).toBe(
      `SUMIFS(RfmCustomers[Monetary],RfmCustomers[Segment],${seg})`
    );
    expect(formulaOf(champions[5])).toBe(
      `IFERROR(AVERAGEIFS(RfmCustomers[Recency (days)],RfmCustomers[Segment],${seg}),"")`
    );
    expect(formulaOf(champions[8])).toBe(
      `IFERROR(SegmentSummary[[#This Row],[Revenue]]/SUMIFS(RfmCustomers[Frequency],RfmCustomers[Segment],${seg}),"")`
    );
  });

  it("totals customers, revenue and both shares (SUBTOTAL sums), not the averages", () => {
    expect(summary.columns.map((c) => c.total)).toEqual([
      { label: "Total" },
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const sum = (id: string) =>
      column(summary, id).reduce<number>((s, c) => s + (valueOf(c) as number), 0);
    expect(sum("customers")).toBe(10);
    expect(sum("revenue")).toBe(1760);
    expect(sum("customerShare")).toBeCloseTo(1, 12);
    expect(sum("revenueShare")).toBeCloseTo(1, 12);
  });

  it("charts revenue share against customer share, customers and revenue, from the summary", () => {
    const charts = sheet.blocks.filter((b): b is ChartBlock => b.kind === "chart");
    expect(
      charts.map((c) => [c.type, c.table, c.categoryColumn, c.series.map((s) => s.column)])
    ).toEqual([
      ["column", "SegmentSummary", "segment", ["customers"]],
      ["column", "SegmentSummary", "segment", ["revenue"]],
      ["bar", "SegmentSummary", "segment", ["revenueShare", "customerShare"]],
    ]);
    expect(charts[2].title).toBe("Share of revenue vs share of customers");
    expect(charts[2].series.map((s) => s.name)).toEqual(["Share of revenue", "Share of customers"]);
    expect(charts[2].valueAxisFormat).toBe("0.0%");
    // after the tables (printed: the tables' page, then the charts'), customers and revenue side
    // by side, the share chart under them
    const [byCustomers, byRevenue, shares] = charts;
    const tablesEnd = Math.max(
      ...sheet.blocks.filter((b) => b.kind !== "chart").map((b) => blockEnd(b).row)
    );
    expect(tablesEnd).toBeGreaterThan(blockEnd(summary).row);
    expect(byCustomers.anchor).toEqual({ row: tablesEnd + 2, col: 0 });
    expect(byRevenue.anchor.row).toBe(byCustomers.anchor.row);
    expect(byRevenue.anchor.col).toBe(byCustomers.size.cols + 1);
    expect(shares.anchor).toEqual({ row: blockEnd(byCustomers).row + 2, col: 0 });
  });

  it("keeps every block within the summary's columns, so the sheet prints at the summary's zoom", () => {
    for (const ctx of [ctxEn, ctxFr]) {
      for (const map of ["classic", "tiers3", "bands"] as const) {
        const result = analyzeRfm(transactions(), { asOf: at(AS_OF), map });
        const segments = buildSegmentsSheet(result, ctx);
        const own = table(segments, RFM_TABLES.segments);
        for (const block of segments.blocks) {
          expect(blockEnd(block).col).toBeLessThanOrEqual(blockEnd(own).col);
        }
        // the zoom planned for the sheet is the one the summary alone needs
        const printed = buildReport(
          { rfm: result },
          { language: ctx.language, generatedAt, version: "1" }
        ).sheets.find((s) => s.key === "segments")!;
        const width = rangeWidthPoints(printed, 0, blockEnd(own).col);
        expect(printed.print.scale).toBe(fittedScale(width, "landscape"));
      }
    }
  });

  it("has the R x F grid: R 5 to 1 down, F 1 to 5 across, COUNTIFS over the customers", () => {
    const grid = table(sheet, RFM_TABLES.rfGrid);
    expect(grid.columns.map((c) => [c.id, c.header])).toEqual([
      ["r", "R score"],
      ["f1", "F 1"],
      ["f2", "F 2"],
      ["f3", "F 3"],
      ["f4", "F 4"],
      ["f5", "F 5"],
    ]);
    // By hand from the cells: R5 A, B (F5); R4 D (F3), C (F4); R3 E, F (F1); R2 G (F1), H (F3);
    // R1 I, J (F1)
    expect(grid.rows.map((r) => r.map(valueOf))).toEqual([
      [5, 0, 0, 0, 0, 2],
      [4, 0, 0, 1, 1, 0],
      [3, 2, 0, 0, 0, 0],
      [2, 1, 0, 1, 0, 0],
      [1, 2, 0, 0, 0, 0],
    ]);
    expect(formulaOf(grid.rows[0][3])).toBe(
      "COUNTIFS(RfmCustomers[R],RfmGrid[[#This Row],[R score]],RfmCustomers[F],3)"
    );
    expect(grid.conditionalFormats).toEqual([
      {
        kind: "colorScale",
        columns: ["f1", "f2", "f3", "f4", "f5"],
        colors: ["F7FBFF", "9ECAE1", "08519C"],
      },
    ]);
  });

  it("draws the classic map on the 5-score R x F grid, every cell named", () => {
    const map = table(sheet, RFM_TABLES.mapGrid);
    // the classic map's grid (segmentMaps.ts), R 5 down to 1, F 1 to 5
    expect(map.rows).toEqual([
      [5, "New customers", "Potential loyalists", "Potential loyalists", "Champions", "Champions"],
      [4, "Promising", "Potential loyalists", "Potential loyalists", "Loyal", "Loyal"],
      [3, "About to sleep", "About to sleep", "Need attention", "Loyal", "Loyal"],
      [2, "Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"],
      [1, "Lost", "Hibernating", "At risk", "At risk", "Can't lose them"],
    ]);
    // it sits below the grid of counts
    expect(map.anchor.row).toBeGreaterThan(table(sheet, RFM_TABLES.rfGrid).anchor.row + 6);
    // Every name shows whole in its 16-wide cell: at most 19 characters in Calibri 11, as the
    // LibreOffice rendering shows ("Potential loyalists"); French "En train de s'endormir" (22)
    // was cut by the next cell.
    for (const ctx of [ctxEn, ctxFr]) {
      const names = table(buildSegmentsSheet(result, ctx), RFM_TABLES.mapGrid).rows.flatMap((r) =>
        r.slice(1)
      );
      for (const name of names) expect(String(name).length).toBeLessThanOrEqual(19);
    }
  });

  it("has no map grid for maps that look at M or at spend", () => {
    for (const map of ["tiers3", "bands"] as const) {
      const other = buildSegmentsSheet(analyzeRfm(transactions(), { asOf: at(AS_OF), map }), ctxEn);
      expect(other.blocks.some((b) => b.kind === "table" && b.name === RFM_TABLES.mapGrid)).toBe(
        false
      );
    }
  });

  it("names the sheet and its labels in French", () => {
    const fr = buildSegmentsSheet(result, ctxFr);
    expect(fr.name).toBe("Segments");
    const frSummary = table(fr, RFM_TABLES.segments);
    expect(frSummary.rows[8][0]).toBe("À ne pas perdre");
    // a typographic apostrophe: headers are also structured-reference names, where "'" escapes
    expect(frSummary.columns[3].header).toBe("Chiffre d\u2019affaires");
    expect(frSummary.columns.every((c) => !c.header.includes("'"))).toBe(true);
    expect(formulaOf(frSummary.rows[0][4])).toBe(
      "IFERROR(SegmentSummary[[#This Row],[Chiffre d\u2019affaires]]/SUM(SegmentSummary[Chiffre d\u2019affaires]),0)"
    );
    const subtitle = fr.blocks[0].kind === "title" ? fr.blocks[0].subtitle : [];
    // French groups digits with a narrow no-break space and keeps the symbol on the number's line
    expect(subtitle[1]).toBe(
      "10 clients, 1\u202f760\u00a0€ de chiffre d'affaires net sur la période."
    );
  });
});

describe("buildRfmSheets", () => {
  it("returns the RFM then the Segments sheet, and nothing without an RFM result", () => {
    const out = buildRfmSheets({ rfm: result }, ctxEn)!;
    expect(out.sheets.map((s) => [s.key, s.name])).toEqual([
      ["rfm", "RFM"],
      ["segments", "Segments"],
    ]);
    expect(buildRfmSheets({ rfm: null }, ctxEn)).toBeUndefined();
    expect(buildRfmSheets({}, ctxEn)).toBeUndefined();
  });

  it("gives a model Excel accepts (no overlap, valid names and formats)", () => {
    const model = buildReport({ rfm: result }, { language: "en", generatedAt, version: "1" });
    expect(validateModel(model)).toEqual([]);
    // (the Dashboard, when its builder is present, comes first and points at these tables)
    expect(model.sheets.map((s) => s.key).filter((k) => k !== "dashboard")).toEqual([
      "rfm",
      "segments",
      "method",
    ]);
  });
});

describe("rfmMethod", () => {
  const method = rfmMethod(result, ctxEn);
  const text = (term: string) => method.definitions.find((d) => d.term === term)?.text;

  it("lists the parameters in force", () => {
    expect(method.parameters).toEqual([
      { label: "RFM as-of date", value: "2024-03-01" },
      { label: "RFM window", value: "All history" },
      { label: "RFM scores per metric", value: "5" },
      { label: "RFM scoring rule", value: "quantile cut points, equal values equal scores" },
      { label: "Segment map", value: "Classic RFM segments" },
      { label: "Customers scored", value: "10" },
      { label: "Returns-only customers", value: "1" },
    ]);
  });

  it("states the quantile definition, tie rule, reversed recency and window convention", () => {
    expect(text("Quantile (R type 7)")).toContain("h = (n − 1)·p + 1");
    expect(text("Tie rule")).toContain("Equal values always get equal scores");
    expect(text("Recency reversed")).toContain("highest score (5)");
    expect(text("Window convention")).toContain("strictly before the as-of date");
  });

  it("writes out the cut points and the customers per score", () => {
    expect(text("Cut points: Frequency")).toBe(
      "Lines between scores, ascending values: 1 | 1 | 2 | 3.2. Customers per score 1 to 5: 5 | 0 | 2 | 1 | 2."
    );
    expect(text("Cut points: Recency (days)")).toContain("4.4 | 16 | 34 | 51");
  });

  it("writes the classic map's rules in the order they are tried", () => {
    const rules = method.definitions.filter((d) => d.term.startsWith("Rule "));
    expect(rules).toHaveLength(12);
    expect(rules[0]).toEqual({
      term: "Rule 1: Champions",
      text: "R 5, F 4-5, M any on the 5-score grid. Rules are tried in this order; the first that matches places the customer.",
    });
    expect(rules[11].term).toBe("Rule 12: Hibernating");
    expect(rules[11].text.startsWith("R 1, F 2, M any")).toBe(true);
  });

  it("writes the tiers map with its M ranges", () => {
    const tiers = analyzeRfm(transactions(), { asOf: at(AS_OF), map: "tiers3" });
    const rules = rfmMethod(tiers, ctxEn).definitions.filter((d) => d.term.startsWith("Rule "));
    expect(rules.map((d) => d.term)).toEqual([
      "Rule 1: At risk",
      "Rule 2: VIP",
      "Rule 3: Regular",
      "Rule 4: Regular",
    ]);
    expect(rules[1].text.startsWith("R 3-5, F 4-5, M 4-5")).toBe(true);
  });

  it("writes the value bands' thresholds, highest band first, and the yearly spend", () => {
    const bands = analyzeRfm(transactions(), {
      asOf: at(AS_OF),
      map: "bands",
      bands: [100, 1000],
    });
    const m = rfmMethod(bands, ctxEn);
    expect(m.parameters).toContainEqual({
      label: "Value bands (spend a year)",
      value: "100 | 1,000",
    });
    expect(m.definitions.filter((d) => d.term.startsWith("Band: "))).toEqual([
      { term: "Band: Over 1000 a year", text: "Spend per year above 1,000." },
      {
        term: "Band: 100 to 1000 a year",
        text: "Spend per year above 100 and up to 1,000 (included).",
      },
      { term: "Band: Up to 100 a year", text: "Spend per year up to 100 (included)." },
    ]);
  });

  it("works the first customer through as an example a trainer can follow", () => {
    // A: 1 day is at or below the first recency line 4.4 -> score 5; 5 orders are above the last
    // frequency line 3.2 and 500 above the last monetary line 320 -> 5 and 5; cell R 5, F 5 is
    // the first rule, Champions
    expect(method.definitions[method.definitions.length - 1]).toEqual({
      term: "Worked example: customer A",
      text:
        "Recency (days) 1: score 5 (between – and 4.4); Frequency 5: score 5 (between 3.2 and –); " +
        "Monetary 500: score 5 (between 320 and –). R 5-5, F 4-5, M 1-5 on the 5-score grid: Champions.",
    });
    const bands = analyzeRfm(transactions(), { asOf: at(AS_OF), map: "bands", bands: [100, 1000] });
    const example = rfmMethod(bands, ctxEn).definitions.at(-1)!;
    expect(example.term).toBe("Worked example: customer A");
    // 500 spent in under a year of data is over 1,000 a year: the top band
    expect(example.text.endsWith("Over 1000 a year.")).toBe(true);
  });

  it("explains equal groups instead of the quantile rule when chosen", () => {
    const groups = analyzeRfm(transactions(), { asOf: at(AS_OF), rule: "equalGroups" });
    const m = rfmMethod(groups, ctxEn);
    expect(m.definitions.find((d) => d.term === "Quantile (R type 7)")).toBeUndefined();
    expect(m.definitions.find((d) => d.term === "Tie rule")?.text).toContain("NTILE");
  });
});

describe("helpers", () => {
  it("scoreRanges: value ranges of each score, reversed for recency", () => {
    expect(scoreRanges([10, 20], 3, false)).toEqual([
      { score: 3, above: 20, upTo: null },
      { score: 2, above: 10, upTo: 20 },
      { score: 1, above: null, upTo: 10 },
    ]);
    expect(scoreRanges([10, 20], 3, true)).toEqual([
      { score: 3, above: null, upTo: 10 },
      { score: 2, above: 10, upTo: 20 },
      { score: 1, above: 20, upTo: null },
    ]);
    expect(scoreRanges([], 5, false)).toEqual([]);
  });

  it("thisRowRef: the current row of one column or a span, ' [ ] # escaped", () => {
    const t = {
      name: "T",
      columns: [
        { id: "a", header: "Can't [x] #1", type: "text" as const, format: "@" },
        { id: "b", header: "B", type: "text" as const, format: "@" },
      ],
    };
    expect(thisRowRef(t, "a")).toBe("T[[#This Row],[Can''t '[x'] '#1]]");
    expect(thisRowRef(t, "a", "b")).toBe("T[[#This Row],[Can''t '[x'] '#1]:[B]]");
  });

  it("rfmCode: digits for up to 5 scores, dashes for 10", () => {
    expect(rfmCode(5, 4, 3, 5)).toBe("543");
    expect(rfmCode(10, 9, 1, 10)).toBe("10-9-1");
  });

  it("columnsForWidth: enough columns to reach a width", () => {
    expect(columnsForWidth([10, 10, 40], 0, 15)).toBe(2);
    expect(columnsForWidth([10, 10, 40], 2, 15)).toBe(1);
    // past the listed widths, Excel's default 8.43 each: 20 needs 3 columns
    expect(columnsForWidth([], 0, 20)).toBe(3);
  });

  it("property: the grid's counts add up to the customers, and each row to its R count", () => {
    const arbitraryPeople = fc.array(
      fc.record({
        recency: fc.integer({ min: 1, max: 300 }),
        frequency: fc.integer({ min: 1, max: 4 }),
        spend: fc.integer({ min: 1, max: 1000 }),
      }),
      { minLength: 1, maxLength: 30 }
    );
    fc.assert(
      fc.property(arbitraryPeople, fc.constantFrom(3, 4, 5, 10), (people, bins) => {
        const lines = people.flatMap((p, i) =>
          Array.from({ length: p.frequency }, (_, k) =>
            buy(`c${i}`, daysBefore(AS_OF, p.recency + k), p.spend, `c${i}-${k}`)
          )
        );
        const rfm = analyzeRfm(lines, { asOf: at(AS_OF), bins: bins as 3 | 4 | 5 | 10 });
        const counts = rfCounts(rfm);
        const total = counts.flat().reduce((a, b) => a + b, 0);
        const byR = counts.map((row) => row.reduce((a, b) => a + b, 0));
        const summary = table(buildSegmentsSheet(rfm, ctxEn), RFM_TABLES.segments);
        const summed = column(summary, "customers").reduce<number>(
          (s, c) => s + (valueOf(c) as number),
          0
        );
        return (
          total === people.length &&
          byR.every((n, r) => n === rfm.counts.recency[r]) &&
          summed === people.length
        );
      }),
      { numRuns: 40 }
    );
  });
});

describe("edge cases", () => {
  it("only returns: no customer scored, empty tables, the note still lists them", () => {
    const rfm = analyzeRfm([giveBack("K", daysBefore(AS_OF, 3), 30, "CK1")], { asOf: at(AS_OF) });
    const out = buildRfmSheets({ rfm }, ctxEn)!;
    const [rfmSheet, segments] = out.sheets;
    expect(table(rfmSheet, RFM_TABLES.customers).rows).toEqual([]);
    // no cut point without customers
    expect(table(rfmSheet, RFM_TABLES.cutPoints).rows).toEqual([]);
    expect(
      column(table(segments, RFM_TABLES.segments), "customers")
        .map(valueOf)
        .every((v) => v === 0)
    ).toBe(true);
    expect(
      rfmMethod(rfm, ctxEn).definitions.find((d) => d.term === "Cut points: Monetary")?.text
    ).toBe("No customer scored: no cut point.");
    // no customer to work through
    expect(rfmMethod(rfm, ctxEn).definitions.some((d) => d.term.startsWith("Worked"))).toBe(false);
    const model = buildReport({ rfm }, { language: "en", generatedAt, version: "1" });
    expect(validateModel(model)).toEqual([]);
  });

  it("one customer: every cut point is that customer's value, one cell of the grid", () => {
    const rfm = analyzeRfm([buy("Z", daysBefore(AS_OF, 4), 80, "Z1")], { asOf: at(AS_OF) });
    const sheet = buildRfmSheet(rfm, ctxEn);
    const cuts = table(sheet, RFM_TABLES.cutPoints);
    // 4 days: every line is 4, the customer is at or below all of them -> group 1, score 5
    expect(cuts.rows.slice(0, 5).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      [5, null, 4, 1],
      [4, 4, 4, 0],
      [3, 4, 4, 0],
      [2, 4, 4, 0],
      [1, 4, null, 0],
    ]);
    const grid = table(buildSegmentsSheet(rfm, ctxEn), RFM_TABLES.rfGrid);
    // R 5 (first row), F 1 (first count column)
    expect(grid.rows.map((r) => r.slice(1).map(valueOf))[0]).toEqual([1, 0, 0, 0, 0]);
  });

  it("everyone tied: one score per metric holds everybody, the others are empty and say why", () => {
    const lines = ["P", "Q", "R"].map((id) => buy(id, daysBefore(AS_OF, 7), 10, `${id}1`));
    const rfm = analyzeRfm(lines, { asOf: at(AS_OF) });
    const cuts = table(buildRfmSheet(rfm, ctxEn), RFM_TABLES.cutPoints);
    const frequency = cuts.rows.filter((r) => r[0] === "Frequency");
    expect(frequency.map((r) => r[4])).toEqual([0, 0, 0, 0, 3]);
    expect(frequency.filter((r) => r[6] !== "").length).toBe(4);
  });

  it("equal groups: no empty score, the remark says ties may be split", () => {
    const groups = analyzeRfm(transactions(), { asOf: at(AS_OF), rule: "equalGroups" });
    const cuts = table(buildRfmSheet(groups, ctxEn), RFM_TABLES.cutPoints);
    expect(cuts.rows.map((r) => r[4])).toEqual(new Array(15).fill(2));
    expect(cuts.rows[0][6]).toBe(
      "Customers whose value equals a line may sit on either side of it (the customer id decides)."
    );
  });

  it("10 scores: codes with dashes, a 10 x 10 grid", () => {
    const ten = analyzeRfm(transactions(), { asOf: at(AS_OF), bins: 10 });
    const customers = table(buildRfmSheet(ten, ctxEn), RFM_TABLES.customers);
    // 10 customers, 10 scores: A has the lowest recency and highest F and M -> 10-10-10
    expect(customers.rows[0][8]).toBe("10-10-10");
    const grid = table(buildSegmentsSheet(ten, ctxEn), RFM_TABLES.rfGrid);
    expect(grid.columns).toHaveLength(11);
    expect(grid.rows).toHaveLength(10);
  });

  it("a customer id that looks like a formula stays text", () => {
    const rfm = analyzeRfm([buy('=HYPERLINK("x")', daysBefore(AS_OF, 2), 5, "X1")], {
      asOf: at(AS_OF),
    });
    expect(table(buildRfmSheet(rfm, ctxEn), RFM_TABLES.customers).rows[0][0]).toBe(
      '=HYPERLINK("x")'
    );
  });
});
