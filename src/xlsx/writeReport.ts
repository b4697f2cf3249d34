/**
 * The .xlsx renderer of a ReportModel, for the CLI and the standalone browser mode.
 *
 * Our own SpreadsheetML writer (src/xlsx/ooxml/), streaming: styles are shared (one per
 * distinct look), each table body is rendered row by row as XML text straight into the deflate
 * stream of its worksheet part, so a million-row sheet never exists as cell objects, one string
 * or one uncompressed buffer. Native charts are DrawingML parts bound to the tables' ranges,
 * with cached values so readers that do not recalculate still draw them (src/xlsx/chart/).
 * Why not ExcelJS: its in-memory workbook keeps a style object per cell (44 s and 2.8 GB at
 * 100,000 customers); its streaming WorkbookWriter writes no tables and runs on Node streams
 * (archiver), not in the browser.
 */
import type { ChartBlock, ConditionalFormat, ReportModel, ReportSheet } from "../report/model";
import { sheetColumnWidths } from "../report/columnWidths";
import { columnsBodyA1, tableBodyRowCount } from "../report/ranges";
import { assertValidModel } from "../report/validateModel";
import { writeChartParts } from "./ooxml/chartParts";
import { addKpiTiles, addNote, addTitle } from "./ooxml/blockCells";
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  relationshipsXml,
  REL_TYPE,
  rootRelationshipsXml,
  workbookRelationshipsXml,
  workbookXml,
} from "./ooxml/packageParts";
import { SheetCells } from "./ooxml/sheetCells";
import { StyleSheet } from "./ooxml/styleSheet";
import { addTable } from "./ooxml/tableCells";
import {
  dimensionRef,
  worksheetHead,
  worksheetTail,
  type PlacedFormat,
} from "./ooxml/worksheetXml";
import { ZipWriter, type Compression } from "./ooxml/zipWriter";
import theme from "exceljs/lib/xlsx/xml/theme1";

export interface WriteOptions {
  /** The compressor (default: pako, everywhere; the CLI passes Node's zlib, several times faster). */
  compression?: Compression;
}

/**
 * Writes the report as an .xlsx file: every sheet of the model, in order, with its tables,
 * tiles, notes and native charts. Works in Node and in the browser (no file system). Throws,
 * before writing anything, when the model breaks one of Excel's rules (validateModel.ts).
 */
export async function writeReportXlsx(
  model: ReportModel,
  options: WriteOptions = {}
): Promise<Uint8Array> {
  return writePackage(model, new ZipWriter(options.compression));
}

/**
 * writeReportXlsx handing the file's bytes to `sink` as they are made (the CLI writes them
 * straight to disk), so not even the compressed package is held whole. Throws like
 * writeReportXlsx, before any byte when the model is invalid.
 */
export async function streamReportXlsx(
  model: ReportModel,
  sink: (chunk: Uint8Array) => void,
  options: WriteOptions = {}
): Promise<void> {
  await writePackage(model, new ZipWriter(options.compression, sink));
}

async function writePackage(model: ReportModel, zip: ZipWriter): Promise<Uint8Array> {
  assertValidModel(model);
  const styles = new StyleSheet();
  let tables = 0;
  let charts = 0;
  let drawings = 0;
  for (const [i, sheet] of model.sheets.entries()) {
    const written = await writeSheet(zip, styles, model, sheet, i + 1, tables, charts, drawings);
    tables += written.tables;
    charts += written.charts;
    if (written.charts > 0) drawings++;
  }
  zip.file("xl/styles.xml", styles.xml());
  zip.file("xl/theme/theme1.xml", theme);
  zip.file("xl/workbook.xml", workbookXml(model));
  zip.file("xl/_rels/workbook.xml.rels", workbookRelationshipsXml(model.sheets.length));
  zip.file(
    "[Content_Types].xml",
    contentTypesXml({ sheets: model.sheets.length, tables, charts, drawings })
  );
  zip.file("_rels/.rels", rootRelationshipsXml());
  zip.file("docProps/core.xml", corePropertiesXml(model));
  zip.file("docProps/app.xml", appPropertiesXml(model));
  // the slices still being deflated elsewhere (src/cli/nodeCompression.ts) written out
  await zip.drain();
  return zip.finish();
}

/** Writes one worksheet and its table, drawing and chart parts; returns how many of each. */
async function writeSheet(
  zip: ZipWriter,
  styles: StyleSheet,
  model: ReportModel,
  sheet: ReportSheet,
  number: number,
  tablesBefore: number,
  chartsBefore: number,
  drawingsBefore: number
): Promise<{ tables: number; charts: number }> {
  const cells = new SheetCells();
  const formats: PlacedFormat[] = [];
  const rels: { id: string; type: string; target: string }[] = [];
  for (const block of sheet.blocks) {
    switch (block.kind) {
      case "title":
        addTitle(cells, styles, block);
        break;
      case "kpiTiles":
        addKpiTiles(cells, styles, block);
        break;
      case "note":
        addNote(cells, styles, block);
        break;
      case "table": {
        const id = tablesBefore + rels.length + 1;
        zip.file(`xl/tables/table${id}.xml`, addTable(cells, styles, block, id));
        rels.push({
          id: `rId${rels.length + 1}`,
          type: REL_TYPE.table,
          target: `../tables/table${id}.xml`,
        });
        if (tableBodyRowCount(block) > 0) {
          for (const format of block.conditionalFormats ?? []) {
            formats.push({
              ref: columnsBodyA1(block, format.columns),
              format: format as ConditionalFormat,
            });
          }
        }
        break;
      }
      case "chart":
        break;
    }
  }
  const tables = rels.length;
  const sheetCharts = sheet.blocks.filter((b): b is ChartBlock => b.kind === "chart");
  let drawingRelId: string | undefined;
  if (sheetCharts.length > 0) {
    drawingRelId = `rId${rels.length + 1}`;
    const drawing = drawingsBefore + 1;
    writeChartParts(zip, model, sheetCharts, drawing, chartsBefore + 1);
    rels.push({
      id: drawingRelId,
      type: REL_TYPE.drawing,
      target: `../drawings/drawing${drawing}.xml`,
    });
  }
  const part = zip.part(`xl/worksheets/sheet${number}.xml`);
  part.write(worksheetHead(sheet, sheetColumnWidths(sheet), dimensionRef(cells.bounds())));
  await cells.writeSheetData(part);
  part.write(
    worksheetTail(
      sheet,
      cells.merges,
      formats,
      rels.filter((r) => r.type === REL_TYPE.table).map((r) => r.id),
      drawingRelId
    )
  );
  part.close();
  if (rels.length > 0)
    zip.file(`xl/worksheets/_rels/sheet${number}.xml.rels`, relationshipsXml(rels));
  return { tables, charts: sheetCharts.length };
}
