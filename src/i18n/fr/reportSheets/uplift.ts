/** Labels of the report's uplift sheet (fr); keys must match the other language (test/i18n.test.ts). */
const uplift = {} as const;
export default uplift;
