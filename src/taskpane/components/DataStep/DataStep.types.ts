import type { HostMode } from "../../startup/detectHost";
import type { PaneActions } from "../../paneActions";

export type DataStepProps = {
  readonly mode: HostMode;
  readonly actions: Pick<PaneActions, "openFiles" | "trySample" | "findSheets">;
};
