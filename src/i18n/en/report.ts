/** report strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const report = {} as const;
export default report;
