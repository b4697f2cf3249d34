"""Expected values for hillstrom.test.ts, computed with scipy/numpy (scipy 1.17.1 on the dev box).

Run: python3 test/analytics/uplift/hillstrom_expected.py
statsmodels is not installed here; where the test cites statsmodels the formula below is the one
statsmodels uses (proportions_ztest, confint_proportions_2indep(method="newcomb"/"wald"),
Table2x2.riskratio_confint), written out with scipy's normal quantile.
"""
import gzip, csv, math
import numpy as np
from scipy import stats

rows = list(csv.DictReader(gzip.open("../shared/data/hillstrom.csv.gz", "rt")))
z = stats.norm.ppf(0.975)

def group(seg, key=None, value=None):
    r = [x for x in rows if x["segment"] == seg and (key is None or x[key] == value)]
    conv = np.array([int(x["conversion"]) for x in r]); spend = np.array([float(x["spend"]) for x in r])
    return conv, spend

def wilson(x, n):
    p = x / n
    c = (p + z*z/(2*n)); h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n)); d = 1 + z*z/n
    return (c - h)/d, (c + h)/d

def compare(t, c, label):
    (ct, st), (cc, sc) = t, c
    xt, nt, xc, nc = ct.sum(), len(ct), cc.sum(), len(cc)
    pt, pc = xt/nt, xc/nc
    l1, u1 = wilson(xt, nt); l2, u2 = wilson(xc, nc)
    d = pt - pc
    newc = (d - math.hypot(pt-l1, u2-pc), d + math.hypot(u1-pt, pc-l2))
    se = math.sqrt(pt*(1-pt)/nt + pc*(1-pc)/nc)
    pp = (xt+xc)/(nt+nc); zz = d/math.sqrt(pp*(1-pp)*(1/nt+1/nc))
    rr = pt/pc; srr = math.sqrt(1/xt-1/nt+1/xc-1/nc)
    w = stats.ttest_ind(st, sc, equal_var=False); ci = w.confidence_interval()
    print(label, dict(nt=nt, xt=int(xt), nc=nc, xc=int(xc), pt=pt, pc=pc, uplift=d, newcombe=newc,
          wald=(d - z*se, d + z*se), z=zz, p=2*stats.norm.sf(abs(zz)), rel=rr-1,
          relci=(math.exp(math.log(rr)-z*srr)-1, math.exp(math.log(rr)+z*srr)-1),
          arpu_t=st.mean(), arpu_c=sc.mean(), welch_t=w.statistic, welch_df=w.df, welch_p=w.pvalue,
          welch_ci=(ci.low, ci.high), aov_t=st[ct == 1].sum()/xt))

mens, womens, ctrl = group("Mens E-Mail"), group("Womens E-Mail"), group("No E-Mail")
compare(mens, ctrl, "mens")
compare(womens, ctrl, "womens")
compare((np.concatenate([mens[0], womens[0]]), np.concatenate([mens[1], womens[1]])), ctrl, "pooled")
print("srm", stats.chisquare([len(mens[0]), len(womens[0]), len(ctrl[0])]))
print("srm 45/45/10", stats.chisquare([len(mens[0]), len(womens[0]), len(ctrl[0])], f_exp=np.array([.45, .45, .1]) * 64000))

# Mens vs control by zip_code: z or Fisher p, then Holm (by hand) and BH (scipy false_discovery_control)
ps = []
for zc in ["Rural", "Surburban", "Urban"]:
    (ct, _), (cc, _) = group("Mens E-Mail", "zip_code", zc), group("No E-Mail", "zip_code", zc)
    xt, nt, xc, nc = ct.sum(), len(ct), cc.sum(), len(cc)
    pp = (xt+xc)/(nt+nc); zz = (xt/nt - xc/nc)/math.sqrt(pp*(1-pp)*(1/nt+1/nc))
    ps.append(2*stats.norm.sf(abs(zz)))
    print("zip", zc, nt, int(xt), nc, int(xc), "z", zz, "p", ps[-1])
order = np.argsort(ps); m = len(ps); holm = np.zeros(m); run = 0
for rank, i in enumerate(order):
    run = max(run, min(1, (m - rank) * ps[i])); holm[i] = run
print("holm", list(holm), "bh", list(stats.false_discovery_control(ps)))

# Covariate balance, Mens vs control: SMD on recency (months) and history (dollars)
def smd(a, b): return (a.mean() - b.mean()) / math.sqrt((a.var(ddof=1) + b.var(ddof=1)) / 2)
for col in ["recency", "history"]:
    a = np.array([float(x[col]) for x in rows if x["segment"] != "No E-Mail"])
    b = np.array([float(x[col]) for x in rows if x["segment"] == "No E-Mail"])
    print("smd pooled arms vs control", col, smd(a, b))
