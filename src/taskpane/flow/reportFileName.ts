/**
 * The download name of the report workbook: "crm-report-YYYY-MM-DD.xlsx", the day the user sees
 * on their clock (local time, not UTC: a report made at 00:30 in Paris is dated that day).
 */
export function reportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `crm-report-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.xlsx`;
}

/** The download name of the board deck: "crm-deck-YYYY-MM-DD.pptx", dated alike. */
export function deckFileName(now: Date): string {
  return reportFileName(now)
    .replace("crm-report-", "crm-deck-")
    .replace(/\.xlsx$/, ".pptx");
}

/** The download name of the teaching workbook: "crm-teaching-YYYY-MM-DD.xlsx", dated alike. */
export function teachingFileName(now: Date): string {
  return reportFileName(now).replace("crm-report-", "crm-teaching-");
}
