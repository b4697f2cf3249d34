import type { Language } from "../../../i18n";
import type { PaneDeps } from "../../flow/paneDeps";

/** The steps of the flow, in order. */
export const stepIds = ["data", "settings", "run", "results", "write"] as const;
export type StepId = (typeof stepIds)[number];

export type AppProps = {
  /** The engine, the host and the browser services the flow uses (index.tsx or a test). */
  readonly deps: PaneDeps;
  /** Called after the user switched language (the pane itself re-renders); e.g. to remember it. */
  readonly onLanguageChange?: (language: Language) => void;
  /** The step shown first; Data unless a test or a restored session says otherwise. */
  readonly initialStep?: StepId;
};
