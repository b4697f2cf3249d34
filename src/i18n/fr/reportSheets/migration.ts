/** Labels of the report's migration sheet (fr); keys must match the other language (test/i18n.test.ts). */
const migration = {} as const;
export default migration;
