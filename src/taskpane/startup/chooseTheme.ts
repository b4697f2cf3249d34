import type { OfficeThemeColors } from "./detectHost";

export type ThemeKind = "light" | "dark" | "highContrast";

export type ThemeSignals = {
  /** Office's theme colours (inside Excel only). */
  readonly officeTheme?: OfficeThemeColors;
  /** `(forced-colors: active)`: Windows high-contrast mode is on. */
  readonly forcedColors: boolean;
  /** `(prefers-color-scheme: dark)`: used only when Office does not give a theme. */
  readonly prefersDark: boolean;
};

/**
 * Picks the pane's theme. High contrast wins (the user asked the OS for it); then Office's own
 * theme, read from `isDarkTheme` or, on hosts that lack it, from the relative luminance of the
 * body background (WCAG 2.x definition, https://www.w3.org/TR/WCAG21/#dfn-relative-luminance:
 * below 0.5 is a dark theme); then the browser's colour-scheme preference.
 */
export function chooseTheme(signals: ThemeSignals): ThemeKind {
  if (signals.forcedColors) return "highContrast";
  const office = signals.officeTheme;
  if (office?.isDarkTheme !== undefined) return office.isDarkTheme ? "dark" : "light";
  const luminance = office?.bodyBackgroundColor
    ? relativeLuminance(office.bodyBackgroundColor)
    : undefined;
  if (luminance !== undefined) return luminance < 0.5 ? "dark" : "light";
  return signals.prefersDark ? "dark" : "light";
}

/** WCAG relative luminance of "#rrggbb" or "rrggbb"; undefined for anything else. */
export function relativeLuminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
