/** ltv strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const ltv = {
  warnings: {
    noCustomers:
      "No customer has a purchase up to the calibration end: lifetime value cannot be computed.",
    tooFewRepeatCustomers:
      "Too few repeat customers to fit the {{model}} model: {{count}} bought more than once, {{minimum}} are needed. Historical LTV is still shown.",
    notConverged:
      "The {{model}} fit did not converge after {{iterations}} iterations: its predictions are not shown. Historical LTV is still shown.",
    parameterAtBoundary:
      "The {{model}} parameter {{parameter}} ran to the edge of its range: the data cannot pin it down, treat the predictions with care.",
    spendModelUnusable:
      "The spend model could not give an average spend per purchase, so CLV is not shown (its parameter q, {{q}}, must be above 1: see the Method sheet, Gamma-Gamma).",
    spendHomogeneous:
      "Customers' average spends differ no more than chance alone makes them differ ({{dispersion}} times the chance spread), so every customer's expected spend per purchase is the average spend per repeat purchase, {{meanSpend}} (the spend model, Gamma-Gamma, at its limit with no difference between customers: see the Method sheet).",
    spendFrequencyCorrelated:
      "Spend per purchase and purchase frequency are correlated ({{correlation}}): the spend model (Gamma-Gamma) assumes they are not, so spend predictions are less reliable (see the Method sheet).",
    lifetimeUnknown:
      "Give an expected customer lifetime or a yearly retention rate (Settings, Lifetime value) to compute the simple LTV formula: the data spans less than two years, so no retention rate could be observed.",
    nonFiniteValues: "{{count}} predicted values could not be computed and are left blank.",
  },
  formula: {
    simple:
      "LTV = gross margin {{margin}} × average order value {{averageOrderValue}} × purchases per year {{purchasesPerYear}} × lifetime {{lifetimeYears}} years = {{value}}",
    retention:
      "LTV = gross margin {{margin}} × yearly revenue per customer {{yearlyRevenuePerCustomer}} × r / (1 + d − r), r = {{retentionRate}}, d = {{yearlyDiscountRate}} = {{value}}",
    clv: "CLV = Σ over {{horizonMonths}} months of expected purchases × expected spend × margin {{margin}} / (1 + {{monthlyDiscount}})^month",
    revenueBased: "Margin 100 %: values are revenue, not profit.",
  },
  fields: {
    customerId: "Customer",
    segment: "Segment",
    netRevenue: "Net revenue",
    orders: "Orders",
    averageOrderValue: "Average order value",
    purchasesPerYear: "Purchases per year",
    tenureYears: "Tenure (years)",
    frequency: "Repeat purchases",
    recency: "Recency",
    T: "Customer age",
    monetary: "Average repeat spend",
    pAlive: "Probability alive",
    expectedPurchases: "Expected purchases",
    expectedSpend: "Expected spend per purchase",
    clv: "CLV",
    simpleLtv: "LTV (simple formula)",
  },
  models: {
    bgnbd: "BG/NBD (Fader, Hardie & Lee 2005)",
    gammaGamma: "Gamma-Gamma (Fader & Hardie 2013)",
  },
  holdout: {
    title: "Calibration / holdout check",
    group: "Repeat purchases in calibration",
    actual: "Actual purchases in holdout",
    predicted: "Predicted purchases in holdout",
    meanAbsoluteError: "Mean absolute error",
  },
  segments: {
    unassigned: "No segment",
    overall: "All customers",
  },
  units: {
    day: "days",
    week: "weeks",
    month: "months",
  },
} as const;
export default ltv;
