/** rfm strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const rfm = {} as const;
export default rfm;
