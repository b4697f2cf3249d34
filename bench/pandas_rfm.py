"""The user's alternative the pipeline bench compares with: an RFM script in pandas, as an analyst
writes it (read the CSV, per-customer recency / frequency / monetary with groupby, quintile
scores with qcut). Run by bench/pipeline.bench.ts with Debian's python3-pandas; prints one line of
JSON with the customers scored, so the bench can check both sides did the work.

Usage: python3 bench/pandas_rfm.py FILE.csv[.gz]
Columns: Online Retail's (InvoiceNo, Quantity, InvoiceDate, UnitPrice, CustomerID) or the
synthetic file's (customer, date, amount, invoice).
"""
import json
import sys

import pandas as pd

path = sys.argv[1]
head = pd.read_csv(path, nrows=0).columns
if "CustomerID" in head:
    df = pd.read_csv(path, usecols=["InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"],
                     dtype={"InvoiceNo": str}, parse_dates=["InvoiceDate"])
    df = df.dropna(subset=["CustomerID"])
    df = df[~df["InvoiceNo"].str.startswith("C") & (df["Quantity"] > 0) & (df["UnitPrice"] > 0)]
    df = df.assign(amount=df["Quantity"] * df["UnitPrice"]).rename(
        columns={"CustomerID": "customer", "InvoiceDate": "date", "InvoiceNo": "invoice"})
else:
    df = pd.read_csv(path, dtype={"invoice": str, "customer": str}, parse_dates=["date"])

as_of = df["date"].max().normalize() + pd.Timedelta(days=1)
rfm = df.groupby("customer").agg(last=("date", "max"), frequency=("invoice", "nunique"),
                                 monetary=("amount", "sum"))
rfm["recency"] = (as_of - rfm["last"].dt.normalize()).dt.days
rfm["r"] = pd.qcut(rfm["recency"].rank(method="first"), 5, labels=[5, 4, 3, 2, 1])
rfm["f"] = pd.qcut(rfm["frequency"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5])
rfm["m"] = pd.qcut(rfm["monetary"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5])
print(json.dumps({"customers": int(len(rfm))}))
