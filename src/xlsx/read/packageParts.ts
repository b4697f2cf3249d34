/**
 * The package-level facts the values-only reader needs, from small parts read whole: the
 * workbook's sheets in order with the part each lives in (xl/workbook.xml and its
 * relationships), the 1904 date system, and the relationships of any part.
 */
import { InputFileError } from "../inputFileError";
import { SHEET_NAME_MAX } from "../sheetNameLimit";
import { XmlScanner, attributesOf } from "./xmlScanner";
import type { ZipPackage } from "./zipPackage";

export interface SheetEntry {
  /** The name Excel shows: over 31 characters, truncated as Excel would (longSheetNames). */
  name: string;
  /** The worksheet part, "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  date1904: boolean;
  /** The shared strings and styles parts, when the package has them. */
  sharedStrings?: string;
  styles?: string;
}

export interface Relationship {
  id: string;
  type: string;
  /** The target resolved to a part name ("xl/tables/table1.xml"); external targets are left out. */
  part: string;
}

const WORKBOOK = "xl/workbook.xml";

/** Scans a whole small part, handing each start tag's name and attributes to `onTag`. */
export function eachTag(
  xml: string,
  onTag: (name: string, attributes: Record<string, string>) => void
): void {
  const scanner = new XmlScanner({
    open: (name, raw) => onTag(name, attributesOf(raw)),
    close: () => undefined,
    text: () => undefined,
    wantsText: () => false,
  });
  scanner.push(xml);
  scanner.end();
}

/** The relationships of `part` (from its _rels/<name>.rels), targets resolved against it. */
export function relationshipsOf(pkg: ZipPackage, part: string): Relationship[] {
  const slash = part.lastIndexOf("/");
  const folder = part.slice(0, slash + 1);
  const xml = pkg.text(`${folder}_rels/${part.slice(slash + 1)}.rels`);
  if (xml === undefined) return [];
  const relationships: Relationship[] = [];
  eachTag(xml, (name, a) => {
    if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
    relationships.push({ id: a.Id, type: a.Type ?? "", part: resolvePart(folder, a.Target) });
  });
  return relationships;
}

/** A relationship target as a part name: absolute ("/xl/...") or relative to `folder`. */
export function resolvePart(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const resolved: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return decodeURIComponentSafe(resolved.join("/"));
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The workbook's sheets (worksheets only: chart sheets and dialog sheets hold no cells), in
 * the order of xl/workbook.xml, and its date system. Names over 31 characters are truncated;
 * two that then collide are refused, naming both (the rule of longSheetNames).
 */
export function readWorkbookParts(pkg: ZipPackage): WorkbookParts {
  const xml = pkg.text(WORKBOOK);
  if (xml === undefined) throw new InputFileError("file.damagedWorkbook");
  const relationships = relationshipsOf(pkg, WORKBOOK);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const listed: { name: string; id: string }[] = [];
  let date1904 = false;
  eachTag(xml, (name, a) => {
    if (name === "sheet" && a.name !== undefined && a.id !== undefined) {
      listed.push({ name: a.name, id: a.id });
    } else if (name === "workbookPr") {
      // xsd:boolean: "1" or "true" (Excel writes 1, LibreOffice true).
      date1904 = a.date1904 === "1" || a.date1904 === "true";
    }
  });
  const sheets: SheetEntry[] = [];
  const seen = new Map<string, string>();
  for (const { name, id } of listed) {
    const rel = byId.get(id);
    if (!rel || !rel.type.endsWith("/worksheet") || !pkg.has(rel.part)) continue;
    const key = name.slice(0, SHEET_NAME_MAX).toLowerCase();
    const first = seen.get(key);
    if (first !== undefined && (name.length > SHEET_NAME_MAX || first.length > SHEET_NAME_MAX)) {
      throw new InputFileError("file.sheetNamesCollide", { first, second: name });
    }
    seen.set(key, name);
    sheets.push({ name: name.slice(0, SHEET_NAME_MAX), part: rel.part });
  }
  // Transitional or strict relationship types; else the part where every writer puts it.
  const partOf = (type: string) =>
    relationships.find((r) => r.type.endsWith(`/${type}`) && pkg.has(r.part))?.part ??
    (pkg.has(`xl/${type}.xml`) ? `xl/${type}.xml` : undefined);
  return { sheets, date1904, sharedStrings: partOf("sharedStrings"), styles: partOf("styles") };
}
