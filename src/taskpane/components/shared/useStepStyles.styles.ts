import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every step shares: one column that never grows wider than the pane. */
export const useStepStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  // Headings and paragraphs are spaced by the column's gap, not by browser margins.
  heading: { margin: 0 },
  subheading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  wrapButton: {
    // Long French labels wrap instead of widening the pane.
    maxWidth: "100%",
    height: "auto",
    whiteSpace: "normal",
  },
  // Data from the user's files (sheet names, headers) can be long words: let them break.
  data: { overflowWrap: "anywhere", minWidth: 0 },
  field: { minWidth: 0 },
  // A native select is as wide as its longest option (a long header, a French label): keep it
  // within the pane and let the text end in an ellipsis instead.
  select: {
    minWidth: 0,
    maxWidth: "100%",
    "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  },
});
