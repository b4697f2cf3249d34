/**
 * Issue 14, item 1: the report's money is in the data's currency, whatever the language. The
 * sample is French euro data (its amount cells are formatted `#,##0.00 "€"`): its report carries
 * "€" in English and in French, and no "$" in any number format or text of the workbook.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadAndClean, type CleanData } from "../../src/analytics/pipeline";
import { runAnalyses, type AnalysisResults } from "../../src/analytics/runAnalyses";
import { buildReport } from "../../src/report";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { workbookTexts } from "../support/workbookTexts";

const SAMPLE = resolve(__dirname, "../../assets/sample/crm-sample.xlsx");

describe("the sample's report currency", () => {
  let data: CleanData;
  let results: AnalysisResults;
  beforeAll(async () => {
    const source = await XlsxWorkbookSource.load(readFileSync(SAMPLE));
    const cleaned = await loadAndClean(source);
    if (!cleaned.ok) throw new Error(cleaned.error.code);
    data = cleaned.data;
    results = runAnalyses(data, {});
  }, 300_000);

  it("is the euro of the amount cells' number format", () => {
    expect(data.currency).toEqual({ code: "EUR", source: "cellFormat" });
  });

  it.each(["en", "fr"] as const)(
    "shows € and never $ in the %s workbook, and states it on the Method sheet",
    async (language) => {
      const model = buildReport(
        { ...results, dataQuality: data.dataQuality, currency: data.currency },
        { language, generatedAt: 0, version: "test" }
      );
      const { formats, strings } = await workbookTexts(await writeReportXlsx(model));
      expect(formats.filter((f) => f.includes("€")).length).toBeGreaterThan(5);
      expect(formats.filter((f) => f.includes("$"))).toEqual([]);
      expect(strings.filter((s) => s.includes("$"))).toEqual([]);
      const statement =
        language === "en"
          ? "EUR (€), from the number format of the amount cells"
          : "EUR (€), d'après le format des cellules de montant";
      expect(strings).toContain(statement);
    },
    120_000
  );
});
