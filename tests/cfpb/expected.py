#!/usr/bin/env python3
"""Independent check for the CFPB real-data test: complaints by Issue in one
month, counted with Python's csv module (no csbook code involved).

Writes expected_2019-04.csv (issue,count), sorted by count descending then
issue, which tests/integration/real_data.rs compares with csbook's
complaints_by_category for 2019-04. Run from anywhere:
    python3 tests/cfpb/expected.py
"""
import csv
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "shared", "datasets", "cfpb-complaints", "complaints_sample.csv")
MONTH = "2019-04"

counts = Counter()
with open(SOURCE, newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["Date received"].startswith(MONTH):
            counts[row["Issue"].strip() or "(missing)"] += 1

with open(os.path.join(HERE, "expected_%s.csv" % MONTH), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["issue", "count"])
    for issue, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        w.writerow([issue, n])
print("%s: %d complaints in %d issues" % (MONTH, sum(counts.values()), len(counts)))
