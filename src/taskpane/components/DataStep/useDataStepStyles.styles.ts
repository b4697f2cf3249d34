import { makeStyles, tokens } from "@fluentui/react-components";

export const useDataStepStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  // Headings and paragraphs are spaced by the column's gap, not by browser margins.
  heading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  sample: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  wrapButton: {
    // Long French labels wrap instead of widening the pane.
    maxWidth: "100%",
    height: "auto",
    whiteSpace: "normal",
  },
});
