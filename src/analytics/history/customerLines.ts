import { transactionLines, type TransactionLines } from "../transactionLines";

/**
 * Each transaction line's customer (as a small integer) and day, in typed columns: read once
 * and shared by the month-end segments and the buyers and cohorts tables, so neither re-reads
 * dates or looks customer ids up in a Map per line. The columns of src/analytics/transactionLines.ts,
 * which RFM, the KPIs and LTV share too.
 */
export type CustomerLines = TransactionLines;

/** The columns of `transactions`, in their order (transactionLines). */
export const customerLines = transactionLines;
