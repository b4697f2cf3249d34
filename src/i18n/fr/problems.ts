/** problems strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const problems = {} as const;
export default problems;
