/**
 * Excel's limit on the text of one cell: 32,767 characters ("Excel specifications and limits",
 * support.microsoft.com). Longer text is refused by Office.js and cut by Excel when a file
 * holds it, so renderers cut it themselves, ending with a marker the reader sees.
 */

/** Characters a cell can hold. */
export const MAX_CELL_TEXT = 32_767;

/** Ends cut text: the editorial mark for omitted text, the same in every language. */
export const CUT_MARKER = " […]";

/**
 * `text`, or its first characters and CUT_MARKER, within MAX_CELL_TEXT characters.
 *
 * @example
 * capCellText("x".repeat(40_000)).length // 32767, ending with " […]"
 */
export function capCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  return text.slice(0, MAX_CELL_TEXT - CUT_MARKER.length) + CUT_MARKER;
}
