/** @jest-environment jsdom */
/**
 * The Results view on a real AnalysisResults: the English sample fixture (500 customers, three
 * campaigns) read, cleaned and analysed once by the engine, then rendered as the pane shows it.
 * Every expected figure is the engine's own, written the pane's way; the few literal values are
 * the sample's, worked out in the comments.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import type { i18n } from "i18next";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import { explainCustomer } from "../../src/analytics/rfm";
import { planTest } from "../../src/analytics/uplift/testPlanner";
import { createI18n, type Language } from "../../src/i18n";
import ResultsStep from "../../src/taskpane/components/ResultsStep/ResultsStep";
import { campaignTotal } from "../../src/taskpane/components/ResultsStep/campaignTotal";
import { createFormatters } from "../../src/format/formatters";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { englishVariant } from "../../scripts/sample/englishVariant";
import { DEFAULT_SAMPLE, generateSample } from "../../scripts/sample/generateSample";
import { buildSampleWorkbook } from "../../scripts/sample/writeSampleWorkbook";
import { fillJsdomGaps } from "./support/jsdomGaps";
import { createPseudoI18n } from "./support/pseudoLocale";

fillJsdomGaps();

// The chart has its own test (resultsChart.test.tsx); here a stand-in keeps d3 out of Jest.
jest.mock("../../src/taskpane/components/ResultsStep/SegmentsSection/SegmentChart", () => ({
  __esModule: true,
  default: () => null,
}));

const FIXTURE = path.resolve(__dirname, "../fixtures/sample-en/crm-sample-en.xlsx");

let results: AnalysisResults;
/** The data's currency: the fixture's amount cells are formatted in euros. */
let currency: string | null;
beforeAll(async () => {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(FIXTURE)));
  if (!loaded.ok) throw new Error(`sample fixture did not load: ${loaded.error.code}`);
  results = runAnalyses(loaded.data);
  currency = loaded.data.currency?.code ?? null;
}, 60_000);

async function renderResults(
  options: { language?: Language; i18n?: i18n; width?: number; value?: AnalysisResults | null } = {}
) {
  const language = options.language ?? "en";
  const instance = options.i18n ?? createI18n(language);
  const value = options.value === undefined ? results : options.value;
  let rendered: ReturnType<typeof render> | undefined;
  // act + await: the lazy chart chunk resolves inside act, as React asks of tests.
  await act(async () => {
    rendered = render(
      <I18nextProvider i18n={instance}>
        <FluentProvider theme={webLightTheme}>
          <div style={{ width: `${options.width ?? 320}px` }}>
            <ResultsStep results={value} language={language} currency={currency} />
          </div>
        </FluentProvider>
      </I18nextProvider>
    );
  });
  return rendered!;
}

const en = createFormatters("en", "EUR");
const region = (name: string) => screen.getByRole("region", { name });
const card = (label: string) => within(region("Key figures")).getByText(label).closest("li")!;

describe("ResultsStep: KPI cards", () => {
  it("shows the period KPIs of the report's Dashboard, each with its period", async () => {
    await renderResults();
    const kpis = results.kpis!;
    const cur = kpis.current;
    // The sample's as-of date is the day after its last purchase: the periods end the day before.
    const to = new Date(Date.parse(cur.asOf) - 86_400_000).toISOString().slice(0, 10);
    const window = `${kpis.activeMonths} months to ${to}`;
    const allHistory = `All history to ${to}`;
    expect(kpis.activeMonths).toBe(12);
    // Customers: every buyer before the as-of date = the customers RFM scored (472 of 500).
    expect(cur.customers).toBe(results.rfm!.customers.length);
    expect(cur.customers).toBe(472);
    expect(card("Customers").textContent).toContain(en.integer(472));
    expect(card("Customers").textContent).toContain(allHistory);
    expect(card("Active customers").textContent).toContain(en.integer(cur.activeCustomers));
    expect(card("Active customers").textContent).toContain(window);
    expect(card("Net revenue").textContent).toContain(en.currency(cur.revenue));
    expect(card("Net revenue").textContent).toContain(window);
    // AOV: the window's revenue / orders, not the all-time AOV of the LTV analysis.
    const aov = card("Average order value").textContent;
    expect(aov).toContain(en.currency(cur.revenue / cur.orders));
    expect(aov).toContain(window);
    const overall = results.ltv!.historical.overall;
    expect(en.currency(overall.averageOrderValue)).not.toBe(en.currency(cur.revenue / cur.orders));
    expect(aov).not.toContain(en.currency(overall.averageOrderValue));
    expect(card("Repeat rate").textContent).toContain(en.percent(cur.repeatRate!));
    expect(card("Repeat rate").textContent).toContain(allHistory);
  });

  it("names the best campaign by incremental revenue", async () => {
    await renderResults();
    // All arms pooled: Printemps 2024 +8,199, Rentrée 2024 +10,332, Noël 2024 -22,193.
    const totals = results.uplift!.campaigns.map((c) => [
      c.campaign,
      Math.round(campaignTotal(c)!.incrementalRevenue!.value),
    ]);
    expect(totals).toEqual([
      ["Printemps 2024", 8199],
      ["Rentrée 2024", 10332],
      ["Noël 2024", -22193],
    ]);
    const best = card("Best campaign, incremental revenue");
    expect(best.textContent).toContain("Rentrée 2024");
    expect(best.textContent).toContain("€10,331.64");
  });

  it("averages CLV over the customers the models could value", async () => {
    await renderResults();
    const clvs = results.ltv!.customers.flatMap((c) => (c.clv === null ? [] : [c.clv]));
    const expected =
      clvs.length > 0 ? en.currency(clvs.reduce((s, v) => s + v, 0) / clvs.length) : "n/a";
    expect(card("Average CLV").textContent).toContain(expected);
  });
});

describe("ResultsStep: segments", () => {
  it("lists every segment of the map with the engine's counts, shares and revenue", async () => {
    await renderResults();
    const table = within(region("Segments")).getByRole("table", {
      name: "Customers and revenue by segment (Classic RFM segments)",
    });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(11); // the classic map, empty segments kept
    const champions = results.rfm!.segments.find((s) => s.segment.id === "champions")!;
    expect(champions.customers).toBe(68);
    const row = within(table).getByRole("row", { name: /^Champions/ });
    const cells = within(row).getAllByRole("cell");
    expect(cells[0].textContent).toBe(`68${en.percent(68 / 472)}`);
    expect(cells[1].textContent).toBe(
      `${en.currency(champions.revenue)}${en.percent(champions.revenueShare)}`
    );
    expect(within(row).getByRole("rowheader").textContent).toContain(
      "Reward them: early access, loyalty perks"
    );
    // The counts add up to every scored customer.
    const total = results.rfm!.segments.reduce((n, s) => n + s.customers, 0);
    expect(total).toBe(472);
  });
});

describe("ResultsStep: uplift", () => {
  const upliftTable = (campaign: string) =>
    within(region("Campaign uplift")).getByRole("table", { name: `${campaign}: uplift by arm` });
  const verdictText = { positive: "▲Positive", "not-proven": "≈Not proven", negative: "▼Negative" };

  it("gives each campaign a row per arm and all arms pooled, each with the engine's verdict", async () => {
    await renderResults();
    for (const campaign of results.uplift!.campaigns) {
      const rows = within(upliftTable(campaign.campaign)).getAllByRole("row").slice(1);
      const expected = campaign.results
        .filter((r) => r.breakdown === null)
        .map((r) => `${r.arm ?? "All arms pooled"}${verdictText[r.verdict]}`);
      expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(expected);
      expect(expected).toHaveLength(campaign.arms.length + 1);
    }
  });

  it("shows rates, the uplift in points with its Newcombe interval, and the verdict", async () => {
    await renderResults();
    const sms = results.uplift!.campaigns[1].results.find((r) => r.arm === "SMS")!;
    // Rentrée 2024, SMS: 16.8 % vs 4.7 %, +12.19 points, interval above 0 -> positive.
    expect(sms.verdict).toBe("positive");
    const row = within(upliftTable("Rentrée 2024")).getByRole("row", { name: /^SMS/ });
    expect(within(row).getByRole("rowheader").textContent).toBe("SMS▲Positive");
    // The verdict column names the metric it judges: conversions.
    expect(
      within(upliftTable("Rentrée 2024")).getByRole("columnheader", {
        name: "Arm and verdict on conversions",
      })
    ).toBeTruthy();
    const [rates, uplift] = within(row).getAllByRole("cell");
    expect(rates.textContent).toBe("16.8% vs 4.7%");
    expect(uplift.textContent).toBe(
      `+12.19 pts${en.points(sms.newcombe.low)} to ${en.points(sms.newcombe.high)}`
    );
    // Noël 2024 lowered conversion in both arms: negative (cannibalisation).
    const noel = within(upliftTable("Noël 2024")).getAllByRole("rowheader");
    expect(noel.map((h) => h.textContent)).toEqual([
      "SMS▼Negative",
      "Email▼Negative",
      "All arms pooled▼Negative",
    ]);
  });

  it("says how many customers would settle each verdict that is not proven, within reach", async () => {
    await renderResults();
    const printemps = results.uplift!.campaigns[0];
    const sms = printemps.results.find((r) => r.arm === "SMS")!;
    expect(sms.verdict).toBe("not-proven");
    const lists = within(region("Campaign uplift")).getAllByRole("list", {
      name: "What would settle it",
    });
    // Printemps: three rows not proven; Rentrée: Email only; Noël: none.
    expect(lists.map((l) => within(l).getAllByRole("listitem").length)).toEqual([3, 1]);
    // 10,638 treated and 1,908 control customers would settle SMS: more than ten times
    // Printemps' own test and than the customer base, so too small to matter; its MDE instead.
    expect(sms.beyondReach).toBe(true);
    expect(sms.settlingSample).toBeNull();
    expect(within(lists[0]).getAllByRole("listitem")[0].textContent).toBe(
      `SMS: too small to matter at any realistic sample; this test could detect an uplift of ${en.points(sms.minimumDetectableEffect!)} or more (80 % power).`
    );
    for (const campaign of results.uplift!.campaigns) {
      for (const row of campaign.results) {
        if (row.settlingSample === null) continue;
        const test = campaign.results.find((r) => r.arm === null) ?? row;
        expect(row.settlingSample.total).toBeLessThanOrEqual(
          Math.max(5000, 10 * (test.treated.n + test.control.n))
        );
      }
    }
  });

  it("lists each campaign's checks once, numbers rounded", async () => {
    await renderResults();
    const checks = screen.getByRole("list", { name: "Checks for Noël 2024" });
    const items = within(checks)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    // The engine's raw SMD 0.22547630304857863, written with two decimals; its covariate id
    // ("recency") in words.
    expect(items).toContain(
      "Noël 2024: treated and control were not alike before the campaign on Recency before the campaign (standardised difference 0.23, beyond ±0.1: see the Method sheet)."
    );
    expect(new Set(items).size).toBe(items.length);
  });
});

describe("ResultsStep: LTV", () => {
  it("shows the BG/NBD parameters and log-likelihood, and each model warning once", async () => {
    await renderResults();
    const ltv = region("Lifetime value");
    const models = within(ltv).getByRole("group", { name: "Model check" });
    const fit = results.ltv!.bgnbd!;
    // r = 0.406, α = 1.769, a = 2.467, b = 22.129 on this sample (three decimals, as in the paper).
    expect(models.textContent).toContain(
      `Purchase model (BG/NBD)Fitted; parameters r = ${en.decimal(fit.params.r, 3)}, α = ${en.decimal(fit.params.alpha, 3)}, a = ${en.decimal(fit.params.a, 3)}, b = ${en.decimal(fit.params.b, 3)} (Method sheet); log-likelihood ${en.decimal(fit.logLikelihood, 1)}`
    );
    // The sample's customers have spend levels of their own: a finite fit, p = 1.155,
    // q = 2.799, v = 268.721, written as the paper writes them. (The model's limit, worded in
    // plain words without "q = ∞", is tested below on a sample without spend levels.)
    const spend = results.ltv!.gammaGamma!.params;
    expect([spend.p, spend.q, spend.v].map((x) => en.decimal(x, 3))).toEqual([
      "1.155",
      "2.799",
      "268.721",
    ]);
    expect(models.textContent).toContain(
      "Spend model (Gamma-Gamma)Fitted; parameters p = 1.155, q = 2.799, v = 268.721 (Method sheet)"
    );
    expect(models.textContent).not.toContain("∞");
    expect(en.decimal(fit.params.r, 3)).toBe("0.406");
    const distinct = new Set(results.ltv!.warnings.map((w) => JSON.stringify(w)));
    const bars = within(ltv).queryByRole("group", { name: "Model warnings" });
    expect(bars === null ? 0 : bars.querySelectorAll(".fui-MessageBar").length).toBe(distinct.size);
    // The holdout check when the engine made one (predicted vs actual), else how to get one.
    const holdout = results.ltv!.holdout;
    expect(models.textContent).toContain(
      holdout
        ? `${en.decimal(holdout.predictedTotal, 1)} repeat purchases predicted, ${en.integer(holdout.actualTotal)} made`
        : "No holdout check"
    );
  });
});

describe("ResultsStep: LTV, the spend model at its limit", () => {
  it("says in plain words that spends do not differ, never q = ∞", async () => {
    // The same generator without spend levels: everyone pays list prices, so Gamma-Gamma's
    // likelihood is highest at q, v -> infinity (test/sample/ltvOnSample.test.ts).
    const sample = englishVariant(
      generateSample({ seed: DEFAULT_SAMPLE.seed, customers: 500, spendLevels: false })
    );
    const bytes = new Uint8Array(await buildSampleWorkbook(sample.sheets).xlsx.writeBuffer());
    const loaded = await loadAndClean(await XlsxWorkbookSource.load(bytes));
    if (!loaded.ok) throw new Error(loaded.error.code);
    const homogeneous = runAnalyses(loaded.data);
    const spend = homogeneous.ltv!.gammaGamma!.params;
    expect([spend.q, spend.v]).toEqual([Infinity, Infinity]);
    await renderResults({ value: homogeneous });
    const models = within(region("Lifetime value")).getByRole("group", { name: "Model check" });
    expect(models.textContent).toContain(
      "Spend model (Gamma-Gamma)No difference between customers' average spends beyond chance: each customer's expected spend is the average spend per repeat purchase (Method sheet)"
    );
    expect(models.textContent).not.toContain("∞");
  }, 60_000);
});

describe("ResultsStep: explain this customer", () => {
  it("explains a customer's scores, cut points, segment and rule", async () => {
    const user = userEvent.setup();
    await renderResults();
    const search = screen.getByRole("search", { name: "Explain this customer" });
    await user.type(within(search).getByRole("textbox", { name: "Customer id" }), "CL00174");
    await user.click(within(search).getByRole("button", { name: "Explain" }));
    const e = explainCustomer(results.rfm!, "CL00174")!;
    // CL00174: last purchase 412 days ago, 2 purchases, 497.21 spent; recency cut points
    // 61 / 136.2 / 275 / 479.8, so 412 is in (275, 479.8]: the 2nd lowest recency score.
    expect(e.placements.recency).toMatchObject({ value: 412, score: 2, below: 275, above: 479.8 });
    const status = within(region("Explain this customer")).getByRole("status");
    const recency = status.querySelector('[data-metric="recency"]')!;
    expect(recency.textContent).toBe(
      "412: score 2 of 5between 275 (excluded) and 479.8 (included)Cut points: 61; 136.2; 275; 479.8"
    );
    expect(status.querySelector('[data-metric="monetary"]')!.textContent).toBe(
      "€497.21: score 3 of 5between €272.73 (excluded) and €600.49 (included)" +
        "Cut points: €115.58; €272.73; €600.49; €1,337.89"
    );
    expect(status.querySelector('[data-part="segment"]')!.textContent).toBe("Hibernating");
    // R 2, F 2: the classic map's rule "R 2, F 1-2" (hibernating).
    expect(status.querySelector('[data-part="rule"]')!.textContent).toBe(
      "R 2, F 1–2, M 1–5 (any) on the 5-score grid: Hibernating"
    );
    const ltvCustomer = results.ltv!.customers.find((c) => c.id === "CL00174")!;
    const prediction = status.querySelector('[data-part="prediction"]')!.textContent;
    expect(prediction).toContain(`Probability alive: ${en.percent(ltvCustomer.pAlive!)}`);
    expect(prediction).toContain(
      `Expected purchases, next 12 months: ${en.decimal(ltvCustomer.expectedPurchases!, 2)}`
    );
    const clv = ltvCustomer.clv === null ? "n/a" : en.currency(ltvCustomer.clv);
    expect(prediction).toContain(`CLV, next 12 months: ${clv}`);
  });

  it("says clearly when no scored customer has the id", async () => {
    const user = userEvent.setup();
    await renderResults();
    const input = screen.getByRole("textbox", { name: "Customer id" });
    await user.type(input, "  NOBODY{Enter}");
    expect(screen.getByText(/No scored customer has the id “NOBODY”/)).toBeTruthy();
  });
});

describe("ResultsStep: test planner", () => {
  const field = (name: string) => screen.getByRole("textbox", { name });
  const planText = () => region("Plan a test").querySelector('[data-part="plan"]')?.textContent;

  it("starts from the control groups' own rate and gives planTest's numbers", async () => {
    await renderResults();
    // Control customers: 26 + 43 + 46 = 115, of whom 5 + 2 + 14 = 21 converted -> 18.3 %.
    const controls = results.uplift!.campaigns.map((c) => campaignTotal(c)!.control);
    expect(controls.map((c) => [c.n, c.conversions])).toEqual([
      [26, 5],
      [43, 2],
      [46, 14],
    ]);
    expect((field("Baseline conversion rate (%)") as HTMLInputElement).value).toBe("18.3");
    const plan = planTest({ baselineRate: 0.183, effect: 0.01, power: 0.8 })!;
    expect(planText()).toBe(
      `${en.integer(plan.nTreated)} treated and ${en.integer(plan.nControl)} control customers, ${en.integer(plan.total)} in all.`
    );
  });

  it("recomputes as the user types, with a 90/10 split", async () => {
    const user = userEvent.setup();
    await renderResults();
    for (const [name, value] of [
      ["Baseline conversion rate (%)", "2"],
      ["Uplift to detect (points)", "0.5"],
      ["Power (%)", "90"],
      ["Treated share of the test (%)", "90"],
    ]) {
      await user.clear(field(name));
      await user.type(field(name), value);
    }
    const plan = planTest({
      baselineRate: 0.02,
      effect: 0.005,
      power: 0.9,
      split: { treated: 90, control: 10 },
    })!;
    expect(plan.nTreated).toBe(plan.nControl * 9 + (plan.nTreated - plan.nControl * 9)); // integers
    expect(planText()).toBe(
      `${en.integer(plan.nTreated)} treated and ${en.integer(plan.nControl)} control customers, ${en.integer(plan.total)} in all.`
    );
    expect(screen.getByText(/two-proportion z-test/)).toBeTruthy();
  });

  describe("edge cases", () => {
    it("flags a field out of range and shows no plan", async () => {
      const user = userEvent.setup();
      await renderResults();
      await user.clear(field("Power (%)"));
      await user.type(field("Power (%)"), "100");
      expect(screen.getByText("Enter a number from 1 to 99.9.")).toBeTruthy();
      expect(planText()).toBeUndefined();
    });

    it("says when no test can detect the uplift", async () => {
      const user = userEvent.setup();
      await renderResults();
      await user.clear(field("Uplift to detect (points)"));
      await user.type(field("Uplift to detect (points)"), "0");
      expect(screen.getByText(/No test can detect this/)).toBeTruthy();
    });
  });
});

describe("ResultsStep: jump list", () => {
  it("moves focus to the section chosen, with the keyboard", async () => {
    const user = userEvent.setup();
    await renderResults();
    const nav = screen.getByRole("navigation", { name: "Results sections" });
    expect(
      within(nav)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([
      "Key figures",
      "Segments",
      "Campaign uplift",
      "Lifetime value",
      "Explain this customer",
      "Plan a test",
    ]);
    within(nav).getByRole("button", { name: "Plan a test" }).focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Plan a test" }));
  });
});

describe("ResultsStep: language and fit", () => {
  it("writes numbers the French way in French", async () => {
    await renderResults({ language: "fr" });
    const fr = createFormatters("fr", "EUR");
    const revenue = results.kpis!.current.revenue;
    // The 12 months' revenue, 246 551,73 € (narrow no-break space between thousands, no-break
    // space before the euro sign): two decimals, as every amount in the pane.
    expect(fr.currency(revenue)).toBe("246\u202f551,73\u00a0€");
    const cardFr = within(screen.getByRole("region", { name: "Chiffres clés" }))
      .getByText("Chiffre d’affaires net")
      .closest("li")!;
    expect(cardFr.textContent).toContain("246\u202f551,73\u00a0€");
    expect(cardFr.textContent).toMatch(/12 mois au \d{4}-\d{2}-\d{2}/);
    const rentree = screen.getByRole("table", { name: "Rentrée 2024 : uplift par groupe ciblé" });
    expect(rentree.textContent).toContain("16,8\u00a0% vs 4,7\u00a0%");
    expect(rentree.textContent).toContain("▲Positif");
    // The verdict column says which metric it judges (conversions), in plain French (no "Bras").
    expect(
      within(rentree).getByRole("columnheader", {
        name: "Groupe ciblé et verdict sur les conversions",
      })
    ).toBeTruthy();
  });

  it("takes every label from i18n (stretched pseudo-locale)", async () => {
    await renderResults({ i18n: createPseudoI18n() });
    const labels = [
      ...screen.getAllByRole("heading"),
      ...screen.getAllByRole("columnheader"),
      ...screen.getAllByRole("table").map((t) => t.querySelector("caption")!),
      ...screen.getAllByRole("button"),
      ...screen
        .getAllByRole("textbox")
        .map((box) => box.closest(".fui-Field")!.querySelector("label")!),
    ];
    for (const label of labels) expect(label.textContent).toMatch(/^⟦.*⟧$/s);
  });

  it("lays tables out to the pane's width at 320 px: fixed layout, full width, words that break", async () => {
    await renderResults({ width: 320 });
    for (const table of screen.getAllByRole("table")) {
      const style = getComputedStyle(table);
      expect([style.tableLayout, style.width]).toEqual(["fixed", "100%"]);
      for (const cell of within(table).getAllByRole("cell"))
        expect(getComputedStyle(cell).overflowWrap).toBe("anywhere");
    }
  });

  describe("edge cases", () => {
    it("shows the placeholder until a run has finished", async () => {
      await renderResults({ value: null });
      expect(screen.getByText("Results appear here once the analysis has run.")).toBeTruthy();
      expect(screen.queryByRole("region", { name: "Key figures" })).toBeNull();
    });
  });
});
