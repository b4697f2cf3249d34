"""Independent recomputation of the RFM figures asserted in onlineRetail.test.ts.

Plain Python (csv, gzip, fractions), no code shared with the engine:
  python3 test/analytics/rfm/online_retail_rfm_check.py
Cleaning: drop lines without CustomerID, InvoiceNo starting with "C", Quantity <= 0 or
UnitPrice <= 0. As of 2011-12-10: recency = (2011-12-10 - date of last invoice).days,
frequency = distinct InvoiceNo, monetary = sum(Quantity * UnitPrice) rounded to cents.
Cut points: R's quantile type 7, h = (n - 1) * j / 5 in exact fractions.
Score = 1 + number of cut points strictly below the value; recency reversed (6 - score).
"""
import csv, gzip, datetime, os
from fractions import Fraction
from decimal import Decimal

path = os.path.join(os.path.dirname(__file__), "../../../../shared/data/online_retail.csv.gz")
as_of = datetime.date(2011, 12, 10)
last, invoices, spend = {}, {}, {}
with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        c = row["CustomerID"]
        if c == "" or row["InvoiceNo"].startswith("C"):
            continue
        q, p = Decimal(row["Quantity"]), Decimal(row["UnitPrice"])
        if q <= 0 or p <= 0:
            continue
        d = datetime.date.fromisoformat(row["InvoiceDate"][:10])
        last[c] = max(last.get(c, d), d)
        invoices.setdefault(c, set()).add(row["InvoiceNo"])
        spend[c] = spend.get(c, Decimal(0)) + q * p

ids = sorted(last)
R = {c: (as_of - last[c]).days for c in ids}
F = {c: len(invoices[c]) for c in ids}
M = {c: spend[c] for c in ids}
print("customers", len(ids))

def cuts(values, k=5):
    x = sorted(values)
    n = len(x)
    out = []
    for j in range(1, k):
        h = Fraction((n - 1) * j, k)
        lo = h.numerator // h.denominator
        frac = h - lo
        out.append(x[lo] if frac == 0 else Fraction(x[lo]) + frac * (Fraction(x[lo + 1]) - Fraction(x[lo])))
    return out

def score(v, cs):
    return 1 + sum(1 for c in cs if v > c)

for name, values, invert in (("recency", R, True), ("frequency", F, False), ("monetary", M, False)):
    cs = cuts([Fraction(v) for v in values.values()])
    counts = [0] * 5
    for v in values.values():
        s = score(Fraction(v), cs)
        counts[(6 - s if invert else s) - 1] += 1
    print(name, [float(c) for c in cs], counts)

for c in ["12346", "12347", "14646", "17850", "18102"]:
    print(c, R[c], F[c], M[c])

# Classic map, written here as the 5 x 5 table of segmentMaps.ts' comment (rows R=5..1).
grid = {
    5: ["new", "potential", "potential", "champions", "champions"],
    4: ["promising", "potential", "potential", "loyal", "loyal"],
    3: ["aboutToSleep", "aboutToSleep", "needAttention", "loyal", "loyal"],
    2: ["hibernating", "hibernating", "atRisk", "atRisk", "cantLose"],
    1: ["lost", "hibernating", "atRisk", "atRisk", "cantLose"],
}
rc = cuts([Fraction(v) for v in R.values()])
fc = cuts([Fraction(v) for v in F.values()])
segments = {}
for c in ids:
    seg = grid[6 - score(Fraction(R[c]), rc)][score(Fraction(F[c]), fc) - 1]
    segments[seg] = segments.get(seg, 0) + 1
print(sorted(segments.items()))
