"""
Independent reference values for test/analytics/ltv (run: python3 bgnbd_reference.py).

A second, slow implementation that shares no formula with the engine: the BG/NBD quantities are
computed from the model's individual-level definitions (Fader, Hardie & Lee 2005, section 2)
by numerical double integration over the purchase rate lambda ~ Gamma(r, alpha) and the dropout
probability p ~ Beta(a, b) with mpmath (no hypergeometric function, no closed form):
  L(lambda, p | x, t_x, T) = (1-p)^x lambda^x e^(-lambda T) + [x>0] p (1-p)^(x-1) lambda^x e^(-lambda t_x)
  P(alive | lambda, p, data) = (1-p)^x lambda^x e^(-lambda T) / L
  E[Y(t) | lambda, p, alive] = (1 - e^(-lambda p t)) / p
  P(X(t) = n | lambda, p) = (1-p)^n Poisson(n; lambda t) + [n>0] p (1-p)^(n-1) P(Poisson(lambda t) >= n)
Posterior expectations are ratios of integrals against the mixing densities. The Gamma-Gamma
fit from the raw transactions uses scipy.optimize on a log-likelihood written here from
Fader & Hardie (2013) eq. 3, with the mean repeat spend computed here from CDNOW_sample.txt.
Parameters: the full-precision maximum-likelihood values of ../shared/data/README.md.
"""
import collections
import datetime
import os

import mpmath as mp
import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln

mp.mp.dps = 20
r, alpha, a, b = mp.mpf("0.242593"), mp.mpf("4.413532"), mp.mpf("0.792886"), mp.mpf("2.425752")
gp, gq, gv = 6.248802, 3.744588, 15.447748


def integrate(fn):
    """Integral of fn(lambda, p) against Gamma(r, alpha) x Beta(a, b). The substitutions
    lambda = u^(1/r), p = w^(1/a) remove the integrable singularities of the two densities at 0
    (r and a are below 1), which otherwise cost the quadrature several digits."""
    const = alpha**r / (mp.gamma(r) * r) / (mp.beta(a, b) * a)

    def integrand(w, u):
        lam, p = u ** (1 / r), w ** (1 / a)
        return fn(lam, p) * mp.exp(-alpha * lam) * (1 - p) ** (b - 1)

    return const * mp.quad(integrand, [0, 0.02, 0.05, 0.1, 0.2, 0.5, 1], [0, 0.5, 0.8, 0.9, 1, 1.1, 1.3, mp.inf])


def conditional(x, tx, T, ts):
    """P(alive) and E[Y(t)] for each t in ts, for a customer with history (x, t_x, T)."""
    alive = lambda lam, p: (1 - p) ** x * lam**x * mp.exp(-lam * T)
    dead = lambda lam, p: (p * (1 - p) ** (x - 1) * lam**x * mp.exp(-lam * tx)) if x > 0 else 0
    evidence = integrate(lambda lam, p: alive(lam, p) + dead(lam, p))
    p_alive = integrate(alive) / evidence
    expected = [integrate(lambda lam, p: alive(lam, p) * (1 - mp.exp(-lam * p * t)) / p) / evidence for t in ts]
    return p_alive, expected


def new_customer(t):
    return integrate(lambda lam, p: (1 - mp.exp(-lam * p * t)) / p)


def prob_n(t, n):
    def pois(lam, k):
        return mp.exp(-lam * t) * (lam * t) ** k / mp.factorial(k)

    def fn(lam, p):
        v = (1 - p) ** n * pois(lam, n)
        if n > 0:
            v += p * (1 - p) ** (n - 1) * (1 - sum(pois(lam, j) for j in range(n)))
        return v

    return integrate(fn)


def spend(x, zbar):
    w = gp * x / (gp * x + gq - 1)
    return (1 - w) * gv * gp / (gq - 1) + w * zbar


def clv(x, tx, T, zbar, months=12, d=0.01, month=4.345):
    _, cumulative = conditional(x, tx, T, [k * month for k in range(1, months + 1)])
    total, prev = 0, 0
    for k, cum in enumerate(cumulative, start=1):
        total += (cum - prev) / (1 + d) ** k
        prev = cum
    return total * spend(x, zbar)


def raw_days(last=datetime.date(1997, 9, 30)):
    """Per customer: purchase day -> summed dollars, from CDNOW_sample.txt, up to `last`."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "../../../../../shared/data/cdnow/CDNOW_sample.txt")
    days = collections.defaultdict(lambda: collections.defaultdict(float))
    for line in open(path):
        _, cid, ymd, _, dollars = line.split()
        d = datetime.date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))
        if d <= last:
            days[cid][d] += float(dollars)
    return days


def holdout_reference():
    """Holdout 1997-10-01 .. 1998-06-30 (39 weeks): actual repeat occasions by calibration
    frequency group, and predicted ones with eq. 10 of the paper evaluated with scipy's hyp2f1
    (a different 2F1 implementation, without our Euler transformation)."""
    from scipy.special import hyp2f1
    end = datetime.date(1997, 9, 30)
    R, A, a_, b_ = 0.242593, 4.413532, 0.792886, 2.425752
    t = 273 / 7
    groups = collections.defaultdict(lambda: [0, 0.0, 0.0])
    for occ in raw_days(datetime.date(1998, 6, 30)).values():
        ds = sorted(occ)
        cal = [d for d in ds if d <= end]
        if not cal:
            continue
        x = len(cal) - 1
        tx = (cal[-1] - cal[0]).days / 7
        T = (end - cal[0]).days / 7
        actual = len(ds) - len(cal)
        head = (a_ + b_ + x - 1) / (a_ - 1)
        bracket = 1 - ((A + T) / (A + T + t)) ** (R + x) * hyp2f1(R + x, b_ + x, a_ + b_ + x - 1, t / (A + T + t))
        alive = 1 + (x > 0) * a_ / (b_ + x - 1) * ((A + T) / (A + tx)) ** (R + x)
        g = groups[min(x, 7)]
        g[0] += 1
        g[1] += actual
        g[2] += head * bracket / alive
    return {k: (n, act, round(pred, 9)) for k, (n, act, pred) in sorted(groups.items())}


def raw_gamma_gamma():
    days = raw_days()
    xs, zs = [], []
    for occ in days.values():
        values = [occ[d] for d in sorted(occ)][1:]
        if values and sum(values) > 0:
            xs.append(len(values))
            zs.append(sum(values) / len(values))
    x, z = np.array(xs, float), np.array(zs)

    def nll(theta):
        p, q, v = np.exp(theta)
        return -np.sum(gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(v)
                       + (p * x - 1) * np.log(z) + p * x * np.log(x) - (p * x + q) * np.log(v + x * z))

    # Nelder-Mead from p = q = v = 1, restarted from its own result until it stops moving
    # (a single run stalls far from the optimum on this surface).
    theta, best = np.zeros(3), np.inf
    for _ in range(50):
        res = minimize(nll, theta, method="Nelder-Mead",
                       options={"xatol": 1e-12, "fatol": 1e-12, "maxiter": 20000, "maxfev": 40000})
        theta = res.x
        if best - res.fun < 1e-12:
            break
        best = res.fun
    return len(x), np.exp(theta), -res.fun


if __name__ == "__main__":
    customers = [(1, 2, 30.43, 38.86, 22.35), (2, 1, 1.71, 38.86, 11.77), (3, 0, 0.0, 38.86, 0.0),
                 (157, 29, 37.71, 38.00, 26.26), (325, 25, 27.29, 36.86, 37.21), (2328, 1, 21.43, 27.00, 34.97)]
    print("holdout by group (customers, actual, predicted):", holdout_reference(), flush=True)
    print("gamma-gamma from raw transactions (n, [p, q, v], ll):", raw_gamma_gamma(), flush=True)
    for cid, x, tx, T, zbar in customers:
        pa, (e39, e78) = conditional(x, tx, T, [39, 78])
        print(f"customer {cid} x={x} t_x={tx} T={T}: P(alive)={mp.nstr(pa, 12)} E[Y(39)]={mp.nstr(e39, 12)} E[Y(78)]={mp.nstr(e78, 12)}", flush=True)
    for t in (1, 39, 78, 520):
        print(f"new customer E[X({t})]={mp.nstr(new_customer(t), 12)}", flush=True)
    for n in (0, 1, 2, 5, 10):
        print(f"P(X(39)={n})={mp.nstr(prob_n(39, n), 12)}", flush=True)
    for cid, x, tx, T, zbar in customers[:2] + customers[3:4]:
        print(f"customer {cid}: spend={spend(x, zbar):.10f} clv12={mp.nstr(clv(x, tx, T, zbar), 12)}", flush=True)
