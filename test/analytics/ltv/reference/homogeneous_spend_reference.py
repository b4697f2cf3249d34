"""
Independent reference values for the Gamma-Gamma limit without heterogeneity
(test/analytics/ltv/homogeneousSpend.test.ts; run: python3 homogeneous_spend_reference.py).

Hand-made data: customers with x = 1, 2, 4, 8 repeat purchases, two each, whose mean spends lie
at 50 (1 +- 0.5 / x): the more a customer buys, the closer their mean to the population's 50,
faster than chance (1 / sqrt(x)) would bring it. So customers do not differ, and the Gamma-Gamma
likelihood (Fader & Hardie 2013, eq. 3, written here with scipy.special) keeps rising as
q, v -> infinity with q / v fixed. Its limit: zbar ~ Gamma(shape p x, rate x nu), fitted here by
scipy.optimize (nested bounded scalar searches on log p and log nu of its own log-likelihood),
not by the engine's profile equation and bisection.
"""
import numpy as np
from scipy.optimize import minimize, minimize_scalar
from scipy.special import gammaln

x = np.array([1, 1, 2, 2, 4, 4, 8, 8], dtype=float)
z = 50 * (1 + np.array([-1, 1, -1, 1, -1, 1, -1, 1]) * 0.5 / x)


def limit_ll(p, nu):
    px = p * x
    return np.sum(px * np.log(x * nu) - gammaln(px) + (px - 1) * np.log(z) - x * nu * z)


def gg_ll(p, q, v):
    px = p * x
    return np.sum(
        gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(v)
        + (px - 1) * np.log(z) + px * np.log(x) - (px + q) * np.log(v + x * z)
    )


def best_nu(p):
    """nu maximising the limit's likelihood at this p (a bounded scalar search, no formula)."""
    return np.exp(minimize_scalar(lambda t: -limit_ll(p, np.exp(t)), bounds=(-20, 5), method="bounded",
                                  options={"xatol": 1e-13}).x)


res = minimize_scalar(lambda t: -limit_ll(np.exp(t), best_nu(np.exp(t))), bounds=(-5, 10), method="bounded",
                      options={"xatol": 1e-13})
p = np.exp(res.x)
nu = best_nu(p)
print("limit: p = %.10g, nu = %.10g, mean p/nu = %.10g, log-likelihood = %.12g" % (p, nu, p / nu, limit_ll(p, nu)))
mu = p / nu
print("dispersion ratio = %.9g" % (np.sum(x**2 * (z - mu) ** 2) / (np.sum(x) * mu**2 / p)))
for q in [1e1, 1e2, 1e3, 1e4, 1e5]:
    best = minimize(lambda t: -gg_ll(np.exp(t[0]), q, q / nu * np.exp(t[1])), [np.log(p), 0.0],
                    method="Nelder-Mead", options={"xatol": 1e-12, "fatol": 1e-14, "maxiter": 20000})
    print("q = %g: best Gamma-Gamma log-likelihood over p, v = %.10g" % (q, -best.fun))
