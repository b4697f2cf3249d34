import type { SpreadsheetSelection } from "../../paneActions";
import type { FileRejection } from "./classifyFiles";

export type FileDropZoneProps = {
  /** Called with the accepted files; rejected sets only show a message. */
  readonly onFiles: (selection: SpreadsheetSelection) => void;
};

export type FileDropZoneState = {
  /** A file is being dragged over the zone. */
  readonly dragging: boolean;
  /** Names of the files last accepted, shown so the user sees what is being opened. */
  readonly chosenNames: readonly string[];
  /** Why the last choice was refused, with the offending file's name when there is one. */
  readonly rejection?: { readonly reason: FileRejection; readonly name?: string };
  readonly inputRef: React.RefObject<HTMLInputElement>;
  readonly inputId: string;
  readonly openPicker: () => void;
  readonly onInputChange: React.ChangeEventHandler<HTMLInputElement>;
  readonly dropHandlers: {
    readonly onDragEnter: React.DragEventHandler<HTMLElement>;
    readonly onDragOver: React.DragEventHandler<HTMLElement>;
    readonly onDragLeave: React.DragEventHandler<HTMLElement>;
    readonly onDrop: React.DragEventHandler<HTMLElement>;
  };
};
