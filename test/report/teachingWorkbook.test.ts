/**
 * The teaching workbook's model (no LibreOffice here: teachingRecalc.test.ts recalculates it):
 * formulas in English function names pointing at the cut points and the map, engine values as
 * their cached results, the what-ifs behind the answers, and the CLI's --teaching switches.
 */
import fs from "node:fs";
import { MS_PER_DAY, type Transaction } from "../../src/analytics/domain";
import { analyzeRfm, segmentMovesAfterDays, segmentMovesWithCuts } from "../../src/analytics/rfm";
import { run, type CliIo } from "../../src/cli/run";
import { parseCliOptions } from "../../src/cli/cliOptions";
import { translator } from "../../src/i18n";
import { sheetColumnWidths } from "../../src/report/columnWidths";
import { findTable, tableColumnIndex } from "../../src/report/ranges";
import {
  buildTeachingWorkbook,
  teachingProblem,
} from "../../src/report/teaching/buildTeachingWorkbook";
import { exerciseFacts, flows } from "../../src/report/teaching/exerciseFacts";
import {
  mapScoreExpression,
  scoreFormula,
  segmentFormula,
  textLiteral,
} from "../../src/report/teaching/teachingFormulas";
import { TEACHING_TABLES } from "../../src/report/teaching/teachingSheets";
import { assertValidModel } from "../../src/report/validateModel";

const AS_OF = Date.UTC(2024, 5, 1);
const OPTIONS = { language: "en" as const, generatedAt: 0, version: "test" };

/** One purchase a day, the last `recency` days before the as-of date, `amount` each. */
function buyer(id: string, recency: number, purchases: number, amount: number): Transaction[] {
  return Array.from({ length: purchases }, (_, j) => ({
    customerId: id,
    date: AS_OF - (recency + j) * MS_PER_DAY,
    amount,
    invoiceId: `${id}-${j}`,
    isReturn: false,
    source: { sheet: "hand", row: 2 },
  }));
}

/** Five customers: A and B recent and frequent, E old and once. */
const lines = [
  ...buyer("A", 1, 5, 100),
  ...buyer("B", 2, 4, 80),
  ...buyer("C", 20, 3, 50),
  ...buyer("D", 40, 2, 30),
  ...buyer("E", 90, 1, 10),
];

describe("teaching formulas", () => {
  it("counts the cut points strictly below the value, recency reversed", () => {
    expect(scoreFormula("B12", "$C$5:$C$8", 5, true)).toBe("5-SUMPRODUCT(--($C$5:$C$8<B12))");
    expect(scoreFormula("C12", "$D$5:$D$8", 5, false)).toBe("1+SUMPRODUCT(--($D$5:$D$8<C12))");
  });

  it("reads other bin counts on the 5-score grid, as toMapScore", () => {
    expect(mapScoreExpression("E3", 5)).toBe("E3");
    expect(mapScoreExpression("E3", 10)).toBe("ROUND((E3-0.5)*5/10+0.5,0)");
  });

  it("finds the first matching rule with INDEX/MATCH, no array formula", () => {
    const col = (c: string) => `$${c}$5:$${c}$16`;
    const f = segmentFormula(
      { r: "E9", f: "F9", m: "G9" },
      5,
      {
        segment: col("H"),
        rMin: col("I"),
        rMax: col("J"),
        fMin: col("K"),
        fMax: col("L"),
        mMin: col("M"),
        mMax: col("N"),
      },
      'no "rule"'
    );
    expect(f).toBe(
      "IFERROR(INDEX($H$5:$H$16,MATCH(1,INDEX(($I$5:$I$16<=E9)*($J$5:$J$16>=E9)*" +
        '($K$5:$K$16<=F9)*($L$5:$L$16>=F9)*($M$5:$M$16<=G9)*($N$5:$N$16>=G9),0),0)),"no ""rule""")'
    );
    expect(textLiteral("Can't")).toBe('"Can\'t"');
  });
});

describe("buildTeachingWorkbook", () => {
  const result = analyzeRfm(lines, { asOf: AS_OF });
  const model = buildTeachingWorkbook({ rfm: result }, OPTIONS);

  it("writes a valid model: live RFM, Segments, Exercises, Answers", () => {
    assertValidModel(model);
    expect(model.sheets.map((s) => s.key)).toEqual([
      "teachingRfm",
      "teachingSegments",
      "exercises",
      "answers",
    ]);
    const noAnswers = buildTeachingWorkbook({ rfm: result }, { ...OPTIONS, answers: false });
    expect(noAnswers.sheets.map((s) => s.key)).not.toContain("answers");
  });

  it("writes the questions and answers in lines that stay within the printed columns", () => {
    for (const language of ["en", "fr"] as const) {
      const sheets = buildTeachingWorkbook({ rfm: result }, { ...OPTIONS, language }).sheets;
      for (const key of ["exercises", "answers"]) {
        const sheet = sheets.find((s) => s.key === key)!;
        const notes = sheet.blocks.filter((b) => b.kind === "note");
        const widths = sheetColumnWidths(sheet);
        for (const note of notes) {
          if (note.kind !== "note") continue;
          // the note's columns, as printed (a column no table sizes keeps Excel's 8.43)
          let room = 0;
          for (let c = note.anchor.col; c < note.anchor.col + note.widthCols; c++) {
            room += widths[c] || 8.43;
          }
          // nine tenths of the width: a character of text is narrower than the "0" widths count
          for (const line of note.paragraphs) expect(line.length).toBeLessThanOrEqual(0.9 * room);
        }
        // broken into lines, not shortened: the fourth question is there to its last word
        const text = notes.flatMap((n) => (n.kind === "note" ? n.paragraphs : [])).join(" ");
        if (key === "exercises")
          expect(text).toContain(translator(language)("teaching:exercises.q4"));
      }
    }
  });

  it("makes R, F, M, segment and check formulas over the cut points, engine values cached", () => {
    const { table } = findTable(model, TEACHING_TABLES.customers)!;
    const cuts = findTable(model, TEACHING_TABLES.cutPoints)!.table;
    const row = table.rows[0];
    const cell = (id: string) =>
      row[tableColumnIndex(table, id)] as { formula: string; value: unknown };
    expect(cell("r").value).toBe(result.customers[0].r);
    expect(cell("r").formula).toMatch(/^5-SUMPRODUCT\(--\(\$C\$\d+:\$C\$\d+<B\d+\)\)$/);
    // The recency cut points are the column the formula reads: C, from the row under the header.
    const first = cuts.anchor.row + 2;
    expect(cell("r").formula).toContain(`$C$${first}:$C$${first + 3}`);
    expect(cell("segment").formula).toMatch(/^IFERROR\(INDEX\(/);
    expect(cell("check").formula).toMatch(/^AND\(/);
    expect(cell("check").value).toBe(true);
  });

  it("refuses what formulas over cut points cannot show", () => {
    expect(teachingProblem(result)).toBeNull();
    expect(teachingProblem(analyzeRfm(lines, { asOf: AS_OF, map: "bands" }))).toBe(
      "teaching:problems.bands"
    );
    expect(teachingProblem(analyzeRfm(lines, { asOf: AS_OF, rule: "equalGroups" }))).toBe(
      "teaching:problems.rule"
    );
    expect(teachingProblem(null)).toBe("teaching:problems.noCustomers");
  });
});

describe("what-ifs behind the answers", () => {
  // Recency 1, 2, 20, 40, 90: cut points (type 7, n = 5) 1.8, 12.8, 28, 50 (F: 5, 4, 3, 2, 1).
  const result = analyzeRfm(lines, { asOf: AS_OF });

  it("moving the top recency line from 1.8 to 31.8 days lifts B to R 5 and C to R 4", () => {
    expect(result.cutPoints.recency.map((x) => +x.toFixed(9))).toEqual([1.8, 12.8, 28, 50]);
    const moved = { ...result.cutPoints, recency: [31.8, ...result.cutPoints.recency.slice(1)] };
    const moves = segmentMovesWithCuts(result, moved);
    // Scores count the lines below the value, even past an edited line: B (2 days) had one line
    // below (R 4), now none: R 5 with F 4, Loyal -> Champions. C (20 days) had 1.8 and 12.8
    // below (R 3), now only 12.8: R 4 with F 3, Need attention -> Potential loyalists.
    expect(moves).toEqual([
      { id: "B", from: "loyal", to: "champions" },
      { id: "C", from: "needAttention", to: "potentialLoyalists" },
    ]);
  });

  // A at 31 days is above 1.8, 12.8 and 28: R 2 with F 5, Can't lose them (R 1-2, F 5).
  it("30 days without a purchase: A (1 -> 31 days) leaves Champions for Can't lose them", () => {
    const moves = segmentMovesAfterDays(result, 30);
    expect(moves.find((m) => m.id === "A")).toEqual({
      id: "A",
      from: "champions",
      to: "cantLose",
    });
    const facts = exerciseFacts(result);
    expect(facts.leaving?.id).toBe("A");
    expect(facts.recencyLine).toEqual({ from: 1.8, to: 31.8 });
    expect(flows([...moves, ...moves]).every((f) => f.count % 2 === 0)).toBe(true);
  });
});

describe("crm-analytics analyze --teaching", () => {
  it("parses --teaching and --no-answers", () => {
    const parsed = parseCliOptions([
      "analyze",
      "a.xlsx",
      "--teaching",
      "--no-answers",
      "--out",
      "t.xlsx",
    ]);
    expect("options" in parsed && parsed.options.teaching && parsed.options.noAnswers).toBe(true);
  });

  it("refuses --teaching without --out, in one line, exit 2", async () => {
    const err: string[] = [];
    const io: CliIo = {
      exists: (p) => fs.existsSync(p),
      readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: async () => undefined,
      stdout: () => undefined,
      stderr: (line) => err.push(line),
    };
    expect(await run(["analyze", "any.csv", "--teaching"], io)).toBe(2);
    expect(err).toEqual([
      "Error: --teaching writes the teaching workbook to the file named by --out: add --out teaching.xlsx.",
    ]);
  });
});
