/**
 * The report and the teaching workbook written into one Excel workbook: each write replaces
 * only the earlier sheets of its own kind (src/excel/ownership.ts, ownedWorkbookOf). Before,
 * writing the teaching workbook took the report away, and the report the teaching sheets.
 */
import { MS_PER_DAY, type Transaction } from "../../src/analytics/domain";
import { analyzeRfm } from "../../src/analytics/rfm";
import { ownedWorkbookOf, surveySheets } from "../../src/excel/ownership";
import { writeReport } from "../../src/excel/writeReport";
import type { ReportModel } from "../../src/report/model";
import { buildTeachingWorkbook } from "../../src/report/teaching/buildTeachingWorkbook";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { sampleModel } from "../report/sampleModel";

const AS_OF = Date.UTC(2024, 5, 1);
const OPTIONS = { language: "en" as const, generatedAt: 0, version: "test" };

/** Customer i buys i times, one purchase a day, the last of them 3 * i days before the as-of. */
function lines(): Transaction[] {
  return Array.from({ length: 12 }, (_, i) =>
    Array.from({ length: i + 1 }, (_, j) => ({
      customerId: `C${i}`,
      date: AS_OF - (3 * i + 1 + j) * MS_PER_DAY,
      amount: 10 + 7 * i,
      invoiceId: `C${i}-${j}`,
      isReturn: false,
      source: { sheet: "hand", row: 2 + i },
    }))
  ).flat();
}

function teachingModel(answers: boolean): ReportModel {
  const rfm = analyzeRfm(lines(), { asOf: AS_OF });
  return buildTeachingWorkbook({ rfm, asOf: AS_OF }, { ...OPTIONS, answers });
}

const supportsOn = (fake: FakeExcel) => (_set: "ExcelApi", version: string) =>
  fake.isSetSupported("ExcelApi", version);

async function ownedKinds(fake: FakeExcel): Promise<Record<string, string>> {
  const { sheets } = await surveySheets(fake, supportsOn(fake));
  return Object.fromEntries(
    sheets.flatMap((s) => (s.ownerKey === null ? [] : [[s.name, ownedWorkbookOf(s.ownerKey)]]))
  );
}

describe("the report and the teaching workbook side by side in one Excel workbook", () => {
  for (const apiVersion of ["1.12", "1.9"]) {
    it(`each write replaces only its own kind of sheets (ExcelApi ${apiVersion})`, async () => {
      const fake = new FakeExcel({ apiVersion });
      fake.addSheet("Transactions", [["customer", "date", "amount"]]);
      const options = { supports: supportsOn(fake) };
      const report = sampleModel();
      const teaching = teachingModel(true);
      const reportNames = report.sheets.map((s) => s.name);
      const teachingNames = teaching.sheets.map((s) => s.name);
      expect(teachingNames).toHaveLength(4);

      expect(await writeReport(fake, report, options)).toMatchObject({ ok: true, replaced: [] });
      const first = await writeReport(fake, teaching, options);
      expect(first).toMatchObject({ ok: true, replaced: [] });
      expect(fake.sheetNames()).toEqual(["Transactions", ...reportNames, ...teachingNames]);
      const dashboard = fake.sheet(reportNames[0]).fingerprint();

      // The teaching workbook again, without answers: its four sheets go, three come, the report stays.
      const again = await writeReport(fake, teachingModel(false), options);
      expect(again).toMatchObject({ ok: true, replaced: teachingNames });
      expect(fake.sheetNames()).toEqual([
        "Transactions",
        ...reportNames,
        ...teachingNames.slice(0, 3),
      ]);
      expect(fake.sheet(reportNames[0]).fingerprint()).toEqual(dashboard);

      // The report again: only the report's sheets are replaced.
      fake.reopen();
      const rerun = await writeReport(fake, report, options);
      expect(rerun).toMatchObject({ ok: true, replaced: reportNames });
      const kinds = await ownedKinds(fake);
      expect(Object.values(kinds).filter((k) => k === "teaching")).toHaveLength(3);
      expect(Object.values(kinds).filter((k) => k === "report")).toHaveLength(reportNames.length);
    });
  }
});
