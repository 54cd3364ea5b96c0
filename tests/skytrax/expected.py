#!/usr/bin/env python3
"""Independent check for the Skytrax lounge-reviews real-data test, with
pandas (no csbook code involved).

Reads the unmodified lounge.csv and writes:
  - expected_months.csv (period,responses,csat): per review month (from the
    ISO `date`), the number of reviews and the share recommended in percent;
  - expected_item_means.csv (period,item,value,n): for three months, the mean
    of each 1-5 sub-rating with 0 (not rated) and blanks left out, and of
    overall_rating on 1-10: it was 1-5 before 2015-06-09, and such an answer x
    counts as 1 + (x - 1) * 9 / 4 (the linear map that keeps both ends).
tests/integration/real_exports.rs compares these with csbook's
site/data/indicators.csv (months under min_cell_size 10 must be suppressed).
Run from anywhere:  python3 tests/skytrax/expected.py
"""
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "datasets", "skytrax-lounge-reviews", "lounge.csv")
RATINGS = [
    "comfort_rating", "cleanliness_rating", "bar_beverages_rating", "catering_rating",
    "washrooms_rating", "wifi_connectivity_rating", "staff_service_rating",
]
ITEM_MONTHS = ["2014-01", "2015-06", "2015-07"]
SCALE_CHANGE = "2015-06-09"

df = pd.read_csv(SOURCE, dtype=str, keep_default_na=False)
assert df["recommended"].isin(["0", "1"]).all()
df["period"] = df["date"].str[:7]

months = (
    df.groupby("period")
    .agg(responses=("recommended", "size"), csat=("recommended", lambda s: 100.0 * s.eq("1").mean()))
    .reset_index()
)
months.to_csv(os.path.join(HERE, "expected_months.csv"), index=False, float_format="%.17g", lineterminator="\n")

rows = []
for month in ITEM_MONTHS:
    cell = df[df["period"] == month]
    for item in RATINGS:
        values = pd.to_numeric(cell[item].replace("", None))
        values = values[values.notna() & (values != 0)]
        rows.append((month, item, values.mean(), len(values)))
    rating = pd.to_numeric(cell["overall_rating"].replace("", None))
    old = cell["date"] < SCALE_CHANGE
    rating = rating.where(~old, 1 + (rating - 1) * 9 / 4).dropna()
    rows.append((month, "overall_rating", rating.mean(), len(rating)))
items = pd.DataFrame(rows, columns=["period", "item", "value", "n"])
items.to_csv(os.path.join(HERE, "expected_item_means.csv"), index=False, float_format="%.17g", lineterminator="\n")

print("%d months, %s .. %s, %d reviews" % (len(months), months["period"].min(), months["period"].max(), months["responses"].sum()))
print(items.to_string(index=False))
