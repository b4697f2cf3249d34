/** quality strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const quality = {} as const;
export default quality;
