/**
 * Month names and abbreviations, English and French, folded (lower case, no accents), kept as
 * data: "déc." and "Dec" both give 12. Index + 1 is the month number.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ["january", "jan", "janvier", "janv"],
  ["february", "feb", "fevrier", "fev", "fevr"],
  ["march", "mar", "mars"],
  ["april", "apr", "avril", "avr"],
  ["may", "mai"],
  ["june", "jun", "juin"],
  ["july", "jul", "juillet", "juil"],
  ["august", "aug", "aout"],
  ["september", "sep", "sept", "septembre"],
  ["october", "oct", "octobre"],
  ["november", "nov", "novembre"],
  ["december", "dec", "decembre"],
];

const monthByName = new Map<string, number>(
  MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const))
);

/** The month number (1..12) of a folded month name or abbreviation (a trailing dot is ignored). */
export function monthFromName(folded: string): number | null {
  return monthByName.get(folded.replace(/\.$/, "")) ?? null;
}
