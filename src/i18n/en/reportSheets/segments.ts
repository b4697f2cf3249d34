/** Labels of the report's segments sheet (en); keys must match the other language (test/i18n.test.ts). */
const segments = {} as const;
export default segments;
