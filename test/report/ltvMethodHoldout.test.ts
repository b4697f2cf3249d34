/**
 * The Method sheet states the LTV holdout check as computed: on the English sample no calibration
 * end is set, so the check comes from a separate validation fit (runAnalyses), which the LTV sheet
 * shows; the Method sheet said "not available" because it read the main fit's summary, which has
 * no holdout then.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import type { NoteBlock } from "../../src/report/model";
import { createReportContext } from "../../src/report/reportContext";
import { buildLtvSheet, isoDate } from "../../src/report/sheets/ltvSheet";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";

const FIXTURE = path.resolve(__dirname, "../fixtures/sample-en/crm-sample-en.xlsx");

let results: AnalysisResults;

beforeAll(async () => {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(FIXTURE)));
  if (!loaded.ok) throw new Error(`pipeline failed: ${loaded.error.code}`);
  results = runAnalyses(loaded.data);
}, 120_000);

describe.each([
  ["en", "LTV holdout period", "weeks up to", "predicted by a separate fit on the data up to"],
  ["fr", "LTV : période de validation", "semaines jusqu'au", "ajustement distinct"],
] as const)("the %s Method sheet's LTV holdout check on the sample", (language, label, a, b) => {
  it("states the validation fit's holdout the LTV sheet shows, with its dates", () => {
    const ltv = results.ltv!;
    const check = ltv.holdout!;
    // the case of the bug: a check from the validation fit, none in the main fit's summary
    expect(check.validationFit).toBeDefined();
    expect(ltv.summary.holdout).toBeUndefined();
    const ctx = createReportContext(
      { language, generatedAt: 0, version: "1" },
      { code: "USD", source: "setting" }
    );
    const built = buildLtvSheet({ ltv, rfm: results.rfm }, ctx)!;
    const value = built.method.parameters.find((p) => p.label === label)!.value;
    const { calibrationEndDay, holdoutEndDay } = check.validationFit!;
    expect(value).toContain(a);
    expect(value).toContain(b);
    expect(value).toContain(isoDate(holdoutEndDay));
    expect(value).toContain(isoDate(calibrationEndDay));
    // the same holdout as the LTV sheet's sentence
    const texts = built.sheets[0].blocks.flatMap((x) =>
      x.kind === "note" ? (x as NoteBlock).paragraphs : []
    );
    expect(texts.some((t) => t.includes(isoDate(calibrationEndDay)))).toBe(true);
  });
});
