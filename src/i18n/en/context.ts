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
    notPrinted:
      "This sheet is outside the printed board pack, which is at its page limit; the Dashboard prints this month against last month, the same month last year and the year to date.",
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
        text: "This month is the last calendar month that ended before the as-of date. Each period is the Dashboard's KPIs with the period as the window: revenue, orders, average order value and active customers (customers who bought) over the period; customers, repeat rate and contact coverage at its end. Year to date runs from 1 January to the end of this month, compared with the same months a year earlier. Changes are relative % for counts and amounts and points for rates. A period the data does not cover (the data starts more than 7 days after its first day) has no figures rather than zeros.",
      },
      monthEnds: {
        term: "Segments at each month-end",
        text: "For each of the last 12 month-ends, every customer's RFM segment as the RFM sheet would give it with the as-of date on the 1st of the next month (the same scores, cut points and map), from one pass over the transactions sorted by date.",
      },
      segmentRevenue: {
        term: "Revenue by segment",
        text: "Net revenue of the month (returns subtract), by the segment its customer was in at the month's end; customers with no segment then (only returns so far) are 'No segment yet'.",
      },
      newReturning: {
        term: "New and returning customers",
        text: "New: the customer's first purchase ever (over all the data, not only the table's months) is in the month. Returning: bought in the month and had bought before it. New + returning = the customers who bought that month.",
      },
      cohorts: {
        term: "First-purchase cohorts and retention",
        text: "A cohort is the customers whose first purchase is in a month of the table; month k counts those of them who bought in the k-th calendar month after it. Retention = that count / the cohort's customers. The curve pools every cohort old enough to have a month k.",
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
