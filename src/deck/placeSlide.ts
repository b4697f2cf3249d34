/**
 * Places a slide's parts in its body: a table on top, bullets and a chart side by side below it
 * (or filling the body when alone), each text at the largest size that fits its box.
 */
import type { DeckSlide, DeckTable } from "./deckModel";
import { fittingSize, oneLineWidth, REGION, textHeight, type Box } from "./slideLayout";

export interface PlacedText extends Box {
  fontSize: number;
}

export interface PlacedTable extends PlacedText {
  /** Column widths in inches. */
  colW: number[];
  /** Row heights in inches (header first). */
  rowH: number[];
}

export interface SlidePlacement {
  table?: PlacedTable;
  bullets?: PlacedText;
  chart?: Box;
}

const GAP = 0.3;
/** Bullets take this share of the width beside a chart. */
const BULLETS_SHARE = 0.42;
export const BULLET_SPACING = 8;

/** Row heights of a table at `fontSize`: the tallest cell of each row. */
function rowHeights(table: DeckTable, colW: number[], fontSize: number): number[] {
  return [table.header, ...table.rows].map((row) =>
    Math.max(...row.map((cell, j) => textHeight([cell], colW[j], fontSize)))
  );
}

/**
 * Column widths at `fontSize`: one-line columns as wide as their longest body cell, the others
 * sharing the rest by weight; null when the one-line columns leave the others too little.
 */
function columnWidths(table: DeckTable, width: number, fontSize: number): number[] | null {
  const weights = table.widths ?? table.header.map(() => 1);
  const oneLine = new Set(table.oneLine ?? []);
  const fixed = weights.map((_, j) =>
    oneLine.has(j) ? Math.max(...table.rows.map((r) => oneLineWidth(r[j], fontSize)), 0) : 0
  );
  const rest = width - fixed.reduce((s, w) => s + w, 0);
  const shared = weights.reduce((s, w, j) => s + (oneLine.has(j) ? 0 : w), 0);
  const colW = weights.map((w, j) => (oneLine.has(j) ? fixed[j] : (w / shared) * rest));
  // A wrapping column narrower than a short word would break words instead of lines.
  const narrowest = Math.min(...colW.filter((_, j) => !oneLine.has(j)), Infinity);
  return rest > 0 && narrowest >= oneLineWidth("xxxxxxxx", fontSize) ? colW : null;
}

function placeTable(table: DeckTable, box: Box, maxHeight: number): PlacedTable {
  let fontSize = 13;
  for (; ; fontSize--) {
    const colW = columnWidths(table, box.w, fontSize);
    const rowH = colW && rowHeights(table, colW, fontSize);
    const fits = rowH !== null && rowH.reduce((s, h) => s + h, 0) <= maxHeight;
    if (colW && rowH && (fits || fontSize === 8)) {
      return { ...box, h: rowH.reduce((s, h) => s + h, 0), fontSize, colW, rowH };
    }
    if (fontSize === 8) {
      // Even the smallest size cannot keep the figures on one line: plain weights then.
      const weights = table.widths ?? table.header.map(() => 1);
      const total = weights.reduce((s, w) => s + w, 0);
      const plain = weights.map((w) => (w / total) * box.w);
      const heights = rowHeights(table, plain, 8);
      return {
        ...box,
        h: heights.reduce((s, h) => s + h, 0),
        fontSize,
        colW: plain,
        rowH: heights,
      };
    }
  }
}

function placeBullets(bullets: readonly string[], box: Box): PlacedText {
  return { ...box, fontSize: fittingSize(bullets, box, 20, 10, BULLET_SPACING) };
}

export function placeSlide(slide: DeckSlide): SlidePlacement {
  const body: Box = slide.key === "title" ? { ...REGION.body, y: 3.4, h: 3.3 } : REGION.body;
  const placement: SlidePlacement = {};
  let top = body.y;
  if (slide.table) {
    const maxHeight = slide.chart || slide.bullets ? body.h * 0.5 : body.h;
    placement.table = placeTable(slide.table, { ...body, h: maxHeight }, maxHeight);
    top += placement.table.h + GAP;
  }
  const rest: Box = { x: body.x, y: top, w: body.w, h: body.y + body.h - top };
  const bullets = slide.bullets ?? [];
  if (slide.chart && bullets.length > 0) {
    const left = rest.w * BULLETS_SHARE;
    placement.bullets = placeBullets(bullets, { ...rest, w: left });
    placement.chart = { ...rest, x: rest.x + left + GAP, w: rest.w - left - GAP };
  } else if (slide.chart) {
    placement.chart = rest;
  } else if (bullets.length > 0) {
    placement.bullets = placeBullets(bullets, rest);
  }
  return placement;
}
