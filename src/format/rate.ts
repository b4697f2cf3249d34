/**
 * The one rate format of the pane and the deck: a fraction as a percentage with one decimal (conversion
 * rates, shares, probability alive, discount and margin).
 *
 * @example rateFormatter("en-US")(0.125) // "12.5%"
 */
export function rateFormatter(locale: string): (fraction: number) => string {
  const format = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (fraction) => format.format(fraction);
}
