/** Labels of the report's migration sheet (en); keys must match the other language (test/i18n.test.ts). */
const migration = {} as const;
export default migration;
