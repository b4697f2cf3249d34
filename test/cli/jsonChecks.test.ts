/**
 * Issue 14, item 14: the JSON carries what the report says. `upliftChecks` beside the stable
 * `uplift` array (the checks of the Uplift sheet), `kpis` with each figure's period and the
 * currency, and the top-level `currency`. On the English sample fixture (euro data, 500
 * customers, campaigns with control groups).
 */
import fs from "node:fs";
import { SIMPSON_MIN_UPLIFT } from "../../src/analytics/uplift/simpsonRule";
import path from "node:path";
import { kpiPeriod } from "../../src/analytics/kpis";
import { run, type CliIo } from "../../src/cli/run";
import type { SummaryJson } from "../../src/cli/summaryJson";

const FIXTURE = path.resolve(__dirname, "../fixtures/sample-en/crm-sample-en.xlsx");

describe("kpiPeriod", () => {
  it("gives the active window for revenue and all history for customers, to the day before the as-of date", () => {
    const snapshot = { asOf: "2025-01-01", windowStart: "2024-01-01" };
    expect(kpiPeriod("revenue", snapshot)).toEqual({
      kind: "window",
      from: "2024-01-01",
      to: "2024-12-31",
    });
    expect(kpiPeriod("aov", snapshot)).toEqual(kpiPeriod("revenue", snapshot));
    expect(kpiPeriod("customers", snapshot)).toEqual({
      kind: "allHistory",
      from: null,
      to: "2024-12-31",
    });
  });
});

describe("the JSON's uplift checks, KPI periods and currency on the sample", () => {
  let json: SummaryJson;
  beforeAll(async () => {
    const written = new Map<string, string>();
    const io: CliIo = {
      exists: (p) => fs.existsSync(p),
      readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: async (p, text) => void written.set(p, text),
      stdout: () => undefined,
      stderr: (line) => {
        throw new Error(line);
      },
    };
    expect(await run(["analyze", FIXTURE, "--json", "s.json"], io)).toBe(0);
    json = JSON.parse(written.get("s.json")!) as SummaryJson;
  }, 300_000);

  it("states the currency read from the amount cells, at the top and in kpis", () => {
    expect(json.currency).toEqual({ code: "EUR", source: "cellFormat" });
    expect(json.kpis!.currency).toBe("EUR");
  });

  it("gives each KPI its period: revenue over the window, customers over all history", () => {
    const { current, previous, periods } = json.kpis!;
    expect(periods.current.revenue).toEqual(kpiPeriod("revenue", current));
    expect(periods.current.revenue.from).toBe(current.windowStart);
    expect(periods.current.customers.from).toBeNull();
    expect(periods.previous.aov.from).toBe(previous.windowStart);
  });

  it("keeps the uplift array as it was and adds one checks entry per campaign", () => {
    const campaigns = [...new Set(json.uplift!.map((r) => r.campaign))];
    expect(json.upliftChecks!.map((c) => c.campaign).sort()).toEqual(campaigns.sort());
    expect(Object.keys(json.uplift![0]).sort()).toEqual(
      [
        "breakdown",
        "campaign",
        "channel",
        "ciHigh",
        "ciLow",
        "control",
        "incrementalConversions",
        "incrementalRevenue",
        "pValue",
        "segment",
        "treated",
        "upliftAbs",
        "upliftRel",
        "verdict",
      ].sort()
    );
  });

  it("has a sample-ratio check whose intended shares sum to 1 and whose flag is p < 0.01", () => {
    const checked = json.upliftChecks!.filter((c) => c.sampleRatio !== null);
    expect(checked.length).toBeGreaterThan(0);
    for (const { sampleRatio } of checked) {
      const shares = sampleRatio!.groups.reduce((n, g) => n + g.expectedShare, 0);
      expect(shares).toBeCloseTo(1, 12);
      expect(sampleRatio!.df).toBe(sampleRatio!.groups.length - 1);
      expect(sampleRatio!.mismatch).toBe(sampleRatio!.pValue < 0.01);
    }
  });

  it("gives each breakdown its pooled and post-stratified uplift, Simpson's flag and adjusted p-values", () => {
    const breakdowns = json.upliftChecks!.flatMap((c) =>
      c.breakdowns.map((b) => ({ campaign: c.campaign, ...b }))
    );
    expect(breakdowns.length).toBeGreaterThan(0);
    for (const b of breakdowns) {
      const cells = json.uplift!.filter(
        (r) =>
          r.campaign === b.campaign &&
          r.breakdown === b.dimension &&
          (b.dimension === "channel" || r.channel === b.arm)
      );
      if (b.dimension !== "channel") expect(b.cells).toHaveLength(cells.length);
      // Simpson's rule (simpsonRule.ts): opposite signs, both at least 0.1 point from zero, and
      // an interval that excludes zero.
      if (b.pooled !== null && b.stratified !== null) {
        const opposite = b.pooled * b.stratified < 0;
        const bothMatter =
          Math.min(Math.abs(b.pooled), Math.abs(b.stratified)) >= SIMPSON_MIN_UPLIFT;
        if (b.simpson) expect(opposite && bothMatter).toBe(true);
        else if (opposite && bothMatter) {
          // Not flagged, so neither interval excludes zero: the stratified one shows it.
          expect(b.stratifiedCiLow! <= 0 && b.stratifiedCiHigh! >= 0).toBe(true);
        }
      }
      if (b.stratified !== null) {
        expect(b.stratifiedCiLow!).toBeLessThanOrEqual(b.stratified);
        expect(b.stratifiedCiHigh!).toBeGreaterThanOrEqual(b.stratified);
      }
      for (const cell of b.cells) {
        if (cell.pAdjusted !== null)
          expect(cell.pAdjusted).toBeGreaterThanOrEqual(cell.pValue - 1e-12);
      }
    }
    expect(breakdowns.some((b) => b.cochranQ !== null)).toBe(true);
    expect(json.upliftChecks![0].covariateBalance.map((r) => r.covariate)).toEqual([
      "recency",
      "frequency",
      "monetary",
    ]);
  });
});
