import type { HostMode } from "../../startup/detectHost";
import type { PaneFlow } from "../../flow/flowState";

export type DataStepProps = {
  readonly mode: HostMode;
  readonly flow: PaneFlow;
  /** Moves on to the Settings step. */
  readonly onNext: () => void;
};
