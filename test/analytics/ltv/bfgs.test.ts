import { minimizeBfgs } from "../../../src/analytics/ltv/bfgs";

describe("minimizeBfgs", () => {
  it("finds the minimum (1, 1) of the Rosenbrock function from the classic start (-1.2, 1)", () => {
    // f = 100 (y - x^2)^2 + (1 - x)^2, minimum 0 at (1, 1) (Nocedal & Wright, exercise 2.1)
    const result = minimizeBfgs(
      ([x, y], g) => {
        g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
        g[1] = 200 * (y - x * x);
        return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
      },
      [-1.2, 1],
      { gradientTolerance: 1e-10 }
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
    expect(result.x[1]).toBeCloseTo(1, 8);
    expect(result.value).toBeLessThan(1e-16);
    expect(result.iterations).toBeGreaterThan(10); // it has to walk the curved valley
  });

  it("stops, unconverged, after the first iterate its caller calls settled", () => {
    // a valley running off to x -> infinity: f = exp(-x) + y^2, no minimum
    const visited: number[] = [];
    const result = minimizeBfgs(
      ([x, y], g) => {
        g[0] = -Math.exp(-x);
        g[1] = 2 * y;
        return Math.exp(-x) + y * y;
      },
      [0, 1],
      { settled: (x) => (visited.push(x[0]), x[0] > 5) }
    );
    expect(result.converged).toBe(false);
    expect(result.x[0]).toBeGreaterThan(5);
    // every iterate before the last was short of the threshold: it stopped at the first past it
    expect(visited.slice(0, -1).every((x) => x <= 5)).toBe(true);
    expect(visited).toHaveLength(result.iterations);
  });

  it("converges where the objective's decrease is below its rounding noise (approximate Wolfe)", () => {
    // Rosenbrock plus 6, plus a deterministic jitter of about 1e-14 standing for the rounding
    // noise of a sum over thousands of customers; the gradient stays exact. Near (1, 1) the
    // predicted decrease is smaller than the jitter: with the Armijo test alone the search crept
    // on tiny steps that passed by the noise and stalled at a gradient of 2e-8.
    const jitter = (t: number) => {
      const s = Math.sin(t * 1e7) * 1e4;
      return (s - Math.floor(s) - 0.5) * 2e-14;
    };
    const result = minimizeBfgs(
      ([x, y], g) => {
        g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
        g[1] = 200 * (y - x * x);
        return 6 + 100 * (y - x * x) ** 2 + (1 - x) ** 2 + jitter(x + 0.37 * y);
      },
      [-1.2, 1],
      { gradientTolerance: 1e-9 }
    );
    expect(result.converged).toBe(true);
    expect(result.gradientNorm).toBeLessThanOrEqual(1e-9);
    expect(result.x[0]).toBeCloseTo(1, 9);
    expect(result.x[1]).toBeCloseTo(1, 9);
  });

  it("solves an ill-conditioned quadratic: minimum of 0.5 x'Ax - b'x is A^-1 b", () => {
    // A = [[100, 1, 0], [1, 10, 2], [0, 2, 1]], b = [1, 2, 3]; A^-1 b solved by hand:
    // (the solution is checked through A x = b below).
    const A = [
      [100, 1, 0],
      [1, 10, 2],
      [0, 2, 1],
    ];
    const b = [1, 2, 3];
    const result = minimizeBfgs(
      (x, g) => {
        let f = 0;
        for (let i = 0; i < 3; i++) {
          let ax = 0;
          for (let j = 0; j < 3; j++) ax += A[i][j] * x[j];
          g[i] = ax - b[i];
          f += 0.5 * x[i] * ax - b[i] * x[i];
        }
        return f;
      },
      [0, 0, 0],
      { gradientTolerance: 1e-12 }
    );
    // Check A x = b rather than trusting hand arithmetic.
    for (let i = 0; i < 3; i++) {
      expect(A[i].reduce((s, a, j) => s + a * result.x[j], 0)).toBeCloseTo(b[i], 9);
    }
    expect(result.converged).toBe(true);
  });

  it("backs off from regions where the objective is not finite", () => {
    // f = x - ln(x) has its minimum at x = 1 and is NaN for x < 0; a full Newton-size step
    // from 0.05 overshoots into x < 0.
    const result = minimizeBfgs(
      ([x], g) => {
        g[0] = 1 - 1 / x;
        return x - Math.log(x);
      },
      [0.05]
    );
    expect(result.x[0]).toBeCloseTo(1, 7);
  });

  describe("edge cases", () => {
    it("reports non-convergence when the iterations run out", () => {
      const result = minimizeBfgs(
        ([x, y], g) => {
          g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
          g[1] = 200 * (y - x * x);
          return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
        },
        [-1.2, 1],
        { maxIterations: 3 }
      );
      expect(result.converged).toBe(false);
      expect(result.iterations).toBe(3);
    });

    it("stops at once, not converged, when the start is not finite", () => {
      const result = minimizeBfgs((_x, g) => ((g[0] = NaN), NaN), [1]);
      expect(result.converged).toBe(false);
      expect(result.iterations).toBe(0);
    });

    it("reports an unbounded objective as not converged instead of looping", () => {
      const result = minimizeBfgs(([x], g) => ((g[0] = -1), -x), [0], { maxIterations: 50 });
      expect(result.converged).toBe(false);
    });
  });
});
