import type { ReportBlock, ReportModel, ReportSheet, SheetKey } from "../../report/model";

/**
 * The report limited to the sheets the user chose, plus every sheet holding a table that a
 * chosen sheet's charts or formulas point at (the Dashboard's tiles and charts read the other
 * sheets' tables: writing it alone would leave them dangling). Sheets keep the model's order.
 */
export function selectReportSheets(model: ReportModel, chosen: readonly SheetKey[]): ReportModel {
  const tableHome = new Map<string, SheetKey>();
  for (const sheet of model.sheets) {
    for (const block of sheet.blocks)
      if (block.kind === "table") tableHome.set(block.name, sheet.key);
  }
  const keep = new Set<SheetKey>();
  const pending = [...chosen];
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (keep.has(key)) continue;
    keep.add(key);
    const sheet = model.sheets.find((s) => s.key === key);
    if (!sheet) continue;
    for (const table of tablesReferenced(sheet, tableHome)) {
      const home = tableHome.get(table)!;
      if (!keep.has(home)) pending.push(home);
    }
  }
  return { ...model, sheets: model.sheets.filter((sheet) => keep.has(sheet.key)) };
}

/** The tables of the model a sheet's charts and formulas name. */
function tablesReferenced(sheet: ReportSheet, tableHome: ReadonlyMap<string, SheetKey>): string[] {
  const formulas: string[] = [];
  const found = new Set<string>();
  for (const block of sheet.blocks) {
    if (block.kind === "chart") found.add(block.table);
    formulas.push(...formulasOf(block));
  }
  for (const table of tableHome.keys()) {
    // Structured references name a table followed by "[": Segments[Revenue].
    if (formulas.some((f) => f.includes(`${table}[`))) found.add(table);
  }
  return [...found].filter((t) => tableHome.has(t));
}

function formulasOf(block: ReportBlock): string[] {
  if (block.kind === "kpiTiles") return block.tiles.flatMap((t) => (t.formula ? [t.formula] : []));
  if (block.kind === "table") {
    return block.rows.flatMap((row) =>
      row.flatMap((cell) =>
        typeof cell === "object" && cell !== null && "formula" in cell ? [cell.formula] : []
      )
    );
  }
  return [];
}
