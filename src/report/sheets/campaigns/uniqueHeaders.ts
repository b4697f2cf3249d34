/** Excel's limit on a table column name (a header cell of a Table). */
export const MAX_COLUMN_HEADER = 255;

/**
 * Headers made unique as Excel requires (case-insensitively): a repeated label gets " (2)",
 * " (3)"... Data values (channel or campaign names) become headers in pivoted tables, so each is
 * also cut to Excel's 255 characters, suffix included (cleaning already excludes longer values;
 * this keeps the report valid for any input).
 * See https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export function uniqueHeaders(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.map((label) => {
    const base = label.trim() === "" ? "-" : label;
    let header = base.slice(0, MAX_COLUMN_HEADER);
    for (let n = 2; seen.has(header.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      header = base.slice(0, MAX_COLUMN_HEADER - suffix.length) + suffix;
    }
    seen.add(header.toLowerCase());
    return header;
  });
}
