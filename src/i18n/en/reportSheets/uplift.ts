/** Labels of the report's uplift sheet (en); keys must match the other language (test/i18n.test.ts). */
const uplift = {} as const;
export default uplift;
