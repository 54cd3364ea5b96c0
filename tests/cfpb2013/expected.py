#!/usr/bin/env python3
"""Independent check for the 2013-2017 CFPB export test, with pandas (no
csbook code involved).

Reads the unmodified consumer_complaints_2013_sample.csv (M/D/YYYY dates)
and writes:
  - expected_months.csv (period,complaints): complaints received per calendar
    month, every month from the first to the last, empty months as 0;
  - expected_issues.csv (period,issue,count): complaints by Issue in 2013-07
    and 2016-01, a blank Issue as "(missing)", sorted by count then issue;
  - expected_state_cells.csv (period,breakdown,state,key,count): the raw,
    unsuppressed counts of 2016-01 and 2016-Q1 per State (breakdown "total",
    key empty), per State and Issue ("category") and per State and Product
    ("product"), so that the test can check which cells csbook suppressed.
tests/integration/real_exports.rs compares these with csbook's `complaints`
and `complaints_by_category` rows of site/data/indicators.csv.
Run from anywhere:  python3 tests/cfpb2013/expected.py
"""
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "datasets", "cfpb-complaints", "consumer_complaints_2013_sample.csv")
ISSUE_MONTHS = ["2013-07", "2016-01"]

df = pd.read_csv(SOURCE, dtype=str, keep_default_na=False)
received = pd.to_datetime(df["Date received"], format="%m/%d/%Y")
df["period"] = received.dt.strftime("%Y-%m")

every = pd.period_range(received.min(), received.max(), freq="M").strftime("%Y-%m")
months = df.groupby("period").size().reindex(every, fill_value=0)
months.rename_axis("period").rename("complaints").reset_index().to_csv(
    os.path.join(HERE, "expected_months.csv"), index=False, lineterminator="\n"
)

df["issue"] = df["Issue"].str.strip().replace("", "(missing)")
rows = []
for month in ISSUE_MONTHS:
    counts = df.loc[df["period"] == month, "issue"].value_counts()
    for issue, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append((month, issue, n))
pd.DataFrame(rows, columns=["period", "issue", "count"]).to_csv(
    os.path.join(HERE, "expected_issues.csv"), index=False, lineterminator="\n"
)
df["state"] = df["State"].str.strip().replace("", "(missing)")
df["product"] = df["Product"].str.strip().replace("", "(missing)")
df["quarter"] = received.dt.year.astype(str) + "-Q" + received.dt.quarter.astype(str)
cells = []
for column, period in [("period", "2016-01"), ("quarter", "2016-Q1")]:
    rows_of = df[df[column] == period]
    for state, n in sorted(rows_of.groupby("state").size().items()):
        cells.append((period, "total", state, "", n))
    for breakdown, key in [("category", "issue"), ("product", "product")]:
        counts = rows_of.groupby(["state", key]).size()
        for (state, k), n in sorted(counts.items()):
            cells.append((period, breakdown, state, k, n))
pd.DataFrame(cells, columns=["period", "breakdown", "state", "key", "count"]).to_csv(
    os.path.join(HERE, "expected_state_cells.csv"), index=False, lineterminator="\n"
)
print("%d complaints, %s .. %s (%d months)" % (len(df), every[0], every[-1], len(every)))
for month in ISSUE_MONTHS:
    print(month, int(months[month]), "complaints")
