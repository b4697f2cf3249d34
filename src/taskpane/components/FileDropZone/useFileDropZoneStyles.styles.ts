import { makeStyles, tokens } from "@fluentui/react-components";

export const useFileDropZoneStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
    minWidth: 0,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  text: {
    overflowWrap: "anywhere",
    textAlign: "center",
  },
  // Full width and wrapping: a single-line MessageBar sized to its text would widen the pane.
  message: {
    alignSelf: "stretch",
    textAlign: "start",
    whiteSpace: "normal",
  },
  chosen: {
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
  },
});
