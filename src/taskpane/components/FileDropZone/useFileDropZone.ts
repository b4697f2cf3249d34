import { useCallback, useRef, useState } from "react";
import { useId } from "@fluentui/react-components";
import { classifyFiles } from "./classifyFiles";
import type { FileDropZoneProps, FileDropZoneState } from "./FileDropZone.types";

/** State of the drop zone: drag feedback, the last accepted names, the last refusal. */
export function useFileDropZone({ onFiles }: FileDropZoneProps): FileDropZoneState {
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId("file-input");
  const [dragging, setDragging] = useState(false);
  const [chosenNames, setChosenNames] = useState<readonly string[]>([]);
  const [rejection, setRejection] = useState<FileDropZoneState["rejection"]>();

  const accept = useCallback(
    (files: readonly File[]) => {
      const result = classifyFiles(files);
      if (result.kind === "none") return;
      if (result.kind === "rejected") {
        setRejection({ reason: result.reason, name: result.name });
        setChosenNames([]);
        return;
      }
      setRejection(undefined);
      setChosenNames(result.files.map((file) => file.name));
      onFiles(result);
    },
    [onFiles]
  );

  return {
    dragging,
    chosenNames,
    rejection,
    inputRef,
    inputId,
    openPicker: () => inputRef.current?.click(),
    onInputChange: (event) => {
      accept(Array.from(event.currentTarget.files ?? []));
      // Let the user pick the same file again after fixing it in Excel.
      event.currentTarget.value = "";
    },
    dropHandlers: {
      onDragEnter: (event) => {
        event.preventDefault();
        setDragging(true);
      },
      // Without preventDefault on dragover the browser refuses the drop.
      onDragOver: (event) => event.preventDefault(),
      onDragLeave: (event) => {
        const next = event.relatedTarget;
        if (!(next instanceof Node && event.currentTarget.contains(next))) setDragging(false);
      },
      onDrop: (event) => {
        event.preventDefault();
        setDragging(false);
        accept(Array.from(event.dataTransfer?.files ?? []));
      },
    },
  };
}
