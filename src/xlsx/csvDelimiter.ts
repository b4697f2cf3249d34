import Papa from "papaparse";

/** Separators tried, in order: French Excel writes ";", others ",", some exports tabs or pipes. */
const DELIMITERS = [";", ",", "\t", "|"];

/** How many lines the separator guess looks at. */
const PREVIEW_LINES = 50;

/**
 * The separator of a CSV text: the one that splits the first lines into the same number (2 or
 * more) of fields most often; ties go to the earlier in DELIMITERS (";" first, as French Excel
 * writes it, since "12,50" would split on ","). Papaparse's own guess is thrown off by blank
 * lines and very short files, hence this one, which still lets papaparse handle the quoting.
 */
export function guessDelimiter(text: string): string {
  return bestDelimiter((delimiter) => previewRows(text, delimiter));
}

/**
 * guessDelimiter's answer for the whole text, from a prefix of it whose line ends are "\n" alone
 * (the byte reader's, csvBytes.ts): null when, for some separator, the prefix holds fewer
 * preview records than previewRows reads (papaparse's preview not truncated), where the
 * answer might depend on what follows. A truncated preview of a prefix is that of the whole
 * text (see previewRows).
 */
export function guessDelimiterOfPrefix(prefix: string): string | null {
  const previews = new Map<string, string[][]>();
  for (const delimiter of DELIMITERS) {
    const parsed = Papa.parse<string[]>(prefix, {
      delimiter,
      preview: PREVIEW_LINES,
      skipEmptyLines: "greedy",
      newline: "\n",
    });
    if (!parsed.meta.truncated) return null;
    previews.set(delimiter, parsed.data);
  }
  return bestDelimiter((delimiter) => previews.get(delimiter)!);
}

/** The separator whose preview rows have the same field count (2 or more) most often. */
function bestDelimiter(previewOf: (delimiter: string) => string[][]): string {
  let best = { delimiter: ",", score: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = previewOf(delimiter);
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let modal = 0;
    let modalRows = 0;
    for (const [fields, n] of counts) {
      if (n > modalRows || (n === modalRows && fields > modal)) [modal, modalRows] = [fields, n];
    }
    const score = modal >= 2 && rows.length > 0 ? modalRows / rows.length : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** The text read first by previewRows; doubled until it holds the preview's lines. */
const PREVIEW_CHARS = 1 << 16;

/**
 * The first PREVIEW_LINES records of a text split at `delimiter`, blank ones dropped: what
 * papaparse's `preview` gives on the whole text, read from its start only. Papaparse with
 * `preview` still costs O(file): without quotes in the text it splits the whole text at its
 * line breaks, and it guesses the line ending from the first megabyte. So, for a text whose
 * lines end in "\n" alone (readCsvText's), a prefix is parsed, with that line ending: when
 * papaparse stops there at the preview's end (meta.truncated), every record it returns was
 * closed by a line break inside the prefix, so the records are those of the whole text. A
 * prefix too short is doubled (from `firstChars`); a text with "\r" is parsed whole, as before.
 */
export function previewRows(
  text: string,
  delimiter: string,
  firstChars = PREVIEW_CHARS
): string[][] {
  const options = { delimiter, preview: PREVIEW_LINES, skipEmptyLines: "greedy" } as const;
  if (text.indexOf("\r") >= 0) return Papa.parse<string[]>(text, options).data;
  for (let chars = firstChars; chars < text.length; chars *= 2) {
    const parsed = Papa.parse<string[]>(text.slice(0, chars), { ...options, newline: "\n" });
    if (parsed.meta.truncated) return parsed.data;
  }
  return Papa.parse<string[]>(text, { ...options, newline: "\n" }).data;
}
