/**
 * The Gauss hypergeometric function as the BG/NBD model needs it.
 *
 * The model's conditional expectation (Fader, Hardie & Lee 2005, eq. 10) contains
 * ((alpha+T)/(alpha+T+t))^(r+x) * 2F1(r+x, b+x; a+b+x-1; z), z = t/(alpha+T+t). For a frequent
 * buyer (x in the hundreds) the 2F1 factor alone overflows (1e390 at x = 300, z = 0.95) while the
 * product stays below 1. Euler's transformation (Abramowitz & Stegun 15.3.3)
 *   2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z)
 * turns the product into (1-z)^(c-b) 2F1(c-a, c-b; c; z) whose upper parameters (a+b-1-r and a-1
 * of the model) stay small whatever x: no overflow, and few series terms. The 2F1 itself is
 * @stdlib/math-base-special-hyp2f1 (a port of Cephes, which handles z near 1 with its own
 * 1-z transformation).
 */
import hyp2f1 from "@stdlib/math-base-special-hyp2f1";

/**
 * (1-z)^a * 2F1(a, b; c; z) for 0 <= z < 1, computed as (1-z)^(c-b) * 2F1(c-a, c-b; c; z)
 * (Euler's transformation), so it stays finite when a and b are large.
 *
 * @example
 * scaledHyp2f1(1, 1, 2, 0.5) // 0.5 * (-ln(0.5) / 0.5) = ln 2 = 0.6931471805599453
 */
export function scaledHyp2f1(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 1;
  return Math.pow(1 - z, c - b) * hyp2f1(c - a, c - b, c, z);
}

export { hyp2f1 };
