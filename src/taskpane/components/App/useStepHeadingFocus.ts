import { useCallback, useEffect, useState, type RefObject } from "react";

/**
 * Moves keyboard focus to the shown step's heading (its h2) after a main action (load, next,
 * run, download), so a screen-reader or keyboard user lands on what changed instead of on a
 * button that may be gone. The heading gets tabindex -1: focusable by script, not a tab stop.
 * A lazy step (Results) draws its heading later: a MutationObserver waits for it.
 * Returns the function that asks for the move; selecting a tab by hand does not call it (focus
 * stays on the tab, as the ARIA tabs pattern expects).
 */
export function useStepHeadingFocus(panel: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const root = panel.current;
    if (request === 0 || !root) return;
    const focusHeading = (): boolean => {
      const heading = root.querySelector<HTMLElement>("h2");
      if (!heading) return false;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [request, panel]);
  return useCallback(() => setRequest((n) => n + 1), []);
}
