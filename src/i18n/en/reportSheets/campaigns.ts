/** Labels of the report's campaigns sheet (en); keys must match the other language (test/i18n.test.ts). */
const campaigns = {} as const;
export default campaigns;
