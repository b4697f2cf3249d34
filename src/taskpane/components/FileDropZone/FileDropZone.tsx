import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, mergeClasses } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { ACCEPTED_FILE_TYPES } from "./classifyFiles";
import { useFileDropZone } from "./useFileDropZone";
import { useFileDropZoneStyles } from "./useFileDropZoneStyles.styles";
import type { FileDropZoneProps } from "./FileDropZone.types";

/**
 * Where a standalone user opens data: drop files on the zone, or use the button (the keyboard
 * path) which opens the browser's file picker. Refusals are explained in place. Memoised: its
 * props (the flow's actions) never change, so a progress bar moving below it leaves it alone.
 */
export const FileDropZone = React.memo(function FileDropZone(
  props: FileDropZoneProps
): React.JSX.Element {
  const state = useFileDropZone(props);
  const styles = useFileDropZoneStyles();
  const { t, i18n } = useTranslation();
  const { rejection } = state;
  return (
    <div
      className={mergeClasses(styles.zone, state.dragging && styles.dragging)}
      {...state.dropHandlers}
    >
      <Text className={styles.text}>{t("pane:data.dropZone")}</Text>
      <Text size={200}>{t("pane:data.or")}</Text>
      <Button onClick={state.openPicker}>{t("pane:data.chooseFiles")}</Button>
      <input
        ref={state.inputRef}
        id={state.inputId}
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        aria-label={t("pane:data.fileInputLabel")}
        hidden
        onChange={state.onInputChange}
      />
      <div role="status" className={styles.chosen}>
        {state.chosenNames.length > 0 && (
          <Text size={200}>
            {t("pane:data.chosen", {
              names: new Intl.ListFormat(i18n.language).format(state.chosenNames),
            })}
          </Text>
        )}
      </div>
      {rejection && (
        <MessageBar intent="error" role="alert" layout="multiline" className={styles.message}>
          <MessageBarBody>
            {t(`pane:data.rejected.${rejection.reason}`, { name: rejection.name })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
});
