/**
 * BFGS near a minimum where the objective's value no longer resolves a step's decrease (its
 * rounding is larger): the approximate Wolfe steps (bfgs.ts) let the exact gradient carry the
 * fit to the tolerance instead of stopping wherever the last bits left it.
 */
import { minimizeBfgs } from "../../../src/analytics/ltv/bfgs";

/**
 * A scaled |x - c|^2 whose value carries 1e-12 of noise that changes with x (as a sum over
 * thousands of customers does with its rounding), while the gradient is exact.
 */
const noisy =
  (center: number[], scale: number[]) =>
  (x: Float64Array, g: Float64Array): number => {
    let f = 5;
    for (let i = 0; i < x.length; i++) {
      const d = x[i] - center[i];
      f += scale[i] * d * d;
      g[i] = 2 * scale[i] * d;
    }
    return f + 1e-12 * Math.sin(1e9 * (x[0] + 2 * x[1] + 3 * x[2]));
  };

test("converges below the value's noise: gradient 1e-9 where a step gains 1e-18", () => {
  const center = [3, -1.5, 0.25];
  const result = minimizeBfgs(noisy(center, [1, 4, 0.5]), [0, 0, 0], {
    gradientTolerance: 1e-9,
  });
  expect(result.converged).toBe(true);
  expect(result.gradientNorm).toBeLessThanOrEqual(1e-9);
  result.x.forEach((xi, i) => expect(Math.abs(xi - center[i])).toBeLessThan(1e-9));
});

test("a step that raises the value beyond rounding is still refused", () => {
  // a gradient that lies (points uphill): no step is accepted, the fit reports no convergence
  const liar = (x: Float64Array, g: Float64Array) => {
    g[0] = -1;
    return x[0] * x[0] + 1000;
  };
  const result = minimizeBfgs(liar, [1], { maxIterations: 5 });
  expect(result.converged).toBe(false);
  expect(Math.abs(result.x[0] - 1)).toBeLessThan(1e-12);
});
