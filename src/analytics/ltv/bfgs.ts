/**
 * Unconstrained minimisation by BFGS with a backtracking (Armijo) line search, after Nocedal &
 * Wright, "Numerical Optimization" (2nd ed.), algorithm 6.1 and eq. 6.20 for the first inverse
 * Hessian scaling.
 *
 * Why our own: the npm optimisers we looked at (fmin 0.0.4: Nelder-Mead and conjugate gradient,
 * untouched since 2016; numeric 1.2.6: uncmin, untouched since 2012; optimization-js 1.5.0: one
 * maintainer, a few hundred downloads a week) are unmaintained or lack a quasi-Newton method
 * that takes an analytic gradient. Our problems have 3 or 4 parameters fitted in log space, so a
 * dense BFGS of ~100 lines is all we need; test/analytics/ltv/bfgs.test.ts checks it on
 * Rosenbrock and a quadratic with a known minimum.
 */

/** Writes the gradient at x into `gradient` and returns the objective's value at x. */
export type ObjectiveWithGradient = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
  /** Stop when the largest absolute gradient component falls below this [1e-8]. */
  gradientTolerance?: number;
  /** Give up after this many iterations [200]. */
  maxIterations?: number;
  /**
   * Stop after an iteration whose point answers true (unconverged): a caller that knows the
   * search has settled its question there, as Gamma-Gamma's q running off to infinity.
   */
  settled?: (x: Float64Array) => boolean;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  /** Largest absolute gradient component at x (the convergence measure). */
  gradientNorm: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

function dot(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i] * v[i];
  return s;
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}

/** Objective changes within this share of its value are taken as rounding (see below). */
const VALUE_NOISE = 1e-10;

/**
 * Hager & Zhang's approximate Wolfe conditions (SIAM J. Optim. 16(1), 2005, eq. 4.1-4.2 with
 * delta = 0.1, sigma = 0.9): near the minimum a step's decrease in value falls below the
 * rounding of a sum over thousands of customers (expected 3e-15 against 1e-13 of noise on UCI's
 * Gamma-Gamma), so Armijo fails at every step length while the gradient, still exact, shows the
 * step is a good one: its directional derivative has shrunk without overshooting. Accepted when
 * the value did not rise beyond rounding.
 */
function approximateWolfe(f: number, fNew: number, slope: number, slopeNew: number): boolean {
  return (
    fNew <= f + VALUE_NOISE * Math.abs(f) && 0.9 * slope <= slopeNew && slopeNew <= -0.8 * slope
  );
}

/**
 * Minimises `fg` from `start`. Non-finite values are treated as "too far": the line search
 * backtracks from them, so an objective may return Infinity/NaN outside its domain.
 *
 * @example
 * minimizeBfgs((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, [0]).x // [3]
 */
export function minimizeBfgs(
  fg: ObjectiveWithGradient,
  start: readonly number[],
  options: MinimizeOptions = {}
): MinimizeResult {
  const tolerance = options.gradientTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 200;
  const n = start.length;
  const x = Float64Array.from(start);
  const g = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const direction = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  // Inverse Hessian approximation, row-major, starting from the identity.
  const h = new Float64Array(n * n);
  for (let i = 0; i < n; i++) h[i * n + i] = 1;

  let f = fg(x, g);
  let evaluations = 1;
  let iterations = 0;
  let firstUpdate = true;
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) {
    return {
      x: [...x],
      value: f,
      gradientNorm: Infinity,
      iterations,
      evaluations,
      converged: false,
    };
  }

  while (maxAbs(g) > tolerance && iterations < maxIterations) {
    iterations++;
    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let j = 0; j < n; j++) d -= h[i * n + j] * g[j];
      direction[i] = d;
    }
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // Not a descent direction (the approximation went bad): restart from steepest descent.
      h.fill(0);
      for (let i = 0; i < n; i++) {
        h[i * n + i] = 1;
        direction[i] = -g[i];
      }
      slope = -dot(g, g);
      firstUpdate = true;
    }

    // Backtracking line search with the Armijo condition, step halving down to 2^-50.
    let step = 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 50; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * direction[i];
      fNew = fg(xNew, gNew);
      evaluations++;
      if (Number.isFinite(fNew) && gNew.every(Number.isFinite)) {
        if (fNew <= f + 1e-4 * step * slope) break;
        if (approximateWolfe(f, fNew, slope, dot(direction, gNew))) break;
      }
      fNew = Infinity;
      step *= 0.5;
    }
    if (!Number.isFinite(fNew)) break; // no progress possible along this direction
    if (step * maxAbs(direction) < 1e-15 * (1 + maxAbs(x))) break; // steps below rounding: stalled

    for (let i = 0; i < n; i++) {
      s[i] = xNew[i] - x[i];
      y[i] = gNew[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (firstUpdate) {
        // Nocedal & Wright eq. 6.20: scale the identity before the first update.
        const scale = sy / dot(y, y);
        for (let i = 0; i < n; i++) h[i * n + i] = scale;
        firstUpdate = false;
      }
      // H <- (I - rho s y') H (I - rho y s') + rho s s'
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += h[i * n + j] * y[j];
        hy[i] = v;
      }
      const yhy = dot(y, hy);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          h[i * n + j] +=
            -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
        }
      }
    }
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (options.settled?.(x)) break;
  }
  const gradientNorm = maxAbs(g);
  return {
    x: [...x],
    value: f,
    gradientNorm,
    iterations,
    evaluations,
    converged: gradientNorm <= tolerance,
  };
}
