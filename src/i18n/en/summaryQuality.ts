/** Exclusion reasons of a customer summary sheet (quality:summary.*); the column is the detail. */
const summaryQuality = {
  missingValue: {
    label: "Summary: value missing",
    explanation: "The column named in brackets is empty on this row of the customer summary.",
  },
  badValue: {
    label: "Summary: unreadable value",
    explanation:
      "The value in the column named in brackets is not a number, a date or a time unit.",
  },
  notWholeNumber: {
    label: "Summary: not a whole number",
    explanation: "A count (repeat purchases, orders) must be a whole number.",
  },
  negative: {
    label: "Summary: negative value",
    explanation: "A count or a duration (frequency, recency, T) cannot be negative.",
  },
  recencyAfterT: {
    label: "Summary: recency after T",
    explanation:
      "Recency (first to last purchase) is longer than T (first purchase to the end of the period): the last purchase would be after the period.",
  },
  duplicateId: {
    label: "Summary: customer id repeated",
    explanation: "The customer already has a row above; the first row is kept.",
  },
  otherSettings: {
    label: "Summary: other settings",
    explanation:
      "The row was made with another analysis date, calibration end or time unit than the first row: a summary is made with one set of settings.",
  },
};
export default summaryQuality;
