/**
 * Places a slide's parts in its body: a table on top, bullets and a chart side by side below it
 * (or filling the body when alone), each text at the largest size that fits its box.
 */
import type { DeckSlide, DeckTable } from "./deckModel";
import { fittingSize, REGION, textHeight, type Box } from "./slideLayout";

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

function placeTable(table: DeckTable, box: Box, maxHeight: number): PlacedTable {
  const weights = table.widths ?? table.header.map(() => 1);
  const total = weights.reduce((s, w) => s + w, 0);
  const colW = weights.map((w) => (w / total) * box.w);
  let fontSize = 13;
  let rowH = rowHeights(table, colW, fontSize);
  while (fontSize > 8 && rowH.reduce((s, h) => s + h, 0) > maxHeight) {
    fontSize--;
    rowH = rowHeights(table, colW, fontSize);
  }
  return { ...box, h: rowH.reduce((s, h) => s + h, 0), fontSize, colW, rowH };
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
