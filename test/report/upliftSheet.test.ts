/**
 * The Uplift sheet from a real uplift analysis of hand-made contacts whose outcomes are on the
 * contacts sheet (converted, revenue), so every figure can be worked out by hand.
 */
import fc from "fast-check";
import type { Contact, ContactGroup } from "../../src/analytics/domain";
import { analyzeUplift } from "../../src/analytics/uplift/analyzeUplift";
import type { UpliftAnalysis, UpliftComparison } from "../../src/analytics/uplift/types";
import type { ReportInput } from "../../src/report/buildReport";
import type { ChartBlock, NoteBlock, ReportSheet, TableBlock } from "../../src/report/model";
import { columnLetters } from "../../src/report/ranges";
import { createReportContext } from "../../src/report/reportContext";
import { resolveRowFormula } from "../../src/report/sheets/ltv/sheetHelpers";
import {
  comparisonCells,
  comparisonColumns,
  verdictCode,
} from "../../src/report/sheets/uplift/comparisonColumns";
import { buildUpliftSheet, UPLIFT_TABLES } from "../../src/report/sheets/upliftSheet";
import { upliftNames } from "../../src/report/sheets/uplift/upliftTables";
import {
  BREAKDOWN_SUMMARY_COLUMNS,
  BREAKDOWN_SUMMARY_TABLE,
} from "../../src/report/sheets/uplift/upliftSummary";

const ctxEn = createReportContext({ language: "en", generatedAt: 0, version: "1" });
const ctxFr = createReportContext({ language: "fr", generatedAt: 0, version: "1" });
const MAY_1 = Date.UTC(2025, 4, 1);

/** `n` contacts of one group, the first `conversions` converted with 10 of revenue each. */
function group(
  campaign: string,
  g: ContactGroup,
  prefix: string,
  n: number,
  conversions: number,
  channel?: string
): Contact[] {
  return Array.from({ length: n }, (_, i) => ({
    customerId: `${prefix}${i}`,
    campaign,
    group: g,
    contactDate: MAY_1,
    channel,
    converted: i < conversions,
    revenue: i < conversions ? 10 : 0,
    source: { sheet: "Contacts", row: i + 2 },
  }));
}

/**
 * Spring: Email 20/100 and SMS 15/100 converted against a control of 10/100, 10 a conversion;
 * 0.50 an e-mail, 0.20 a text. Solo: treated customers only (no control: left out).
 * Region: the first 50 customers of each group are North, the others South.
 */
const contacts = [
  ...group("Spring", "treated", "e", 100, 20, "Email"),
  ...group("Spring", "treated", "s", 100, 15, "SMS"),
  ...group("Spring", "control", "c", 100, 10),
  ...group("Solo", "treated", "x", 10, 2, "Email"),
];
const analysis = analyzeUplift(contacts, null, {
  costPerContact: { Email: 0.5, SMS: 0.2 },
  attributes: ["Region"],
  attributeOf: (id) => (Number(id.slice(1)) < 50 ? "North" : "South"),
});

function table(sheet: ReportSheet, name: string): TableBlock {
  const found = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}
const notes = (sheet: ReportSheet) => sheet.blocks.filter((b): b is NoteBlock => b.kind === "note");
const cell = (t: TableBlock, row: number, id: string) =>
  t.rows[row][t.columns.findIndex((c) => c.id === id)];
const valueOf = (c: unknown) =>
  c !== null && typeof c === "object" ? (c as { value: unknown }).value : c;
/** A1 of a column in a table's i-th body row. */
const at = (t: TableBlock, row: number, id: string) =>
  `${columnLetters(t.anchor.col + t.columns.findIndex((c) => c.id === id))}${t.anchor.row + 2 + row}`;

describe("buildUpliftSheet on a hand-worked campaign", () => {
  const { sheets, method } = buildUpliftSheet({ uplift: analysis }, ctxEn)!;
  const sheet = sheets[0];
  const campaigns = table(sheet, UPLIFT_TABLES.campaigns);

  it("has one row an arm, all arms pooled last, keeping the Dashboard's column ids", () => {
    expect(sheet.name).toBe("Uplift");
    expect(campaigns.rows.map((r) => r.slice(0, 3))).toEqual([
      ["Spring · Email", "Spring", "Email"],
      ["Spring · SMS", "Spring", "SMS"],
      ["Spring · All arms pooled", "Spring", "All arms pooled"],
    ]);
    const ids = campaigns.columns.map((c) => c.id);
    for (const id of [
      "campaign",
      "arm",
      "nTreated",
      "nControl",
      "rateTreated",
      "rateControl",
      "uplift",
      "ciLow",
      "ciHigh",
      "pValue",
      "incrementalConversions",
      "incrementalRevenue",
      "verdict",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("writes rates and the uplift in points as formulas over the row, with their values", () => {
    // Email: 20/100 = 0.2 vs 10/100 = 0.1: uplift 10 points
    expect(cell(campaigns, 0, "rateTreated")).toEqual({
      formula: `${at(campaigns, 0, "convTreated")}/${at(campaigns, 0, "nTreated")}`,
      value: 0.2,
    });
    const uplift = cell(campaigns, 0, "uplift") as { formula: string; value: number };
    expect(uplift.formula).toBe(
      `(${at(campaigns, 0, "rateTreated")}-${at(campaigns, 0, "rateControl")})*100`
    );
    expect(uplift.value).toBeCloseTo(10, 12);
    // the table starts in column B (its value columns under the breakdowns'): the formula reads
    // G (treated rate) and J (control rate)
    expect(uplift.formula).toMatch(/^\(G\d+-J\d+\)\*100$/);
    // Relative uplift 0.2 / 0.1 - 1 = +100 %
    expect(valueOf(cell(campaigns, 0, "upliftRel"))).toBeCloseTo(1, 12);
  });

  it("gives Newcombe's interval in points and Wald's beside it", () => {
    // Newcombe (1998) method 10 from the two Wilson intervals, z = 1.959964, worked in Python:
    // 20/100 vs 10/100 -> [0.0149025, 19.9473870] points; Wald [0.2001801, 19.7998199]
    expect(cell(campaigns, 0, "ciLow")).toBeCloseTo(0.0149025118557633, 6);
    expect(cell(campaigns, 0, "ciHigh")).toBeCloseTo(19.947387007807, 6);
    expect(cell(campaigns, 0, "waldLow")).toBeCloseTo(0.20018007729973, 6);
    expect(cell(campaigns, 0, "waldHigh")).toBeCloseTo(19.79981992270027, 6);
    // pooled 35/200 vs 10/100: [-1.2651205, 14.8780658] points
    expect(cell(campaigns, 2, "ciLow")).toBeCloseTo(-1.26512045330299, 6);
    expect(cell(campaigns, 2, "ciHigh")).toBeCloseTo(14.878065761151166, 6);
  });

  it("gives the verdict as an arrow code and in words, with the sample that would settle it", () => {
    // Email's interval is above 0: positive; pooled spans 0: not proven
    expect(cell(campaigns, 0, "verdict")).toBe(1);
    expect(cell(campaigns, 0, "verdictText")).toBe("Positive: the campaign added conversions");
    expect(cell(campaigns, 2, "verdict")).toBe(0);
    const pooled = analysis.campaigns[0].results[2];
    expect(cell(campaigns, 2, "verdictText")).toBe(
      `Not proven: about ${pooled.settlingSample!.nTreated.toLocaleString("en")} treated and ${pooled.settlingSample!.nControl.toLocaleString("en")} control customers would settle it`
    );
    expect([cell(campaigns, 2, "settleTreated"), cell(campaigns, 2, "settleControl")]).toEqual([
      pooled.settlingSample!.nTreated,
      pooled.settlingSample!.nControl,
    ]);
    expect(cell(campaigns, 0, "settleTreated")).toBeNull();
    expect(campaigns.conditionalFormats).toContainEqual({
      kind: "iconSet",
      columns: ["verdict"],
      iconSet: "3Arrows",
      thresholds: [0, 1],
      showValue: false,
    });
  });

  it("words the revenue verdict in revenue, not conversions (en and fr)", () => {
    // Email: ARPU 2 vs 1, Welch's interval on revenue above 0 -> positive on revenue too.
    const email = analysis.campaigns[0].results[0];
    expect(email.revenueVerdict).toBe("positive");
    expect(cell(campaigns, 0, "revenueVerdict")).toBe("Positive: the campaign added revenue");
    const fr = table(
      buildUpliftSheet({ uplift: analysis }, ctxFr)!.sheets[0],
      UPLIFT_TABLES.campaigns
    );
    expect(cell(fr, 0, "revenueVerdict")).toBe(
      "Positif : la campagne a ajouté du chiffre d'affaires"
    );
    expect(cell(fr, 0, "verdictText")).toBe("Positif : la campagne a ajouté des conversions");
    for (const t of [campaigns, fr]) {
      for (let r = 0; r < t.rows.length; r++)
        expect(String(cell(t, r, "revenueVerdict"))).not.toMatch(/conversion/i);
    }
  });

  it("words a negative and a not-proven revenue verdict in revenue", () => {
    const negative = { ...analysis.campaigns[0].results[0], revenueVerdict: "negative" as const };
    const unsure = { ...negative, revenueVerdict: "not-proven" as const };
    const layout = { adjusted: false, target: false, level: "95%" };
    const ids = comparisonColumns(ctxEn, layout).map((c) => c.id);
    const rv = (cmp: UpliftComparison, ctx = ctxEn) =>
      comparisonCells(cmp, ctx, layout)[ids.indexOf("revenueVerdict")];
    expect(rv(negative)).toBe("Negative: the campaign lost revenue (cannibalisation)");
    expect(rv(unsure)).toBe("Not proven: the revenue interval spans zero");
    expect(rv(negative, ctxFr)).toBe(
      "Négatif : la campagne a fait perdre du chiffre d'affaires (cannibalisation)"
    );
    expect(rv({ ...negative, revenueVerdict: null })).toBeNull();
  });

  it("says 'too small to matter' with the MDE instead of an absurd head count (en and fr)", () => {
    // The pooled row with its settling sample declared beyond reach; its MDE in points.
    const pooled = analysis.campaigns[0].results[2];
    const far = { ...pooled, settlingSample: null, beyondReach: true };
    const mde = (pooled.minimumDetectableEffect! * 100).toFixed(2);
    const layout = { adjusted: false, target: false, level: "95%" };
    const ids = comparisonColumns(ctxEn, layout).map((c) => c.id);
    const at = (ctx: typeof ctxEn, id: string) =>
      comparisonCells(far, ctx, layout)[ids.indexOf(id)];
    expect(at(ctxEn, "verdictText")).toBe(
      `Not proven, and too small to matter at any realistic sample: this test could detect an uplift of ${mde} points or more (80 % power, 5% two-sided)`
    );
    expect(at(ctxFr, "verdictText")).toBe(
      `Non démontré, et trop faible pour compter à toute taille d'échantillon réaliste : ce test détecte ${mde.replace(".", ",")} points ou plus (puissance 80 %, 5\u00a0% bilatéral)`
    );
    expect([at(ctxEn, "settleTreated"), at(ctxEn, "settleControl")]).toEqual([null, null]);
    expect(
      comparisonCells({ ...far, minimumDetectableEffect: null }, ctxEn, layout)[
        ids.indexOf("verdictText")
      ]
    ).toBe("Not proven, and too small to matter at any realistic sample");
  });

  it("states the too-small rule on the Method sheet", () => {
    const { method: m } = buildUpliftSheet({ uplift: analysis }, ctxEn)!;
    const rule = m.definitions.find((d) => d.term === "Too small to matter")!;
    expect(rule.text).toContain("ten times the campaign's own test");
  });

  it("names the test behind each p-value", () => {
    expect(cell(campaigns, 0, "test")).toBe("Pooled two-proportion z-test");
    const header = campaigns.columns.find((c) => c.id === "revenuePValue")!.header;
    expect(header).toBe("p-value revenue (Welch)");
  });

  it("works out incremental conversions, revenue and the economics as formulas", () => {
    // Email: 0.1 x 100 = 10 conversions; ARPU 2 vs 1 -> 1 x 100 = 100 of revenue; cost 100 x 0.50
    // = 50: net 50, iROAS 2, ROI +100 %, cost per incremental conversion 5; the "conversions x
    // treated basket" figure 10 x 10 = 100.
    const v = (id: string) => valueOf(cell(campaigns, 0, id)) as number;
    expect(v("incrementalConversions")).toBeCloseTo(10, 10);
    expect(v("incrementalRevenue")).toBeCloseTo(100, 10);
    expect(v("cost")).toBeCloseTo(50, 10);
    expect(v("netIncrementalRevenue")).toBeCloseTo(50, 10);
    expect(v("iroas")).toBeCloseTo(2, 10);
    expect(v("roi")).toBeCloseTo(1, 10);
    expect(v("costPerIncrementalConversion")).toBeCloseTo(5, 10);
    expect(v("basketFigure")).toBeCloseTo(100, 10);
    expect((cell(campaigns, 0, "incrementalRevenue") as { formula: string }).formula).toBe(
      `(${at(campaigns, 0, "arpuTreated")}-${at(campaigns, 0, "arpuControl")})*${at(campaigns, 0, "nTreated")}`
    );
    expect((cell(campaigns, 0, "roi") as { formula: string }).formula).toBe(
      `(${at(campaigns, 0, "incrementalRevenue")}-${at(campaigns, 0, "cost")})/${at(campaigns, 0, "cost")}`
    );
    // Pooled: 0.075 x 200 = 15 conversions, 0.75 x 200 = 150 revenue, cost 50 + 20 = 70:
    // iROAS 150 / 70 = 2.142857, cost per incremental conversion 70 / 15 = 4.6667
    expect(valueOf(cell(campaigns, 2, "iroas"))).toBeCloseTo(150 / 70, 10);
    expect(valueOf(cell(campaigns, 2, "costPerIncrementalConversion"))).toBeCloseTo(70 / 15, 10);
  });

  it("draws treated vs control rates, and the uplift inside its interval (high, low, estimate)", () => {
    const charts = sheet.blocks.filter((b): b is ChartBlock => b.kind === "chart");
    expect(
      charts.map((c) => [c.type, c.table, c.categoryColumn, c.series.map((s) => s.column)])
    ).toEqual([
      ["column", UPLIFT_TABLES.campaigns, "comparison", ["rateTreated", "rateControl"]],
      // an interval chart's series come in the stock chart's order: high, low, estimate
      ["interval", UPLIFT_TABLES.campaigns, "comparison", ["ciHigh", "ciLow", "uplift"]],
    ]);
    expect(charts[1].series.map((s) => s.name)).toEqual([
      "95% high (Newcombe)",
      "95% low (Newcombe)",
      "Uplift (points)",
    ]);
  });

  it("breaks results down by region with Holm-adjusted p-values", () => {
    const breakdowns = table(sheet, UPLIFT_TABLES.breakdowns);
    const email = breakdowns.rows.filter((r) => r[1] === "Email");
    // Email North: e0..e49 hold all 20 conversions (40 %); control North c0..c49 all 10 (20 %)
    expect(email.map((r) => r.slice(0, 4))).toEqual([
      ["Spring", "Email", "Region", "North"],
      ["Spring", "Email", "Region", "South"],
    ]);
    const north = breakdowns.rows.indexOf(email[0]);
    expect(valueOf(cell(breakdowns, north, "rateTreated"))).toBe(0.4);
    expect(valueOf(cell(breakdowns, north, "uplift"))).toBeCloseTo(20, 10);
    const engine = analysis.campaigns[0].breakdowns.find(
      (b) => b.arm === "Email" && b.dimension === "Region"
    )!;
    expect(cell(breakdowns, north, "pAdjusted")).toBe(engine.rows[0].pAdjusted);
    expect(notes(sheet).flatMap((n) => n.paragraphs)).toContain(
      "The p-values of each breakdown's rows are adjusted for multiple comparisons with Holm (family-wise error rate): read the adjusted p-value, not the raw one, when scanning many segments."
    );
  });

  it("prints the breakdowns as an appendix beside them: 13 of their columns, formulas over their row", () => {
    const breakdowns = table(sheet, UPLIFT_TABLES.breakdowns);
    const appendix = table(sheet, BREAKDOWN_SUMMARY_TABLE);
    expect(appendix.columns.map((c) => c.id)).toEqual([...BREAKDOWN_SUMMARY_COLUMNS]);
    // on the breakdowns' rows, one empty column to their right
    expect(appendix.anchor).toEqual({
      row: breakdowns.anchor.row,
      col: breakdowns.anchor.col + breakdowns.columns.length + 1,
    });
    breakdowns.rows.forEach((_, i) => {
      for (const id of ["campaign", "value", "uplift", "verdict", "incrementalRevenue"]) {
        // "=<the breakdowns' cell of the same row and column>", with its value
        expect(cell(appendix, i, id)).toEqual({
          formula: at(breakdowns, i, id),
          value: valueOf(cell(breakdowns, i, id)),
        });
      }
    });
    // its arrows and the uplift's bar, as in the breakdowns
    expect(appendix.conditionalFormats?.map((f) => f.kind)).toEqual(["iconSet", "dataBar"]);
    // printed: the summary page, then the appendix with its heading, nothing repeated across
    const heading = notes(sheet).find((n) =>
      n.heading?.startsWith("Appendix: uplift by breakdown")
    )!;
    const end = `${columnLetters(appendix.anchor.col + appendix.columns.length - 1)}${appendix.anchor.row + appendix.rows.length + 1}`;
    expect(sheet.print.area?.split(",")[1]).toBe(
      `${columnLetters(heading.anchor.col)}${heading.anchor.row + 1}:${end}`
    );
    expect(sheet.print.titleColumns).toBeUndefined();
  });

  it("lists the checks of each campaign and the campaigns left out", () => {
    const checks = table(sheet, UPLIFT_TABLES.checks);
    // No intended split given: the two arms, 100 / 100, against equal shares: chi-square 0, p 1
    expect(checks.rows[0].slice(0, 3)).toEqual([
      "Spring",
      "own control group",
      "Email 100 (50% intended) · SMS 100 (50% intended)",
    ]);
    expect(cell(checks, 0, "srmChi2")).toBe(0);
    expect(cell(checks, 0, "srmResult")).toBe("as intended");
    const skipped = notes(sheet).find((n) => n.heading === "Campaigns left out")!;
    expect(skipped.paragraphs).toEqual([
      "Solo: no control group, so the uplift cannot be measured. Add control customers or a global holdout.",
    ]);
    expect(sheet.blocks[0].kind === "title" && sheet.blocks[0].subtitle[0]).toBe(
      "Campaigns analysed: 1; left out: 1 (see below)."
    );
  });

  it("says how conversions were counted", () => {
    const outcome = notes(sheet).find((n) => n.heading === "How conversions were counted")!;
    expect(outcome.paragraphs).toEqual([
      "Outcome: the converted and revenue columns of the contacts sheet.",
    ]);
  });

  it("gives the Method sheet its parameters and definitions", () => {
    expect(method.parameters.map((p) => [p.label, p.value])).toEqual([
      ["Uplift confidence level", "95%"],
      ["Power for detectable effects", "80%"],
      ["Conversion window (days, day of contact included)", "30"],
      ["Multiple-comparison adjustment", "Holm (family-wise error rate)"],
    ]);
    expect(method.definitions).toHaveLength(13);
  });

  it("is French in a French report", () => {
    const fr = buildUpliftSheet({ uplift: analysis }, ctxFr)!.sheets[0];
    const t = table(fr, UPLIFT_TABLES.campaigns);
    expect(t.rows[2][2]).toBe("Tous les ciblés");
    expect(t.columns.find((c) => c.id === "uplift")!.header).toBe("Uplift (points)");
    expect(t.columns.find((c) => c.id === "rateTreated")!.header).toBe("Taux ciblés");
  });
});

describe("comparisonCells", () => {
  it("keeps every value finite or blank, and each formula's value equal to the engine's (property)", () => {
    const counts = fc
      .tuple(fc.integer({ min: 2, max: 60 }), fc.integer({ min: 2, max: 60 }))
      .chain(([nt, nc]) =>
        fc.tuple(
          fc.constant(nt),
          fc.integer({ min: 0, max: nt }),
          fc.constant(nc),
          fc.integer({ min: 0, max: nc })
        )
      );
    fc.assert(
      fc.property(counts, ([nt, xt, nc, xc]) => {
        const a = analyzeUplift(
          [...group("P", "treated", "t", nt, xt, "Email"), ...group("P", "control", "c", nc, xc)],
          null,
          { costPerContact: { Email: 1 } }
        );
        const cmp: UpliftComparison = a.campaigns[0].results[0];
        const layout = { adjusted: false, target: false, level: "95%" };
        const cells = comparisonCells(cmp, ctxEn, layout);
        const columns = comparisonColumns(ctxEn, layout);
        const finite = cells.every((c) => {
          const v = valueOf(c);
          return v === null || typeof v === "string" || Number.isFinite(v);
        });
        const uplift = valueOf(cells[columns.findIndex((c) => c.id === "uplift")]) as number;
        return (
          finite &&
          cells.length === columns.length &&
          Math.abs(uplift - (xt / nt - xc / nc) * 100) < 1e-9 &&
          cells[columns.findIndex((c) => c.id === "verdict")] === verdictCode(cmp.verdict)
        );
      }),
      { numRuns: 60 }
    );
  });

  it("resolves column ids to the cells of the same row", () => {
    const t = {
      ...table(buildUpliftSheet({ uplift: analysis }, ctxEn)!.sheets[0], UPLIFT_TABLES.campaigns),
    };
    expect(resolveRowFormula(t, 1, "{nTreated}+{nControl:all}")).toBe(
      `${at(t, 1, "nTreated")}+$H$${t.anchor.row + 2}:$H$${t.anchor.row + 4}`
    );
  });
});

describe("upliftNames", () => {
  it("names RFM segments, says a contact without a segment had no purchase before it", () => {
    const rfmNames = upliftNames(ctxEn, (id) => (id === "champions" ? "Champions" : id));
    expect(rfmNames.value("rfm", "champions")).toBe("Champions");
    expect(rfmNames.value("rfm", "")).toBe("No purchase before the contact");
    expect(rfmNames.value("Region", "")).toBe("(none)");
    expect(rfmNames.dimension("channel")).toBe("Channel");
    expect(rfmNames.arm(null)).toBe("All arms pooled");
  });
});

describe("upliftWarnings", () => {
  it("words covariates and dimensions, p-values with four decimals and SMDs with two", () => {
    const withWarnings: UpliftAnalysis = {
      ...analysis,
      campaigns: [
        {
          ...analysis.campaigns[0],
          warnings: [
            {
              code: "uplift:warnings.sampleRatioMismatch",
              params: { campaign: "Spring", pValue: 0 },
            },
            {
              code: "uplift:warnings.imbalance",
              params: { campaign: "Spring", covariate: "monetary", smd: 0.40246 },
            },
            { code: "uplift:warnings.simpson", params: { campaign: "Spring", dimension: "rfm" } },
          ],
        },
      ],
    };
    const sheet = buildUpliftSheet({ uplift: withWarnings }, ctxEn)!.sheets[0];
    const checks = notes(sheet).find((n) => n.heading === "Checks to read before the results")!;
    expect(checks.paragraphs).toEqual([
      "Spring: group sizes do not match the intended split (p = 0.0000). Check the assignment before trusting the results.",
      "Spring: treated and control were not alike before the campaign on Spend before the campaign (standardised difference 0.4, beyond ±0.1: see the Method sheet).",
      "Spring: the uplift by RFM segment (as of contact date) and the pooled uplift point in opposite directions (Simpson's paradox).",
    ]);
    const fr = buildUpliftSheet({ uplift: withWarnings }, ctxFr)!.sheets[0];
    const frChecks = notes(fr).find((n) => n.heading === "Contrôles à lire avant les résultats")!;
    expect(frChecks.paragraphs[0]).toContain("p = 0,0000");
  });
});

describe("buildUpliftSheet edge cases", () => {
  it("is absent when the uplift analysis did not run", () => {
    expect(buildUpliftSheet({ uplift: null } as ReportInput, ctxEn)).toBeUndefined();
    expect(buildUpliftSheet({}, ctxEn)).toBeUndefined();
  });

  it("says why when no campaign could be analysed, and draws nothing", () => {
    const none: UpliftAnalysis = analyzeUplift(group("Solo", "treated", "x", 10, 2), null);
    const sheet = buildUpliftSheet({ uplift: none }, ctxEn)!.sheets[0];
    expect(sheet.blocks.some((b) => b.kind === "table" || b.kind === "chart")).toBe(false);
    expect(notes(sheet).flatMap((n) => n.paragraphs)).toContain(
      "Solo: no control group, so the uplift cannot be measured. Add control customers or a global holdout."
    );
  });

  it("names the confidence level in force in the interval headers and the chart", () => {
    // French writes a no-break space (U+00A0) before "%" (Intl.NumberFormat)
    const a = analyzeUplift(contacts, null, { level: 0.9 });
    const sheet = buildUpliftSheet({ uplift: a }, ctxFr)!.sheets[0];
    const t = table(sheet, UPLIFT_TABLES.campaigns);
    expect(t.columns.find((c) => c.id === "ciLow")!.header).toBe(
      "Borne basse 90\u00a0% (Newcombe)"
    );
    const chart = sheet.blocks.find(
      (b): b is ChartBlock => b.kind === "chart" && b.type === "interval"
    )!;
    expect(chart.title).toBe("Uplift en points et son intervalle à 90\u00a0% (Newcombe)");
  });

  it("shows the customers per group for a target uplift only when one was given", () => {
    expect(
      table(
        buildUpliftSheet({ uplift: analysis }, ctxEn)!.sheets[0],
        UPLIFT_TABLES.campaigns
      ).columns.some((c) => c.id === "targetTreated")
    ).toBe(false);
    // target +5 points on Email's 10 % control rate, at the 100 / 100 split
    const a = analyzeUplift(contacts, null, { targetUplift: 0.05 });
    const t = table(buildUpliftSheet({ uplift: a }, ctxEn)!.sheets[0], UPLIFT_TABLES.campaigns);
    const target = a.campaigns[0].results[0].sampleForTarget!;
    expect([cell(t, 0, "targetTreated"), cell(t, 0, "targetControl")]).toEqual([
      target.nTreated,
      target.nControl,
    ]);
    expect(t.columns.find((c) => c.id === "targetTreated")!.header).toBe(
      "Treated customers for the target uplift"
    );
  });

  it("leaves the relative uplift blank, not a division by zero, when the control never converts", () => {
    const a = analyzeUplift(
      [...group("Z", "treated", "t", 40, 4, "Email"), ...group("Z", "control", "c", 40, 0)],
      null
    );
    const t = table(buildUpliftSheet({ uplift: a }, ctxEn)!.sheets[0], UPLIFT_TABLES.campaigns);
    expect(cell(t, 0, "upliftRel")).toBeNull();
    expect(cell(t, 0, "rateControl")).toEqual({ formula: expect.any(String), value: 0 });
    // Small control group (0 conversions < 5): said next to the row and in the checks
    expect(cell(t, 0, "checks")).toBe(
      "Small control group (40 customers, 0 conversions): read with care."
    );
    // no cost known: no economics, no formula
    expect(cell(t, 0, "iroas")).toBeNull();
  });

  it("keeps a campaign whose everyone converted readable (uplift 0, not proven)", () => {
    const a = analyzeUplift(
      [...group("All", "treated", "t", 30, 30, "Email"), ...group("All", "control", "c", 30, 30)],
      null
    );
    const t = table(buildUpliftSheet({ uplift: a }, ctxEn)!.sheets[0], UPLIFT_TABLES.campaigns);
    expect(valueOf(cell(t, 0, "uplift"))).toBe(0);
    expect(cell(t, 0, "verdict")).toBe(0);
  });
});
