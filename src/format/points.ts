/**
 * The one uplift format of the pane and the deck: a rate difference in percentage points, signed, two
 * decimals, with its unit ("pts"), so an uplift is never read as a relative change in %.
 * `unit` wraps the number in the language's words (pane:resultsView.format.points).
 *
 * @example pointsFormatter("en-US", (v) => `${v} pts`)(0.0284) // "+2.84 pts"
 */
export function pointsFormatter(
  locale: string,
  unit: (value: string) => string
): (rateDifference: number) => string {
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  return (rateDifference) => unit(format.format(rateDifference * 100));
}
