/**
 * Headers made unique as Excel requires (case-insensitively): a repeated label gets " (2)",
 * " (3)"... Data values (channel or campaign names) become headers in pivoted tables.
 */
export function uniqueHeaders(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.map((label) => {
    const base = label.trim() === "" ? "-" : label;
    let header = base;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    seen.add(header.toLowerCase());
    return header;
  });
}
