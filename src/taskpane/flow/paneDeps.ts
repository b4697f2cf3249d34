import type { HostMode } from "../startup/detectHost";
import type { ExcelHost } from "../host/excelHost";
import type { SettingsStore } from "../settings/settingsStore";
import type { Engine } from "./engine";

/** What the flow needs from outside React: index.tsx gives the real ones, tests their fakes. */
export interface PaneDeps {
  readonly mode: HostMode;
  readonly engine: Engine;
  /** The open workbook (Excel mode); null standalone. */
  readonly host: ExcelHost | null;
  /** Where a workbook's settings are remembered, by the name of its source. */
  readonly settingsStoreFor: (sourceName: string) => SettingsStore;
  /** The sample workbook's bytes (standalone). */
  readonly loadSample: () => Promise<ArrayBuffer>;
  /** Offers bytes as a downloaded file; returns a URL the pane can link to again. */
  readonly saveFile: (bytes: Uint8Array, fileName: string) => string;
  /**
   * The open workbook's file name or URL (Excel), titling the board deck like the CLI titles it
   * with its input file; absent or "" when the host does not say.
   */
  readonly documentName?: () => string;
  /** The clock: the report's date and file name (the engine never reads it). */
  readonly now: () => Date;
}
