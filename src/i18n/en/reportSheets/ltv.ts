/** Labels of the report's ltv sheet (en); keys must match the other language (test/i18n.test.ts). */
const ltv = {
  title: "Customer lifetime value",
  subtitle: {
    parameters:
      "Calibration end {{calibrationEnd}} · time unit: {{timeUnit}} · horizon {{horizonMonths}} months · discount {{monthlyDiscount}} a month",
    margin: "Gross margin {{margin}}: revenue-based, the values are revenue, not profit.",
    marginProfit: "Gross margin {{margin}}: the values are gross profit.",
    customers: "Customers: {{customers}} ({{repeatCustomers}} with repeat purchases).",
  },
  status: {
    heading: "What this sheet could compute",
    complete:
      "Historical LTV, the BG/NBD purchase model and the Gamma-Gamma spend model are all shown.",
    noBgnbd:
      "The purchase model (BG/NBD) could not be used: P(alive), expected purchases and CLV are left blank. Historical LTV and the two formulas are complete.",
    noGammaGamma:
      "The spend model (Gamma-Gamma) could not be used: expected spend and CLV are left blank. Historical LTV, P(alive) and expected purchases are complete.",
  },
  warningsHeading: "Warnings",
  formulasHeading: "LTV formulas (change an input cell: the result follows)",
  simpleHeading: "Simple formula: LTV = margin × AOV × purchases per year × lifetime in years",
  retentionHeading: "Retention formula: LTV = margin × yearly revenue × r / (1 + d − r)",
  lifetimeFromRetention:
    "The expected lifetime is 1 / (1 − r) = {{lifetime}} years, from the yearly retention rate r = {{retention}}.",
  lifetimeGiven: "The expected lifetime ({{lifetime}} years) is the one given in the settings.",
  noFormula:
    "The simple and retention formulas need a retention rate or an expected lifetime: the data spans less than two years and none was given.",
  modelsHeading: "Model parameters",
  segmentsHeading: "LTV by segment",
  holdoutHeading: "Calibration / holdout check: predicted vs actual repeat purchases",
  holdoutSummary:
    "Holdout of {{duration}} {{unit}}: {{actual}} repeat purchases made, {{predicted}} predicted; mean absolute error {{mae}} a customer.",
  holdoutValidation:
    "Model check: a separate fit on the data up to {{calibrationEnd}} predicted the following {{duration}} {{unit}} (up to {{holdoutEnd}}): {{actual}} repeat purchases made, {{predicted}} predicted; mean absolute error {{mae}} a customer. The CLV above uses the fit on all the data.",
  noHoldout:
    "No holdout period: to check the model, set a calibration end before the last transaction (the period after it is predicted and compared).",
  distributionHeading: "CLV distribution",
  noDistribution: "No CLV could be computed, so there is no distribution to show.",
  customersHeading: "LTV by customer",
  allCustomers: "All customers",
  noSegment: "No segment",
  column: {
    customer: "Customer",
    segment: "Segment",
    scope: "Customers",
    revenue: "Net revenue",
    orders: "Orders",
    aov: "Average order value",
    purchasesPerYear: "Purchases per year",
    tenureYears: "Tenure (years)",
    frequency: "Repeat purchases (calibration)",
    recency: "Recency ({{unit}})",
    T: "Customer age T ({{unit}})",
    pAlive: "P(alive)",
    expectedPurchases: "Expected purchases ({{horizon}} months)",
    expectedSpend: "Expected spend per purchase",
    clv: "CLV ({{horizon}} months)",
    simpleLtv: "LTV (simple formula)",
    customers: "Customers",
    avgClv: "Average CLV",
    share: "Share of customers",
    margin: "Gross margin",
    lifetimeYears: "Expected lifetime (years)",
    ltv: "LTV",
    yearlyRevenue: "Yearly revenue per customer",
    retentionRate: "Retention rate r",
    discountRate: "Yearly discount rate d",
    model: "Model",
    parameter: "Parameter",
    value: "Value",
    meaning: "Meaning",
    group: "Repeat purchases in calibration",
    predicted: "Predicted (mean a customer)",
    actual: "Actual (mean a customer)",
    bin: "CLV range",
    from: "From",
    to: "Below",
  },
  parameter: {
    r: "Shape of the purchase-rate distribution (heterogeneity of purchase rates)",
    alpha: "Scale of the purchase-rate distribution, in {{unit}}",
    a: "Dropout probability: first shape of the beta distribution",
    b: "Dropout probability: second shape of the beta distribution",
    logLikelihood: "Log-likelihood at the fit (higher is better)",
    p: "Shape of the spend per purchase",
    q: "Shape of the spread of mean spend across customers (needs q > 1)",
    v: "Scale of the spread of mean spend across customers",
    customersUsed: "Repeat customers the spend model was fitted on",
    correlation: "Correlation between purchase frequency and spend per purchase",
    notFitted: "Not used (see the warnings above)",
    correlationWeak:
      "Weak ({{correlation}}): spend does not depend on frequency, as the Gamma-Gamma model assumes.",
    correlationStrong:
      "Strong ({{correlation}}): spend depends on frequency, which the Gamma-Gamma model assumes it does not; spend predictions are less reliable.",
  },
  bin: {
    below: "Below {{to}}",
    between: "{{from}} to {{to}}",
    above: "{{from}} and above",
  },
  chart: {
    segmentTitle: "Average CLV by segment",
    holdoutTitle: "Repeat purchases in the holdout: actual vs predicted",
    holdoutAxis: "Repeat purchases in calibration",
    holdoutValue: "Mean purchases a customer",
    distributionTitle: "Customers by CLV range",
    distributionAxis: "CLV",
    distributionValue: "Customers",
  },
  method: {
    calibrationEnd: "LTV calibration end",
    holdoutEnd: "LTV holdout period",
    holdoutValidation:
      "{{duration}} {{unit}} up to {{holdoutEnd}}, predicted by a separate fit on the data up to {{calibrationEnd}} (the CLV uses all the data)",
    timeUnit: "LTV time unit",
    horizon: "CLV horizon (months)",
    monthlyDiscount: "CLV discount rate (a month)",
    margin: "Gross margin",
    retentionRate: "Yearly retention rate",
    lifetimeYears: "Expected lifetime (years)",
    none: "not available",
    definition: {
      summary: {
        term: "Frequency, recency, T",
        text: "BG/NBD convention: purchases on the same day are one occasion; frequency = repeat occasions (occasions − 1) up to the calibration end; recency = time from the first to the last occasion; T = time from the first occasion to the calibration end; monetary = mean value of the repeat occasions.",
      },
      historical: {
        term: "Historical LTV",
        text: "Net revenue to date (returns deducted), orders (distinct invoice ids, one a day for lines without one), AOV = net revenue / orders, purchases per year = orders / tenure in years, tenure = days from the first purchase to the as-of day, both included.",
      },
      simple: {
        term: "Simple LTV formula",
        text: "LTV = gross margin × AOV × purchases per year × expected lifetime in years; the lifetime is given, or 1 / (1 − r) from the yearly retention rate r.",
      },
      retention: {
        term: "Retention-based LTV",
        text: "LTV = gross margin × yearly revenue per customer × r / (1 + d − r), r the yearly retention rate (share of last year's customers who bought again this year), d the yearly discount rate (Gupta & Lehmann 2003).",
      },
      bgnbd: {
        term: "BG/NBD model",
        text: "Fader, Hardie & Lee (2005): while alive a customer buys at a Poisson rate λ ~ Gamma(r, α) and after each purchase drops out with probability p ~ Beta(a, b); fitted by maximum likelihood. Gives P(alive) and the expected purchases over the horizon.",
      },
      gammaGamma: {
        term: "Gamma-Gamma model",
        text: "Fader & Hardie (2013): spend per purchase ~ Gamma(p, ν), ν ~ Gamma(q, v) across customers, fitted on repeat customers; assumes spend is independent of frequency (the correlation check). The average spend per purchase exists only when q is above 1. When customers' average spends differ no more than chance alone makes them differ, the best fit is the model's limit with q and v infinite (no difference between customers): every customer's expected spend is then the average spend per repeat purchase.",
      },
      clv: {
        term: "CLV",
        text: "Sum over the months of the horizon of the expected purchases in the month × expected spend per purchase × gross margin, discounted by (1 + monthly discount rate)^month.",
      },
      holdout: {
        term: "Calibration / holdout check",
        text: "The model is fitted on the calibration period; each customer's repeat purchases in the holdout period are predicted and compared with the actual ones, by number of calibration repeat purchases (0 … 7+).",
      },
      distribution: {
        term: "CLV ranges",
        text: "Ranges of equal width (1, 2 or 5 × a power of ten) covering the customers up to the 95th percentile of CLV; the last range is open.",
      },
    },
  },
} as const;
export default ltv;
