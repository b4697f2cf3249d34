import { readFileSync } from "node:fs";
import { XlsxWorkbookSource } from "./src/xlsx/workbookSourceXlsx";
(async () => {
  const bytes = readFileSync("assets/sample/crm-sample.xlsx");
  for (let i = 0; i < 3; i++) {
  const t = performance.now(); const cu = process.cpuUsage();
  const a = await XlsxWorkbookSource.load(bytes);
  await a.info(); for (const s of await a.listSheets()) await a.readSheet(s.name);
  console.log("new", (performance.now() - t).toFixed(0), "ms wall", ((process.cpuUsage(cu).user)/1000).toFixed(0), "ms cpu");
  }
})();
