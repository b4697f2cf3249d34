/**
 * The printed report's running header and footer, and the Uplift sheet's printed summary (en);
 * keys must match the other language (test/i18n.test.ts). "&P" and "&N" are Excel's page-number
 * and page-count codes: keep them as they are.
 */
const print = {
  reportName: "CRM Analytics report",
  asOf: "As of {{date}}",
  generated: "Generated {{date}}",
  page: "Page &P of &N",
  upliftSummaryHeading: "Summary: what each campaign added (one line a campaign and arm)",
  upliftAppendixHeading:
    "Appendix: uplift by breakdown, as printed (every figure is in the breakdown table above)",
} as const;
export default print;
