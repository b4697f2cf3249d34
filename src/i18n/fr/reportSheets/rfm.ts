/** Labels of the report's rfm sheet (fr); keys must match the other language (test/i18n.test.ts). */
const rfm = {} as const;
export default rfm;
