/** Labels of the report's segments sheet (fr); keys must match the other language (test/i18n.test.ts). */
const segments = {} as const;
export default segments;
