/**
 * A report model of any number of customers for the writer bench: the committed sample's model
 * (one analysis, French) with the per-customer tables' rows repeated (ids made unique, amounts
 * varied) up to N rows, made as they are written as the CLI makes them (or built, `lazy` false).
 * The writer's cost is in those tables; the rest of the model is as real.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadAndClean } from "../src/analytics/pipeline";
import { runAnalyses } from "../src/analytics/runAnalyses";
import { buildReport } from "../src/report/buildReport";
import { lazyRows } from "../src/report/lazyRows";
import type { ReportModel, TableCell } from "../src/report/model";
import { XlsxWorkbookSource } from "../src/xlsx/workbookSourceXlsx";

const SAMPLE = join(__dirname, "../assets/sample/crm-sample.xlsx");
const PER_CUSTOMER = new Set(["RfmCustomers", "LtvCustomers"]);

function grownCell(cell: TableCell, copy: number): TableCell {
  if (copy === 0) return cell;
  if (typeof cell === "string") return /^CL\d+$/.test(cell) ? `${cell}-${copy}` : cell;
  if (typeof cell === "number" && !Number.isInteger(cell)) return cell * (1 + (copy % 97) / 1000);
  return cell;
}

export async function scaledSampleModel(customers: number, lazy = true): Promise<ReportModel> {
  const loaded = await loadAndClean(await XlsxWorkbookSource.load(readFileSync(SAMPLE)));
  if (!loaded.ok) throw new Error(`pipeline failed: ${loaded.error.code}`);
  const model = buildReport(
    { ...runAnalyses(loaded.data), dataQuality: loaded.data.dataQuality },
    { language: "fr", generatedAt: Date.UTC(2025, 0, 2, 9), version: "bench" }
  );
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks) {
      if (block.kind !== "table" || !PER_CUSTOMER.has(block.name)) continue;
      const base = block.rows;
      // Excel's last row is 1,048,576: the table's header and anchor take their share.
      const n = Math.min(customers, 1_048_576 - block.anchor.row - 2);
      const grown = (i: number) =>
        base[i % base.length].map((cell) => grownCell(cell, Math.floor(i / base.length)));
      // As the CLI builds them (ReportOptions.lazyCustomerRows): rows made as they are written.
      block.rows = lazy ? lazyRows(n, grown) : Array.from({ length: n }, (_, i) => grown(i));
    }
  }
  return model;
}
