/**
 * A TableBlock as worksheet cells and a table part: the header row (font, fill), the body as a
 * row source (one shared style per column, rows rendered as they are written), the totals row
 * with SUBTOTAL formulas and their computed values, and the table part itself (ECMA-376 Part 1,
 * 18.5.1.2 table) with each column's number format as its dataDxfId.
 */
import type { TableBlock, TableCell, TableColumn, TotalsFunction } from "../../report/model";
import {
  cellA1,
  columnLetters,
  excelSerialFromInstant,
  hasTotalsRow,
  rangeA1,
  subtotalFormula,
  tableBodyRowCount,
} from "../../report/ranges";
import { rowScanner } from "../../report/lazyRows";
import { tableHeaderHeight, tableRowHeights } from "../../report/rowHeights";
import { formulaCellXml, valueCellXml, type CellValue } from "./cellXml";
import { fonts, headerFill } from "./reportStyles";
import type { SheetCells } from "./sheetCells";
import type { CellStyle, StyleSheet } from "./styleSheet";
import { escapeXml, NS_MAIN, XML_HEAD } from "./xmlText";

/** What Excel's SUBTOTAL would compute over a column, so the file carries the totals' values. */
export function totalsResult(fn: TotalsFunction, values: TableCell[]): number {
  let sum = 0;
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  let nonEmpty = 0;
  for (const v of values) {
    if (v !== null && v !== "") nonEmpty++;
    const x = v !== null && typeof v === "object" ? v.value : v;
    if (typeof x !== "number" || !Number.isFinite(x)) continue;
    sum += x;
    n++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  switch (fn) {
    case "sum":
      return sum;
    case "average":
      return n === 0 ? 0 : sum / n;
    case "count":
      // SUBTOTAL(103) counts non-empty cells
      return nonEmpty;
    case "min":
      return n === 0 ? 0 : min;
    case "max":
      return n === 0 ? 0 : max;
  }
}

/** A model cell's value as written: dates as Excel serials, other values as they are. */
function plainValue(value: CellValue, column: TableColumn): CellValue {
  return typeof value === "number" && column.type === "date"
    ? excelSerialFromInstant(value)
    : value;
}

/** Adds the table's cells to the sheet; returns its table part XML (id: its number in the package). */
export function addTable(
  cells: SheetCells,
  styles: StyleSheet,
  table: TableBlock,
  partId: number
): string {
  const { row: top, col: left } = table.anchor;
  const withTotals = hasTotalsRow(table);
  const bodyRows = tableBodyRowCount(table);
  const wraps = table.columns.some((c) => c.wrap);
  const columnStyle = (column: TableColumn): CellStyle => ({
    numFmt: column.format,
    // When some cells wrap, every cell of the row reads from the top, like a printed table.
    ...(wraps ? { alignment: { wrapText: column.wrap === true, vertical: "top" as const } } : {}),
  });
  const letters = table.columns.map((_, j) => columnLetters(left + j));

  table.columns.forEach((column, j) => {
    const style = styles.xf({
      ...columnStyle(column),
      font: fonts.header,
      fill: headerFill,
      ...(table.wrapHeaders ? { alignment: { wrapText: true, vertical: "top" as const } } : {}),
    });
    cells.set(top, left + j, valueCellXml(`${letters[j]}${top + 1}`, style, column.header));
  });
  if (table.wrapHeaders) cells.height(top, tableHeaderHeight(table));

  const bodyStyles = table.columns.map((c) => styles.xf(columnStyle(c)));
  const columns = table.columns;
  const rows = table.rows;
  // a lazy body (src/report/lazyRows.ts) is read through its maker, not its Proxy
  const rowAt = rowScanner(rows);
  // read once: a lazy body's length is a Proxy read
  const rowCount = rows.length;
  // The common cell, a finite number outside a date column, from pieces made once a column.
  const opens = letters.map((l) => `<c r="${l}`);
  const closes = bodyStyles.map((s) => (s ? `" s="${s}"><v>` : `"><v>`));
  const plainNumbers = columns.map((c) => c.type !== "date");
  cells.addSource({
    firstRow: top + 1,
    lastRow: top + bodyRows,
    firstCol: left,
    lastCol: left + columns.length - 1,
    rowXml(row) {
      const index = row - top - 1;
      const data = index < rowCount ? rowAt(index) : undefined;
      const r = row + 1;
      let xml = "";
      for (let j = 0; j < columns.length; j++) {
        const cell = data === undefined ? null : (data[j] ?? null);
        if (typeof cell === "number" && plainNumbers[j] && Number.isFinite(cell)) {
          xml += `${opens[j]}${r}${closes[j]}${cell}</v></c>`;
          continue;
        }
        const ref = letters[j] + r;
        xml +=
          cell !== null && typeof cell === "object"
            ? formulaCellXml(ref, bodyStyles[j], cell.formula, plainValue(cell.value, columns[j]))
            : valueCellXml(ref, bodyStyles[j], plainValue(cell, columns[j]));
      }
      return xml;
    },
  });
  for (const [row, height] of tableRowHeights(table)) cells.height(row, height);

  const totalsRow = top + bodyRows + 1;
  if (withTotals) {
    table.columns.forEach((column, j) => {
      const style = styles.xf({ ...columnStyle(column), font: fonts.totals });
      const ref = `${letters[j]}${totalsRow + 1}`;
      const total = column.total;
      let xml = valueCellXml(ref, style, null);
      if (total !== undefined && "label" in total && total.label !== "") {
        xml = valueCellXml(ref, style, total.label);
      } else if (total !== undefined && "fn" in total) {
        const values: TableCell[] = new Array<TableCell>(rows.length);
        for (let i = 0; i < values.length; i++) values[i] = rowAt(i)[j] ?? null;
        xml = formulaCellXml(
          ref,
          style,
          subtotalFormula(table.name, column.header, total.fn),
          totalsResult(total.fn, values)
        );
      }
      cells.set(totalsRow, left + j, xml);
    });
  }
  return tablePartXml(table, styles, partId, totalsRow);
}

function tablePartXml(
  table: TableBlock,
  styles: StyleSheet,
  id: number,
  totalsRow: number
): string {
  const withTotals = hasTotalsRow(table);
  const right = table.anchor.col + table.columns.length - 1;
  const ref = rangeA1(table.anchor, { row: withTotals ? totalsRow : totalsRow - 1, col: right });
  const filterRef = `${cellA1(table.anchor)}:${cellA1({ row: totalsRow - 1, col: right })}`;
  const columns = table.columns.map((column, j) => {
    const total = column.total;
    let totals = "";
    if (withTotals) {
      if (total === undefined) totals = j === 0 ? ' totalsRowLabel=""' : "";
      else if ("label" in total) totals = ` totalsRowLabel="${escapeXml(total.label)}"`;
      else totals = ` totalsRowFunction="${total.fn}"`;
      if (total !== undefined && "fn" in total && j === 0) {
        throw new Error("the first column of a table can only carry a totals label");
      }
    }
    return (
      `<tableColumn id="${j + 1}" name="${escapeXml(column.header)}"${totals}` +
      ` dataDxfId="${styles.dxf(column.format)}"/>`
    );
  });
  return (
    XML_HEAD +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXml(table.name)}"` +
    ` displayName="${escapeXml(table.name)}" ref="${ref}"` +
    `${withTotals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'} headerRowCount="1">` +
    `<autoFilter ref="${filterRef}"/>` +
    `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0"` +
    ` showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
