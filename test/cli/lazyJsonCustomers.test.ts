/**
 * The command line's JSON with its rfm and ltv customers made as the writer reads them
 * (buildSummaryJson's lazyCustomers) is the same text as with built rows, whole
 * (JSON.stringify) and streamed (streamJson), on the sample workbook (5,000 customers): same
 * rows, same order (by id), same values.
 */
import { readFileSync } from "node:fs";
import { loadAndClean } from "../../src/analytics/pipeline";
import { runAnalyses } from "../../src/analytics/runAnalyses";
import { buildSummaryJson, streamSummaryJson, summaryJsonText } from "../../src/cli/summaryJson";
import { translator } from "../../src/i18n";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { SAMPLE } from "../support/sampleReports";

test("lazy customers: the same JSON text as built rows, whole and streamed", async () => {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE)));
  if (!loaded.ok) throw new Error(loaded.error.code);
  const results = runAnalyses(loaded.data);
  const t = translator("fr");
  const built = buildSummaryJson(loaded.data, results, t);
  const lazy = buildSummaryJson(loaded.data, results, t, { lazyCustomers: true });
  expect(built.rfm!.customers.length).toBeGreaterThan(4000);
  expect(lazy.ltv!.customers).toHaveLength(built.ltv!.customers.length);
  // sorted by id, as the built rows are
  const ids = lazy.rfm!.customers.map((c) => c.id);
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  const text = summaryJsonText(built);
  expect(summaryJsonText(lazy)).toBe(text);
  const pieces: string[] = [];
  streamSummaryJson(lazy, (piece) => pieces.push(piece));
  expect(pieces.join("")).toBe(text);
});
