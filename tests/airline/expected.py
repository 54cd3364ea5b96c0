#!/usr/bin/env python3
"""Independent check for the airline-satisfaction real-data test, with pandas
(no csbook code involved).

Reads the unmodified Kaggle test split and writes expected.csv
(indicator,segment,segment_value,item,value,n):
  - csat: the share of "satisfied" in percent, for all passengers and by Class;
  - item_mean: the mean of each 1-5 service rating with 0 (not applicable)
    left out, for all passengers.
tests/integration/real_exports.rs compares these with csbook's
site/data/indicators.csv (period 2026-01, the wave's `period:`) within 1e-9.
Run from anywhere:  python3 tests/airline/expected.py
"""
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "datasets", "airline-satisfaction", "test.csv")
RATINGS = [
    "Inflight wifi service", "Departure/Arrival time convenient", "Ease of Online booking",
    "Gate location", "Food and drink", "Online boarding", "Seat comfort",
    "Inflight entertainment", "On-board service", "Leg room service", "Baggage handling",
    "Checkin service", "Inflight service", "Cleanliness",
]

df = pd.read_csv(SOURCE)
rows = []
satisfied = df["satisfaction"].eq("satisfied")
assert df["satisfaction"].isin(["satisfied", "neutral or dissatisfied"]).all()
rows.append(("csat", "all", "", "", 100.0 * satisfied.mean(), len(df)))
for cls, group in df.groupby("Class"):
    rows.append(("csat", "class", cls, "", 100.0 * group["satisfaction"].eq("satisfied").mean(), len(group)))
for item in RATINGS:
    answered = df.loc[df[item] != 0, item]
    rows.append(("item_mean", "all", "", item, answered.mean(), len(answered)))

out = pd.DataFrame(rows, columns=["indicator", "segment", "segment_value", "item", "value", "n"])
out.to_csv(os.path.join(HERE, "expected.csv"), index=False, float_format="%.17g", lineterminator="\n")
print(out.to_string(index=False))
