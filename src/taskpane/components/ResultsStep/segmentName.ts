import type { TFunction } from "i18next";
import type { SegmentDefinition } from "../../../analytics/rfm";
import type { Formatters } from "../../../format/formatters";

/**
 * A segment's name in the pane language; the limits of a value band written the language's way
 * ("1,000 to 2,500 a year", "1 000 à 2 500 par an").
 */
export function segmentName(t: TFunction, fmt: Formatters, segment: SegmentDefinition): string {
  const params = Object.fromEntries(
    Object.entries(segment.params ?? {}).map(([key, value]) => [key, fmt.decimal(value, 2)])
  );
  return t(segment.nameKey, params);
}
