import type { Instant } from "../../analytics/domain";

/**
 * Midnight UTC of a real calendar day written "YYYY-MM-DD" (the engine's Instant convention),
 * or undefined for anything else ("2024-02-30" included).
 * @example dayInstantOf("2024-03-01") // Date.UTC(2024, 2, 1)
 */
export function dayInstantOf(text: string): Instant | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [y, m, d] = match.slice(1).map(Number);
  const instant = Date.UTC(y, m - 1, d);
  const back = new Date(instant);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d
    ? instant
    : undefined;
}

/** "YYYY-MM-DD" of an Instant (its UTC calendar day). */
export function isoDayOf(instant: Instant): string {
  return new Date(instant).toISOString().slice(0, 10);
}
