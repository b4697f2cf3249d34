import { isoDay } from "./calendar";
import type { RfmResult } from "./rfmResult";
import { MAP_BINS } from "./segmentMaps";

/**
 * One line of the Method sheet: an i18n key of namespace "rfm" and its params. Keys with a
 * `count` param are i18next plurals (key_one / key_other): pass the params to `t` as they are.
 */
export interface MethodNote {
  key: string;
  params: Record<string, string | number>;
}

/**
 * The rules in force for an RFM result, as i18n keys + params, for the Method sheet and the
 * pane: as-of date, window, what F and M count, the scoring and tie rule, the map, and who was
 * left out. A controller reconciling a figure reads here which rule produced it.
 */
export function rfmMethodNotes(result: RfmResult): MethodNote[] {
  const notes: MethodNote[] = [];
  if (result.asOfDay !== null) {
    notes.push({ key: "rfm:method.asOf", params: { date: isoDay(result.asOfDay) } });
  }
  notes.push(
    result.windowStartDay !== null
      ? { key: "rfm:method.window", params: { start: isoDay(result.windowStartDay) } }
      : { key: "rfm:method.allHistory", params: {} }
  );
  notes.push({ key: "rfm:method.definitions", params: {} });
  notes.push({ key: `rfm:rules.${result.rule}`, params: { bins: result.bins } });
  notes.push({ key: `rfm:maps.${result.map.id}.description`, params: {} });
  if (result.map.kind === "scores" && result.bins !== MAP_BINS) {
    notes.push({ key: "rfm:method.mapGrid", params: { bins: result.bins } });
  }
  if (result.map.kind === "yearlySpend") {
    notes.push({ key: "rfm:method.yearlySpend", params: { years: round2(result.windowYears) } });
  }
  if (result.returnsOnly.length > 0) {
    notes.push({ key: "rfm:returnsOnly", params: { count: result.returnsOnly.length } });
  }
  if (result.unreadableLines > 0) {
    notes.push({ key: "rfm:method.unreadable", params: { count: result.unreadableLines } });
  }
  return notes;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
