/**
 * The teaching workbook recalculated by LibreOffice (a reader that computes every formula
 * itself) gives every customer the engine's R, F, M scores and segment, on the sample and on a
 * hand-made set full of ties sitting exactly on the cut points; and moving one cut point in the
 * file moves exactly the customers an independent computation expects. One soffice start for
 * the three workbooks.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { MS_PER_DAY, type Transaction } from "../../src/analytics/domain";
import { loadAndClean } from "../../src/analytics/pipeline";
import { analyzeRfm, classicMap, type RfmResult } from "../../src/analytics/rfm";
import { runAnalyses } from "../../src/analytics/runAnalyses";
import { segmentLabels } from "../../src/report/sheets/rfm/labels";
import { createReportContext } from "../../src/report/reportContext";
import { tableColumnIndex, findTable } from "../../src/report/ranges";
import type { ReportModel, TableBlock } from "../../src/report/model";
import { buildTeachingWorkbook } from "../../src/report/teaching/buildTeachingWorkbook";
import { cutPointCell } from "../../src/report/teaching/teachingRfmSheet";
import { TEACHING_TABLES } from "../../src/report/teaching/teachingSheets";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";
import { writeReportXlsx } from "../../src/xlsx/writeReport";
import { libreOfficeInstalled, recalculatedWorkbooks } from "../support/libreOfficeRecalc";
import { SAMPLE } from "../support/sampleReports";

const OPTIONS = { language: "en" as const, generatedAt: Date.UTC(2025, 0, 2), version: "test" };
const AS_OF = Date.UTC(2024, 5, 1);

/**
 * Ten customers whose values repeat and sit on the quantile cut points (the example of
 * scoreByQuantiles' doc block): recency 1,1,1,1,2,2,3,4,6,12 has cut points 1, 1.6, 2.4, 4.4, so
 * four customers are exactly on the first line.
 */
function tiedTransactions(): Transaction[] {
  const recency = [1, 1, 1, 1, 2, 2, 3, 4, 6, 12];
  const frequency = [12, 6, 4, 3, 2, 2, 1, 1, 1, 1];
  const monetary = [50, 50, 40, 30, 30, 20, 20, 20, 10, 10];
  const lines: Transaction[] = [];
  recency.forEach((r, i) => {
    for (let j = 0; j < frequency[i]; j++) {
      lines.push({
        customerId: `T${String(i + 1).padStart(2, "0")}`,
        date: AS_OF - (r + 7 * j) * MS_PER_DAY,
        amount: monetary[i] / frequency[i],
        invoiceId: `T${i}-${j}`,
        isReturn: false,
        source: { sheet: "hand", row: lines.length + 2 },
      });
    }
  });
  return lines;
}

/** The RFM sheet's customers as LibreOffice computed them: id -> r, f, m, segment, check. */
function recalculatedCustomers(model: ReportModel, rows: string[][]) {
  const found = findTable(model, TEACHING_TABLES.customers);
  if (!found) throw new Error("no customers table");
  const table: TableBlock = found.table;
  const at = (id: string) => table.anchor.col + tableColumnIndex(table, id);
  const byId = new Map<
    string,
    { r: number; f: number; m: number; segment: string; check: string }
  >();
  for (let i = 0; i < table.rows.length; i++) {
    const row = rows[table.anchor.row + 1 + i];
    byId.set(row[at("id")], {
      r: Number(row[at("r")]),
      f: Number(row[at("f")]),
      m: Number(row[at("m")]),
      segment: row[at("segment")],
      check: row[at("check")],
    });
  }
  return byId;
}

/** Segment names the way the workbook writes them. */
const names = segmentLabels(classicMap, createReportContext(OPTIONS));

/**
 * An independent reading of the rules (not the engine's groupOf / placeInMap): a score is
 * 1 + the cut points below the value (recency reversed), the segment the first rule of the
 * classic map whose ranges hold the scores; 5 bins.
 */
function independentSegment(
  c: { recency: number; frequency: number; monetary: number },
  cuts: RfmResult["cutPoints"]
): string {
  const below = (cutList: number[], v: number) => cutList.filter((x) => x < v).length;
  const r = 5 - below(cuts.recency, c.recency);
  const f = 1 + below(cuts.frequency, c.frequency);
  const m = 1 + below(cuts.monetary, c.monetary);
  const rule = classicMap.rules.find(
    (x) => x.r[0] <= r && r <= x.r[1] && x.f[0] <= f && f <= x.f[1] && x.m[0] <= m && m <= x.m[1]
  );
  return names.get(rule!.segment)!;
}

/** The workbook with one number cell of the first sheet set to `value`, as an editor would. */
async function withCell(bytes: Uint8Array, cell: string, value: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  const pattern = new RegExp(`(<c r="${cell}"[^>]*>)<v>[^<]*</v>(</c>)`);
  if (!pattern.test(xml)) throw new Error(`no number cell ${cell}`);
  zip.file(part, xml.replace(pattern, `$1<v>${value}</v>$2`));
  return zip.generateAsync({ type: "uint8array" });
}

(libreOfficeInstalled ? describe : describe.skip)(
  "teaching workbook recalculated by LibreOffice",
  () => {
    let sample: { result: RfmResult; model: ReportModel };
    let tied: { result: RfmResult; model: ReportModel };
    let moved: { cell: string; from: number; to: number };
    let sheets: Map<string, Map<string, string[][]>>;

    beforeAll(async () => {
      const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE)));
      if (!loaded.ok) throw new Error(loaded.error.code);
      const results = runAnalyses(loaded.data);
      sample = { result: results.rfm!, model: buildTeachingWorkbook(results, OPTIONS) };
      const tiedResult = analyzeRfm(tiedTransactions(), { asOf: AS_OF });
      tied = { result: tiedResult, model: buildTeachingWorkbook({ rfm: tiedResult }, OPTIONS) };
      const cuts = findTable(sample.model, TEACHING_TABLES.cutPoints)!.table;
      const from = sample.result.cutPoints.recency[0];
      moved = { cell: cutPointCell(cuts, "recency", 1), from, to: from + 30 };
      const sampleBytes = await writeReportXlsx(sample.model);
      sheets = recalculatedWorkbooks({
        sample: sampleBytes,
        tied: await writeReportXlsx(tied.model),
        moved: await withCell(sampleBytes, moved.cell, moved.to),
      });
    }, 600_000);

    const rfmRows = (label: string) => sheets.get(label)!.get("RFM (live)")!;

    it.each(["sample", "tied"] as const)(
      "gives every customer of %s the engine's scores and segment, and every check is TRUE",
      (label) => {
        const { result, model } = label === "sample" ? sample : tied;
        const computed = recalculatedCustomers(model, rfmRows(label));
        expect(computed.size).toBe(result.customers.length);
        for (const c of result.customers) {
          const got = computed.get(c.id);
          expect({ id: c.id, ...got, check: undefined }).toEqual({
            id: c.id,
            r: c.r,
            f: c.f,
            m: c.m,
            segment: names.get(c.segment),
            check: undefined,
          });
          expect(["1", "TRUE"]).toContain(got!.check);
        }
      }
    );

    it("keeps the tied values together: four customers on the first recency line get R 5, R 4 stays empty", () => {
      expect(tied.result.cutPoints.recency).toEqual([1, 1.6, 2.4, 4.4]);
      const computed = recalculatedCustomers(tied.model, rfmRows("tied"));
      expect(["T01", "T02", "T03", "T04"].map((id) => computed.get(id)!.r)).toEqual([5, 5, 5, 5]);
      // 2 is above the lines 1 and 1.6: two lines below it, R = 5 - 2 = 3 (as the engine's counts say).
      expect(["T05", "T06"].map((id) => computed.get(id)!.r)).toEqual([3, 3]);
      expect(tied.result.counts.recency).toEqual([2, 2, 2, 0, 4]);
    });

    it("counts the segments on the Segments sheet as the engine does", () => {
      const rows = sheets.get("sample")!.get("Segments (live)")!;
      const table = findTable(sample.model, TEACHING_TABLES.segments)!.table;
      const counts = table.rows.map((_, i) =>
        Number(rows[table.anchor.row + 1 + i][table.anchor.col + 1])
      );
      expect(counts).toEqual(sample.result.segments.map((s) => s.customers));
    });

    it("moving the first recency line by 30 days moves exactly the customers expected", () => {
      const newCuts = {
        ...sample.result.cutPoints,
        recency: [moved.to, ...sample.result.cutPoints.recency.slice(1)],
      };
      const expected = new Map<string, string>();
      for (const c of sample.result.customers) {
        const segment = independentSegment(c, newCuts);
        if (segment !== names.get(c.segment)) expected.set(c.id, segment);
      }
      expect(expected.size).toBeGreaterThan(0);
      const computed = recalculatedCustomers(sample.model, rfmRows("moved"));
      const changed = new Map<string, string>();
      for (const c of sample.result.customers) {
        const got = computed.get(c.id)!;
        if (got.segment !== names.get(c.segment)) changed.set(c.id, got.segment);
        // The check column says which rows an edit moved (R changed, or the segment).
        const same = got.r === c.r && got.segment === names.get(c.segment);
        expect([same ? "1" : "0", same ? "TRUE" : "FALSE"]).toContain(got.check);
      }
      expect(changed).toEqual(expected);
      // The Segments sheet recounts from the moved scores.
      const rows = sheets.get("moved")!.get("Segments (live)")!;
      const table = findTable(sample.model, TEACHING_TABLES.segments)!.table;
      const recount = new Map<string, number>();
      for (const got of computed.values())
        recount.set(got.segment, (recount.get(got.segment) ?? 0) + 1);
      table.rows.forEach((row, i) => {
        const line = rows[table.anchor.row + 1 + i];
        expect(Number(line[table.anchor.col + 1])).toBe(recount.get(row[0] as string) ?? 0);
      });
    });
  }
);
