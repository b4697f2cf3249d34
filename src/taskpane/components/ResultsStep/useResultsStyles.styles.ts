import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Styles shared by the sections of the Results view. The pane is 320-450 px wide: tables take
 * the full width with a fixed layout (columns share the width instead of growing with their
 * content) and every cell may break long words, so nothing ever scrolls sideways.
 */
export const useResultsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: { margin: 0 },
  subheading: { margin: 0, overflowWrap: "anywhere" },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  small: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  table: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    textAlign: "start",
    overflowWrap: "anywhere",
  },
  headerCell: { fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  cellNote: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  /** The action under a segment's name in its row header: read as a note, not as a header. */
  plainNote: { fontWeight: tokens.fontWeightRegular },
  figure: { margin: 0, minWidth: 0 },
  // Badges are one line by default: a long French verdict wraps inside its cell instead.
  badge: { maxWidth: "100%", height: "auto", whiteSpace: "normal" },
  /** Space between an arm's name and its verdict badge in the row header. */
  badgeLine: { display: "block", marginTop: tokens.spacingVerticalXXS },
  // Fluent's Input keeps a ~250 px minimum width: wider than a 320 px pane's column.
  input: { minWidth: 0, width: "100%" },
  field: { minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  definitions: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase300,
  },
  /** Short values beside their terms, two columns that share the pane's width. */
  definitionsSideBySide: {
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)",
    columnGap: tokens.spacingHorizontalS,
  },
  valueEnd: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  term: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  definition: {
    margin: 0,
    marginBottom: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
});
