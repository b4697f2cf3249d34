/** Labels of the report's migration sheet (en); keys must match the other language (test/i18n.test.ts). */
const migration = {
  title: "Segment migration",
  subtitle: {
    dates: "From the segments as of {{from}} (rows) to the segments as of {{to}} (columns).",
    map: "Segment map: {{map}}; the same options at both dates.",
  },
  countsHeading: "Customers moving from one segment to another",
  sharesHeading: "Row percentages: where each segment's customers went",
  column: {
    from: "Segment on {{date}}",
    leaving: "Leaving (no purchase in the window)",
    total: "Customers on {{date}}",
  },
  entering: "Entering (new or back)",
  totalAtEnd: "Customers on {{date}}",
  allHistoryNote:
    "With the all-history window nobody leaves: a customer scored once stays scored. Choose a window (e.g. the last 12 months) to see customers drop out.",
  method: {
    from: "Migration start date",
    to: "Migration end date",
    matrix: {
      term: "Migration matrix",
      text: "Each customer scored at both dates counts once, in the row of their segment at the start date and the column of their segment at the end date. Both dates use the same options (bins, rule, map, window).",
    },
    entering: {
      term: "Entering",
      text: "Customers scored at the end date but not at the start date: new customers, or customers back in the window.",
    },
    leaving: {
      term: "Leaving",
      text: "Customers scored at the start date but not at the end date: no purchase in the end date's window.",
    },
    shares: {
      term: "Row percentage",
      text: "Customers of a cell / customers of the row's segment at the start date; with the leaving column a row sums to 100 %.",
    },
  },
} as const;
export default migration;
