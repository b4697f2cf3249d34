/** Labels of the report's ltv sheet (fr); keys must match the other language (test/i18n.test.ts). */
const ltv = {} as const;
export default ltv;
