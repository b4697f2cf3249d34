/**
 * The pure helpers of the Results view: Intl formatters, the KPI cards' figures on a hand-worked
 * case, the planner's parsing and validation.
 */
import fc from "fast-check";
import type { Transaction } from "../../src/analytics/domain";
import type { CleanData } from "../../src/analytics/pipeline";
import { runAnalyses } from "../../src/analytics/runAnalyses";
import { planTest } from "../../src/analytics/uplift/testPlanner";
import { bandsMap } from "../../src/analytics/rfm";
import { translator } from "../../src/i18n";
import { createFormatters } from "../../src/format/formatters";
import { segmentName } from "../../src/taskpane/components/ResultsStep/segmentName";
import { resultsKpis } from "../../src/taskpane/components/ResultsStep/resultsKpis";
import { parseTypedNumber } from "../../src/taskpane/components/ResultsStep/TestPlanner/parseNumber";
import {
  invalidFields,
  planOf,
} from "../../src/taskpane/components/ResultsStep/TestPlanner/plannerFields";

/** Intl writes French thousands with a narrow no-break space (U+202F) and "€" after a no-break space. */
const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("createFormatters", () => {
  it("writes French numbers the French way: 1 234,5 €", () => {
    const fr = createFormatters("fr", "EUR");
    expect(fr.currency(1234.5)).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(fr.currency(234.5)).toBe(`234,50${NBSP}€`);
    expect(fr.decimal(1234.5, 1)).toBe(`1${NNBSP}234,5`);
    expect(fr.percent(0.125)).toBe(`12,5${NBSP}%`);
    expect(fr.points(0.0284)).toBe(`+2,84${NBSP}pts`);
  });

  it("writes English numbers the US way", () => {
    const en = createFormatters("en", "USD");
    expect(en.currency(421747.13)).toBe("$421,747.13");
    expect(en.currency(36.273978)).toBe("$36.27");
    expect(en.currency(1305.476)).toBe("$1,305.48");
    expect(en.integer(10638)).toBe("10,638");
    expect(en.percent(0.2207)).toBe("22.1%");
    // Points: a rate difference x 100, signed, with its unit; zero has no sign.
    expect(en.points(-0.2039)).toBe("-20.39 pts");
    expect(en.points(0)).toBe("0.00 pts");
  });

  it("gives one format per kind: every amount two decimals, every rate one, every uplift in pts", () => {
    const shapes = {
      en: { money: /\.\d{2}$/, rate: /\.\d%$/, points: /\.\d{2} pts$/ },
      fr: { money: /,\d{2}\u00a0€$/, rate: /,\d\u00a0%$/, points: /,\d{2}\u00a0pts$/ },
    };
    for (const language of ["en", "fr"] as const) {
      const f = createFormatters(language, "EUR");
      const shape = shapes[language];
      fc.assert(
        fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (v) => {
          expect(f.currency(v)).toMatch(shape.money);
          expect(f.percent(v / 1e9)).toMatch(shape.rate);
          expect(f.points(v / 1e9)).toMatch(shape.points);
        })
      );
    }
  });
});

describe("resultsKpis", () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const line = (customerId: string, date: string, amount: number, row: number): Transaction => ({
    customerId,
    date: day(date),
    amount,
    isReturn: false,
    source: { sheet: "Transactions", row },
  });
  const clean = (transactions: Transaction[]): CleanData => ({
    transactions,
    customers: [],
    contacts: [],
    problems: [],
    sheets: [],
    asOf: day("2025-01-01"),
    dataQuality: { rowsRead: 0, rowsUsed: 0, excluded: [], sheets: [], warnings: [] },
  });

  it("gives the period KPIs of a hand-worked shop of three customers, each with its period", () => {
    // A: 100 on 2024-01-01 and 50 on 2024-06-01; B: 30 on 2023-01-01; C: 20 on 2024-12-31.
    // As of 2025-01-01 the active window is the 12 months 2024-01-01 to 2024-12-31: A and C
    // bought in it (2 active); revenue 100 + 50 + 20 = 170 over 3 orders (no invoice id: one a
    // day) -> AOV 170 / 3. All history: 3 customers, only A repeats -> 1 / 3. The all-time AOV
    // of the LTV analysis would be 200 / 4 = 50. One repeat customer: no model, no CLV.
    const results = runAnalyses(
      clean([
        line("A", "2024-01-01", 100, 2),
        line("A", "2024-06-01", 50, 3),
        line("B", "2023-01-01", 30, 4),
        line("C", "2024-12-31", 20, 5),
      ])
    );
    const window = { kind: "window", from: "2024-01-01", to: "2024-12-31" };
    const allHistory = { kind: "allHistory", from: null, to: "2024-12-31" };
    expect(resultsKpis(results)).toEqual({
      customers: 3,
      activeCustomers: 2,
      revenue: 170,
      averageOrderValue: 170 / 3,
      repeatRate: 1 / 3,
      periods: {
        customers: allHistory,
        activeCustomers: window,
        revenue: window,
        aov: window,
        repeatRate: allHistory,
      },
      activeMonths: 12,
      averageClv: null,
      bestCampaign: null,
    });
    expect(results.ltv!.historical.overall.averageOrderValue).toBe(50);
  });

  describe("edge cases", () => {
    it("gives no figure at all when nothing could be analysed", () => {
      const empty = { asOf: null, rfm: null, migration: null, ltv: null, uplift: null };
      expect(resultsKpis({ ...empty, campaigns: null, notes: [] })).toEqual({
        customers: null,
        activeCustomers: null,
        revenue: null,
        averageOrderValue: null,
        repeatRate: null,
        periods: null,
        activeMonths: null,
        averageClv: null,
        bestCampaign: null,
      });
    });

    it("counts a purchase on the window's first day as active, the day before as not", () => {
      // As of 2025-01-01 the 12-month window starts on 2024-01-01 (the Dashboard's definition).
      const results = runAnalyses(
        clean([line("A", "2024-01-01", 10, 2), line("B", "2023-12-31", 10, 3)])
      );
      expect(results.kpis!.current.windowStart).toBe("2024-01-01");
      expect(resultsKpis(results).activeCustomers).toBe(1);
      expect(resultsKpis(results).revenue).toBe(10);
    });
  });
});

describe("segmentName", () => {
  it("writes a value band's limits the language's way", () => {
    // bandsMap([1000, 2500]): bands "up to 1,000", "1,000 to 2,500", "over 2,500", highest first.
    const [top, middle] = bandsMap([1000, 2500]).segments;
    expect(segmentName(translator("fr"), createFormatters("fr"), middle)).toBe(
      `De 1${NNBSP}000 à 2${NNBSP}500 par an`
    );
    expect(segmentName(translator("en"), createFormatters("en"), top)).toBe("Over 2,500 a year");
  });
});

describe("parseTypedNumber", () => {
  it.each([
    ["2.5", 2.5],
    ["2,5", 2.5],
    [" 80 ", 80],
    ["1 000,5", 1000.5],
    [`1${NNBSP}000`, 1000],
    ["-0.5", -0.5],
    [".5", 0.5],
  ])("reads %j as %d", (text, value) => expect(parseTypedNumber(text)).toBe(value));

  it.each(["", "abc", "2,5,1", "1e3", "--1", "5%"])("rejects %j", (text) =>
    expect(parseTypedNumber(text)).toBeNaN()
  );

  it("reads back any number written by the French or English formatter", () => {
    const fr = createFormatters("fr", "EUR");
    const en = createFormatters("en", "USD");
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        // Thousands separators of English ("1,000") are not read: the planner's fields never need them.
        const rounded = Math.round(x * 100) / 100;
        expect(parseTypedNumber(fr.decimal(rounded, 2))).toBeCloseTo(rounded, 9);
        if (Math.abs(rounded) < 1000)
          expect(parseTypedNumber(en.decimal(rounded, 2))).toBe(rounded);
      })
    );
  });
});

describe("planner fields", () => {
  const inputs = { baseline: "2", effect: "0,5", power: "80", treatedShare: "50" };

  it("turns percentages into the plan planTest takes", () => {
    expect(planOf(inputs)).toEqual({
      baselineRate: 0.02,
      effect: 0.005,
      power: 0.8,
      split: { treated: 50, control: 50 },
    });
    // planTest's own example: 13,809 a group for 2 % -> 2.5 % at 80 % power.
    expect(planTest(planOf(inputs))).toMatchObject({ nTreated: 13_809, nControl: 13_809 });
  });

  it("names the fields that are not numbers in range", () => {
    expect(invalidFields(inputs)).toEqual([]);
    expect(invalidFields({ ...inputs, baseline: "", power: "100", treatedShare: "0" })).toEqual([
      "baseline",
      "power",
      "treatedShare",
    ]);
    expect(invalidFields({ ...inputs, effect: "-3" })).toEqual([]);
  });
});
