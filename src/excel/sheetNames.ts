/**
 * Names for the sheets and tables a write creates. A user's sheet or table is never renamed or
 * replaced: when one already bears the name we want, ours gets a suffix " (2)", " (3)", ...
 * within Excel's 31 characters. New sheets are built under temporary names first (see
 * writeReport), which must not collide with anything either.
 */
import { excelSheetName, MAX_SHEET_NAME } from "../report/excelNames";

/** `base`, or `base (n)` with the smallest n >= 2 that `isTaken` refuses, kept to 31 chars. */
export function freeSheetName(base: string, isTaken: (name: string) => boolean): string {
  const name = excelSheetName(base);
  if (!isTaken(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** `base`, or `base_n` with the smallest n >= 2 that `isTaken` refuses (table names). */
export function freeTableName(base: string, isTaken: (name: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    if (!isTaken(`${base}_${n}`)) return `${base}_${n}`;
  }
}

/** A case-insensitive set of names, the way Excel compares sheet and table names. */
export class NameSet {
  private readonly names = new Set<string>();
  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }
  add(name: string): void {
    this.names.add(name.toLowerCase());
  }
  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }
}
