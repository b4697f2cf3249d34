/** uplift strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const uplift = {
  verdicts: {
    positive: "Positive: the campaign added conversions",
    "not-proven": "Not proven: the interval spans zero",
    negative: "Negative: the campaign cost conversions (cannibalisation)",
    notProvenSample:
      "Not proven: about {{nTreated}} treated and {{nControl}} control customers would settle it",
    tooSmall:
      "Not proven, and too small to matter at any realistic sample: this test could detect an uplift of {{mde}} points or more (80 % power, {{alpha}} two-sided)",
    tooSmallNoMde: "Not proven, and too small to matter at any realistic sample",
  },
  /** The same verdict read on revenue per contacted customer (Welch's interval), in revenue words. */
  revenueVerdicts: {
    positive: "Positive: the campaign added revenue",
    "not-proven": "Not proven: the revenue interval spans zero",
    negative: "Negative: the campaign lost revenue (cannibalisation)",
  },
  tests: {
    "z-test": "Pooled two-proportion z-test",
    "fisher-exact": "Fisher's exact test (an expected count is under 5)",
    welch: "Welch's t-test on revenue per customer",
  },
  adjustments: {
    holm: "Holm (family-wise error rate)",
    bh: "Benjamini-Hochberg (false discovery rate)",
  },
  labels: {
    all: "All arms pooled",
    noValue: "(none)",
    treated: "Treated",
    control: "Control",
    customers: "Customers",
    conversions: "Conversions",
    rate: "Conversion rate",
    arpu: "Revenue per contacted customer",
    aov: "Average order among buyers",
    upliftAbs: "Uplift (points)",
    newcombe: "95 % interval (Newcombe)",
    wald: "95 % interval (Wald, for reference)",
    upliftRel: "Relative uplift",
    upliftRelInterval: "95 % interval (log ratio)",
    pValue: "p-value",
    pAdjusted: "Adjusted p-value",
    test: "Test",
    incrementalConversions: "Incremental conversions",
    incrementalRevenue: "Incremental revenue",
    conversionsTimesBasket: "Incremental conversions x treated basket (ignores basket differences)",
    cost: "Cost",
    netIncrementalRevenue: "Net incremental revenue",
    iroas: "iROAS",
    roi: "ROI",
    costPerIncrementalConversion: "Cost per incremental conversion",
    verdict: "Verdict",
    mde: "Minimum detectable uplift (80 % power)",
    sampleForTarget: "Customers per group for the target uplift",
    stratified: "Post-stratified uplift",
    pooled: "Pooled uplift",
    cochranQ: "Cochran's Q (heterogeneity across segments)",
    smd: "Standardised mean difference",
    srm: "Sample-ratio check (chi-square)",
  },
  formulas: {
    upliftAbs: "Uplift = treated rate - control rate",
    upliftRel: "Relative uplift = treated rate / control rate - 1",
    incrementalConversions: "Incremental conversions = uplift x treated customers",
    incrementalRevenue: "Incremental revenue = (treated ARPU - control ARPU) x treated customers",
    iroas: "iROAS = incremental revenue / cost",
    roi: "ROI = (incremental revenue - cost) / cost",
  },
  outcome: {
    sheet: "Outcome: the converted and revenue columns of the contacts sheet.",
    transactions:
      "Outcome: a purchase within {{days}} days from the contact date, day of contact included; revenue = net spend in that window.",
  },
  covariates: {
    recency: "Recency before the campaign",
    frequency: "Frequency before the campaign",
    monetary: "Spend before the campaign",
  },
  warnings: {
    sampleRatioMismatch:
      "{{campaign}}: group sizes do not match the intended split (p = {{pValue}}). Check the assignment before trusting the results.",
    crossover: "{{campaign}}: {{customers}} customers were in two groups and were left out.",
    contaminatedControl:
      "{{campaign}}: {{customers}} control customers were contacted by another campaign during the window.",
    imbalance:
      "{{campaign}}: treated and control were not alike before the campaign on {{covariate}} (standardised difference {{smd}}, beyond ±0.1: see the Method sheet).",
    simpson:
      "{{campaign}}: the uplift by {{dimension}} and the pooled uplift point in opposite directions (Simpson's paradox).",
    smallControl:
      "Small control group ({{n}} customers, {{conversions}} conversions): read with care.",
  },
  errors: {
    noControlGroup:
      "{{campaign}}: no control group, so the uplift cannot be measured. Add control customers or a global holdout.",
    noTreatedGroup: "{{campaign}}: no treated customers.",
    noOutcome:
      "{{campaign}}: no converted or revenue column and no transactions to measure conversions.",
  },
} as const;
export default uplift;
