/**
 * What jsdom lacks and Fluent needs: MessageBar watches its own width with ResizeObserver to
 * decide when to wrap. jsdom does no layout, so an observer that never fires is faithful enough.
 */
export function fillJsdomGaps(): void {
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}
