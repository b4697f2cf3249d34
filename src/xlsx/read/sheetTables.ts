/**
 * The Excel Tables of a worksheet (its relationships of type table, xl/tables/tableN.xml,
 * ECMA-376 Part 1, 18.5.1.2): name, range and whether the range ends with a totals row.
 */
import { parseRangeRef } from "../workbookSourceCells";
import { eachTag, relationshipsOf } from "./packageParts";
import type { ZipPackage } from "./zipPackage";

export interface SheetTable {
  /** The relationship id the sheet's tableParts refer to it by. */
  id: string;
  name: string;
  range: { top: number; left: number; bottom: number; right: number };
  totalsRow: boolean;
}

export function readSheetTables(pkg: ZipPackage, sheetPart: string): SheetTable[] {
  const tables: SheetTable[] = [];
  for (const rel of relationshipsOf(pkg, sheetPart)) {
    if (!rel.type.endsWith("/table")) continue;
    const xml = pkg.text(rel.part);
    if (xml === undefined) continue;
    eachTag(xml, (name, a) => {
      if (name !== "table" || a.name === undefined) return;
      const range = parseRangeRef(a.ref ?? "");
      // ExcelJS read a totals row only from totalsRowCount="1".
      if (range)
        tables.push({ id: rel.id, name: a.name, range, totalsRow: a.totalsRowCount === "1" });
    });
  }
  return tables;
}
