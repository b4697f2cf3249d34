/**
 * Names Excel accepts for sheets and tables. Localised labels become names here, so a French
 * "Qualité des données" or a campaign called "Q1/Q2" never makes a file Excel refuses to open.
 */

/** Excel's limit on sheet name length. */
export const MAX_SHEET_NAME = 31;

/**
 * An Excel-valid sheet name: the characters []:*?/\ replaced by a space, no leading or trailing
 * apostrophe, at most 31 characters, never empty, never "History" (reserved by Excel).
 */
export function excelSheetName(label: string): string {
  let name = label
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim()
    // Cutting at 31 can leave an apostrophe (or a space before one) at the end.
    .replace(/[\s']+$/, "");
  if (name === "") name = "Sheet";
  if (name.toLowerCase() === "history") name = "History_";
  return name;
}

/** True when `name` reads as a cell reference (A1 or R1C1 style), which a table name may not. */
function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[Rr]([0-9]*)?([Cc][0-9]*)?$/.test(name);
}

/**
 * An Excel-valid table (defined) name: letters, digits, "_" and "."; starts with a letter or "_";
 * not a cell reference ("R", "C", "A1", "R1C1"); at most 255 characters. Accents are kept as
 * plain letters ("Qualité" -> "Qualite") so structured references stay easy to type.
 */
export function excelTableName(label: string): string {
  let name = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (name === "" || !/^[A-Za-z_]/.test(name)) name = `T_${name}`;
  if (looksLikeCellReference(name)) name = `${name}_`;
  return name.slice(0, 255);
}
