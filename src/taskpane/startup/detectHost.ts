/**
 * Where the pane is running: inside Excel, or standalone in a plain browser (Excel on a machine
 * where add-ins are blocked, a trainer's laptop, our browser tests). Both run the same bundle.
 */

/** What the pane needs from the host to start: which mode, which language, which theme. */
export type HostInfo =
  | {
      readonly mode: "excel";
      /** Office's display language, e.g. "fr-FR"; undefined when Office does not say. */
      readonly displayLanguage?: string;
      /** Office's theme, when the host exposes one. */
      readonly officeTheme?: OfficeThemeColors;
    }
  | { readonly mode: "standalone" };

export type HostMode = HostInfo["mode"];

/** The part of Office.context.officeTheme the pane reads to pick light, dark or high contrast. */
export type OfficeThemeColors = {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
};

/**
 * The slice of the `Office` global used at start-up. Typed structurally so tests can pass a
 * fake, and so a missing office.js (blocked CDN, plain browser) is simply `undefined`.
 */
export type OfficeStartupApi = {
  onReady(): Promise<{ host: unknown }>;
  readonly context?: {
    readonly displayLanguage?: string;
    readonly officeTheme?: OfficeThemeColors;
  };
};

/**
 * How long to wait for Office.onReady before starting standalone. Only reached when office.js
 * loaded but never answers: without office.js the pane starts at once, and outside Office
 * onReady answers quickly with no host. Generous, because starting standalone inside a slow
 * Excel would be worse than a few seconds' wait.
 */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/**
 * Resolves the host: Excel when office.js loaded and Office.onReady reports the Excel host;
 * standalone when office.js is missing, reports no host (a page opened outside Office), fails,
 * or does not answer within `timeoutMs`.
 */
export async function detectHost(
  office: OfficeStartupApi | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): Promise<HostInfo> {
  if (!office) return { mode: "standalone" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const ready = await Promise.race([office.onReady(), timedOut]);
    if (ready === "timeout" || ready.host !== "Excel") return { mode: "standalone" };
  } catch {
    // office.js loaded but could not initialise (e.g. opened from a file:// page): the pane
    // still works standalone, which is the whole point of that mode.
    return { mode: "standalone" };
  } finally {
    clearTimeout(timer);
  }
  return {
    mode: "excel",
    displayLanguage: office.context?.displayLanguage,
    officeTheme: office.context?.officeTheme,
  };
}
