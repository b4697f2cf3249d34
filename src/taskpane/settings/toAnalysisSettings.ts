import type { Contact } from "../../analytics/domain";
import type { AnalysisSettings } from "../../analytics/runAnalyses";
import { dayInstantOf } from "./isoDay";
import type { PaneSettings } from "./paneSettings";

/**
 * The engine's AnalysisSettings for valid pane settings (validateSettings first). The intended
 * split needs the campaigns' arms, known only from the data: see `intendedSplitOf`.
 */
export function toAnalysisSettings(
  settings: PaneSettings,
  intendedSplit?: Record<string, Record<string, number>>
): AnalysisSettings {
  const asOf = settings.asOf === "" ? undefined : dayInstantOf(settings.asOf);
  const calibrationEnd =
    settings.calibrationEnd === "" ? undefined : dayInstantOf(settings.calibrationEnd);
  const costs =
    Object.keys(settings.costPerContact).length > 0 ? settings.costPerContact : undefined;
  return {
    ...(asOf !== undefined ? { asOf } : {}),
    rfm: {
      bins: settings.rfmBins,
      map: settings.segmentMap,
      ...(settings.segmentMap === "bands" ? { bands: settings.bands } : {}),
    },
    ltv: {
      timeUnit: settings.timeUnit,
      horizonMonths: settings.horizonMonths,
      monthlyDiscount: settings.monthlyDiscount,
      margin: settings.margin,
      ...(calibrationEnd !== undefined ? { calibrationEnd } : {}),
      ...(settings.lifetimeYears !== null ? { expectedLifetimeYears: settings.lifetimeYears } : {}),
      ...(settings.retentionRate !== null ? { retentionRate: settings.retentionRate } : {}),
    },
    uplift: {
      conversionWindowDays: settings.conversionWindowDays,
      ...(costs ? { costPerContact: { ...costs } } : {}),
      ...(intendedSplit ? { intendedSplit } : {}),
    },
    campaigns: { conversionWindowDays: settings.conversionWindowDays },
  };
}

/**
 * The intended split of every campaign when the user gave a control share: control gets it, the
 * campaign's treated arms (their channels, as the uplift analysis names arms) share the rest
 * equally. E.g. a 10 % control with Email and SMS arms: { control: 10, Email: 45, SMS: 45 }.
 * Undefined without a control share (the engine then expects equal groups).
 */
export function intendedSplitOf(
  contacts: readonly Contact[],
  controlShare: number | null
): Record<string, Record<string, number>> | undefined {
  if (controlShare === null) return undefined;
  const arms = new Map<string, Set<string>>();
  for (const c of contacts) {
    if (c.group !== "treated") continue;
    let set = arms.get(c.campaign);
    if (!set) arms.set(c.campaign, (set = new Set()));
    set.add(c.channel ?? "");
  }
  const split: Record<string, Record<string, number>> = {};
  for (const [campaign, names] of arms) {
    const each = ((1 - controlShare) * 100) / names.size;
    split[campaign] = { control: controlShare * 100 };
    for (const name of names) split[campaign][name] = each;
  }
  return split;
}
