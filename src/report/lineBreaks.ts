import { EXCEL_DEFAULT_WIDTH } from "./columnWidths";

/**
 * Characters a line of text holds across `count` columns from `from` of `widths` (a sheet's
 * column widths, in Excel's "0" widths): nine tenths of their width, room for wide letters.
 */
export function lineCharsOf(widths: readonly number[], from: number, count: number): number {
  let width = 0;
  for (let c = from; c < from + count; c++) width += widths[c] || EXCEL_DEFAULT_WIDTH;
  return Math.floor(0.9 * width);
}

/**
 * A paragraph as lines of at most `maxChars` characters, broken between words (greedy: each line
 * takes as many words as fit). A note writes one line a row: a cell's text does not wrap, and
 * past the printed columns a long sentence was cut, or printed on a page of its own to the right.
 * A word longer than `maxChars` is a line by itself. Runs of spaces between words become one.
 *
 * @example
 * lineBreaks("Move the line between R 5 and R 4", 16) // ["Move the line", "between R 5 and", "R 4"]
 */
export function lineBreaks(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (word === "") continue;
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
