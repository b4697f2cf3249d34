/** ltv strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const ltv = {} as const;
export default ltv;
