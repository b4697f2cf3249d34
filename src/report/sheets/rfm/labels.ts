/**
 * Texts shared by the RFM, Segments and Migration sheets: segment names (from the rfm namespace,
 * so every sheet, the pane and the JSON summary name a segment alike), dates and numbers as the
 * sheets' subtitles and the Method sheet write them.
 */
import { isoDay, type SegmentDefinition, type SegmentMap } from "../../../analytics/rfm";
import type { ReportContext } from "../../reportContext";

/** A segment's name in the report's language: t(def.nameKey, def.params). */
export function segmentLabel(def: SegmentDefinition, ctx: ReportContext): string {
  return ctx.t(def.nameKey, def.params ?? {});
}

/** Segment id -> name, for every segment of the map. */
export function segmentLabels(map: SegmentMap, ctx: ReportContext): Map<string, string> {
  return new Map(map.segments.map((s) => [s.id, segmentLabel(s, ctx)]));
}

/** The name of the map in force ("Classic RFM segments"). */
export function mapLabel(map: SegmentMap, ctx: ReportContext): string {
  return ctx.t(`rfm:maps.${map.id}.name`);
}

/** A day number as ISO "YYYY-MM-DD" (the same in both languages), "–" when unknown. */
export function dayLabel(day: number | null): string {
  return day === null ? "–" : isoDay(day);
}

/** A number as the language writes it, at most `digits` decimals: 1234.5 -> "1,234.5" / "1 234,5". */
export function numberLabel(x: number, ctx: ReportContext, digits = 2): string {
  return x.toLocaleString(ctx.language, { maximumFractionDigits: digits });
}

/**
 * The customer's cell as one code, R then F then M: "545". With 10 scores a digit is not enough,
 * so the scores are joined with dashes ("10-9-4") and the code still reads one way.
 */
export function rfmCode(r: number, f: number, m: number, bins: number): string {
  return bins < 10 ? `${r}${f}${m}` : `${r}-${f}-${m}`;
}

/** An amount rounded to the unit with the currency symbol where the language puts it. */
export function amountLabel(x: number, ctx: ReportContext): string {
  const number = numberLabel(x, ctx, 0);
  if (ctx.currencySymbol === "") return number;
  return ctx.language === "fr"
    ? `${number}\u00a0${ctx.currencySymbol}`
    : `${ctx.currencySymbol}${number}`;
}
