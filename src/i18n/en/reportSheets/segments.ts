/** Labels of the report's segments sheet (en); keys must match the other language (test/i18n.test.ts). */
const segments = {
  title: "Segments: who they are, what they are worth, what to do",
  subtitle: {
    asOf: "As of {{date}}; segment map: {{map}}.",
    totals: "{{customers}} customers, {{revenue}} net revenue in the window.",
    formulas: "Customers, revenue and averages are formulas over the RFM sheet's table.",
  },
  summaryHeading: "Summary by segment",
  column: {
    segment: "Segment",
    customers: "Customers",
    customerShare: "Share of customers",
    revenue: "Revenue",
    revenueShare: "Share of revenue",
    recency: "Average recency (days)",
    frequency: "Average frequency",
    monetary: "Average monetary",
    aov: "Average order value",
    description: "Who they are",
    action: "Recommended action",
  },
  chart: {
    shares: "Share of revenue vs share of customers",
    customers: "Customers by segment",
    revenue: "Revenue by segment",
    shareAxis: "Share",
    customersAxis: "Customers",
    revenueAxis: "Revenue",
  },
  grid: {
    heading: "R x F grid: customers per recency and frequency score",
    r: "R score",
    f: "F {{score}}",
    note: "Rows: recency score ({{bins}} = most recent). Columns: frequency score ({{bins}} = most frequent). Each cell counts the customers of the RFM sheet with those two scores.",
  },
  mapGrid: {
    heading: "The segment map on the R x F grid",
    note: "Which segment each cell of the 5-score grid belongs to (the map does not look at M).",
  },
} as const;
export default segments;
