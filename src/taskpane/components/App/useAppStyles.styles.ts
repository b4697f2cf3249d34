import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  titleRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0, overflowWrap: "anywhere" },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  mode: { color: tokens.colorNeutralForeground3 },
  // Five tabs do not fit on one line at 320 px in French: let them wrap.
  tabs: { flexWrap: "wrap" },
  panel: { minWidth: 0 },
});
