/**
 * node:crypto's createHash for the browser build of the fake Excel: the fake only hashes to
 * compare a sheet before and after (equal or not), so two 32-bit FNV-1a lanes are plenty.
 * Replaces "node:crypto" in test/e2e/webpack.fakeOffice.config.js only.
 */
export interface Hash {
  update(data: string): Hash;
  digest(encoding: "hex"): string;
}

export function createHash(_algorithm: string): Hash {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const hash: Hash = {
    update(data) {
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        a = Math.imul(a ^ code, 0x01000193);
        b = Math.imul(b ^ code, 0x01000193 + 2);
      }
      return hash;
    },
    digest: () => [a, b].map((x) => (x >>> 0).toString(16).padStart(8, "0")).join(""),
  };
  return hash;
}
