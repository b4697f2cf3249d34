/** The month in context (period comparisons, History sheet) strings (en). Keys match fr: test/i18n.test.ts. */
const context = {
  period: {
    yearToDate: "{{from}}–{{to}} {{year}}",
    role: {
      thisMonth: "This month: {{period}}",
      lastMonth: "Last month: {{period}}",
      sameMonthLastYear: "Same month last year: {{period}}",
      yearToDate: "Year to date: {{period}}",
      lastYearToDate: "Last year to date: {{period}}",
    },
    versus: "{{current}} vs {{previous}}",
    missing: "{{period}}: no figures, the data starts on {{dataFrom}}",
  },
  kpi: {
    customers: "Customers (at period end)",
    activeCustomers: "Active customers (bought in the period)",
    revenue: "Revenue",
    orders: "Orders",
    aov: "Average order value",
    repeatRate: "Repeat rate (at period end)",
    coverage: "Contact coverage (at period end)",
  },
  history: {
    title: "History: the month in context",
    subtitle:
      "Month-ends {{from}} to {{to}}; segments of the map in force ({{map}}) as of each month-end, computed from the data (no stored snapshots).",
    heading: {
      segmentCustomers: "Customers by segment at each month-end",
      segmentRevenue: "Revenue of each month by the segment its customers were in at its end",
      buyers: "New and returning customers by month",
      cohorts: "First-purchase cohorts: customers buying again k months after their first month",
      retention: "Retention: share of each cohort buying k months after its first month",
    },
    chart: {
      segmentCustomers: "Customers by segment at each month-end",
      segmentRevenue: "Revenue by segment, month by month",
      buyers: "New vs returning customers",
      retention: "Customers buying again k months after their first purchase (all cohorts)",
    },
    column: {
      monthEnd: "Month-end",
      month: "Month",
      total: "Total",
      unscored: "No segment yet",
      newCustomers: "New customers",
      returningCustomers: "Returning customers",
      buyers: "Customers who bought",
      newRevenue: "Revenue, new",
      returningRevenue: "Revenue, returning",
      cohort: "First purchase",
      cohortCustomers: "Customers",
      monthsAfter: "Month {{k}}",
      monthsSince: "Months since first purchase",
      curveCustomers: "Customers of cohorts that old",
      curveActive: "Of them, bought that month",
      curveShare: "Share buying again",
    },
    method: {
      comparisons: {
        term: "The month in context (Dashboard)",
        text: "This month = the last calendar month ended before the as-of date; year to date = 1 January to its end, against the same months a year earlier. Each period has the Dashboard's KPIs with the period as window: revenue, orders, AOV and active customers over it; customers, repeat rate and coverage at its end. Changes: relative % for counts and amounts, points for rates. A period the data does not cover (starting over 7 days later) has no figures, not zeros.",
      },
      monthEnds: {
        term: "Segments, new and returning customers by month",
        text: "Segments at each of the last 12 month-ends as the RFM sheet gives them with the as-of date on the 1st of the next month (one pass over the data); the month's net revenue by that segment. New = first purchase ever in the month; returning = bought in the month and before it.",
      },
      cohorts: {
        term: "Cohorts and retention",
        text: "A cohort = the customers whose first purchase is in the month; month k = those of them buying in the k-th month after; retention = month k / the cohort. The curve pools every cohort old enough for month k.",
      },
    },
  },
  dashboard: {
    heading: "The month in context",
    period: "Period",
    comparison: "Change",
    valuesNote:
      "This month = the last complete calendar month before the as-of date. Changes: relative % for counts and amounts, points for rates; formulas over the figures above.",
  },
};

export default context;
