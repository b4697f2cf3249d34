import { readFileSync } from "node:fs";
import { XlsxWorkbookSource } from "./src/xlsx/workbookSourceXlsx";
import { ExcelJsWorkbookSource } from "./test/support/exceljsWorkbookSource";
import { isDeepStrictEqual } from "node:util";
(async () => {
  const file = process.argv[2] ?? "assets/sample/crm-sample.xlsx";
  const bytes = readFileSync(file);
  let t = performance.now();
  const a = await XlsxWorkbookSource.load(bytes, { onProgress: (f) => process.stdout.write(` ${Math.round(f*100)}`) });
  const ai = await a.info(); const al = await a.listSheets();
  const as = []; for (const s of al) as.push(await a.readSheet(s.name));
  console.log("\nnew", (performance.now() - t).toFixed(0), "ms");
  t = performance.now();
  const b = await ExcelJsWorkbookSource.load(bytes);
  const bi = await b.info(); const bl = await b.listSheets();
  const bs = []; for (const s of bl) bs.push(await b.readSheet(s.name));
  console.log("old", (performance.now() - t).toFixed(0), "ms");
  console.log("info", isDeepStrictEqual(ai, bi), ai, bi);
  console.log("list", isDeepStrictEqual(al, bl), JSON.stringify(al), JSON.stringify(bl));
  for (let i = 0; i < as.length; i++) {
    const eq = isDeepStrictEqual(as[i], bs[i]);
    console.log(as[i].name, eq, as[i].rows.length, bs[i].rows.length);
    if (!eq) { for (let r = 0; r < as[i].rows.length; r++) if (!isDeepStrictEqual(as[i].rows[r], bs[i].rows[r])) { console.log(r, as[i].rows[r], bs[i].rows[r]); break; }
      console.log(as[i].columnFormats, bs[i].columnFormats, as[i].firstRow, bs[i].firstRow, as[i].tableName, bs[i].tableName); }
  }
})();
