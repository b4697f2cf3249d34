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
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  // One row of small tabs at 320 px in both languages; should a longer label ever not fit, the
  // row scrolls sideways instead of wrapping under itself.
  tabs: { flexWrap: "nowrap", overflowX: "auto", minWidth: 0, justifyContent: "space-between" },
  // Five French labels (the longest) fit 320 px on one row only with short words (pane:steps),
  // narrow padding and, under 360 px, the caption size and no tab padding (the content's own 2 px
  // a side remain; space-between spreads what is left): measured in Chromium, the French row
  // was 298 px for 296 with 2 px a side. The width budget is checked in
  // test/taskpane/stepTabsWidth.test.ts, the result on the e2e screenshots (pane-fr-320.png).
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "@media (max-width: 359px)": {
      paddingLeft: tokens.spacingHorizontalNone,
      paddingRight: tokens.spacingHorizontalNone,
      "& .fui-Tab__content": { fontSize: tokens.fontSizeBase200 },
    },
  },
  panel: { minWidth: 0 },
});
