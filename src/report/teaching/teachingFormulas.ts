/**
 * The teaching workbook's formulas, in English function names (the .xlsx file and Office.js
 * `Range.formulas` both take them; Excel shows them in the user's language). Only functions
 * LibreOffice Calc evaluates alike, and no array formula: SUMPRODUCT and INDEX(..., 0)
 * evaluate their arguments as arrays in a plain cell, in Excel and in Calc.
 */
import { MAP_BINS } from "../../analytics/rfm";

/** A text as a formula literal: "Can't lose" -> "\"Can't lose\"", inner quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A score as the engine's quantile rule computes it (scoreByQuantiles.ts): 1 + the number of cut
 * points strictly below the value; recency reversed as bins − that number. SUMPRODUCT compares
 * numbers with numbers (COUNTIF's "<"&value would go through text and lose digits).
 *
 * @example scoreFormula("B12", "$C$5:$C$8", 5, true) // => "5-SUMPRODUCT(--($C$5:$C$8<B12))"
 */
export function scoreFormula(
  valueCell: string,
  cutsRange: string,
  bins: number,
  reversed: boolean
): string {
  const below = `SUMPRODUCT(--(${cutsRange}<${valueCell}))`;
  return reversed ? `${bins}-${below}` : `1+${below}`;
}

/**
 * A score of `bins` read on the maps' 5-score grid (assignSegment.ts toMapScore):
 * ROUND((s − ½)·5/bins + ½). The score cell itself when bins = 5. ROUND rounds halves away from
 * zero and Math.round up: the same for these positive values.
 */
export function mapScoreExpression(scoreCell: string, bins: number): string {
  if (bins === MAP_BINS) return scoreCell;
  return `ROUND((${scoreCell}-0.5)*${MAP_BINS}/${bins}+0.5,0)`;
}

/** Ranges of the segment-map table's columns (absolute A1), one cell a rule. */
export interface RuleRanges {
  segment: string;
  rMin: string;
  rMax: string;
  fMin: string;
  fMax: string;
  mMin: string;
  mMax: string;
}

/**
 * The segment of the first rule whose three ranges hold the customer's map scores (ruleOf in
 * assignSegment.ts): MATCH(1, ...) finds the first row where every condition is 1; INDEX(..., 0)
 * makes Excel evaluate the product as an array without an array formula. `noRule` is shown
 * when an edited map leaves a cell uncovered.
 *
 * @example
 * segmentFormula({ r: "E12", f: "F12", m: "G12" }, 5, ranges, "(no rule)")
 * // => IFERROR(INDEX($J$5:$J$16,MATCH(1,INDEX(($K$5:$K$16<=E12)*($L$5:$L$16>=E12)*...,0),0)),"(no rule)")
 */
export function segmentFormula(
  scores: { r: string; f: string; m: string },
  bins: number,
  rules: RuleRanges,
  noRule: string
): string {
  const r = mapScoreExpression(scores.r, bins);
  const f = mapScoreExpression(scores.f, bins);
  const m = mapScoreExpression(scores.m, bins);
  const within = (min: string, max: string, score: string) =>
    `(${min}<=${score})*(${max}>=${score})`;
  const all = [
    within(rules.rMin, rules.rMax, r),
    within(rules.fMin, rules.fMax, f),
    within(rules.mMin, rules.mMax, m),
  ].join("*");
  return `IFERROR(INDEX(${rules.segment},MATCH(1,INDEX(${all},0),0)),${textLiteral(noRule)})`;
}

/** TRUE when the formulas' scores and segment equal the engine's (cells pairwise). */
export function checkFormula(pairs: readonly (readonly [string, string])[]): string {
  return `AND(${pairs.map(([a, b]) => `${a}=${b}`).join(",")})`;
}
