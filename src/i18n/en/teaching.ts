/** The teaching workbook (en); keys must match the other language (test/i18n.test.ts). */
const teaching = {
  sheet: {
    teachingRfm: "RFM (live)",
    teachingSegments: "Segments (live)",
    exercises: "Exercises",
    answers: "Answers",
  },
  rfm: {
    title: "RFM scores as live formulas",
    subtitle: {
      asOf: "As of {{date}}: {{customers}} customers, scores 1-{{bins}} by quantiles, map: {{map}}.",
      edit: "Change a cut point or a rule below: scores, segments, the Segments sheet and its charts follow.",
      check:
        "The last column compares each formula with the engine's own result: FALSE shows a customer an edit moved.",
    },
    cutsHeading: "Cut points (edit the values)",
    rulesHeading: "Segment map: the first rule that matches wins (edit the ranges)",
    customersHeading: "Customers: R, F, M and segment are formulas",
    howTo: {
      heading: "How the formulas work",
      score:
        "F = 1 + the number of frequency cut points strictly below the customer's frequency (M likewise): a value equal to a cut point stays in the score below it, so equal values always get equal scores.",
      recency:
        "R is reversed: R = {{bins}} - the number of recency cut points strictly below the recency, so the most recent customers get {{bins}}.",
      grid: "With {{bins}} scores, each score is read on the map's 1-5 grid as ROUND((score - 0.5) x 5 / {{bins}} + 0.5).",
      segment:
        "Segment = the segment of the first rule whose R, F and M ranges all contain the customer's scores.",
      quantile:
        "The engine's cut points are the 1/{{bins}}, 2/{{bins}}, ... quantiles of each metric (linear interpolation, R's type 7).",
    },
    cuts: {
      line: "Line",
      between: "Scores either side (F, M | R)",
      recency: "Recency (days)",
      frequency: "Frequency",
      monetary: "Monetary",
    },
    rules: {
      rule: "Rule",
      segment: "Segment",
      rMin: "R from",
      rMax: "R to",
      fMin: "F from",
      fMax: "F to",
      mMin: "M from",
      mMax: "M to",
    },
    column: {
      id: "Customer",
      recency: "Recency (days)",
      frequency: "Frequency",
      monetary: "Monetary",
      r: "R",
      f: "F",
      m: "M",
      segment: "Segment",
      engineR: "Engine R",
      engineF: "Engine F",
      engineM: "Engine M",
      engineSegment: "Engine segment",
      check: "Formula = engine",
    },
    noRule: "(no rule)",
  },
  segments: {
    title: "Segments, recounted live",
    subtitle:
      "Counts and revenue are COUNTIFS and SUMIFS over the RFM (live) sheet: edit a cut point there and watch them move.",
    chartCustomers: "Customers by segment",
    chartRevenue: "Revenue by segment",
    axisCustomers: "Customers",
    axisRevenue: "Revenue",
  },
  exercises: {
    title: "Exercises",
    subtitle: "Work on the RFM (live) sheet; undo each edit before the next question.",
    heading: "Questions",
    q1: "1. Which customers are {{segment}}, and why? Filter the RFM (live) sheet on the segment, then say which R and F scores (and which recency and frequency values) put a customer there.",
    q2: "2. Move the line between R {{top}} and R {{next}} from {{from}} to {{to}} days (cell {{cell}} of the RFM (live) sheet). Which customers change segment, and to which segment? How do the Segments sheet and its charts change?",
    q3: "3. Customer {{id}} buys nothing in the next {{days}} days. Which segment do they leave, and which one do they join? (Add {{days}} to their recency.)",
    q3none:
      "3. Pick a customer near the line between R {{top}} and R {{next}}: if they buy nothing in the next {{days}} days, which segment do they leave?",
    q4: "4. Why can two customers with the same frequency never get different F scores here? Find a cut point equal to a customer's value and explain on which side of the line that customer sits.",
  },
  answers: {
    title: "Answers",
    subtitle: "Computed from the data by the engine, with the cut points as written by the run.",
    a1: "1. {{count}} customers are {{segment}}: rule {{rule}} places customers with R {{r}} and F {{f}} there. R {{rTop}} means recency of at most {{recencyLine}} days; F {{fLow}} or more means a frequency above {{frequencyLine}}.",
    a1none: "1. No customer is {{segment}} with these cut points.",
    a2: "2. Moving the line from {{from}} to {{to}} days moves {{count}} customers between segments; the table below gives each flow.",
    a3: "3. If customer {{id}} buys nothing for {{days}} days, their recency goes from {{recency}} to {{later}} days: they leave {{from}} for {{to}}.",
    a3none: "3. No customer changes segment after {{days}} more days without a purchase.",
    a3all:
      "In all, {{count}} customers would leave their segment after {{days}} days without a purchase; the flows are below.",
    a4: "4. A score is 1 + the number of cut points strictly BELOW the value: the score depends on the value alone, so equal values get equal scores. A value equal to a cut point is not above it and stays in the lower group (the cut point is the largest value of its group).",
    championsHeading: "{{segment}}: the first {{count}}",
    movesHeading: "Flows when the recency line moves",
    nextMonthHeading: "Flows after {{days}} days without a purchase",
    column: {
      id: "Customer",
      recency: "Recency (days)",
      frequency: "Frequency",
      monetary: "Monetary",
      r: "R",
      f: "F",
      m: "M",
      from: "From segment",
      to: "To segment",
      customers: "Customers",
    },
  },
  pane: {
    heading: "Teaching workbook",
    hint: "R, F, M scores and segments as live formulas over editable cut points, with exercises: for a class.",
    answers: "Include the answers sheet",
    download: "Download the teaching workbook",
    writeExcel: "Write the teaching workbook",
  },
  problems: {
    needsOut:
      "--teaching writes the teaching workbook to the file named by --out: add --out teaching.xlsx.",
    noAnswersAlone:
      "--no-answers goes with --teaching (it leaves the Answers sheet out of the teaching workbook).",
    rule: "The teaching workbook needs scores by quantiles (ties kept together): equal groups split tied values by customer id, which formulas over cut points cannot show.",
    bands:
      "The teaching workbook needs a score map (classic or tiers3): the value-bands map has no R, F, M scores to teach.",
    noCustomers: "The teaching workbook needs at least one scored customer.",
  },
};

export default teaching;
