import type { Language } from "../../../i18n";
import type { HostMode } from "../../startup/detectHost";
import type { PaneActions } from "../../paneActions";

/** The steps of the flow, in order. */
export const stepIds = ["data", "settings", "run", "results", "write"] as const;
export type StepId = (typeof stepIds)[number];

export type AppProps = {
  readonly mode: HostMode;
  readonly actions: PaneActions;
  /** Called after the user switched language (the pane itself re-renders); e.g. to remember it. */
  readonly onLanguageChange?: (language: Language) => void;
  /** The step shown first; Data unless a test or a restored session says otherwise. */
  readonly initialStep?: StepId;
};
