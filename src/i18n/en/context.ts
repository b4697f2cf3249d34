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
  dashboard: {
    heading: "The month in context",
    period: "Period",
    comparison: "Change",
    valuesNote:
      "This month = the last complete calendar month before the as-of date. Changes: relative % for counts and amounts, points for rates; formulas over the figures above.",
  },
};

export default context;
