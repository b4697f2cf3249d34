import { TextDecoder, TextEncoder } from "node:util";

/**
 * What jsdom lacks and the pane needs. MessageBar watches its own width with ResizeObserver to
 * decide when to wrap: jsdom does no layout, so an observer that never fires is faithful enough.
 * The CSV reader decodes bytes with TextDecoder, which browsers have and jsdom does not expose.
 */
export function fillJsdomGaps(): void {
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.TextDecoder ??= TextDecoder;
  globals.TextEncoder ??= TextEncoder;
}
