/**
 * Adds the model's native charts to an .xlsx package written by ExcelJS (which cannot write
 * charts): for each sheet with charts, one drawing part with an anchor per chart, one chart part
 * per chart, their relationships and content types, and the sheet's <drawing> element.
 */
import JSZip from "jszip";
import type { ChartBlock, ReportModel } from "../../report/model";
import { chartSpaceXml } from "./chartSpaceXml";
import { drawingXml, type AnchoredChart } from "./drawingXml";
import {
  addContentTypeOverrides,
  appendRelationships,
  freshRelationshipId,
  insertDrawingElement,
  relationshipsXml,
  usedRelationshipIds,
} from "./relationshipsXml";
import { resolveChart } from "./resolveChart";
import { CONTENT_TYPE, REL } from "./xml";

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Sheet name -> worksheet part path ("xl/worksheets/sheet2.xml"), from the workbook part. */
export async function worksheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readText(zip, "xl/workbook.xml");
  const rels = await readText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) {
      targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    }
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`the package has no ${path}`);
  return file.async("string");
}

/** "xl/worksheets/sheet2.xml" -> "xl/worksheets/_rels/sheet2.xml.rels" */
function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** First free number n for parts named `${prefix}${n}.xml`. */
function nextPartNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`) !== null) n++;
  return n;
}

/**
 * Returns the package with the charts of `model` added. Charts are resolved (bound to their
 * tables) before anything is changed, so a bad chart spec fails the whole write.
 */
export async function addCharts(xlsx: Uint8Array, model: ReportModel): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToPackage(zip, model);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** addCharts on a package already open (the writer edits it once for every post-processing step). */
export async function addChartsToPackage(zip: JSZip, model: ReportModel): Promise<void> {
  const sheetsWithCharts = model.sheets
    .map((sheet) => ({
      sheet,
      charts: sheet.blocks.filter((b): b is ChartBlock => b.kind === "chart"),
    }))
    .filter((s) => s.charts.length > 0);
  if (sheetsWithCharts.length === 0) return;
  const resolved = new Map(
    sheetsWithCharts.flatMap((s) => s.charts.map((c) => [c, resolveChart(c, model)] as const))
  );

  const partsByName = await worksheetPartsByName(zip);
  const overrides: { partName: string; contentType: string }[] = [];
  let chartNumber = nextPartNumber(zip, "xl/charts/chart");
  let drawingNumber = nextPartNumber(zip, "xl/drawings/drawing");

  for (const { sheet, charts } of sheetsWithCharts) {
    const sheetPath = partsByName.get(sheet.name);
    if (sheetPath === undefined) throw new Error(`the package has no sheet "${sheet.name}"`);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const drawingRels: { id: string; type: string; target: string }[] = [];
    const anchored: AnchoredChart[] = charts.map((chart, i) => {
      const chartPath = `xl/charts/chart${chartNumber++}.xml`;
      zip.file(chartPath, chartSpaceXml(resolved.get(chart)!));
      overrides.push({ partName: `/${chartPath}`, contentType: CONTENT_TYPE.chart });
      const relId = `rId${i + 1}`;
      drawingRels.push({
        id: relId,
        type: REL.chart,
        target: `../charts/${chartPath.split("/").pop()}`,
      });
      return { chart, relId };
    });
    zip.file(drawingPath, drawingXml(anchored));
    zip.file(relsPathOf(drawingPath), relationshipsXml(drawingRels));
    overrides.push({ partName: `/${drawingPath}`, contentType: CONTENT_TYPE.drawing });

    const sheetRelsPath = relsPathOf(sheetPath);
    const sheetRels = await zip.file(sheetRelsPath)?.async("string");
    const drawingRelId = freshRelationshipId(usedRelationshipIds(sheetRels));
    zip.file(
      sheetRelsPath,
      appendRelationships(sheetRels, [
        { id: drawingRelId, type: REL.drawing, target: `../drawings/drawing${drawingNumber}.xml` },
      ])
    );
    zip.file(sheetPath, insertDrawingElement(await readText(zip, sheetPath), drawingRelId));
    drawingNumber++;
  }

  zip.file(
    "[Content_Types].xml",
    addContentTypeOverrides(await readText(zip, "[Content_Types].xml"), overrides)
  );
}
