/**
 * Where things go on a 16:9 slide (13.33 x 7.5 in, PowerPoint's "Widescreen") and how large a
 * text may be set so it fits its box. The fit rule is an estimate from the font size (an average
 * character of Calibri is about half an em wide, a line 1.2 em high); the renderer picks the
 * largest size that fits and the tests check every box against the same rule.
 */
export const SLIDE = { width: 13.333, height: 7.5 } as const;
export const MARGIN = 0.5;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const CHAR_EM = 0.5;
const LINE_EM = 1.2;
/** Inner padding pptxgenjs and PowerPoint leave inside a text box (0.1 in a side). */
const INSET = 0.2;

/** Lines a paragraph takes in a box `width` inches wide at `fontSize` points. */
export function linesOf(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(((width - INSET) * 72) / (fontSize * CHAR_EM)));
  return text.split("\n").reduce((sum, p) => sum + Math.max(1, Math.ceil(p.length / perLine)), 0);
}

/** Width in inches a text needs to stay on one line at `fontSize` (the inverse of `linesOf`). */
export function oneLineWidth(text: string, fontSize: number): number {
  return (text.length * fontSize * CHAR_EM) / 72 + INSET;
}

/** Height in inches of paragraphs at `fontSize`, with `spacing` points between paragraphs. */
export function textHeight(
  paragraphs: readonly string[],
  width: number,
  fontSize: number,
  spacing = 0
) {
  const lines = paragraphs.reduce((sum, p) => sum + linesOf(p, width, fontSize), 0);
  return (lines * fontSize * LINE_EM + spacing * Math.max(0, paragraphs.length - 1)) / 72 + INSET;
}

/** The largest size from `max` down to `min` at which the paragraphs fit the box (else `min`). */
export function fittingSize(
  paragraphs: readonly string[],
  box: Pick<Box, "w" | "h">,
  max: number,
  min: number,
  spacing = 0
): number {
  for (let size = max; size > min; size--) {
    if (textHeight(paragraphs, box.w, size, spacing) <= box.h) return size;
  }
  return min;
}

/** The slide's regions: title, subtitle, body, footer. */
export const REGION = {
  title: { x: MARGIN, y: 0.3, w: SLIDE.width - 2 * MARGIN, h: 0.75 },
  subtitle: { x: MARGIN, y: 1.05, w: SLIDE.width - 2 * MARGIN, h: 0.5 },
  body: { x: MARGIN, y: 1.65, w: SLIDE.width - 2 * MARGIN, h: 5.15 },
  footer: { x: MARGIN, y: 6.95, w: SLIDE.width - 2 * MARGIN - 1, h: 0.4 },
  pageNumber: { x: SLIDE.width - MARGIN - 0.8, y: 6.95, w: 0.8, h: 0.4 },
} as const satisfies Record<string, Box>;
