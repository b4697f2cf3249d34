/** @jest-environment jsdom */
/**
 * The segment chart (@fluentui/react-charts), loaded lazily by the Results view after its table:
 * one group of two bars per segment, share of customers and share of revenue, each bar named
 * with its value for screen readers. Built from a small hand-made RFM result.
 */
import path from "node:path";
import { act, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import type { Transaction } from "../../src/analytics/domain";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import { createI18n, type Language } from "../../src/i18n";
import ResultsStep from "../../src/taskpane/components/ResultsStep/ResultsStep";
import { fillJsdomGaps } from "./support/jsdomGaps";

fillJsdomGaps();

// @fluentui/react-charts requires d3 packages that ship only ES modules to Jest's CommonJS
// loader; each also ships a UMD build, which Jest can load.
const NODE_MODULES = path.resolve(__dirname, "../../node_modules");
for (const name of [
  "d3-array",
  "d3-axis",
  "d3-color",
  "d3-format",
  "d3-hierarchy",
  "d3-interpolate",
  "d3-path",
  "d3-scale",
  "d3-selection",
  "d3-shape",
  "d3-time",
  "internmap",
]) {
  jest.doMock(name, () => jest.requireActual(path.join(NODE_MODULES, name, "dist", `${name}.js`)));
}

// jsdom does no layout: the chart's width is 0, so d3 computes NaN bar heights. Only that
// warning is silenced; anything else still fails loudly in the output.
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("Received NaN for the")) return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

/**
 * Ten customers as of 2025-01-01 (tiers3 map): 8 bought once for 10 on 2024-12-31; 2 bought
 * on 4 days for 100 each (400), the last on 2024-12-31. Shares: VIP 2 of 10 customers = 20 %
 * and 800 of 880 revenue = 90.9 %; Regular 8 customers = 80 % and 80 / 880 = 9.1 %.
 */
function shop(): AnalysisResults {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const transactions: Transaction[] = [];
  const add = (customerId: string, date: string, amount: number) =>
    transactions.push({
      customerId,
      date: day(date),
      amount,
      isReturn: false,
      source: { sheet: "Transactions", row: transactions.length + 2 },
    });
  for (let i = 1; i <= 8; i++) add(`once${i}`, "2024-12-31", 10);
  for (const id of ["vip1", "vip2"])
    for (const date of ["2024-10-01", "2024-11-01", "2024-12-01", "2024-12-31"]) add(id, date, 100);
  return runAnalyses(
    {
      transactions,
      customers: [],
      contacts: [],
      problems: [],
      sheets: [],
      asOf: day("2025-01-01"),
      dataQuality: { rowsRead: 0, rowsUsed: 0, excluded: [], sheets: [], warnings: [] },
    },
    { rfm: { map: "tiers3" } }
  );
}

async function renderChart(language: Language) {
  const results = shop();
  await act(async () => {
    render(
      <I18nextProvider i18n={createI18n(language)}>
        <FluentProvider theme={webLightTheme}>
          <ResultsStep results={results} language={language} />
        </FluentProvider>
      </I18nextProvider>
    );
  });
  return results;
}

describe("segment chart", () => {
  it("draws the share of customers and of revenue of each segment, named for screen readers", async () => {
    const results = await renderChart("en");
    const rows = results.rfm!.segments.map((s) => [s.segment.id, s.customers, s.revenue]);
    expect(rows).toEqual([
      ["vip", 2, 800],
      ["regular", 8, 80],
      ["tierAtRisk", 0, 0],
    ]);
    const figure = screen.getByRole("figure", {
      name: "Share of customers and share of revenue by segment",
    });
    const bar = (label: string) => within(figure).findByLabelText(label);
    expect(await bar("VIP. Share of customers, 20.0%.")).toBeTruthy();
    expect(await bar("VIP. Share of revenue, 90.9%.")).toBeTruthy();
    expect(await bar("Regular. Share of customers, 80.0%.")).toBeTruthy();
    expect(await bar("Regular. Share of revenue, 9.1%.")).toBeTruthy();
  });

  it("names the bars in French with French numbers", async () => {
    await renderChart("fr");
    const figure = screen.getByRole("figure", {
      name: "Part des clients et part du chiffre d’affaires par segment",
    });
    // "90,9 %" with a no-break space, which Testing Library's matcher normalises to a space.
    const bar = await within(figure).findByLabelText("VIP. Part du CA, 90,9 %.");
    expect(bar.getAttribute("aria-label")).toBe("VIP. Part du CA, 90,9\u00a0%.");
  });
});
